"""The session editor in Greek (the shipped catalogue, started as mesolog starts it) and in
English, on a 1024×700 and a 1366×768 screen, with the longest names a line can hold (the
longest area, method and solution): no sideways scrolling, and every caption, choice and
empty field's words shown whole, none cut. On the narrow screen the chart goes under the
lines rather than squeezing them; on the wide one it stays beside them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSize, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from mesolog import resource_files
from mesolog.app import start_language
from mesolog.domain.enums import Area, NeedleMethod, Solution
from mesolog.domain.records import NeedleTechnique, ProductUse, TreatmentLine
from mesolog.ui.common.labels import area_label, needle_method_label, solution_label
from mesolog.ui.common.screen_fit import FRAME
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.ui.sessions.typed_session import Chair

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TRANSLATIONS = resource_files.resources_folder() / "translations"
SCREENS = [QSize(1024, 700), QSize(1366, 768)]


@pytest.fixture(params=["el", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Greek as mesolog starts it (undone after), or English (no catalogue)."""
    code = str(request.param)
    if code == "en":
        yield code
        return
    if not (TRANSLATIONS / "mesolog_el.qm").is_file():
        pytest.skip("mesolog_el.qm is not built: run bash tools/translations.sh release")
    before, locale = set(qapp.findChildren(QTranslator)), QLocale()
    start_language(qapp, "el")
    yield code
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


def _longest(labels: dict[object, str]) -> object:
    metrics = QFontMetrics(QApplication.font())
    return max(labels, key=lambda member: metrics.horizontalAdvance(labels[member]))


def _widest_line() -> TreatmentLine:
    """A line of the longest area, method and solution's names in the language shown."""
    area = _longest({a: area_label(a) for a in Area})
    method = _longest({m: needle_method_label(m) for m in NeedleMethod})
    solution = _longest({s: solution_label(s) for s in Solution})
    assert isinstance(area, Area) and isinstance(method, NeedleMethod)
    assert isinstance(solution, Solution)
    product = ProductUse(solution, 1.5, "HydraBoost", "2%", "AB1234", None)
    return TreatmentLine(area, NeedleTechnique(1.0, method=method), (product,))


def _editor(chair: Chair, screen: QSize) -> SessionEditor:
    editor = chair.open()
    editor.session_form.set_lines(
        [_widest_line(), TreatmentLine(Area.FOREHEAD, NeedleTechnique(2.0))]
    )
    editor.resize(screen - FRAME)
    QApplication.processEvents()
    return editor


def _whole(widget: QWidget) -> str | None:
    """What of `widget`'s words is cut, if any: a caption, a button, a choice, an empty
    field's words, a wrapped label's lines."""
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel) and widget.text() and not widget.text().startswith("<"):
        room = widget.contentsRect()
        if widget.wordWrap():
            fits = widget.heightForWidth(room.width()) <= room.height()
        else:
            fits = metrics.horizontalAdvance(widget.text().replace("&", "")) <= room.width()
        return None if fits else widget.text()
    if isinstance(widget, QAbstractButton) and widget.text():
        fits = widget.width() >= widget.sizeHint().width()
        return None if fits else widget.text()
    if isinstance(widget, QComboBox):
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        fits = metrics.horizontalAdvance(widget.currentText()) <= field.width()
        return None if fits else widget.currentText()
    if isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
        frame = QLineEdit.sizeHint(widget).width() - 17 * metrics.horizontalAdvance("x")
        fits = metrics.horizontalAdvance(widget.placeholderText()) + frame <= widget.width()
        return None if fits else widget.placeholderText()
    return None


def cut_words(top: QWidget) -> list[str]:
    shown = [w for w in top.findChildren(QWidget) if w.isVisibleTo(top)]
    return [f"{type(w).__name__} {w.objectName()}: {cut}" for w in shown if (cut := _whole(w))]


@pytest.mark.parametrize("screen", SCREENS, ids=["1024x700", "1366x768"])
def test_every_word_of_the_editor_shows_whole_without_scrolling_sideways(
    chair: Chair, language: str, screen: QSize
) -> None:
    editor = _editor(chair, screen)
    scroll = editor.findChild(QScrollArea, "session_scroll")
    assert scroll is not None
    form = editor.session_form
    assert editor.minimumSizeHint().width() <= (screen - FRAME).width()
    chair.qtbot.waitUntil(lambda: form.width() <= scroll.viewport().width())
    assert not scroll.horizontalScrollBar().isVisible(), "no sideways scrolling"
    assert cut_words(form) == [], language


def test_the_chart_goes_under_the_lines_on_a_narrow_screen_only(
    chair: Chair, language: str
) -> None:
    treatments = _editor(chair, SCREENS[0]).session_form.treatments
    narrow_under = not treatments.chart_beside()
    treatments.window().resize(SCREENS[1] - FRAME)
    chair.qtbot.waitUntil(treatments.chart_beside)
    line = treatments.line_editors[0]
    assert treatments.chart.geometry().left() >= line.geometry().right(), "beside"
    if language == "el":
        assert narrow_under, "Greek lines need the width of a 1024-pixel screen"
    treatments.window().resize(SCREENS[0] - FRAME)
    if narrow_under:
        chair.qtbot.waitUntil(lambda: not treatments.chart_beside())
        assert treatments.chart.geometry().top() >= line.geometry().bottom(), "under"
