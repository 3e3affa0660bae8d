"""How tools/screenshots.py saves a picture: a widget once its layouts have settled, a
window with the completion list open over it, a PDF's first page (poppler's pdftoppm)."""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

SETTLING_PASSES = 10
WAIT_STEP_S = 0.02


def settled(widget: QWidget) -> QPixmap:
    """The widget's picture once its layouts have settled: a text changed re-lays one
    nested layout an event-loop pass, so one pass can show a label at its old width."""
    QApplication.processEvents()
    picture = widget.grab()
    for _ in range(SETTLING_PASSES):
        QApplication.processEvents()
        again = widget.grab()
        if again.toImage() == picture.toImage():
            break
        picture = again
    return picture


def save(widget: QWidget, path: Path) -> None:
    settled(widget).save(str(path))
    print(path)


def save_with_list(window: QWidget, field: QLineEdit, path: Path) -> None:
    """The window as seen with the completion list open under `field` (the list is a
    window of its own, which `grab` leaves out)."""
    picture = settled(window)
    completer = field.completer()
    popup = None if completer is None else completer.popup()
    assert popup is not None and popup.isVisible(), "no list open"
    painter = QPainter(picture)
    painter.drawPixmap(
        popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0)), popup.grab()
    )
    painter.end()
    picture.save(str(path))
    print(path)


def wait_until(done: Callable[[], bool], what: str, *, seconds: float = 60) -> None:
    """Lets the event loop run (timers, a job's thread finishing) until `done`."""
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, f"still waiting for {what}"
        QApplication.processEvents()
        time.sleep(WAIT_STEP_S)


def let_run(seconds: float) -> None:
    """Lets the event loop run for `seconds` (timers firing as they would)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(WAIT_STEP_S)


def pdf_page(pdf: Path, target: Path, *, resolution: int) -> None:
    """The PDF's first page as a PNG at `resolution` dots an inch."""
    with tempfile.TemporaryDirectory() as folder:
        prefix = Path(folder) / "page"
        first_page = ["-f", "1", "-l", "1", "-singlefile"]
        subprocess.run(
            ["pdftoppm", "-r", str(resolution), "-png", *first_page, str(pdf), str(prefix)],
            check=True,
        )
        target.write_bytes(prefix.with_suffix(".png").read_bytes())
    print(target)
