"""Amendments in the window: the history lists the current version and marks it; the
editor amends a signed session with a reason and opens the other versions read-only."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, NeedleMethod, Role, SessionStatus, Solution
from mesolog.domain.records import (
    Course,
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    ProductUse,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.history.history_model import HistoryColumn, HistoryModel
from mesolog.ui.history.history_view import HistoryView
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.window.main_window import MainWindow
from tests.conftest import ATHENS, FixedClock
from tests.locale_support import short_time
from tests.qt_fixtures import Boxes, answer_signing
from tests.typing_support import empty, type_into
from tests.ui.sessions.locked_form import assert_nothing_changes, typable
from tests.ui.sessions.typed_session import without_warnings

CLINICIAN = "Δρ Ελένη Βασιλείου"
REASON = "Λάθος αριθμός παρτίδας"
NEEDLE = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)


def lines(lot: str, area: Area = Area.FOREHEAD) -> tuple[TreatmentLine, ...]:
    product = ProductUse(Solution.HYALURONIC_ACID, 2.0, "NCTF 135 HA", "1%", lot)
    return (TreatmentLine(area, NEEDLE, (product,)),)


@dataclass
class Story:
    """A patient with a signed session that was amended, and one that was not."""

    clinic: Clinic
    patient: Patient
    course: Course
    original: Session
    amendment: Session
    plain: Session

    def history(self) -> PatientHistory:
        return self.clinic.history.patient_history(self.patient.id)


def signed(clinic: Clinic, patient: Patient, entry: SessionInput) -> Session:
    return clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry).id)


@pytest.fixture
def patient(clinic: Clinic) -> Patient:
    return clinic.patients.create(
        PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14), "R-001")
    )


@pytest.fixture
def course(clinic: Clinic, patient: Patient) -> Course:
    return clinic.courses.plan(
        patient.id,
        CourseInput(Indication.WRINKLES, 6, dt.date(2026, 2, 1), areas=(Area.FOREHEAD,)),
    )


@pytest.fixture
def story(clinic: Clinic, clock: FixedClock, patient: Patient, course: Course) -> Story:
    plain = signed(
        clinic,
        patient,
        SessionInput(
            dt.datetime(2026, 2, 10, 10, 0, tzinfo=ATHENS),
            CLINICIAN,
            lines("L-100"),
            course.id,
            notes="Καλή ανοχή.",
        ),
    )
    original = signed(
        clinic,
        patient,
        SessionInput(
            dt.datetime(2026, 3, 3, 10, 0, tzinfo=ATHENS),
            CLINICIAN,
            lines("L-2409", Area.NECK),
            course.id,
            notes="Αρχικό κείμενο.",
        ),
    )
    clock.advance(hours=2)
    amendment = clinic.sessions.amend(
        original.id,
        SessionInput(
            original.entry.performed_at,
            CLINICIAN,
            lines("L-2490"),
            course.id,
            notes="Διορθωμένο κείμενο.",
        ),
        reason=REASON,
    )
    clock.advance(hours=1)
    return Story(clinic, patient, course, original, amendment, plain)


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions are answered Yes (or Discard); their texts are kept."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_: object) -> Any:
        asked.append(text)
        if "Discard" in text:
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    answer_signing(monkeypatch, into=asked)
    return asked


def child(parent: QWidget, kind: type, name: str) -> Any:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def open_editor(qtbot: QtBot, clinic: Clinic, bus: ChangeBus, session: Session) -> SessionEditor:
    patient = clinic.patients.get(session.patient_id)
    editor = SessionEditor(clinic, bus, patient, session=session, clinician=session.entry.clinician)
    qtbot.addWidget(editor)
    return editor


def status(model: HistoryModel, session: Session, role: Qt.ItemDataRole) -> Any:
    row = model.row_of(session.id)
    assert row is not None
    return model.data(model.index(row, HistoryColumn.STATUS), role)


def alt_letters(window: QWidget) -> list[str]:
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(window)
    ]
    return [m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t))]


def repeated(letters: list[str]) -> set[str]:
    return {letter for letter in letters if letters.count(letter) > 1}


def versions_of(story: Story) -> list[Session]:
    return [s for s in story.history().sessions if s.id != story.plain.id]


# the history


def test_the_history_lists_the_current_version_marked_amended(
    qtmodeltester: Any, story: Story
) -> None:
    model = HistoryModel()
    model.set_history(story.history())
    qtmodeltester.check(model)
    shown = [model.session_at(row).id for row in range(model.rowCount())]
    assert shown == [story.amendment.id, story.plain.id], "the earlier version is not listed"
    assert model.session_count() == 2
    assert model.superseded_count() == 1

    assert status(model, story.amendment, Qt.ItemDataRole.DisplayRole) == "Signed, amended"
    assert status(model, story.plain, Qt.ItemDataRole.DisplayRole) == "Signed"
    tip = status(model, story.amendment, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Amended on ")
    assert "by tester" in tip
    assert REASON in tip
    assert short_time(20, 0) in tip, "when it was amended, in local time"
    assert "Corrects the version signed on " in tip
    spoken = status(model, story.amendment, Qt.ItemDataRole.AccessibleTextRole)
    assert REASON in spoken


def test_earlier_versions_are_listed_when_asked_and_marked_superseded(
    qtmodeltester: Any, story: Story
) -> None:
    model = HistoryModel()
    model.set_history(story.history())
    model.set_show_superseded(True)
    qtmodeltester.check(model)
    shown = [model.session_at(row).id for row in range(model.rowCount())]
    assert set(shown) == {story.amendment.id, story.original.id, story.plain.id}
    assert model.session_count() == 3
    assert status(model, story.original, Qt.ItemDataRole.DisplayRole) == "Superseded"
    tip = status(model, story.original, Qt.ItemDataRole.ToolTipRole)
    assert "Signed on " in tip
    assert "Corrected on " in tip and REASON in tip
    row = model.row_of(story.original.id)
    assert row is not None and model.is_superseded(row)
    font = model.data(model.index(row, HistoryColumn.NOTES), Qt.ItemDataRole.FontRole)
    assert font is None or not font.strikeOut(), "an earlier version is not voided"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    # the course filter still applies to both versions
    model.set_filter(story.course.id, Area.NECK)
    assert [model.session_at(r).id for r in range(model.rowCount())] == [story.original.id]
    model.set_show_superseded(False)
    assert model.rowCount() == 0


def test_a_voided_amendment_makes_the_original_current_again(story: Story) -> None:
    story.clinic.sessions.void(story.amendment.id, reason="λάθος διόρθωση")
    model = HistoryModel()
    model.set_history(story.history())
    assert status(model, story.original, Qt.ItemDataRole.DisplayRole) == "Signed"
    assert status(model, story.amendment, Qt.ItemDataRole.DisplayRole) == ("Voided: λάθος διόρθωση")
    assert model.superseded_count() == 0


def test_the_view_offers_the_earlier_versions_behind_a_tick_box(
    qtbot: QtBot, story: Story, clinic: Clinic
) -> None:
    view = HistoryView()
    qtbot.addWidget(view)
    view.resize(1200, 600)
    untouched = clinic.patients.create(PatientInput("Müller", "Jürgen", dt.date(1975, 1, 2)))
    view.set_history(clinic.history.patient_history(untouched.id))
    assert view.earlier_versions.isHidden(), "no box without earlier versions"

    view.set_history(story.history())
    box = view.earlier_versions
    assert not box.isHidden()
    assert box.text() == "Show earlier &versions (1)"
    assert box.accessibleName()
    assert not box.isChecked()
    assert view.model.rowCount() == 2
    assert view.count_label.text() == "2 sessions"
    areas = [view.area_filter.itemText(i) for i in range(view.area_filter.count())]
    assert areas == ["All areas", "Forehead"], "the neck was only in the earlier version"

    box.click()
    assert view.model.rowCount() == 3
    assert view.count_label.text() == "3 sessions"
    assert view.model.row_of(story.original.id) is not None
    assert view.area_filter.findText("Neck") >= 0
    view.set_filter(story.course.id, Area.NECK)
    assert view.count_label.text() == "1 of 3 sessions"

    opened: list[object] = []
    view.session_activated.connect(opened.append)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(view.model.row_of(story.original.id) or 0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [story.original.id]

    view.set_filter()
    box.click()
    assert view.model.rowCount() == 2


# the editor: amending


def test_a_signed_session_is_amended_with_a_reason_and_the_original_stays(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, story: Story, answer_yes: list[str]
) -> None:
    editor = open_editor(qtbot, clinic, bus, story.plain)
    editor.show()
    qtbot.waitExposed(editor)
    amend = child(editor, QPushButton, "amend")
    assert amend.isVisible()
    assert_nothing_changes(editor.session_form)
    assert not child(editor, QLineEdit, "amendment_reason").isVisible()

    amend.click()
    assert editor.amending
    assert not amend.isVisible()
    form = editor.session_form
    assert {"performed_at", "clinician", "product_name", "lot_number", "notes"} <= set(
        typable(form)
    )
    assert without_warnings(form.to_input()) == story.plain.entry, "the same fields, prefilled"
    reason = child(editor, QLineEdit, "amendment_reason")
    assert reason.isVisible()
    assert editor.focusWidget() is reason
    assert child(editor, QPushButton, "sign_amendment").isVisible()
    assert child(editor, QPushButton, "save_draft").isHidden()
    assert child(editor, QPushButton, "sign").isHidden()
    assert "Amending the session signed " in editor.frame.banner.text()

    type_into(qtbot, child(editor.line_editors[0].products[0], QLineEdit, "lot_number"), "L-1000")
    type_into(qtbot, form.notes, "Καλή ανοχή. Διόρθωση παρτίδας.")
    type_into(qtbot, reason, "Lot mistyped")
    with qtbot.waitSignal(bus.changed):
        child(editor, QPushButton, "sign_amendment").click()

    assert editor.result() == QDialog.DialogCode.Accepted
    assert answer_yes and answer_yes[0].startswith("Sign this amendment?")
    amended = clinic.sessions.get(editor.saved_session.id)
    assert amended.amends == story.plain.id
    assert amended.amendment_reason == "Lot mistyped"
    assert amended.status is SessionStatus.SIGNED
    assert amended.signed_by == "tester"
    assert amended.entry.notes == "Καλή ανοχή. Διόρθωση παρτίδας."
    assert amended.entry.treatments[0].products[0].lot_number == "L-1000"
    assert clinic.sessions.get(story.plain.id) == story.plain, "the original is unchanged"
    history = story.history()
    assert story.plain.id in {s.id for s in history.sessions}, "and still readable"
    assert clinic.editor_drafts.pending() == [], "nothing kept for crash recovery"


def test_an_empty_reason_is_shown_beside_the_field_and_nothing_is_stored(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, story: Story, answer_yes: list[str]
) -> None:
    before = story.history().sessions
    editor = open_editor(qtbot, clinic, bus, story.plain)
    editor.show()
    qtbot.waitExposed(editor)
    editor.start_amendment()
    type_into(qtbot, editor.session_form.notes, "Άλλο κείμενο.")
    type_into(qtbot, child(editor, QLineEdit, "amendment_reason"), "   ")
    child(editor, QPushButton, "sign_amendment").click()

    error = child(editor, QLabel, "reason_error")
    assert error.isVisible()
    assert error.text() == "The reason for the amendment is required"
    assert editor.focusWidget() is child(editor, QLineEdit, "amendment_reason")
    assert answer_yes == [], "not even asked"
    assert editor.isVisible()
    assert story.history().sessions == before

    # nothing changed but the reason: nothing to amend either
    type_into(qtbot, editor.session_form.notes, story.plain.entry.notes)
    type_into(qtbot, child(editor, QLineEdit, "amendment_reason"), "Έλεγχος")
    child(editor, QPushButton, "sign_amendment").click()
    assert not error.isVisible()
    assert child(editor, QLabel, "form_error").text().startswith("Nothing was changed")
    assert story.history().sessions == before


def test_errors_in_the_amended_fields_are_shown_beside_them(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, story: Story, answer_yes: list[str]
) -> None:
    before = story.history().sessions
    editor = open_editor(qtbot, clinic, bus, story.plain)
    editor.show()
    editor.start_amendment()
    empty(qtbot, editor.session_form.clinician)
    type_into(qtbot, child(editor, QLineEdit, "amendment_reason"), "Λάθος κλινικός")
    child(editor, QPushButton, "sign_amendment").click()
    assert editor.isVisible()
    assert "clinician" in editor.session_form.errors.visible()
    assert story.history().sessions == before


def test_cancel_leaves_the_session_as_it_was(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, story: Story, answer_yes: list[str]
) -> None:
    before = story.history().sessions
    editor = open_editor(qtbot, clinic, bus, story.plain)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.start_amendment()
    type_into(qtbot, editor.session_form.notes, "Κάτι άλλο.")
    qtbot.keyClick(editor.session_form.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible(), "Ctrl+S saves no draft of a signed session"
    child(editor, QPushButton, "cancel").click()
    assert answer_yes == ["The amendment is not signed; the session stays as it was. Discard it?"]
    assert editor.result() == QDialog.DialogCode.Rejected
    assert story.history().sessions == before
    assert clinic.editor_drafts.pending() == []


def test_ctrl_shift_s_signs_the_amendment(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, story: Story, answer_yes: list[str]
) -> None:
    editor = open_editor(qtbot, clinic, bus, story.plain)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.start_amendment()
    type_into(qtbot, editor.session_form.notes, "Διόρθωση.")
    type_into(qtbot, child(editor, QLineEdit, "amendment_reason"), "Τυπογραφικό λάθος")
    with qtbot.waitSignal(bus.changed):
        qtbot.keyClick(
            editor.session_form.notes,
            Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert editor.saved_session is not None
    assert editor.saved_session.amends == story.plain.id


def test_an_amendment_made_meanwhile_elsewhere_is_refused_and_nothing_changes(
    qtbot: QtBot,
    clinic: Clinic,
    bus: ChangeBus,
    story: Story,
    answer_yes: list[str],
    boxes: Boxes,
) -> None:
    editor = open_editor(qtbot, clinic, bus, story.plain)
    editor.show()
    editor.start_amendment()
    clinic.sessions.amend(story.plain.id, story.plain.entry, reason="από άλλο υπολογιστή")
    before = story.history().sessions
    type_into(qtbot, editor.session_form.notes, "Διόρθωση.")
    type_into(qtbot, child(editor, QLineEdit, "amendment_reason"), "Τυπογραφικό λάθος")
    child(editor, QPushButton, "sign_amendment").click()
    assert boxes.kinds() == ["warning"]
    assert "amend the newest version" in boxes.shown[0][2]
    assert editor.isVisible()
    assert story.history().sessions == before


def test_an_assistant_sees_no_amend_button(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, story: Story
) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", "correct horse battery")
    clinic.act_as("admin")
    clinic.accounts.add("maria", "Maria Nikolaou", Role.ASSISTANT, "correct horse battery")
    clinic.act_as("maria")
    editor = open_editor(qtbot, clinic, bus, story.plain)
    assert editor.read_only
    assert not editor.may_amend
    assert child(editor, QPushButton, "amend").isHidden()
    editor.start_amendment()
    assert not editor.amending
    assert_nothing_changes(editor.session_form)
    # the versions stay readable to everyone
    versions = open_editor(qtbot, clinic, bus, story.amendment)
    assert not child(versions, QPushButton, "earlier_version").isHidden()

    clinic.act_as("admin")
    assert not open_editor(qtbot, clinic, bus, story.plain).frame.amend_button.isHidden()


def test_a_voided_or_superseded_session_is_not_amended(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, story: Story
) -> None:
    earlier = open_editor(qtbot, clinic, bus, story.original)
    assert not earlier.may_amend
    assert earlier.frame.amend_button.isHidden()
    voided = clinic.sessions.void(story.plain.id, reason="λάθος ασθενής")
    assert open_editor(qtbot, clinic, bus, voided).frame.amend_button.isHidden()


# the editor: the other versions


def test_the_amendment_says_what_it_amends_and_opens_the_earlier_text(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, story: Story
) -> None:
    editor = open_editor(qtbot, clinic, bus, story.amendment)
    editor.show()
    qtbot.waitExposed(editor)
    note = child(editor, QLabel, "version_note")
    assert note.isVisible()
    assert note.text().startswith("Amendment of the version signed ")
    assert "by tester" in note.text()
    assert note.text().endswith(f"reason: {REASON}")
    assert "2026" in note.text()
    assert child(editor, QPushButton, "newer_version").isHidden()
    assert child(editor, QPushButton, "amend").isVisible(), "the newest version is amended"

    child(editor, QPushButton, "earlier_version").click()
    earlier = editor.version_editor
    assert earlier is not None
    qtbot.addWidget(earlier)
    assert earlier.isVisible()
    assert earlier.read_only
    assert earlier.session is not None and earlier.session.id == story.original.id
    assert without_warnings(earlier.session_form.to_input()) == story.original.entry
    notes = child(earlier, QPlainTextEdit, "notes")
    assert notes.toPlainText() == "Αρχικό κείμενο."
    assert not notes.isEnabled()
    assert earlier.frame.amend_button.isHidden()
    assert earlier.windowTitle().startswith("Session (earlier version)")
    earlier_note = child(earlier, QLabel, "version_note")
    assert earlier_note.text().startswith("Earlier version: corrected on ")
    assert REASON in earlier_note.text()
    assert not [
        w.objectName()
        for kind in (QLineEdit, QAbstractSpinBox, QPlainTextEdit)
        for w in earlier.session_form.findChildren(kind)
        if w.isEnabled()
    ]
    assert_nothing_changes(earlier.session_form)

    child(earlier, QPushButton, "newer_version").click()
    newer = earlier.version_editor
    assert newer is not None
    qtbot.addWidget(newer)
    assert without_warnings(newer.session_form.to_input()) == story.amendment.entry
    newer.reject()
    earlier.reject()
    assert earlier.result() == QDialog.DialogCode.Rejected
    assert versions_of(story) == [story.amendment, story.original]


def test_every_alt_key_in_the_editor_is_unique(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, story: Story
) -> None:
    editor = open_editor(qtbot, clinic, bus, story.amendment)
    editor.show()
    qtbot.waitExposed(editor)
    read_only = alt_letters(editor)
    assert {"e", "m"} <= set(read_only)
    assert repeated(read_only) == set()
    editor.start_amendment()
    amending = alt_letters(editor)
    assert {"r", "g", "e"} <= set(amending)
    assert repeated(amending) == set()
    earlier = open_editor(qtbot, clinic, bus, story.original)
    earlier.show()
    assert "w" in alt_letters(earlier)
    assert repeated(alt_letters(earlier)) == set()


# the window


def test_amending_from_the_window_refreshes_the_history(
    qtbot: QtBot, clinic: Clinic, story: Story, answer_yes: list[str]
) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.show()
    window.open_patient(story.patient.id)
    view = window.record.history_view
    assert view.model.rowCount() == 2
    assert repeated(alt_letters(window)) == set(), "the tick box's Alt key is free"

    editor = window.open_session(story.plain.id)
    assert editor is not None
    editor.frame.amend_button.click()
    type_into(qtbot, editor.session_form.notes, "Διόρθωση.")
    type_into(qtbot, editor.frame.amendment_reason, "Λάθος σημείωση")
    editor.frame.sign_amendment_button.click()
    assert not editor.isVisible()

    model = view.model
    assert model.rowCount() == 2
    assert [model.data(model.index(r, HistoryColumn.STATUS)) for r in range(2)] == [
        "Signed, amended",
        "Signed, amended",
    ]
    assert view.earlier_versions.text() == "Show earlier &versions (2)"
    view.show_earlier_versions()
    assert model.rowCount() == 4
    row = model.row_of(story.plain.id)
    assert row is not None
    assert model.data(model.index(row, HistoryColumn.STATUS)) == "Superseded"
    opened = window.open_session(story.plain.id)
    assert opened is not None and opened.read_only and not opened.may_amend
    assert opened.frame.newer_button.isVisible()
    opened.reject()
    window.close()


def laid_out(window: QWidget) -> bool:
    """Whether the layouts have been applied: no visible widget below its minimum size (a
    screenshot taken sooner shows the panes squashed)."""
    return not [
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisible()
        and widget.layout() is not None
        and widget.height() < widget.minimumSizeHint().height()
    ]


def test_screenshots_at_1366_by_768(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, story: Story, tmp_path: Path
) -> None:
    folder = Path(os.environ.get("MESOLOG_SCREENSHOTS", tmp_path))
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_patient(story.patient.id)
    window.record.history_view.show_earlier_versions()
    qtbot.waitUntil(lambda: laid_out(window))
    assert window.grab().save(str(folder / "history_amended.png"))

    editor = open_editor(qtbot, clinic, bus, story.amendment)
    editor.resize(1366, 768)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: laid_out(editor))
    assert editor.grab().save(str(folder / "editor_amended_read_only.png"))
    editor.start_amendment()
    empty(qtbot, editor.frame.amendment_reason)
    editor.frame.sign_amendment_button.click()
    assert editor.grab().save(str(folder / "editor_amend_mode.png"))
    for button in (
        editor.frame.cancel_button,
        editor.frame.sign_amendment_button,
        editor.frame.earlier_button,
    ):
        assert button.isVisible()
        assert editor.rect().contains(button.geometry())
    assert not editor.frame.scroll_area.horizontalScrollBar().isVisible()

    earlier = editor.open_earlier_version()
    assert earlier is not None
    qtbot.addWidget(earlier)
    earlier.resize(1366, 768)
    qtbot.waitExposed(earlier)
    assert earlier.grab().save(str(folder / "editor_earlier_version.png"))
    earlier.reject()
    window.close()


def test_a_new_session_repeats_the_current_version_never_an_earlier_one(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, story: Story, course: Course
) -> None:
    # the amendment moved the session a day earlier: the earlier version is now the newest
    clinic.sessions.amend(
        story.amendment.id,
        SessionInput(
            story.amendment.entry.performed_at - dt.timedelta(days=1),
            CLINICIAN,
            lines("L-7777"),
            course.id,
        ),
        reason="Λάθος ημερομηνία",
    )
    editor = SessionEditor(clinic, bus, story.patient, course_id=course.id, clinician=CLINICIAN)
    qtbot.addWidget(editor)
    [line] = editor.session_form.to_input().treatments
    assert line.products[0].lot_number == "L-7777"
