"""A session being typed survives the app being killed: the next start offers it back."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow

# The other locales' runs leave it out: its subject is a killed process and the copy kept of what
# was typed.

NOTES = "Ελαφρύ οίδημα στο μέτωπο, 0,75 mm"
ROOT = str(Path(__file__).resolve().parents[3])
"""The checkout, from which the child imports the typing helper."""

CHILD = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, sys.argv[4])
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
    app = QApplication([])
    from mesolog.services.clinic import Clinic
    from mesolog.ui.window.main_window import MainWindow
    from mesolog.ui.settings.settings_dialog import SettingsDialog
    from tests.typing_support import type_keys
    SettingsDialog.set_clinician_name("Dr Eleni Markou")
    clinic = Clinic.open(sys.argv[1], actor="child")
    window = MainWindow(clinic)
    window.open_patient(clinic.patients.search("")[0].id)
    editor = window.log_session()
    type_keys(editor.session_form.notes, sys.argv[3])

    def report():
        if clinic.editor_drafts.pending():
            print("kept", flush=True)
        else:
            QTimer.singleShot(100, report)

    QTimer.singleShot(100, report)
    app.exec()
    """
)


def test_a_killed_app_offers_the_typed_session_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "clinic.sqlite"
    with Clinic.open(str(database), actor="setup") as clinic:
        clinic.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(database), str(tmp_path / "child-qt"), NOTES, ROOT],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "kept"
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    SettingsDialog.set_clinician_name("Dr Eleni Markou")
    clinic = Clinic.open(str(database), actor="after the crash")
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Open)
    [restored] = window.offer_recovered_drafts()
    qtbot.addWidget(restored)
    assert restored.session_form.notes.toPlainText() == NOTES
    assert restored.session_form.to_payload()["notes"] == NOTES
    [kept] = clinic.editor_drafts.pending()
    assert json.loads(kept.payload)["notes"] == NOTES
    window.close()
    clinic.close()
