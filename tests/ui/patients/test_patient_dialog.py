"""The patient dialog on a real database: register, correct, and refuse bad input beside fields."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCalendarWidget, QLabel, QMessageBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Fitzpatrick, Sex
from mesolog.domain.records import Patient, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.patients.patient_dialog import PatientDialog
from tests.conftest import FixedClock
from tests.locale_support import date_keys
from tests.typing_support import empty, focus, tab_away, type_into, type_keys

PATIENT_FIELDS = [
    "family_name",
    "given_name",
    "date_of_birth",
    "sex",
    "record_number",
    "phone",
    "email",
    "preferred_language",
    "fitzpatrick_type",
    "allergies",
    "medications",
    "medical_history",
    "consent_signed_on",
    "photo_consent_on",
    "notes",
]
"""The interchange schema's patient fields, in the dialog's tab order."""

ELENI = PatientInput(
    "Παπαδοπούλου",
    "Ελένη",
    dt.date(1980, 3, 14),
    "R-001",
    Sex.FEMALE,
    "+30 210 555 0101",
    medications="Λεβοθυροξίνη 50 μg",
    consent_signed_on=dt.date(2025, 9, 1),
)


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a dialog with typing in it asks first (a modal box); tests that care replace this."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


def open_dialog(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, patient: Patient | None = None
) -> PatientDialog:
    dialog = PatientDialog(clinic, bus, patient=patient)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def field(dialog: PatientDialog, name: str) -> QWidget:
    found = dialog.findChild(QWidget, name)
    assert found is not None, name
    return found


def type_date(qtbot: QtBot, edit: QWidget, day: dt.date) -> None:
    """Tab into the date (its first part selected) and type the day in the locale's order."""
    focus(qtbot, edit)
    type_keys(edit, date_keys(day))
    tab_away(edit)


def test_every_patient_field_is_named_labelled_and_has_an_error_label(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus
) -> None:
    dialog = open_dialog(qtbot, clinic, bus)
    for name in PATIENT_FIELDS:
        widget = field(dialog, name)
        assert widget.accessibleName(), name
        assert dialog.findChild(QLabel, f"{name}_error") is not None, name
    for name in PATIENT_FIELDS:
        if name in ("consent_signed_on", "photo_consent_on"):
            continue  # its label is a check box ("Consent signed on", "Photo consent on")
        label = dialog.findChild(QLabel, f"{name}_label")
        assert label is not None, name
        assert "&" in label.text(), f"{name} has no mnemonic"
        assert label.buddy() is field(dialog, name)
    assert dialog.save_button.isDefault()


def test_tab_goes_through_the_fields_in_reading_order(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus
) -> None:
    dialog = open_dialog(qtbot, clinic, bus)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.family_name.hasFocus)
    dialog.consent_signed.setChecked(True)
    dialog.photo_consent.setChecked(True)
    reached: list[str | None] = []
    for _ in range(len(PATIENT_FIELDS) + 8):
        focused = dialog.focusWidget()
        while focused is not None and focused.objectName() not in [
            *PATIENT_FIELDS,
            "consent_signed",
            "photo_consent",
            "save",
        ]:
            focused = focused.parentWidget()
        name = focused.objectName() if focused else None
        if not reached or reached[-1] != name:  # Tab steps through a date's parts first
            reached.append(name)
        if name == "save":
            break
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    expected = [*PATIENT_FIELDS, "save"]
    expected.insert(expected.index("consent_signed_on"), "consent_signed")
    expected.insert(expected.index("photo_consent_on"), "photo_consent")
    assert reached == expected


