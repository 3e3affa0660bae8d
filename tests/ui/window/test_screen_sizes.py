"""The window at 1280×720 and at 1024×700, a patient with every warning open: the window is
no wider than the screen, the record does not scroll sideways, each warning's text is shown
whole (wrapped, never cut), the Due list says how overdue beside the name; and every dialog
fits a 1024×700 screen with its buttons in reach."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, Role, Sex
from mesolog.domain.records import (
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.first_account_dialog import AccountDialog
from mesolog.ui.accounts.password_dialog import ChangePasswordDialog, ResetPasswordDialog
from mesolog.ui.accounts.users_dialog import UsersDialog
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.screen_fit import FRAME
from mesolog.ui.courses.course_dialog import CourseDialog
from mesolog.ui.patients.patient_dialog import PatientDialog
from mesolog.ui.patients.patient_table_model import PatientColumn
from mesolog.ui.records.audit_dialog import AuditDialog
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow
from tests.conftest import ATHENS

SIZES = [(1280, 720), (1024, 700)]
PASSWORD = "a long enough password"
AT_RISK = PatientInput(
    "Παπαδοπούλου-Καραγιαννοπούλου",
    "Αικατερίνη",
    dt.date(1971, 5, 9),
    "MC-0042",
    Sex.FEMALE,
    allergies="Lidocaine (contact dermatitis), latex, penicillin, chlorhexidine, "
    "benzalkonium chloride, methylisothiazolinone",
    medications="Aspirin 100 mg daily\nIbuprofen 400 mg as needed\nNaproxen",
    consent_signed_on=None,
)
"""Every warning, and an allergy list longer than the narrowest record is wide."""


@pytest.fixture
def at_risk(clinic: Clinic) -> Patient:
    patient = clinic.patients.create(AT_RISK)
    plan = CourseInput(Indication.WRINKLES, 6, dt.date(2026, 1, 5), (Area.FOREHEAD,))
    course = clinic.courses.plan(patient.id, plan)
    line = TreatmentLine(Area.FOREHEAD, NeedleTechnique(2.0))
    for day in (dt.date(2026, 1, 5), dt.date(2026, 1, 19)):
        moment = dt.datetime.combine(day, dt.time(10, 0), tzinfo=ATHENS)
        entry = SessionInput(
            moment, "Dr Eleni Markou", (line,), notes="Tolerated well.", course_id=course.id
        )
        clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry).id)
    return patient


def _window(qtbot: QtBot, clinic: Clinic, size: tuple[int, int]) -> MainWindow:
    SettingsDialog.set_clinician_name("Dr Eleni Markou")
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _inside(widget: QWidget, outer: QWidget) -> bool:
    """Whether all of `widget` lies within `outer` (nothing of it cut off by it)."""
    top_left = widget.mapTo(outer, QPoint(0, 0))
    return outer.rect().contains(QRect(top_left, widget.size()))


def _whole(label: QLabel) -> bool:
    """Whether a label is tall and wide enough for its text at its width."""
    if label.wordWrap():
        return label.height() >= label.heightForWidth(label.width())
    return label.width() >= label.sizeHint().width()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_record_fits_and_every_warning_is_read_whole(
    qtbot: QtBot, clinic: Clinic, at_risk: Patient, size: tuple[int, int]
) -> None:
    window = _window(qtbot, clinic, size)
    window.open_patient(at_risk.id)
    record = window.record
    qtbot.waitUntil(lambda: record.history_view.model.rowCount() == 2)
    assert window.minimumSizeHint().width() <= size[0]
    assert window.size() == QSize(*size), "no wider or taller than the screen"
    assert _inside(record, window)

    header = record.header
    names = set(header.warning_texts())
    assert names == {
        "patient_warning_allergy_recorded",
        "patient_warning_nsaids_in_medications",
        "patient_warning_consent_not_on_file",
    }
    badges = [header.findChild(QLabel, name) for name in sorted(names)]
    facts = [header.age_label, header.birth_label, header.record_label, header.skin_label]
    shown = [label for label in badges + facts if label is not None and label.isVisible()]
    assert len(shown) == len(badges + facts)
    qtbot.waitUntil(lambda: all(_whole(label) for label in shown))  # once laid out
    for label in shown:
        assert _inside(label, header), f"{label.text()!r} within the header"
    allergy = badges[0]
    assert allergy is not None and allergy.text().endswith("methylisothiazolinone")
    if size[0] == 1024:
        assert allergy.height() > allergy.fontMetrics().height() * 2, "wrapped, not cut"

    courses = record.courses.findChildren(QScrollArea)
    assert all(not area.horizontalScrollBar().isVisible() for area in courses)
    table = record.history_view.table
    assert not table.horizontalScrollBar().isVisible(), "the history does not scroll sideways"


def test_at_1024_by_700_the_due_list_says_how_overdue_first_then_who(
    qtbot: QtBot, clinic: Clinic, at_risk: Patient
) -> None:
    window = _window(qtbot, clinic, (1024, 700))
    window.lists.show_due()
    due_list, model = window.lists.due_list, window.lists.due_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    due = model.column_of(PatientColumn.DUE)
    assert str(model.data(model.index(0, due))).startswith("⚠ overdue")
    header = due_list.horizontalHeader()
    assert header.sectionViewportPosition(due) + header.sectionSize(due) <= (
        due_list.viewport().width()
    ), "how overdue, seen whole"
    name = model.column_of(PatientColumn.NAME)
    assert header.sectionViewportPosition(name) < due_list.viewport().width() // 2, "then who"
    assert window.lists.width() < window.record_stack.width(), "the record keeps its room"


# Dialogs on a 1024×700 screen

ROOM = QSize(1024, 700) - FRAME
"""What a window on a 1024×700 screen has, less its title bar and borders."""

Opener = Callable[[Clinic, Patient, Path], QDialog]

DIALOGS: dict[str, Opener] = {
    "settings": lambda clinic, _p, _f: SettingsDialog(clinic, ChangeBus()),
    "patient": lambda clinic, p, _f: PatientDialog(clinic, ChangeBus(), patient=p),
    "course": lambda clinic, p, _f: CourseDialog(clinic, ChangeBus(), p.id),
    "audit": lambda clinic, _p, _f: AuditDialog(clinic),
    "users": lambda clinic, _p, _f: UsersDialog(clinic),
    "add account": lambda clinic, _p, _f: AccountDialog(
        clinic, None, title="Add", ok_text="&Add", with_role=True
    ),
    "reset password": lambda clinic, _p, _f: ResetPasswordDialog(clinic, "nurse"),
    "change password": lambda clinic, _p, _f: ChangePasswordDialog(clinic),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_fits_a_1024_by_700_screen_with_its_buttons_in_reach(
    qtbot: QtBot, clinic: Clinic, at_risk: Patient, tmp_path: Path, name: str
) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("nurse", "Nurse Maria", Role.ASSISTANT, PASSWORD)
    dialog = DIALOGS[name](clinic, clinic.patients.get(at_risk.id), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert least.width() <= ROOM.width() and least.height() <= ROOM.height(), least
    dialog.resize(dialog.size().boundedTo(ROOM))
    qtbot.waitUntil(lambda: dialog.width() <= ROOM.width() and dialog.height() <= ROOM.height())
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    default = [b for b in buttons if b.text().replace("&", "") in {"Save", "Close", "Add"}]
    default += [b for b in buttons if b.objectName() == "ok"]
    assert default, [b.text() for b in buttons]
    for button in default:
        assert _inside(button, dialog), f"{button.text()} in reach"


def test_settings_fit_1024_by_700_unscrolled_and_scroll_on_a_shorter_screen(
    qtbot: QtBot, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As a clinic sees it: the suite's MESOLOG_LANGUAGE adds a note to the language group.
    monkeypatch.delenv("MESOLOG_LANGUAGE", raising=False)
    dialog = SettingsDialog(clinic, ChangeBus())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= ROOM.width() and hint.height() <= ROOM.height(), hint
    assert dialog.size() == hint, "opens at the size it asks for, the screen having room"
    qtbot.waitUntil(lambda: not dialog.body.verticalScrollBar().isVisible())  # laid out
    assert _inside(dialog.save_button, dialog)

    dialog.resize(hint.width(), 420)
    qtbot.waitUntil(lambda: dialog.body.verticalScrollBar().isVisible())
    assert dialog.height() == 420
    assert _inside(dialog.save_button, dialog), "Save stays in sight; the groups scroll"
    assert not dialog.body.horizontalScrollBar().isVisible()
    pen = dialog.pen_group
    dialog.body.ensureWidgetVisible(pen)
    assert dialog.body.verticalScrollBar().value() > 0, "the lowest group scrolled into view"
