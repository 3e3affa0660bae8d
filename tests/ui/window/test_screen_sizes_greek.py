"""The main window in Greek (the shipped catalogue, started as the application starts it) at
1024×700 and 1366×768: no wider than the screen with a charted record open; the course
map's heading, summary and zone table whole; the history's titles wrapped, never cut; at
1366×768 the history does not scroll sideways (the lists give it the room)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSize, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from mesolog import resource_files
from mesolog.app import start_language
from mesolog.services.clinic import Clinic
from mesolog.ui.history.wrapping_header import WrappingHeader
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.window.main_window import MainWindow
from tests.ui.history.charted_records import charted_patient

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
SIZES = [(1024, 700), (1366, 768)]


@pytest.fixture
def greek(qapp: QApplication) -> Iterator[None]:
    if not (resource_files.resources_folder() / "translations" / "mesolog_el.qm").is_file():
        pytest.skip("mesolog_el.qm is not built: run bash tools/translations.sh release")
    before, locale = set(qapp.findChildren(QTranslator)), QLocale()
    start_language(qapp, "el")
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


def _whole(label: QLabel) -> bool:
    if label.wordWrap():
        return label.height() >= label.heightForWidth(label.width())
    return label.width() >= label.sizeHint().width()


@pytest.mark.usefixtures("greek")
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_greek_window_fits_and_its_record_reads_whole(
    qtbot: QtBot, clinic: Clinic, size: tuple[int, int]
) -> None:
    assert QCoreApplication.translate("MainWindow", "Patient record") != "Patient record"
    story = charted_patient(clinic, sessions=6, photos=2)
    SettingsDialog.set_clinician_name("Δρ Ελένη Μάρκου")
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    assert window.minimumSizeHint().width() <= size[0], "no record open"
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.open_patient(story.patient)
    record = window.record
    qtbot.waitUntil(lambda: record.history_view.model.rowCount() == 6)
    assert window.minimumSizeHint().width() <= size[0], "a charted record open"
    assert window.size() == QSize(*size)

    course_map = record.courses.map
    assert course_map.isVisible()
    qtbot.waitUntil(lambda: _whole(course_map.heading) and _whole(course_map.summary))
    summary = course_map.summary
    assert summary.height() < 2 * summary.fontMetrics().lineSpacing(), "on one line"
    table = course_map.table
    metrics = table.fontMetrics()
    zone_words = [word for zone, *_ in course_map.rows() for word in zone.split()]
    widest = max(metrics.horizontalAdvance(word) for word in zone_words)
    assert table.horizontalHeader().sectionSize(0) > widest, "a zone's words whole"
    assert table.columnWidth(0) >= table.horizontalHeader().sectionSizeHint(0), "its title"

    history = record.history_view.table
    header = history.horizontalHeader()
    assert isinstance(header, WrappingHeader)
    titles = record.history_view.model.header_titles()
    for column, title in titles.items():
        if not history.isColumnHidden(column):
            assert header.sectionSize(column) >= header.least_width(title), title
    wrapped = [t for c, t in titles.items() if header.sectionSize(c) < metrics.horizontalAdvance(t)]
    if wrapped:
        assert header.height() > 2 * header.fontMetrics().lineSpacing(), "titles on two lines"
    if size[0] == 1366:
        bar = history.horizontalScrollBar()
        qtbot.waitUntil(lambda: not bar.isVisible())  # the history whole, once laid out