def test_creates_a_patient_with_a_greek_name(qtbot: QtBot, clinic: Clinic, bus: ChangeBus) -> None:
    dialog = open_dialog(qtbot, clinic, bus)
    assert dialog.windowTitle() == "New patient"
    assert dialog.date_of_birth.text() == ""
    type_into(qtbot, dialog.family_name, "Καρμίρης")
    type_into(qtbot, dialog.given_name, "Νίκος")
    type_into(qtbot, dialog.date_of_birth, date_keys(dt.date(1968, 1, 5)))
    assert dialog.date_of_birth.value() == dt.date(1968, 1, 5)
    assert dialog.age_hint.text() == "58 years old"
    qtbot.keyClicks(dialog.sex, "M")  # Male, by its first letter
    type_into(qtbot, dialog.phone, "6944 555 010")
    type_into(qtbot, dialog.email, "nikos@example.gr")
    focus(qtbot, dialog.fitzpatrick_type)
    for _ in range(4):
        qtbot.keyClick(dialog.fitzpatrick_type, Qt.Key.Key_Down)
    type_into(qtbot, dialog.allergies, "Λάτεξ")
    assert dialog.consent_signed_on.text() == ""
    assert not dialog.consent_signed_on.isEnabled()
    qtbot.mouseClick(dialog.consent_signed, Qt.MouseButton.LeftButton)
    assert dialog.consent_signed_on.isEnabled()
    assert dialog.consent_signed_on.value() == dt.date(2026, 3, 10), "today, until changed"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.consent_signed.hasFocus)
    qtbot.keyClick(dialog.consent_signed, Qt.Key.Key_Tab)  # lands on the day
    qtbot.keyClicks(dialog.consent_signed_on, date_keys(dt.date(2026, 3, 2)))
    assert dialog.consent_signed_on.value() == dt.date(2026, 3, 2)
    type_into(qtbot, dialog.record_number, "R-104")

    with qtbot.waitSignal(bus.changed):
        qtbot.keyClick(dialog.record_number, Qt.Key.Key_Return)  # Enter = Save

    assert dialog.result() == PatientDialog.DialogCode.Accepted
    [found] = clinic.patients.search("Καρμίρης")
    saved = clinic.patients.get(found.id)
    assert dialog.saved_patient == saved
    assert saved.details == PatientInput(
        family_name="Καρμίρης",
        given_name="Νίκος",
        date_of_birth=dt.date(1968, 1, 5),
        record_number="R-104",
        sex=Sex.MALE,
        phone="6944 555 010",
        email="nikos@example.gr",
        fitzpatrick_type=Fitzpatrick.IV,
        allergies="Λάτεξ",
        consent_signed_on=dt.date(2026, 3, 2),
    )


def test_missing_date_of_birth_and_blank_family_name_are_shown_together(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus
) -> None:
    dialog = open_dialog(qtbot, clinic, bus)
    type_into(qtbot, dialog.given_name, "Ελένη")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    shown = dialog.errors.visible()
    assert set(shown) == {"family_name", "date_of_birth"}
    assert shown["date_of_birth"] == "A date of birth is required"
    assert dialog.findChild(QLabel, "date_of_birth_error").isVisible()
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.family_name
    assert clinic.patients.search() == []


