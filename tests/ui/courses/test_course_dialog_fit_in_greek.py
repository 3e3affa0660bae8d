"""The course dialog in Greek on a 1024×700 screen (issue 14): planned from a template, it
fits the screen (its areas in two columns, not three), every area's name and every label
reads whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.courses import course_dialog
from mesolog.ui.courses.course_dialog import CourseDialog
from tests.ui.conftest import Speak
from tests.ui.reactions.greek_screen import demo, fits, greek_on_a_small_screen, reads_whole

__all__ = ["demo"]


def test_the_course_dialog_fits_1024_by_700_in_greek_with_every_area_whole(
    qtbot: QtBot, demo: Clinic, speaking: Speak, monkeypatch: pytest.MonkeyPatch
) -> None:
    greek_on_a_small_screen(speaking, monkeypatch, course_dialog)
    patient = demo.patients.search("", limit=None)[0]
    dialog = CourseDialog(demo, ChangeBus(), patient.id)
    qtbot.addWidget(dialog)
    combo = dialog.templates.combo
    index = combo.count() - 1
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Σχεδιασμός θεραπευτικού προγράμματος"
    assert fits(dialog), dialog.size()
    areas = dialog.areas
    viewport = areas.viewport().rect()
    for row in range(areas.count()):
        item = areas.item(row)
        cell = areas.visualItemRect(item)
        assert viewport.contains(cell), item.text()
        assert cell.width() >= areas.sizeHintForColumn(0), item.text()
    columns = {areas.visualItemRect(areas.item(row)).left() for row in range(areas.count())}
    assert len(columns) == 2
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert reads_whole(label), label.text()
