"""Every field of the patient dialog typed into key by key, then Save clicked, and the
patient read back through the patients service.

A value typed is stored exactly as typed, or refused beside its field saying what is
allowed, the dialog open and nothing stored. Never clamped, wrapped, cut short, or the old
value kept without a word.

Dates are typed as a person in the pinned locale types them (`typed_date`: its order of day,
month and year), as digits only and with spaces, slashes or dots between the parts; over
the whole field (select all, type) or after Tab brought the cursor into it (its first part
selected).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mesolog.domain import limits
from mesolog.domain.enums import Fitzpatrick, Sex
from mesolog.domain.records import Patient, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.patients.patient_dialog import PatientDialog
from tests.locale_support import typed_date
from tests.typing_support import Typed, empty, focus, shown, tab_away, type_into, type_keys

BORN = dt.date(1980, 12, 31)
ON_FILE = PatientInput(
    "Παπαδοπούλου",
    "Ελένη",
    dt.date(1970, 5, 6),
    "R-001",
    Sex.FEMALE,
    consent_signed_on=dt.date(2025, 9, 1),
)


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog left open with typing in it asks before it closes; the tests do not care."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


def open_dialog(qtbot: QtBot, clinic: Clinic, patient: Patient | None = None) -> PatientDialog:
    dialog = PatientDialog(clinic, ChangeBus(), patient=patient)
    qtbot.addWidget(dialog)
    return dialog


def save(qtbot: QtBot, dialog: PatientDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def type_date(qtbot: QtBot, edit: QWidget, keys: str, how: str) -> None:
    """Over the whole field (`select all`) or after Tab put the cursor into it (`tab in`)."""
    if not keys:
        empty(qtbot, edit)
    elif how == "select all":
        type_into(qtbot, edit, keys)
    else:
        focus(qtbot, edit)
        type_keys(edit, keys)
        tab_away(edit)


def check_date(
    dialog: PatientDialog, field: str, case: Typed, stored: object, kept: object
) -> None:
    """Stored as typed and shown so, or refused beside `field` with `kept` still stored."""
    error = dialog.errors.visible().get(field, "")
    if case.refused is None:
        assert error == ""
        assert dialog.result() == PatientDialog.DialogCode.Accepted
        assert stored == case.stored
        edit = getattr(dialog, field)
        if isinstance(case.stored, dt.date):
            assert shown(edit) == shown_date(case.stored)
        return
    assert error and case.refused in error, f"beside {field}: {error!r}"
    assert dialog.result() != PatientDialog.DialogCode.Accepted
    assert stored == kept


def birth(case: str, separator: str = "", **kwargs: bool) -> Typed:
    return Typed(case, typed_date(BORN, separator, **kwargs), BORN)


FUTURE = Typed("in the future", typed_date(dt.date(2031, 3, 14)), refused="in the future")
TOO_OLD = Typed("more than 120 years back", typed_date(dt.date(1890, 1, 1)), refused="120 years")
GARBAGE = Typed("garbage", "abc", refused="Type a date like")
EMPTY_BIRTH = Typed("empty", "", refused="date of birth is required")
DAY_FIRST = ("en_GB", "el_GR")


def new_birth(case: Typed, *marks: pytest.MarkDecorator) -> Any:
    return pytest.param(case, marks=marks, id=case.case)


NEW_BIRTH_CASES = [
    new_birth(birth("typed")),
    new_birth(
        birth("spaces", " "),
    ),
    new_birth(
        birth("slashes", "/"),
    ),
    new_birth(birth("dots", ".")),
    new_birth(
        birth("two-digit year", "/", short_year=True),
    ),
    new_birth(FUTURE),
    new_birth(TOO_OLD),
    new_birth(GARBAGE),
    new_birth(EMPTY_BIRTH),
]


@pytest.mark.parametrize("case", NEW_BIRTH_CASES)
def test_a_new_patient_s_typed_birth_date_is_stored_as_typed_or_refused_beside_it(
    qtbot: QtBot, clinic: Clinic, case: Typed
) -> None:
    dialog = open_dialog(qtbot, clinic)
    type_into(qtbot, dialog.family_name, "Καρμίρης")
    type_into(qtbot, dialog.given_name, "Νίκος")
    type_date(qtbot, dialog.date_of_birth, case.keys, "select all")

    save(qtbot, dialog)

    stored = [
        clinic.patients.get(found.id).details.date_of_birth for found in clinic.patients.search()
    ]
    check_date(dialog, "date_of_birth", case, stored[0] if stored else None, None)


def birth_on_file(how: str, case: Typed, *marks: pytest.MarkDecorator) -> Any:
    return pytest.param(how, case, marks=marks, id=f"{how}-{case.case}")


BIRTH_ON_FILE_CASES = [
    birth_on_file("select all", birth("typed")),
    birth_on_file(
        "select all",
        birth("spaces", " "),
    ),
    birth_on_file(
        "select all",
        birth("slashes", "/"),
    ),
    birth_on_file("select all", birth("dots", ".")),
    birth_on_file("select all", FUTURE),
    birth_on_file("select all", TOO_OLD),
    birth_on_file("select all", GARBAGE),
    birth_on_file("tab in", birth("typed")),
    birth_on_file(
        "tab in",
        birth("spaces", " "),
    ),
    birth_on_file(
        "tab in",
        birth("slashes", "/"),
    ),
    birth_on_file("tab in", birth("dots", ".")),
    birth_on_file("tab in", FUTURE),
    birth_on_file("tab in", TOO_OLD),
    birth_on_file("tab in", GARBAGE),
    birth_on_file("select all", EMPTY_BIRTH),
]


@pytest.mark.parametrize(("how", "case"), BIRTH_ON_FILE_CASES)
def test_a_birth_date_typed_over_the_one_on_file_is_stored_as_typed_or_refused(
    qtbot: QtBot, clinic: Clinic, how: str, case: Typed
) -> None:
    patient = clinic.patients.create(ON_FILE)
    dialog = open_dialog(qtbot, clinic, patient)
    type_date(qtbot, dialog.date_of_birth, case.keys, how)

    save(qtbot, dialog)

    stored = clinic.patients.get(patient.id).details.date_of_birth
    check_date(dialog, "date_of_birth", case, stored, ON_FILE.date_of_birth)


CONSENT = dt.date(2026, 3, 2)
BETWEEN = "between the date of birth and today"


def consent(case: str, separator: str = "") -> Typed:
    return Typed(case, typed_date(CONSENT, separator), CONSENT)


def consent_case(how: str, case: Typed, *marks: pytest.MarkDecorator) -> Any:
    return pytest.param(how, case, marks=marks, id=f"{how}-{case.case}")


CONSENT_FUTURE = Typed("in the future", typed_date(dt.date(2026, 3, 12)), refused="in the future")
CONSENT_BEFORE_BIRTH = Typed("before the birth", typed_date(dt.date(1969, 1, 1)), refused=BETWEEN)

CONSENT_CASES = [
    consent_case("select all", consent("typed")),
    consent_case(
        "select all",
        consent("spaces", " "),
    ),
    consent_case(
        "select all",
        consent("slashes", "/"),
    ),
    consent_case("select all", consent("dots", ".")),
    consent_case("select all", CONSENT_FUTURE),
    consent_case("select all", CONSENT_BEFORE_BIRTH),
    consent_case("select all", GARBAGE),
    consent_case("tab in", consent("typed")),
    consent_case(
        "tab in",
        consent("spaces", " "),
    ),
    consent_case(
        "tab in",
        consent("slashes", "/"),
    ),
    consent_case("tab in", consent("dots", ".")),
    consent_case("tab in", CONSENT_FUTURE),
    consent_case("tab in", CONSENT_BEFORE_BIRTH),
    consent_case("tab in", GARBAGE),
    consent_case("select all", Typed("empty: no consent on file", "", None)),
]


@pytest.mark.parametrize(("how", "case"), CONSENT_CASES)
def test_a_typed_consent_date_is_stored_as_typed_or_refused_beside_it(
    qtbot: QtBot, clinic: Clinic, how: str, case: Typed
) -> None:
    patient = clinic.patients.create(ON_FILE)
    dialog = open_dialog(qtbot, clinic, patient)
    type_date(qtbot, dialog.consent_signed_on, case.keys, how)

    save(qtbot, dialog)

    stored = clinic.patients.get(patient.id).details.consent_signed_on
    check_date(dialog, "consent_signed_on", case, stored, ON_FILE.consent_signed_on)
    if case.refused is None:
        assert dialog.consent_signed.isChecked() is (case.stored is not None)


def text(field: str, case: Typed, *marks: pytest.MarkDecorator) -> Any:
    return pytest.param(field, case, marks=marks, id=f"{field}-{case.case}")


def too_long(field: str, maximum: int, letter: str) -> Any:
    return text(
        field,
        Typed("too long", letter * (maximum + 1), refused=f"at most {maximum} characters"),
    )


TEXT_CASES = [
    text("family_name", Typed("typed", "Καρμίρη-Νικολάου", "Καρμίρη-Νικολάου")),
    too_long("family_name", limits.NAME_MAX, "Κ"),
    text("family_name", Typed("empty", "", refused="a name is required")),
    text("given_name", Typed("typed", "Ζωή", "Ζωή")),
    too_long("given_name", limits.NAME_MAX, "Ζ"),
    text("given_name", Typed("empty", "", refused="a name is required")),
    text("record_number", Typed("typed", "MC-0012", "MC-0012")),
    too_long("record_number", limits.RECORD_NUMBER_MAX, "7"),
    text("phone", Typed("typed", "+30 6944 555 010", "+30 6944 555 010")),
    too_long("phone", limits.PHONE_MAX, "6"),
    text("email", Typed("typed", "ελένη@παράδειγμα.gr", "ελένη@παράδειγμα.gr")),
    too_long("email", limits.EMAIL_MAX, "e"),
    text("allergies", Typed("typed", "Λιδοκαΐνη\nλάτεξ", "Λιδοκαΐνη\nλάτεξ")),
    text(
        "medications",
        Typed("typed", "Ασπιρίνη 100 mg\nΛεβοθυροξίνη", "Ασπιρίνη 100 mg\nΛεβοθυροξίνη"),
    ),
    text("medical_history", Typed("typed", "Έρπης χειλέων 2019", "Έρπης χειλέων 2019")),
    text(
        "notes",
        Typed(
            "typed",
            "Προτιμά πρωινά ραντεβού.\nΦοβάται τις βελόνες.",
            "Προτιμά πρωινά ραντεβού.\nΦοβάται τις βελόνες.",
        ),
    ),
]


@pytest.mark.parametrize(("field", "case"), TEXT_CASES)
def test_a_typed_text_is_stored_as_typed_or_refused_beside_its_field(
    qtbot: QtBot, clinic: Clinic, field: str, case: Typed
) -> None:
    patient = clinic.patients.create(ON_FILE)
    dialog = open_dialog(qtbot, clinic, patient)
    widget = getattr(dialog, field)
    if case.keys:
        type_into(qtbot, widget, case.keys)
    else:
        empty(qtbot, widget)

    save(qtbot, dialog)

    stored = getattr(clinic.patients.get(patient.id).details, field)
    error = dialog.errors.visible().get(field, "")
    if case.refused is None:
        assert error == ""
        assert dialog.result() == PatientDialog.DialogCode.Accepted
        assert stored == case.stored
        return
    assert case.refused in error.lower(), f"beside {field}: {error!r}"
    assert dialog.result() != PatientDialog.DialogCode.Accepted
    assert stored == getattr(ON_FILE, field)
    assert shown(widget) == case.keys


def test_the_choices_made_with_the_arrow_keys_are_stored(qtbot: QtBot, clinic: Clinic) -> None:
    patient = clinic.patients.create(ON_FILE)
    dialog = open_dialog(qtbot, clinic, patient)
    focus(qtbot, dialog.sex)
    qtbot.keyClick(dialog.sex, Qt.Key.Key_Down)
    focus(qtbot, dialog.fitzpatrick_type)
    for _ in range(4):
        qtbot.keyClick(dialog.fitzpatrick_type, Qt.Key.Key_Down)
    assert (shown(dialog.sex), shown(dialog.fitzpatrick_type)) == (
        "Male",
        "Type IV (burns minimally, tans well)",
    )

    save(qtbot, dialog)

    details = clinic.patients.get(patient.id).details
    assert (details.sex, details.fitzpatrick_type) == (Sex.MALE, Fitzpatrick.IV)


def test_a_birth_date_typed_over_today_s_date_keeps_every_digit(
    qtbot: QtBot, clinic: Clinic
) -> None:
    patient = clinic.patients.create(
        replace(ON_FILE, date_of_birth=dt.date(2026, 3, 10), consent_signed_on=None)
    )
    dialog = open_dialog(qtbot, clinic, patient)
    type_date(qtbot, dialog.date_of_birth, typed_date(dt.date(1980, 3, 14)), "tab in")

    save(qtbot, dialog)

    assert clinic.patients.get(patient.id).details.date_of_birth == dt.date(1980, 3, 14)
