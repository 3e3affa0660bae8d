"""The rooms the main window opens from its menus, each imported when first asked for (the
window paints sooner without them): the summary brings reportlab and Pillow, the transfers
jsonschema and Pillow; the session editor, the dialogs and the settings are only built when
used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from mesolog.domain.ids import PatientId
from mesolog.domain.records import Patient, Session
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.common.operations import ChangeBus

if TYPE_CHECKING:
    from mesolog.ui.patients.patient_dialog import PatientDialog
    from mesolog.ui.sessions.session_editor import SessionEditor
    from mesolog.ui.settings.settings_dialog import SettingsDialog


def export_summary(window: QWidget, clinic: Clinic, history: PatientHistory) -> None:
    from mesolog.ui.summaries.summary_export import export_summary

    export_summary(window, clinic, history)


def export_json(window: QWidget, clinic: Clinic, patient_id: PatientId | None) -> None:
    from mesolog.ui.transfer.transfer_actions import export_json

    export_json(window, clinic, patient_id)


def import_file(window: QWidget, clinic: Clinic, bus: ChangeBus) -> None:
    from mesolog.ui.transfer.transfer_actions import import_file

    import_file(window, clinic, bus)


def patient_dialog(
    clinic: Clinic, bus: ChangeBus, window: QWidget, patient: Patient | None = None
) -> PatientDialog:
    from mesolog.ui.patients.patient_dialog import PatientDialog

    return PatientDialog(clinic, bus, window, patient=patient)


def settings() -> type[SettingsDialog]:
    """Settings ▸ Clinic's dialog, which also keeps this workstation's clinician."""
    from mesolog.ui.settings.settings_dialog import SettingsDialog

    return SettingsDialog


def session_editors() -> type[SessionEditor]:
    from mesolog.ui.sessions.session_editor import SessionEditor

    return SessionEditor


def open_saved(
    clinic: Clinic, bus: ChangeBus, patient: Patient, window: QWidget, session: Session
) -> SessionEditor:
    return session_editors().open_saved(clinic, bus, patient, window, session)


def manage_users(clinic: Clinic, window: QWidget) -> None:
    from mesolog.ui.accounts.users_dialog import UsersDialog

    UsersDialog(clinic, window).exec()


def change_password(clinic: Clinic, window: QWidget) -> bool:
    from mesolog.ui.accounts.password_dialog import ChangePasswordDialog

    return bool(ChangePasswordDialog(clinic, window).exec())
