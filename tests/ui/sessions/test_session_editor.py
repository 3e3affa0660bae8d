"""The session editor on a real database: logging, prefill, errors, autosave, signing."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import (
    Area,
    Indication,
    NeedleMethod,
    ReactionKind,
    Role,
    SessionStatus,
    Severity,
    Solution,
)
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    PenTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    SessionInput,
    TechniqueDefaults,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.typed_fields import NumberField
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.sessions.treatment_line_editor import TreatmentLineEditor
from tests.conftest import ATHENS, FixedClock
from tests.locale_support import date_keys, decimal
from tests.qt_fixtures import answer_signing
from tests.typing_support import empty, shown, type_into
from tests.ui.sessions.typed_session import without_warnings

CLINICIAN = "Δρ. Νικολάου"

PREVIOUS_LINES = (
    TreatmentLine(
        Area.FULL_FACE,
        NeedleTechnique(depth_mm=1.5, gauge=32, length_mm=4.0, method=NeedleMethod.NAPPAGE),
        (
            ProductUse(
                Solution.HYALURONIC_ACID,
                2.0,
                product_name="AquaVeil HA 2%",
                concentration="20 mg/ml",
                lot_number="AV-2291",
                expiry_date=dt.date(2027, 5, 31),
            ),
        ),
    ),
    TreatmentLine(Area.NECK, PenTechnique(depth_mm=0.75, penetrations_per_second=80, passes=3)),
)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Message boxes are the system edge: a question left open (closing a changed editor at
    the end of a test) is answered "Discard"; a warning or an error fails the test."""

    def question(*_: object, **__: object) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton.Discard

    def unexpected(_parent: object, title: str, text: str, *_: object) -> None:
        raise AssertionError(f"unexpected message box {title!r}: {text}")

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", unexpected)
    monkeypatch.setattr(QMessageBox, "critical", unexpected)


@pytest.fixture
def patient(clinic: Clinic) -> Patient:
    return clinic.patients.create(
        PatientInput(
            "Παπαδοπούλου",
            "Ελένη",
            dt.date(1980, 3, 14),
            "R-001",
            medications="Nurofen όταν χρειάζεται",
            consent_signed_on=dt.date(2026, 1, 5),
        )
    )


@pytest.fixture
def course(clinic: Clinic, patient: Patient) -> Course:
    return clinic.courses.plan(
        patient.id,
        CourseInput(Indication.WRINKLES, 6, dt.date(2026, 2, 1), areas=(Area.FULL_FACE, Area.NECK)),
    )


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


def open_editor(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient, **options: Any
) -> SessionEditor:
    options.setdefault("clinician", CLINICIAN)
    editor = SessionEditor(clinic, bus, patient, **options)
    qtbot.addWidget(editor)
    return editor


def child(parent: QWidget, kind: type, name: str) -> Any:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def technique_field(line: TreatmentLineEditor, page: str, name: str) -> Any:
    return child(child(line, QWidget, page), NumberField, name)


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def earlier(clock: FixedClock, **delta: float) -> dt.datetime:
    return clock.current - dt.timedelta(**delta)


def refuse_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    def question(*_: object, **__: object) -> QMessageBox.StandardButton:
        raise AssertionError("no question expected")

    monkeypatch.setattr(QMessageBox, "question", question)


