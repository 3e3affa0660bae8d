"""Saves PNGs of mesolog's main screens, opened on a fresh demo clinic, for the README.

    .venv/bin/python tools/screenshots.py [OUTPUT_FOLDER]

Runs offscreen (no display needed); the default folder is docs/screenshots.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from mesolog.app import application
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.ui.main_window import MainWindow

SIZE = (1366, 768)


def main() -> int:
    output = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        database = str(Path(folder) / "demo.sqlite")
        application()
        QLocale.setDefault(QLocale("en_GB"))
        with Clinic.open(database, actor="screenshots") as clinic:
            DemoService(clinic.context).fill()
            window = MainWindow(clinic)
            shoot(window, output)
    return 0


def shoot(window: MainWindow, output: Path) -> None:
    window.resize(*SIZE)
    window.show()
    QApplication.processEvents()
    shots = {"patient-list.png": "", "patient-search-greek.png": "γεωργ"}
    for name, query in shots.items():
        window.search_field.setText(query)
        window.refresh()
        QApplication.processEvents()
        window.grab().save(str(output / name))
        print(output / name)
    window.close()


if __name__ == "__main__":
    sys.exit(main())