def test_future_birth_date_and_blank_family_name_show_both_errors(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, clock: FixedClock
) -> None:
    dialog = open_dialog(qtbot, clinic, bus)
    type_into(qtbot, dialog.date_of_birth, date_keys(dt.date(2026, 3, 10)))  # today
    type_into(qtbot, dialog.given_name, "Ελένη")
    clock.advance(days=-2)  # the workstation's clock is put back while the dialog is open
    changes: list[None] = []
    bus.changed.connect(lambda: changes.append(None))

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    shown = dialog.errors.visible()
    assert set(shown) == {"family_name", "date_of_birth"}
    assert shown["family_name"].startswith("A name is required")
    assert shown["date_of_birth"] == (
        f"A date not in the future ({shown_date(dt.date(2026, 3, 10))} is not allowed)"
    )
    assert dialog.findChild(QLabel, "family_name_error").isVisible()
    assert dialog.findChild(QLabel, "date_of_birth_error").isVisible()
    assert dialog.focusWidget() is dialog.family_name
    assert dialog.isVisible() and dialog.result() != PatientDialog.DialogCode.Accepted
    assert dialog.saved_patient is None
    assert changes == []
    assert clinic.patients.search() == []

    type_into(qtbot, dialog.family_name, "Παπαδοπούλου")
    # A day up to today's: typed over today's date, a later day is refused as typed
    # (test_patient_dialog_typing.py has that case).
    type_date(qtbot, dialog.date_of_birth, dt.date(1980, 3, 4))
    with qtbot.waitSignal(bus.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.visible() == {}
    [saved] = clinic.patients.search()
    assert (saved.family_name, saved.date_of_birth) == ("Παπαδοπούλου", dt.date(1980, 3, 4))


def test_a_record_number_in_use_is_refused_beside_the_field(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus
) -> None:
    clinic.patients.create(ELENI)
    dialog = open_dialog(qtbot, clinic, bus)
    type_into(qtbot, dialog.family_name, "Παπαδάκης")
    type_into(qtbot, dialog.given_name, "Γιώργος")
    type_into(qtbot, dialog.date_of_birth, date_keys(dt.date(1972, 6, 21)))
    type_into(qtbot, dialog.record_number, "R-001")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.errors.visible() == {
        "record_number": "A record number no other patient has (R-001 is not allowed)"
    }
    assert dialog.focusWidget() is dialog.record_number
    assert dialog.isVisible()
    assert len(clinic.patients.search()) == 1


def test_editing_changes_the_patient(qtbot: QtBot, clinic: Clinic, bus: ChangeBus) -> None:
    patient = clinic.patients.create(ELENI)
    dialog = open_dialog(qtbot, clinic, bus, patient=patient)
    assert dialog.windowTitle() == "Edit patient — Παπαδοπούλου, Ελένη"
    assert dialog.family_name.text() == "Παπαδοπούλου"
    assert dialog.date_of_birth.value() == dt.date(1980, 3, 14)
    assert dialog.sex.currentData() == "female"
    assert dialog.fitzpatrick_type.currentData() is None
    assert dialog.consent_signed.isChecked()
    assert dialog.consent_signed_on.value() == dt.date(2025, 9, 1)

    type_into(qtbot, dialog.phone, "+30 210 555 0199")
    type_into(qtbot, dialog.medications, "Λεβοθυροξίνη 50 μg\nΑσπιρίνη 100 mg")
    qtbot.mouseClick(dialog.consent_signed, Qt.MouseButton.LeftButton)
    assert not dialog.consent_signed.isChecked()
    assert dialog.consent_signed_on.text() == ""
    with qtbot.waitSignal(bus.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    changed = clinic.patients.get(patient.id)
    assert dialog.saved_patient == changed
    assert changed.details.phone == "+30 210 555 0199"
    assert changed.details.medications == "Λεβοθυροξίνη 50 μg\nΑσπιρίνη 100 mg"
    assert changed.details.consent_signed_on is None
    assert changed.details.family_name == "Παπαδοπούλου"
    assert len(clinic.patients.search()) == 1


def test_emptying_the_consent_date_takes_the_tick_off(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus
) -> None:
    dialog = open_dialog(qtbot, clinic, bus, patient=clinic.patients.create(ELENI))
    edit = dialog.consent_signed_on
    empty(qtbot, edit, tab=False)
    assert (edit.text(), edit.value()) == ("", None)
    assert not dialog.consent_signed.isChecked()
    assert dialog.details().consent_signed_on is None


def test_medications_naming_an_nsaid_show_a_hint_as_typed(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus
) -> None:
    dialog = open_dialog(qtbot, clinic, bus)
    hint = dialog.findChild(QLabel, "medications_hint")
    assert hint is not None and not hint.isVisible()
    type_into(qtbot, dialog.medications, "Ασπιρίνη 100 mg", tab=False)
    assert hint.isVisible()
    assert hint.text().startswith("⚠ NSAID (Ασπιρίνη)")
    type_into(qtbot, dialog.medications, "Levothyroxine 50 µg", tab=False)
    assert not hint.isVisible()


def test_a_known_error_is_shown_in_a_message_box_and_the_dialog_stays(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, monkeypatch: pytest.MonkeyPatch
) -> None:
    patient = clinic.patients.create(ELENI)
    dialog = open_dialog(qtbot, clinic, bus, patient=patient)
    clinic.patients.void(patient.id, reason="Duplicate record")  # from another workstation
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_: warnings.append(text)
    )
    type_into(qtbot, dialog.phone, "+30 210 555 0199")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "voided" in warnings[0]
    assert dialog.isVisible()
    assert clinic.patients.get(patient.id).details.phone == ELENI.phone


def test_escape_on_an_untouched_dialog_closes_it_without_asking(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: pytest.fail("asked"))
    dialog = open_dialog(qtbot, clinic, bus, patient=clinic.patients.create(ELENI))
    qtbot.keyClick(dialog.family_name, Qt.Key.Key_Escape)
    assert dialog.result() == PatientDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_escape_after_typing_asks_before_discarding(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *_: answers.pop(0))
    dialog = open_dialog(qtbot, clinic, bus)
    type_into(qtbot, dialog.family_name, "Καρμίρης", tab=False)
    qtbot.keyClick(dialog.family_name, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "Cancel in the question keeps the dialog and the typing"
    assert dialog.family_name.text() == "Καρμίρης"
    qtbot.keyClick(dialog.family_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert answers == []
    assert clinic.patients.search() == []


def test_screenshot_with_greek_text(qtbot: QtBot, clinic: Clinic, bus: ChangeBus) -> None:
    patient = clinic.patients.create(ELENI)
    dialog = open_dialog(qtbot, clinic, bus, patient=patient)
    dialog.resize(720, 640)
    type_into(qtbot, dialog.allergies, "Λιδοκαΐνη, λάτεξ")
    type_into(qtbot, dialog.medications, "Ασπιρίνη 100 mg ημερησίως\nΛεβοθυροξίνη 50 μg")
    empty(qtbot, dialog.family_name)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    image = dialog.grab()
    assert image.width() == 720
    assert not image.isNull()


@pytest.mark.qt_log_ignore("support raise", "grabbing the keyboard")
def test_the_calendar_of_an_unset_birth_date_opens_on_a_plausible_year(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus
) -> None:
    dialog = open_dialog(qtbot, clinic, bus)
    edit = dialog.date_of_birth
    [icon] = edit.findChildren(QToolButton)
    qtbot.mouseClick(icon, Qt.MouseButton.LeftButton)
    calendar = edit.findChild(QCalendarWidget, "calendar")
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (1986, 1)
    calendar.close()
    assert edit.value() is None


def test_a_new_patient_is_offered_the_next_record_number(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus
) -> None:
    clinic.patients.create(PatientInput("Α", "Β", dt.date(1980, 1, 1), "MC-0011"))
    dialog = open_dialog(qtbot, clinic, bus)
    assert dialog.record_number.text() == "MC-0012"
    type_into(qtbot, dialog.family_name, "Καρμίρης")
    type_into(qtbot, dialog.given_name, "Νίκος")
    type_into(qtbot, dialog.date_of_birth, date_keys(dt.date(1975, 5, 4)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_patient is not None
    assert dialog.saved_patient.details.record_number == "MC-0012"


def test_the_offered_record_number_is_typed_over_like_any_other(
    qtbot: QtBot, clinic: Clinic, bus: ChangeBus
) -> None:
    dialog = open_dialog(qtbot, clinic, bus)
    type_into(qtbot, dialog.family_name, "Καρμίρης")
    type_into(qtbot, dialog.given_name, "Νίκος")
    type_into(qtbot, dialog.date_of_birth, date_keys(dt.date(1975, 5, 4)))
    type_into(qtbot, dialog.record_number, "K-77")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_patient is not None
    assert dialog.saved_patient.details.record_number == "K-77"
