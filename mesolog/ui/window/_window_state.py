"""What this workstation remembers of the main window between starts: its size and place,
where its splitters stand, and the patient last open."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter

from mesolog.domain.ids import PatientId
from mesolog.ui.settings.settings_dialog import workstation_settings

GEOMETRY_KEY = "window/geometry"
LAST_PATIENT_KEY = "patient/last"


def restore_layout(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    """The window's geometry and each splitter's state (by its key), as last saved."""
    settings = workstation_settings()
    geometry = settings.value(GEOMETRY_KEY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    for key, splitter in splitters.items():
        state = settings.value(key)
        if state is not None:
            splitter.restoreState(state)


def save_layout(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    settings = workstation_settings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    for key, splitter in splitters.items():
        settings.setValue(key, splitter.saveState())


def last_patient() -> str:
    """The id of the patient open when the window last showed one ("" if none)."""
    return str(workstation_settings().value(LAST_PATIENT_KEY, "") or "")


def remember_patient(patient_id: PatientId) -> None:
    workstation_settings().setValue(LAST_PATIENT_KEY, str(patient_id))