def test_a_needle_and_a_pen_line_are_logged_and_saved_as_a_draft(
    qtbot: QtBot,
    clinic: Clinic,
    bus: ChangeBus,
    patient: Patient,
    course: Course,
    clock: FixedClock,
) -> None:
    editor = open_editor(qtbot, clinic, bus, patient)
    assert child(editor, QComboBox, "course_id").currentData() == str(course.id)
    needle_line = editor.line_editors[0]
    child(needle_line, QComboBox, "area").setCurrentIndex(
        child(needle_line, QComboBox, "area").findData("full_face")
    )
    type_into(qtbot, technique_field(needle_line, "needle_fields", "gauge"), "32")
    type_into(qtbot, technique_field(needle_line, "needle_fields", "depth_mm"), decimal("1.5"))
    choose(child(needle_line, QComboBox, "method"), "nappage")
    child(needle_line, QPushButton, "add_product").click()
    product = needle_line.products[0]
    choose(child(product, QComboBox, "solution"), "hyaluronic_acid")
    type_into(qtbot, child(product, QLineEdit, "product_name"), "AquaVeil HA 2%")
    type_into(qtbot, child(product, QLineEdit, "concentration"), "20 mg/ml")
    type_into(qtbot, child(product, NumberField, "volume_ml"), "2")
    type_into(qtbot, child(product, QLineEdit, "lot_number"), "AV-2291")
    type_into(qtbot, product.expiry_date, date_keys(dt.date(2027, 5, 31)))

    child(editor, QPushButton, "add_line").click()
    pen_line = editor.line_editors[1]
    assert pen_line.area.currentData() == "neck", "the course's next area"
    child(pen_line, QRadioButton, "kind_pen").click()
    type_into(qtbot, technique_field(pen_line, "pen_fields", "depth_mm"), decimal("0.75"))
    type_into(qtbot, technique_field(pen_line, "pen_fields", "penetrations_per_second"), "80")
    type_into(qtbot, technique_field(pen_line, "pen_fields", "passes"), "3")
    assert child(editor, QCheckBox, "consent_confirmed").isChecked(), "the consent on file"

    with qtbot.waitSignal(bus.changed):
        child(editor, QPushButton, "save_draft").click()

    assert editor.result() == QDialog.DialogCode.Accepted
    saved = clinic.sessions.get(editor.saved_session.id)
    assert saved.status is SessionStatus.DRAFT
    assert saved.entry.treatments == PREVIOUS_LINES
    assert saved.entry.course_id == course.id
    assert saved.entry.clinician == CLINICIAN
    assert saved.entry.performed_at == clock.current
    assert saved.entry.pre_treatment == PreTreatment(consent_confirmed=True)
    assert saved.entry.reactions == ()
    assert clinic.editor_drafts.pending() == []


def test_a_new_session_repeats_the_previous_session_of_the_same_course(
    qtbot: QtBot,
    clinic: Clinic,
    bus: ChangeBus,
    patient: Patient,
    course: Course,
    clock: FixedClock,
) -> None:
    clinic.sessions.create_draft(
        patient.id,
        SessionInput(
            earlier(clock, days=14),
            "Δρ. Άλλος",
            PREVIOUS_LINES,
            course_id=course.id,
            pre_treatment=PreTreatment(7, "EMLA", consent_confirmed=True),
            reactions=(Reaction(ReactionKind.REDNESS, Severity.MILD),),
            improvement_score=6,
            notes="Καλή ανοχή",
        ),
    )
    voided = clinic.sessions.create_draft(
        patient.id,
        SessionInput(
            earlier(clock, days=2),
            "Δρ. Άλλος",
            (TreatmentLine(Area.SCALP, NeedleTechnique(2.0)),),
            course_id=course.id,
        ),
    )
    clinic.sessions.void(voided.id, reason="wrong patient")
    clinic.sessions.create_draft(
        patient.id,
        SessionInput(
            earlier(clock, days=1), "Δρ. Άλλος", (TreatmentLine(Area.HANDS, NeedleTechnique(2.0)),)
        ),
    )

    editor = open_editor(qtbot, clinic, bus, patient, course_id=course.id)

    entry = editor.session_form.to_input()
    assert entry.treatments == PREVIOUS_LINES
    # Aspirin 7 days before the session 14 days ago: 21 days ago, to be asked again.
    # The consent on file (5 January) covers it.
    assert entry.pre_treatment == PreTreatment(21, "EMLA", consent_confirmed=True)
    assert entry.reactions == ()
    assert entry.improvement_score is None
    assert entry.notes == ""
    assert entry.performed_at == clock.current
    assert entry.clinician == CLINICIAN
    assert entry.course_id == course.id
    assert "24" in child(editor, QLabel, "prefill_notice").text()

    # "No course" takes the previous session outside any course instead.
    course_choice = child(editor, QComboBox, "course_id")
    assert course_choice.itemText(0) == "No course"
    course_choice.setCurrentIndex(0)
    assert [line.area for line in editor.session_form.to_input().treatments] == [Area.HANDS]


