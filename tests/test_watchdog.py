"""The watchdog of tests/qt_fixtures.py: a window test stuck in a dialog nobody answers
fails by name, and the run goes on (tried in a pytest of its own, with a short limit)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CONFTEST = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
pytest_plugins = ["tests.qt_fixtures"]
"""

STUCK = """
from PySide6.QtWidgets import QDialog

import tests.qt_fixtures


def test_a_dialog_nobody_answers(qtbot, monkeypatch):
    monkeypatch.setattr(tests.qt_fixtures, "WATCHDOG_SECONDS", 1)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.exec()


def test_the_next_test_runs(qtbot):
    assert True
"""


@pytest.mark.slow
def test_a_dialog_left_waiting_fails_the_test_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_stuck.py").write_text(STUCK)
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            "-c",
            os.devnull,
            "--rootdir",
            str(tmp_path),
            str(tmp_path),
        ],
        check=False,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 1, finished.stdout
    assert "2 passed, 1 error" in finished.stdout, finished.stdout
    assert "still running after 1 s; closed: QDialog" in finished.stdout, finished.stdout
