"""Under a session's cells, across the row: an amendment's reason and what it changed (old →
new), the amendment that corrected an earlier version, and the warnings given anyway."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, NeedleMethod, ReactionKind, Severity, Solution
from mesolog.domain.records import (
    Course,
    CourseInput,
    GivenDespite,
    NeedleTechnique,
    Patient,
    PatientInput,
    PreTreatment,
    ProductUse,
    Reaction,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.domain.warnings import WarningKind
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.common.dates import shown_date
from mesolog.ui.history.history_model import (
    REMARKS_ROLE,
    REMARKS_TIP_ROLE,
    HistoryColumn,
    HistoryModel,
)
from mesolog.ui.history.history_view import HistoryView
from mesolog.ui.window.main_window import MainWindow
from tests.conftest import ATHENS, FixedClock
from tests.locale_support import decimal, short_time

NBSP = "\u00a0"
CLINICIAN = "Δρ Ελένη Βασιλείου"
REASON = "Λάθος παρτίδα και βάθος"
NEEDLE = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)
HYDRA = ProductUse(Solution.HYALURONIC_ACID, 2.0, "HydraBoost", "1.5%", "AB-123")
OLD_NOTES = "Καλή ανοχή, ήπια ερυθρότητα για είκοσι λεπτά μετά τη συνεδρία στο μέτωπο."
NEW_NOTES = OLD_NOTES + " Την επομένη ανέφερε ελαφρύ κνησμό, που υποχώρησε χωρίς αγωγή."
ALLERGEN = (
    'Allergy on record "Lidocaine": the topical anaesthetic "Lidocaine 5% cream" contains it.'
)
GIVEN_REASON = "Patch test negative; allergist's letter on file"


@dataclass
class Story:
    clinic: Clinic
    patient: Patient
    course: Course
    original: Session
    amendment: Session
    despite: Session

    def history(self) -> PatientHistory:
        return self.clinic.history.patient_history(self.patient.id)


def signed(clinic: Clinic, patient: Patient, entry: SessionInput) -> Session:
    return clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry).id)


@pytest.fixture
def story(clinic: Clinic, clock: FixedClock) -> Story:
    patient = clinic.patients.create(
        PatientInput(
            "Παπαδοπούλου",
            "Ελένη",
            dt.date(1980, 3, 14),
            "R-001",
            allergies="Lidocaine",
            consent_signed_on=dt.date(2026, 1, 5),
        )
    )
    course = clinic.courses.plan(
        patient.id, CourseInput(Indication.WRINKLES, 6, dt.date(2026, 2, 1), (Area.FOREHEAD,))
    )
    despite = signed(
        clinic,
        patient,
        SessionInput(
            dt.datetime(2026, 2, 10, 10, 0, tzinfo=ATHENS),
            CLINICIAN,
            (TreatmentLine(Area.FOREHEAD, NEEDLE, (replace(HYDRA, lot_number="AB-100"),)),),
            course.id,
            pre_treatment=PreTreatment(10, "Lidocaine 5% cream", True),
            given_despite=(GivenDespite(WarningKind.ALLERGEN_GIVEN.value, ALLERGEN, GIVEN_REASON),),
        ),
    )
    entry = SessionInput(
        dt.datetime(2026, 3, 3, 10, 0, tzinfo=ATHENS),
        CLINICIAN,
        (TreatmentLine(Area.FOREHEAD, NEEDLE, (HYDRA,)),),
        course.id,
        pre_treatment=PreTreatment(10, None, True),
        notes=OLD_NOTES,
    )
    original = signed(clinic, patient, entry)
    clock.advance(hours=2)
    corrected = TreatmentLine(
        Area.FOREHEAD, replace(NEEDLE, depth_mm=2.0), (replace(HYDRA, lot_number="AB-132"),)
    )
    amendment = clinic.sessions.amend(
        original.id, replace(entry, treatments=(corrected,), notes=NEW_NOTES), reason=REASON
    )
    return Story(clinic, patient, course, original, amendment, despite)


def remarks(model: HistoryModel, session: Session) -> list[str]:
    row = model.row_of(session.id)
    assert row is not None
    said = model.data(model.index(row, 0), REMARKS_ROLE)
    return [line.replace(NBSP, " ") for line in said.splitlines()]


def amended_at() -> str:
    """When the amendment was signed (the fixed clock: 10 March 2026 18:00, +2 hours)."""
    return f"{shown_date(dt.date(2026, 3, 10))} {short_time(20, 0)}"


def test_an_amendment_says_when_who_why_and_what_changed_old_to_new(story: Story) -> None:
    model = HistoryModel()
    model.set_history(story.history())
    assert remarks(model, story.amendment) == [
        f"Amended on {amended_at()} by tester — reason: {REASON}",
        f"Changed: depth: {decimal('1.5')} mm → 2 mm; lot of HydraBoost 1.5%: AB-123 → AB-132; "
        "notes changed (both versions in the tooltip)",
    ]
    row = model.row_of(story.amendment.id)
    assert row is not None
    tip = model.data(model.index(row, 0), REMARKS_TIP_ROLE)
    assert f"• notes: “{OLD_NOTES}” → “{NEW_NOTES}”" in tip, "both notes whole"
    assert REASON in tip
    assert model.line_count(row) == 1 + 2, "a line of cells and a line a remark, at least"
    spoken = model.data(model.index(row, 1), Qt.ItemDataRole.AccessibleTextRole)
    assert "AB-123 → AB-132" in spoken


def test_a_warning_given_anyway_is_said_with_its_reason(story: Story) -> None:
    model = HistoryModel()
    model.set_history(story.history())
    row = model.row_of(story.despite.id)
    assert row is not None
    assert remarks(model, story.despite) == [
        f"⚠ Given despite: {ALLERGEN} Reason: {GIVEN_REASON}",
    ]
    story.clinic.sessions.void(story.despite.id, reason="Λάθος ασθενής")
    model.set_history(story.history())
    assert len(remarks(model, story.despite)) == 1, "a voided session still says it"


def test_a_warning_given_without_a_reason_says_so(story: Story) -> None:
    entry = replace(
        story.despite.entry,
        performed_at=dt.datetime(2026, 3, 9, 10, 0, tzinfo=ATHENS),
        given_despite=(GivenDespite(WarningKind.NSAIDS_RECENT.value, "Took an NSAID 2 days ago."),),
    )
    draft = story.clinic.sessions.create_draft(story.patient.id, entry)
    model = HistoryModel()
    model.set_history(story.history())
    assert remarks(model, draft) == [
        "⚠ Given despite: Took an NSAID 2 days ago. (no reason recorded)"
    ]


def test_the_earlier_version_says_who_corrected_it_and_why(story: Story) -> None:
    model = HistoryModel()
    model.set_history(story.history())
    model.set_show_superseded(True)
    assert remarks(model, story.original) == [
        f"Corrected on {amended_at()} by tester — reason: {REASON}"
    ]


def test_an_amendment_moving_the_session_names_both_courses(story: Story) -> None:
    clinic = story.clinic
    other = clinic.courses.plan(
        story.patient.id, CourseInput(Indication.STRETCH_MARKS, 5, dt.date(2026, 2, 20))
    )
    moved = clinic.sessions.amend(
        story.amendment.id,
        replace(story.amendment.entry, course_id=other.id),
        reason="Λάθος κύκλος",
    )
    model = HistoryModel()
    model.set_history(story.history())
    assert remarks(model, moved)[1] == (
        f"Changed: course: Wrinkles from {shown_date(dt.date(2026, 2, 1))} → "
        f"Stretch marks from {shown_date(dt.date(2026, 2, 20))}"
    )


@pytest.fixture
def c_locale() -> Iterator[None]:
    """No real locale (LANG=C.UTF-8): the window writes ISO 8601."""
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


def test_without_a_real_locale_every_date_and_time_is_iso_8601(
    c_locale: None, qtbot: QtBot, story: Story
) -> None:
    clinic = story.clinic
    resolved = Reaction(ReactionKind.REDNESS, Severity.MILD, resolved_on=dt.date(2026, 3, 4))
    product = replace(HYDRA, expiry_date=dt.date(2027, 1, 31))
    clinic.sessions.amend(
        story.amendment.id,
        replace(
            story.amendment.entry,
            treatments=(TreatmentLine(Area.FOREHEAD, NEEDLE, (product,)),),
            reactions=(resolved,),
        ),
        reason="Λήξη",
    )
    view = HistoryView()
    qtbot.addWidget(view)
    view.set_history(story.history())
    view.show_earlier_versions()
    model = view.model
    said = [
        str(model.data(model.index(row, column), role) or "")
        for row in range(model.rowCount())
        for column in HistoryColumn
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    said += [model.remarks_tip(row) for row in range(model.rowCount())]
    said += [view.course_filter.itemText(i) for i in range(view.course_filter.count())]
    text = "\n".join(said).replace(NBSP, " ")
    assert "2026-03-03 10:00" in text, "the session's date and time"
    assert "2026-03-03 10:00 UTC+02:00" in text, "the date's tooltip"
    assert "Amended on 2026-03-10 20:00 by tester" in text
    assert "Signed on 2026-03-10 18:00 by tester" in text
    assert "expires 2027-01-31" in text and "resolved 2026-03-04" in text
    assert "expiry of HydraBoost 1.5%: none → 2027-01-31" in text
    assert "Wrinkles from 2026-02-01" in text
    months = [QLocale("en_GB").monthName(m) for m in range(1, 13)]
    assert not [month for month in months if month in text]
    assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", text), "no d/m/y"
    assert not re.search(r"\b(AM|PM)\b", text)


def ink(image_pixels: list[QColor]) -> int:
    """How many of the pixels are dark (text), not background."""
    return sum(1 for colour in image_pixels if colour.lightness() < 128)


def test_the_window_shows_the_reason_and_old_to_new_under_the_row(
    qtbot: QtBot, clinic: Clinic, story: Story
) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.open_patient(story.patient.id)
    view: HistoryView = window.record.history_view
    table, model = view.table, view.model
    row = model.row_of(story.amendment.id)
    assert row == 0
    said = remarks(model, story.amendment)
    assert REASON in said[0] and "AB-123 → AB-132" in said[1]

    metrics = QFontMetrics(table.font())
    band = view.remarks.band_height(row, metrics)
    left, right = view.remarks.band_span()
    assert band >= 2 * metrics.lineSpacing(), "both remarks have room"
    assert right - left > table.viewport().width() - 20, "across the table's width"
    assert table.rowHeight(row) >= band + metrics.lineSpacing()

    # the remarks are painted: ink under the cells, where the cells' own text is not
    image = table.viewport().grab().toImage()
    top = table.rowViewportPosition(row) + table.rowHeight(row) - band
    pixels = [image.pixelColor(x, y) for y in range(top, top + band) for x in range(left, right)]
    assert ink(pixels) > 200

    # hovering them shows them whole, the notes before and after included
    point = QPoint(left + 20, top + band // 2)
    event = QHelpEvent(QEvent.Type.ToolTip, point, table.viewport().mapToGlobal(point))
    QApplication.sendEvent(table.viewport(), event)
    assert OLD_NOTES in QToolTip.text() and NEW_NOTES in QToolTip.text()
    QToolTip.hideText()
    window.close()


def test_rows_are_made_when_asked_for_and_say_what_the_widths_were_fitted_to(
    story: Story,
) -> None:
    """The columns are fitted to every session's words before any row is made; the rows
    then show those very words, and line counts and remarks agree with them."""
    model = HistoryModel()
    model.set_history(story.history())
    model.set_show_superseded(True)
    fitted = model.column_words()
    counted = [model.line_count(row) for row in range(model.rowCount())]
    shown: dict[HistoryColumn, set[str]] = {column: set() for column in HistoryColumn}
    for row in range(model.rowCount()):
        for column in HistoryColumn:
            said = model.data(model.index(row, column)) or ""
            shown[column] |= {w for line in said.splitlines() for w in line.split(" ") if w}
        cells = max(
            len(str(model.data(model.index(row, column)) or "").splitlines())
            for column in HistoryColumn
        )
        remarks = model.data(model.index(row, 0), REMARKS_ROLE)
        assert counted[row] == max(cells, 1) + len(remarks.splitlines())
    assert model.rowCount() == 3
    assert fitted == shown
    assert model.column_words() == fitted
