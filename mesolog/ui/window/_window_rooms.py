"""The rooms the main window's menus open, each imported when first asked for: the summary
brings reportlab and Pillow, the transfers jsonschema and Pillow, so the window starts
without them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mesolog.domain.ids import PatientId
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.common.operations import ChangeBus


def export_summary(window: QWidget, clinic: Clinic, history: PatientHistory) -> None:
    from mesolog.ui.summaries.summary_export import export_summary

    export_summary(window, clinic, history)


def export_json(window: QWidget, clinic: Clinic, patient_id: PatientId | None) -> None:
    from mesolog.ui.transfer.transfer_actions import export_json

    export_json(window, clinic, patient_id)


def import_file(window: QWidget, clinic: Clinic, bus: ChangeBus) -> None:
    from mesolog.ui.transfer.transfer_actions import import_file

    import_file(window, clinic, bus)
