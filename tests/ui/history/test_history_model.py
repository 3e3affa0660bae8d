"""The session history model over sessions written through the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QFont

from mesolog.domain.enums import (
    Area,
    Indication,
    NeedleMethod,
    Onset,
    ReactionKind,
    Severity,
    Solution,
)
from mesolog.domain.records import (
    Course,
    CourseInput,
    NeedleTechnique,
    PatientInput,
    PenTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.history.history_model import (
    ALL,
    SEVERITY_COLOURS,
    VOIDED_TEXT,
    HistoryColumn,
    HistoryModel,
)
from tests.locale_support import decimal

ATHENS = dt.timezone(dt.timedelta(hours=2))
NBSP = "\u00a0"


def at(month: int, day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, tzinfo=ATHENS)


HA = ProductUse(
    Solution.HYALURONIC_ACID, 2.0, "NCTF 135 HA", "1%", "L2409-17", dt.date(2027, 6, 30)
)
NEEDLE = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)
PEN = PenTechnique(depth_mm=0.75, penetrations_per_second=80, needle_count=12, passes=3)


@dataclass
class Story:
    """A patient with two courses and sessions of every kind."""

    clinic: Clinic
    face: Course
    eyes: Course
    needle: Session
    pen: Session
    draft: Session
    voided: Session

    def history(self) -> PatientHistory:
        return self.clinic.history.patient_history(self.needle.patient_id)


@pytest.fixture
def story(clinic: Clinic) -> Story:
    patient = clinic.patients.create(
        PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14), "R-001")
    )
    face = clinic.courses.plan(
        patient.id,
        CourseInput(Indication.HYDRATION_TIGHTENING, 6, dt.date(2026, 2, 1), (Area.FULL_FACE,)),
    )
    eyes = clinic.courses.plan(
        patient.id,
        CourseInput(Indication.EYE_BAGS_PERIORBITAL, 4, dt.date(2026, 2, 1), (Area.PERIORBITAL,)),
    )
    needle = clinic.sessions.create_draft(
        patient.id,
        SessionInput(
            at(2, 10),
            "Δρ Ελένη Βασιλείου",
            (TreatmentLine(Area.FOREHEAD, NEEDLE, (HA,), "μεσόφρυο"),),
            face.id,
            PreTreatment(10, None, True),
            (
                Reaction(
                    ReactionKind.BRUISING,
                    Severity.MODERATE,
                    Area.FOREHEAD,
                    Onset.SAME_DAY,
                    notes="μικρή",
                ),
                Reaction(ReactionKind.REDNESS, Severity.MILD),
            ),
            4,
            "Καλή ανοχή.",
        ),
    )
    clinic.sessions.sign(needle.id)
    pen = clinic.sessions.create_draft(
        patient.id,
        SessionInput(
            at(2, 24),
            "Δρ Νίκος Καρμίρης",
            (
                TreatmentLine(Area.PERIORBITAL, NEEDLE),
                TreatmentLine(
                    Area.CHEEKS, PEN, (ProductUse(Solution.DMAE, 0.5, lot_number="D-55"),)
                ),
            ),
            eyes.id,
        ),
    )
    clinic.sessions.sign(pen.id)
    draft = clinic.sessions.create_draft(
        patient.id,
        SessionInput(at(3, 9), "Δρ Ελένη Βασιλείου", (TreatmentLine(Area.NECK, NEEDLE),)),
    )
    voided = clinic.sessions.create_draft(
        patient.id,
        SessionInput(at(3, 1), "Δρ Ελένη Βασιλείου", (TreatmentLine(Area.CHEEKS, PEN),), face.id),
    )
    voided = clinic.sessions.void(voided.id, reason="λάθος ασθενής")
    return Story(clinic, face, eyes, needle, pen, draft, voided)


@pytest.fixture
def model(story: Story) -> HistoryModel:
    model = HistoryModel()
    model.set_history(story.history())
    return model


@pytest.fixture
def greek_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("el_GR"))
    yield
    QLocale.setDefault(before)


def text(model: HistoryModel, row: int, column: HistoryColumn) -> str:
    shown = model.data(model.index(row, column))
    return str(shown).replace(NBSP, " ")


def row_of(model: HistoryModel, session: Session) -> int:
    found = model.row_of(session.id)
    assert found is not None
    return found


def test_the_model_passes_the_model_tester_under_every_filter(
    qtmodeltester, model: HistoryModel, story: Story
) -> None:
    qtmodeltester.check(model)
    for course in (story.face.id, story.eyes.id, None, ALL):
        for area in (None, Area.CHEEKS, Area.HANDS):
            model.set_filter(course, area)
            qtmodeltester.check(model)


def test_an_empty_history_has_no_rows(qtmodeltester, story: Story) -> None:
    empty = story.clinic.patients.create(PatientInput("Müller", "Jürgen", dt.date(1975, 1, 2)))
    model = HistoryModel()
    model.set_history(story.clinic.history.patient_history(empty.id))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_sessions_are_listed_newest_first_with_their_ids(model: HistoryModel, story: Story) -> None:
    ids = [model.data(model.index(row, 0), Qt.ItemDataRole.UserRole) for row in range(4)]
    assert ids == [story.draft.id, story.voided.id, story.pen.id, story.needle.id]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    assert model.columnCount() == len(HistoryColumn)


def test_a_needle_session_shows_technique_products_reactions_and_score(
    model: HistoryModel, story: Story
) -> None:
    row = row_of(model, story.needle)

    assert text(model, row, HistoryColumn.CLINICIAN) == "Δρ Ελένη Βασιλείου"
    assert text(model, row, HistoryColumn.AREAS) == "Forehead — μεσόφρυο"
    assert (
        text(model, row, HistoryColumn.TECHNIQUE)
        == f"30G · 4 mm · depth {decimal('1.5')} mm · nappage"
    )
    assert (
        text(model, row, HistoryColumn.PRODUCTS)
        == "Hyaluronic acid — NCTF 135 HA 1% · 2 ml · lot L2409-17"
    )
    assert text(model, row, HistoryColumn.REACTIONS) == "Bruising (moderate)\nRedness (mild)"
    assert text(model, row, HistoryColumn.SCORE) == "4/10"
    assert text(model, row, HistoryColumn.NOTES) == "Καλή ανοχή."
    assert text(model, row, HistoryColumn.STATUS) == "Signed"


def test_numbers_and_units_stay_on_one_line(model: HistoryModel, story: Story) -> None:
    technique = model.data(model.index(row_of(model, story.needle), HistoryColumn.TECHNIQUE))
    assert f"depth {decimal('1.5')}{NBSP}mm" in technique, "depth may end a line"
    assert f"30G · 4{NBSP}mm · " in technique


def test_a_pen_line_and_a_needle_line_each_get_a_line_named_by_area(
    model: HistoryModel, story: Story
) -> None:
    row = row_of(model, story.pen)
    assert text(model, row, HistoryColumn.TECHNIQUE).splitlines() == [
        f"Eye area (periorbital): 30G · 4 mm · depth {decimal('1.5')} mm · nappage",
        f"Cheeks: 12 needles · depth {decimal('0.75')} mm · 80/s · 3 passes",
    ]
    assert text(model, row, HistoryColumn.PRODUCTS) == f"DMAE · {decimal('0.5')} ml · lot D-55"
    assert text(model, row, HistoryColumn.AREAS) == "Eye area (periorbital), Cheeks"
    assert model.line_count(row) == 2


def test_the_date_has_four_digits_of_year_and_the_time(model: HistoryModel, story: Story) -> None:
    shown = text(model, row_of(model, story.needle), HistoryColumn.DATE)
    assert "2026" in shown
    assert "10:00" in shown


def test_tooltips_hold_the_full_text(model: HistoryModel, story: Story) -> None:
    row = row_of(model, story.needle)
    tip = model.data(model.index(row, HistoryColumn.PRODUCTS), Qt.ItemDataRole.ToolTipRole)
    assert "L2409-17" in tip
    assert "expires" in tip
    reactions = model.data(model.index(row, HistoryColumn.REACTIONS), Qt.ItemDataRole.ToolTipRole)
    assert "Bruising (moderate) · Forehead · μικρή" in reactions.replace(NBSP, " ")
    date_tip = model.data(model.index(row, HistoryColumn.DATE), Qt.ItemDataRole.ToolTipRole)
    assert "UTC+02:00" in date_tip
    status = model.data(model.index(row, HistoryColumn.STATUS), Qt.ItemDataRole.ToolTipRole)
    assert "tester" in status


def test_decimals_follow_the_locale(greek_locale: None, story: Story) -> None:
    model = HistoryModel()
    model.set_history(story.history())
    row = row_of(model, story.pen)
    assert "depth 0,75 mm" in text(model, row, HistoryColumn.TECHNIQUE)
    assert "0,5 ml" in text(model, row, HistoryColumn.PRODUCTS)


def test_a_draft_is_italic_on_a_tinted_background_and_says_draft(
    model: HistoryModel, story: Story
) -> None:
    row = row_of(model, story.draft)
    assert text(model, row, HistoryColumn.STATUS) == "Draft"
    font = model.data(model.index(row, HistoryColumn.AREAS), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.italic()
    background = model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush)
    signed_row = row_of(model, story.needle)
    assert model.data(model.index(signed_row, 0), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(signed_row, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_a_voided_session_is_grey_struck_out_and_says_why(
    model: HistoryModel, story: Story
) -> None:
    row = row_of(model, story.voided)
    assert text(model, row, HistoryColumn.STATUS) == "Voided: λάθος ασθενής"
    font = model.data(model.index(row, HistoryColumn.TECHNIQUE), Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    status_font = model.data(model.index(row, HistoryColumn.STATUS), Qt.ItemDataRole.FontRole)
    assert status_font is None or not status_font.strikeOut()
    brush = model.data(model.index(row, HistoryColumn.TECHNIQUE), Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == VOIDED_TEXT


def test_reactions_are_coloured_by_the_worst_severity(model: HistoryModel, story: Story) -> None:
    row = row_of(model, story.needle)
    brush = model.data(model.index(row, HistoryColumn.REACTIONS), Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == SEVERITY_COLOURS[Severity.MODERATE]
    other = model.data(model.index(row, HistoryColumn.NOTES), Qt.ItemDataRole.ForegroundRole)
    assert other is None


def test_filter_by_course(model: HistoryModel, story: Story) -> None:
    def shown() -> set[object]:
        return {model.session_at(row).id for row in range(model.rowCount())}

    model.set_filter(story.face.id, None)
    assert shown() == {story.needle.id, story.voided.id}
    model.set_filter(story.eyes.id, None)
    assert shown() == {story.pen.id}
    model.set_filter(None, None)
    assert shown() == {story.draft.id}
    model.set_filter(ALL, None)
    assert model.rowCount() == 4
    assert model.session_count() == 4


def test_filter_by_area_matches_any_treatment_line(model: HistoryModel, story: Story) -> None:
    model.set_filter(ALL, Area.CHEEKS)
    assert [model.session_at(r).id for r in range(model.rowCount())] == [
        story.voided.id,
        story.pen.id,
    ]
    model.set_filter(story.eyes.id, Area.CHEEKS)
    assert [model.session_at(r).id for r in range(model.rowCount())] == [story.pen.id]
    model.set_filter(story.face.id, Area.NECK)
    assert model.rowCount() == 0
    assert model.current_filter() == (story.face.id, Area.NECK)


def test_a_new_history_keeps_the_filter(model: HistoryModel, story: Story) -> None:
    model.set_filter(ALL, Area.NECK)
    model.set_history(story.history())
    assert [model.session_at(r).id for r in range(model.rowCount())] == [story.draft.id]