def test_without_a_previous_session_one_line_has_the_clinics_defaults(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient, course: Course
) -> None:
    defaults = TechniqueDefaults(needle_gauge=32, needle_depth_mm=1.5, pen_depth_mm=1.0)
    clinic.settings.update_clinic(
        ClinicSettings(name="Κλινική", techniques=defaults), read=clinic.settings.clinic()
    )

    editor = open_editor(qtbot, clinic, bus, patient)

    assert editor.session_form.to_input().treatments == (
        TreatmentLine(Area.FULL_FACE, defaults.needle()),
    )
    line = editor.line_editors[0]
    child(line, QRadioButton, "kind_pen").click()
    assert line.to_line().technique == defaults.pen()


def test_repeating_last_time_is_ctrl_s_and_a_new_depth_is_typed_first(
    qtbot: QtBot,
    clinic: Clinic,
    bus: ChangeBus,
    patient: Patient,
    course: Course,
    clock: FixedClock,
) -> None:
    clinic.sessions.create_draft(
        patient.id,
        SessionInput(earlier(clock, days=14), CLINICIAN, PREVIOUS_LINES, course_id=course.id),
    )
    editor = open_editor(qtbot, clinic, bus, patient)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    depth = technique_field(editor.line_editors[0], "needle_fields", "depth_mm")
    assert editor.focusWidget() is depth

    qtbot.keyClicks(depth, "2")
    qtbot.keyClick(depth, Qt.Key.Key_Return)
    assert editor.isVisible(), "Enter is not save"
    qtbot.keyClick(depth, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert editor.result() == QDialog.DialogCode.Accepted
    saved = clinic.sessions.get(editor.saved_session.id).entry
    assert saved.treatments[0].technique.depth_mm == 2.0
    assert saved.treatments[1:] == PREVIOUS_LINES[1:]


def test_an_expired_lot_is_said_as_soon_as_its_expiry_is_typed_and_nothing_is_saved(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient, course: Course
) -> None:
    editor = open_editor(qtbot, clinic, bus, patient)
    editor.show()
    line = editor.line_editors[0]
    good, expired = line.add_product(), line.add_product()
    type_into(qtbot, good.expiry_date, date_keys(dt.date(2027, 1, 31)))
    type_into(qtbot, expired.expiry_date, date_keys(dt.date(2026, 3, 1)))
    label = child(expired, QLabel, "expiry_date_error")
    assert label.isVisible(), "said at once, before Save or Sign"
    assert label.text() == (
        f"This lot expired on {shown_date(dt.date(2026, 3, 1))}, before the session "
        f"({shown_date(dt.date(2026, 3, 10))}): use a lot in date."
    )

    for button in ("save_draft", "sign"):
        child(editor, QPushButton, button).click()

    assert editor.isVisible()
    assert editor.saved_session is None
    assert clinic.history.patient_history(patient.id).sessions == ()
    assert label.isVisible()
    assert "\n" not in label.text(), "said once"
    assert not child(good, QLabel, "expiry_date_error").isVisible()
    assert line.visible_errors().keys() == {"products[1].expiry_date"}
    assert "Not saved" in child(editor, QLabel, "autosave_status").text()

    type_into(qtbot, expired.expiry_date, date_keys(dt.date(2026, 12, 31)))
    assert not label.isVisible(), "unsaid once corrected"
    child(editor, QPushButton, "save_draft").click()
    assert editor.saved_session is not None
    assert not label.isVisible()
    stored = clinic.sessions.get(editor.saved_session.id).entry.treatments[0].products
    assert [p.expiry_date for p in stored] == [dt.date(2027, 1, 31), dt.date(2026, 12, 31)]


def test_session_level_errors_are_placed_beside_their_fields(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient, course: Course
) -> None:
    editor = open_editor(qtbot, clinic, bus, patient, clinician="")
    editor.show()
    reactions = editor.reaction_editor
    child(reactions, QPushButton, "reaction_bruising").click()
    child(reactions, QPushButton, "reaction_swelling").click()
    type_into(
        qtbot, reactions.row_for(ReactionKind.BRUISING).resolved_on, date_keys(dt.date(2026, 3, 1))
    )

    child(editor, QPushButton, "save_draft").click()

    assert editor.saved_session is None
    assert child(editor.session_form, QLabel, "clinician_error").isVisible()
    bruising = reactions.row_for(ReactionKind.BRUISING)
    assert child(bruising, QLabel, "resolved_on_error").isVisible()
    swelling = reactions.row_for(ReactionKind.SWELLING)
    assert not child(swelling, QLabel, "resolved_on_error").isVisible()
    assert not child(editor, QLabel, "form_error").isVisible(), "every error found its field"
    assert editor.focusWidget() is child(editor, QLineEdit, "clinician")


def test_a_signed_session_opens_read_only(
    qtbot: QtBot,
    clinic: Clinic,
    bus: ChangeBus,
    patient: Patient,
    course: Course,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    draft = clinic.sessions.create_draft(
        patient.id,
        SessionInput(
            earlier(clock, hours=1),
            CLINICIAN,
            PREVIOUS_LINES,
            course_id=course.id,
            reactions=(Reaction(ReactionKind.BRUISING, Severity.MODERATE, notes="Μώλωπας"),),
        ),
    )
    signed = clinic.sessions.sign(draft.id)

    editor = open_editor(qtbot, clinic, bus, patient, session=signed)
    editor.show()

    banner = child(editor, QLabel, "locked_banner")
    assert banner.isVisible()
    assert "Signed by tester" in banner.text()
    assert "2026" in banner.text()
    assert "locked" in banner.text()
    assert without_warnings(editor.session_form.to_input()) == without_warnings(signed.entry)
    inputs = [
        widget
        for kind in (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractButton, QPlainTextEdit)
        for widget in editor.session_form.findChildren(kind)
    ]
    assert len(inputs) > 30
    assert [w.objectName() for w in inputs if w.isEnabled()] == ["chart_diagram"], (
        "only the chart's diagram picker: a signed chart is read on every diagram"
    )
    assert child(editor, QPushButton, "save_draft").isHidden()
    assert child(editor, QPushButton, "sign").isHidden()

    refuse_questions(monkeypatch)
    editor.save_draft()
    child(editor, QPushButton, "cancel").click()
    assert editor.result() == QDialog.DialogCode.Rejected
    assert clinic.sessions.get(signed.id) == signed


def test_editing_a_draft_updates_it(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient, course: Course
) -> None:
    draft = clinic.sessions.create_draft(
        patient.id,
        SessionInput(dt.datetime(2026, 3, 2, 9, 30, tzinfo=ATHENS), CLINICIAN, PREVIOUS_LINES),
    )
    editor = open_editor(qtbot, clinic, bus, patient, session=draft)
    assert child(editor, QComboBox, "course_id").currentData() is None
    type_into(qtbot, child(editor, QPlainTextEdit, "notes"), "Συμπληρώθηκε αργότερα")
    child(editor, QPushButton, "save_draft").click()

    assert editor.saved_session.id == draft.id
    assert len(clinic.history.patient_history(patient.id).sessions) == 1
    stored = clinic.sessions.get(draft.id).entry
    assert stored.notes == "Συμπληρώθηκε αργότερα"
    assert stored.performed_at == draft.entry.performed_at
    assert stored.treatments == PREVIOUS_LINES


def fill_for_autosave(qtbot: QtBot, editor: SessionEditor) -> None:
    """Greek text, two lines, two reactions and a value the service would refuse, typed."""
    line = editor.line_editors[0]
    type_into(qtbot, line.area_detail, "μέτωπο και μάγουλα")
    line.add_product_button.click()
    product = line.products[0]
    type_into(qtbot, product.product_name, "Βιταμίνες C+E")
    type_into(qtbot, product.expiry_date, date_keys(dt.date(2026, 1, 1)))
    editor.session_form.add_line_button.click()
    child(editor.line_editors[1], QRadioButton, "kind_pen").click()
    type_into(qtbot, technique_field(editor.line_editors[1], "pen_fields", "depth_mm"), "1,25")
    editor.reaction_editor.toggles[ReactionKind.REDNESS].click()
    editor.reaction_editor.toggles[ReactionKind.BRUISING].click()
    bruising = editor.reaction_editor.row_for(ReactionKind.BRUISING)
    choose(bruising.severity, "severe")
    type_into(qtbot, bruising.notes, "Εκχύμωση αριστερά")
    type_into(qtbot, editor.session_form.nsaids_paused_days, "3")
    type_into(qtbot, editor.session_form.improvement_score, "7")
    type_into(qtbot, editor.session_form.notes, "Σημειώσεις\nδεύτερη γραμμή")


def test_what_is_typed_is_kept_and_comes_back_exactly(
    qtbot: QtBot,
    clinic: Clinic,
    bus: ChangeBus,
    patient: Patient,
    course: Course,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = open_editor(qtbot, clinic, bus, patient)
    editor.autosave_timer.setInterval(50)
    fill_for_autosave(qtbot, editor)
    typed = editor.session_form.to_payload()
    assert typed["treatments"][1]["pen"]["depth_mm"] == decimal("1.25")
    assert (typed["nsaids_paused_days"], typed["improvement_score"]) == ("3", "7")
    assert typed["notes"] == "Σημειώσεις\nδεύτερη γραμμή"

    def kept_as_typed() -> bool:
        return [json.loads(k.payload) for k in clinic.editor_drafts.pending()] == [typed]

    qtbot.waitUntil(kept_as_typed)

    (kept,) = clinic.editor_drafts.pending()
    assert (kept.key, kept.patient_id, kept.session_id) == (editor.draft_key, patient.id, None)
    payload = json.loads(kept.payload)
    restored = open_editor(
        qtbot, clinic, bus, patient, draft_key=kept.key, restored=json.loads(kept.payload)
    )
    assert restored.session_form.to_payload() == payload
    assert restored.session_form.to_input() == editor.session_form.to_input()
    assert restored.draft_key == kept.key

    # Throwing the work away asks first, then forgets the kept copy.
    answers = itertools.chain(
        [QMessageBox.StandardButton.Cancel], itertools.repeat(QMessageBox.StandardButton.Discard)
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_, **__: next(answers))
    restored.reject()
    assert clinic.editor_drafts.pending() != [], "declined: nothing was thrown away"
    restored.reject()
    assert restored.result() == QDialog.DialogCode.Rejected
    assert clinic.editor_drafts.pending() == []


def test_cancel_without_changes_closes_without_asking(
    qtbot: QtBot,
    clinic: Clinic,
    bus: ChangeBus,
    patient: Patient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = open_editor(qtbot, clinic, bus, patient)
    refuse_questions(monkeypatch)
    child(editor, QPushButton, "cancel").click()
    assert editor.result() == QDialog.DialogCode.Rejected


def test_the_warnings_follow_the_pre_treatment_check(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient
) -> None:
    editor = open_editor(qtbot, clinic, bus, patient)
    warnings = child(editor, QLabel, "warnings")
    assert "⚠" in warnings.text()
    assert "Nurofen" in warnings.text()
    assert "Consent was not confirmed" not in warnings.text(), "the consent on file covers it"
    editor.session_form.consent_confirmed.click()
    assert "Consent was not confirmed" in warnings.text(), "unticked"

    days = editor.session_form.nsaids_paused_days
    type_into(qtbot, days, "3")
    editor.session_form.consent_confirmed.click()

    assert "3 day(s) ago" in warnings.text()
    assert "Consent was not confirmed" not in warnings.text()
    assert (shown(days), days.unit) == ("3", "days ago")
    # Emptied, the question is "not asked".
    empty(qtbot, days)
    assert (shown(days), days.placeholderText()) == ("", "not asked")
    assert "day(s) ago" not in warnings.text()


def test_warnings_coming_and_going_never_move_the_fields(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus
) -> None:
    """A patient with nothing to warn about: ticking consent off and on brings the one
    warning and takes it away, and the form stays where it was under the mouse."""
    calm = clinic.patients.create(
        PatientInput("Ρήγα", "Άννα", dt.date(1990, 1, 2), consent_signed_on=dt.date(2026, 1, 5))
    )
    editor = open_editor(qtbot, clinic, bus, calm)
    editor.show()
    qtbot.waitExposed(editor)
    warnings = child(editor, QLabel, "warnings")
    form = editor.session_form
    where = form.mapTo(editor, form.rect().topLeft())
    texts = []
    for _ in range(2):
        form.consent_confirmed.click()
        texts.append(warnings.text())
        assert form.mapTo(editor, form.rect().topLeft()) == where
    assert any("⚠" in text for text in texts)
    assert any(text == "No clinical warnings for this session." for text in texts)


def test_signing_asks_with_the_warnings_then_saves_and_locks(
    qtbot: QtBot,
    clinic: Clinic,
    bus: ChangeBus,
    patient: Patient,
    course: Course,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    answer_signing(monkeypatch, into=asked)
    editor = open_editor(qtbot, clinic, bus, patient)
    editor.session_form.consent_confirmed.click()

    child(editor, QPushButton, "sign").click()

    (text,) = asked
    assert "⚠ The medication list names aspirin or another NSAID (Nurofen)" in text
    assert editor.result() == QDialog.DialogCode.Accepted
    signed = clinic.sessions.get(editor.saved_session.id)
    assert signed.status is SessionStatus.SIGNED
    assert signed.signed_by == CLINICIAN, "the clinician who signs, not the computer account"
    assert editor.saved_session == signed
    assert clinic.editor_drafts.pending() == []


def test_declining_to_sign_saves_nothing(
    qtbot: QtBot,
    clinic: Clinic,
    bus: ChangeBus,
    patient: Patient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = answer_signing(monkeypatch, sign=False)
    editor = open_editor(qtbot, clinic, bus, patient)
    editor.sign()
    assert len(asked) == 1, "Back to the session"
    assert editor.saved_session is None
    assert clinic.history.patient_history(patient.id).sessions == ()


def test_a_decimal_comma_is_saved_as_a_number(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient, course: Course
) -> None:
    editor = open_editor(qtbot, clinic, bus, patient)
    editor.show()
    line = editor.line_editors[0]
    child(line, QRadioButton, "kind_pen").click()
    depth = technique_field(line, "pen_fields", "depth_mm")
    type_into(qtbot, depth, "0,75")
    assert shown(depth) == decimal("0.75")

    child(editor, QPushButton, "save_draft").click()

    saved = clinic.sessions.get(editor.saved_session.id)
    assert saved.entry.treatments[0].technique == PenTechnique(0.75, 100)


def test_screenshot_at_1366_by_768(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient, course: Course, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, clinic, bus, patient)
    editor.resize(1366, 768)
    fill_for_autosave(qtbot, editor)
    editor.show()
    qtbot.waitExposed(editor)
    scroll = editor.frame.scroll_area
    qtbot.waitUntil(scroll.verticalScrollBar().isVisible)  # the long body scrolls

    image = editor.grab()
    folder = Path(os.environ.get("MESOLOG_SCREENSHOTS", tmp_path))
    assert image.save(str(folder / "session_editor.png"))
    for name in ("cancel", "save_draft", "sign"):
        button = child(editor, QPushButton, name)
        assert button.isVisible(), "the buttons stay below the scrolling body"
        assert editor.rect().contains(button.geometry()), name
    horizontal: QScrollBar = scroll.horizontalScrollBar()
    assert not horizontal.isVisible(), "nothing is wider than the window"
    assert child(editor, QLabel, "warnings").isVisible()


def test_a_reaction_is_recorded_by_toggling_it(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient
) -> None:
    editor = open_editor(qtbot, clinic, bus, patient)
    editor.show()
    reactions = editor.reaction_editor
    swelling = child(reactions, QPushButton, "reaction_swelling")
    assert swelling.isCheckable()
    assert len(reactions.toggles) == len(ReactionKind)

    swelling.click()
    row = reactions.row_for(ReactionKind.SWELLING)
    severity = child(row, QComboBox, "severity")
    assert [severity.itemText(i) for i in range(severity.count())] == [
        "mild",
        "moderate",
        "severe",
    ]
    assert all(not severity.itemIcon(i).isNull() for i in range(severity.count()))
    choose(severity, "moderate")
    type_into(qtbot, row.notes, "Οίδημα κάτω βλεφάρων")
    assert swelling.text().startswith("✓")
    assert editor.session_form.to_input().reactions == (
        Reaction(ReactionKind.SWELLING, Severity.MODERATE, notes="Οίδημα κάτω βλεφάρων"),
    )

    swelling.click()
    assert editor.session_form.to_input().reactions == ()
    qtbot.waitUntil(lambda: not row.isVisible())
    swelling.click()
    assert editor.session_form.to_input().reactions[0].notes == "Οίδημα κάτω βλεφάρων", (
        "a slip of the toggle loses nothing"
    )


def test_choosing_another_course_before_changing_anything_copies_its_last_session(
    qtbot: QtBot,
    clinic: Clinic,
    bus: ChangeBus,
    patient: Patient,
    course: Course,
    clock: FixedClock,
) -> None:
    body = clinic.courses.plan(
        patient.id,
        CourseInput(Indication.CELLULITE_FIRMING, 8, dt.date(2026, 1, 10), areas=(Area.THIGHS,)),
    )
    clinic.sessions.create_draft(
        patient.id,
        SessionInput(earlier(clock, days=7), CLINICIAN, PREVIOUS_LINES, course_id=course.id),
    )
    editor = open_editor(qtbot, clinic, bus, patient, course_id=body.id)
    assert [line.area for line in editor.session_form.to_input().treatments] == [Area.THIGHS]

    choose(child(editor, QComboBox, "course_id"), str(course.id))
    assert editor.session_form.to_input().treatments == PREVIOUS_LINES

    type_into(qtbot, technique_field(editor.line_editors[0], "needle_fields", "depth_mm"), "3")
    choose(child(editor, QComboBox, "course_id"), str(body.id))
    assert editor.session_form.to_input().treatments[0].technique.depth_mm == 3.0, (
        "what the clinician changed stays"
    )


def test_a_draft_being_edited_is_kept_with_its_session(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient, clock: FixedClock
) -> None:
    draft = clinic.sessions.create_draft(
        patient.id, SessionInput(earlier(clock, hours=2), CLINICIAN, PREVIOUS_LINES)
    )
    editor = open_editor(qtbot, clinic, bus, patient, session=draft)
    editor.autosave_timer.setInterval(10)
    type_into(qtbot, editor.session_form.improvement_score, "8")
    qtbot.waitUntil(
        lambda: "Kept at" in editor.frame.status.text() or "not" in editor.frame.status.text()
    )
    (kept,) = clinic.editor_drafts.pending()
    assert kept.session_id == draft.id


def test_a_restored_draft_of_a_saved_session_updates_that_session(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient, clock: FixedClock
) -> None:
    draft = clinic.sessions.create_draft(
        patient.id, SessionInput(earlier(clock, hours=2), CLINICIAN, PREVIOUS_LINES)
    )
    editor = open_editor(qtbot, clinic, bus, patient, session=draft)
    type_into(qtbot, editor.session_form.improvement_score, "8")
    payload = json.loads(json.dumps(editor.session_form.to_payload()))

    restored = open_editor(qtbot, clinic, bus, patient, session=draft, restored=payload)

    assert restored.session_form.to_payload() == payload
    assert restored.session_form.to_input().improvement_score == 8
    assert restored.session_form.to_input().performed_at == draft.entry.performed_at
    restored.save_draft()
    assert restored.saved_session.id == draft.id
    assert clinic.sessions.get(draft.id).entry.improvement_score == 8
    assert len(clinic.history.patient_history(patient.id).sessions) == 1


def test_tab_goes_down_the_form_then_to_the_buttons_and_round(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient, course: Course
) -> None:
    editor = open_editor(qtbot, clinic, bus, patient)
    editor.line_editors[0].add_product()
    editor.session_form.add_line_button.click()
    editor.reaction_editor.toggles[ReactionKind.PAIN].click()
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.session_form.performed_at.setFocus()

    visited: list[str] = []
    for _ in range(80):
        widget = editor.focusWidget()
        visited.append(widget.objectName())
        editor.focusNextChild()
        if editor.focusWidget() is editor.session_form.performed_at:
            break

    expected = [
        "performed_at",
        "clinician",
        "course_id",
        "nsaids_paused_days",
        "topical_anaesthetic",
        "consent_confirmed",
        "area",
        "area_detail",
        "kind_needle",
        "remove_line",
        "gauge",
        "length_mm",
        "depth_mm",
        "method",
        "solution",
        "product_name",
        "concentration",
        "volume_ml",
        "lot_number",
        "expiry_date",
        "remove_product",
        "add_product",
        "area",
    ]
    assert visited[: len(expected)] == expected
    assert visited[-8:] == [
        "onset",
        "resolved_on",
        "notes",
        "improvement_score",
        "notes",
        "cancel",
        "save_draft",
        "sign",
    ]


def test_an_assistant_logs_drafts_and_cannot_sign(
    qtbot: QtBot,
    clinic: Clinic,
    bus: ChangeBus,
    patient: Patient,
    course: Course,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", "correct horse battery")
    clinic.act_as("admin")
    clinic.accounts.add("maria", "Maria Nikolaou", Role.ASSISTANT, "correct horse battery")
    clinic.accounts.add("eleni", "Dr Eleni Markou", Role.CLINICIAN, "correct horse battery")
    clinic.act_as("maria")
    editor = open_editor(qtbot, clinic, bus, patient, clinician="")
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.frame.sign_button.isHidden()
    assert not editor.may_sign
    form = editor.session_form
    assert form.clinician.text() == "", "never the assistant: the draft waits for a clinician"
    assert form.clinician.placeholderText() == "The clinician who will sign"
    assert not form.clinician.isReadOnly(), "an assistant names the clinician who treated"
    offered = form.clinician.completer().model()
    names = [offered.index(row, 0).data() for row in range(offered.rowCount())]
    assert names == ["Dr Anna Admin", "Dr Eleni Markou"], "those who may sign, not Maria"
    type_into(qtbot, form.clinician, "Dr Eleni Markou")
    form.consent_confirmed.click()
    qtbot.keyClick(
        form.notes,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.isVisible(), "Ctrl+Shift+S signs nothing"
    assert clinic.history.patient_history(patient.id).sessions == (), "nothing stored"
    with qtbot.waitSignal(bus.changed):
        editor.frame.save_button.click()
    saved = clinic.sessions.get(editor.saved_session.id)
    assert saved.status is SessionStatus.DRAFT
    assert saved.entry.clinician == "Dr Eleni Markou"


def test_an_assistant_s_draft_names_last_time_s_signer(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient, course: Course
) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", "correct horse battery")
    clinic.act_as("admin")
    clinic.accounts.add("maria", "Maria Nikolaou", Role.ASSISTANT, "correct horse battery")
    clinic.accounts.add("eleni", "Dr Eleni Markou", Role.CLINICIAN, "correct horse battery")
    clinic.act_as("eleni")
    line = TreatmentLine(Area.FOREHEAD, NeedleTechnique(1.5))
    earlier_session = clinic.sessions.create_draft(
        patient.id,
        SessionInput(
            clinic.context.now() - dt.timedelta(days=14), "Dr Eleni Markou", (line,), course.id
        ),
    )
    clinic.sessions.sign(earlier_session.id, signer="Dr Eleni Markou")
    clinic.act_as("maria")
    editor = open_editor(qtbot, clinic, bus, patient, clinician="")
    assert editor.session_form.clinician.text() == "Dr Eleni Markou"


def test_a_clinician_logs_under_their_own_name(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient, course: Course
) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", "correct horse battery")
    clinic.act_as("admin")
    clinic.accounts.add("eleni", "Dr Eleni Markou", Role.CLINICIAN, "correct horse battery")
    clinic.act_as("eleni")
    editor = open_editor(qtbot, clinic, bus, patient, clinician="Someone Else")
    assert editor.session_form.clinician.text() == "Dr Eleni Markou"
    assert editor.session_form.clinician.isReadOnly()
    assert not editor.frame.sign_button.isHidden()
