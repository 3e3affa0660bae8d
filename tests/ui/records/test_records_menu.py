"""The Records menu and the database's passphrase at start, on real database files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from mesolog.app import open_clinic
from mesolog.domain.enums import Role
from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic, database_is_encrypted
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow
from tests.conftest import FixedClock
from tests.qt_fixtures import Boxes

PASSWORD = "correct horse battery"
NOW = dt.datetime(2026, 3, 10, 16, 0, tzinfo=dt.UTC)


def _answer(steps: list[Callable[[QWidget], None]]) -> None:
    """Answers the modal dialogs to come, one step each, as a person would type."""

    def next_step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, next_step)
            return
        steps.pop(0)(dialog)
        if steps:
            QTimer.singleShot(20, next_step)

    QTimer.singleShot(20, next_step)


def _type_and_accept(*texts: str) -> Callable[[QWidget], None]:
    def step(dialog: QWidget) -> None:
        fields = [f for f in dialog.findChildren(QLineEdit) if f.isVisible()]
        for field, text in zip(fields, texts, strict=False):
            field.setText(text)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    return step


def cancel(dialog: QWidget) -> None:
    dialog.reject()  # type: ignore[attr-defined]


def _window(qtbot: QtBot, clinic: Clinic) -> MainWindow:
    opened = MainWindow(clinic)
    qtbot.addWidget(opened)
    opened.show()
    return opened


def test_the_menu_follows_the_role(qtbot: QtBot, clinic: Clinic) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    admin = _window(qtbot, clinic)
    assert admin.records.audit_action.isEnabled()
    assert admin.records.restore_action.isEnabled()
    assert admin.records.encrypt_action.isVisible()
    other = Clinic(clinic.context.db, actor="os", clock=clinic.context.clock)
    other.act_as("dr")
    doctor = _window(qtbot, other)
    assert not doctor.records.audit_action.isEnabled()
    assert not doctor.records.restore_action.isEnabled()
    assert not doctor.records.encrypt_action.isEnabled()
    assert doctor.records.backup_action.isEnabled()


def test_encrypting_from_the_window_then_opening_with_the_passphrase(
    qtbot: QtBot, db_path: Path, clock: FixedClock, boxes: Boxes
) -> None:
    SettingsDialog.set_clinician_name("Dr Eleni Markou")
    clinic = Clinic.open(str(db_path), actor="tester", clock=clock)
    patient = clinic.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
    window = _window(qtbot, clinic)
    _answer([_type_and_accept("short", "short"), cancel])
    window.records.encrypt_action.trigger()  # too short: the dialog stays; then cancelled
    assert not database_is_encrypted(str(db_path))
    assert boxes.shown == []
    _answer([_type_and_accept("a good passphrase", "a good passphrase")])
    window.records.encrypt_action.trigger()
    assert boxes.kinds() == ["information"]
    assert "NOT encrypted, is kept at" in boxes.shown[0][2]
    assert not window.isVisible()
    assert database_is_encrypted(str(db_path))
    _answer([_type_and_accept("not the passphrase"), _type_and_accept("a good passphrase")])
    reopened = open_clinic(str(db_path))
    assert reopened is not None
    with reopened:
        assert reopened.patients.get(patient.id) == patient
        assert reopened.audit.verify().intact


def test_cancelling_the_passphrase_opens_nothing(qtbot: QtBot, fresh_db_path: Path) -> None:
    Clinic.open(str(fresh_db_path), actor="tester", passphrase="a good passphrase").close()
    _answer([cancel])
    assert open_clinic(str(fresh_db_path)) is None


def test_after_a_restore_the_window_shows_the_restored_records(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path, boxes: Boxes
) -> None:
    SettingsDialog.set_clinician_name("Dr Eleni Markou")
    kept = clinic.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
    backup = clinic.backups.backup(tmp_path / "copy.sqlite")
    later = clinic.patients.create(PatientInput("Later", "Added", dt.date(1990, 1, 1)))
    window = _window(qtbot, clinic)
    window.open_patient(later.id)
    clinic.backups.restore(backup.path)
    window.after_restore()
    assert window.record.patient_id is None
    assert window.record_stack.currentWidget() is window.empty_record
    assert window.patient_model.rowCount() == 1
    window.open_patient(kept.id)
    assert window.record.patient_id == kept.id


def test_a_restore_without_the_logged_in_account_closes_the_window(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path, boxes: Boxes
) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    backup = clinic.backups.backup(tmp_path / "copy.sqlite")
    clinic.accounts.add("boss", "Dr New Boss", Role.ADMIN, PASSWORD)
    clinic.act_as("boss")
    window = _window(qtbot, clinic)
    clinic.backups.restore(backup.path)
    window.after_restore()
    assert boxes.kinds() == ["warning"]
    assert "no active account boss" in boxes.shown[0][2]
    assert not window.isVisible()
