"""The Templates window and the template dialog on 1024×700 and 1366×768 screens, in Greek
(the shipped catalogue) and in English (issue 14): each fits the screen; the window's
table neither ends a text in … nor scrolls sideways (its long columns wrap, none narrower
than its longest word); the dialog's solutions, the area's detail and every caption read
whole, a line's needle or pen going under its area where the row is too narrow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QStyle, QWidget
from pytestqt.qtbot import QtBot

from mesolog.services.clinic import Clinic
from mesolog.ui.common import screen_fit
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.wrapped_header import WrappedHeader
from mesolog.ui.templates._template_table import TemplateColumn
from mesolog.ui.templates._template_view import shared_widths
from mesolog.ui.templates.template_dialog import TemplateDialog
from mesolog.ui.templates.templates_window import TemplatesWindow
from tests.ui.conftest import Speak
from tests.ui.reactions.greek_screen import greek_on_a_small_screen, reads_whole

SCREENS = [QSize(1024, 700), QSize(1366, 768)]
CELLULITE = "Cellulite and firming"
"""A shipped template of two lines, naming phosphatidylcholine and DMAE."""


@pytest.fixture
def shipped(clinic: Clinic) -> Clinic:
    """The guide's templates, one of them retired."""
    clinic.templates.add_shipped()
    clinic.templates.retire(clinic.templates.all()[-1].id)
    return clinic


@pytest.fixture(
    params=[(language, screen) for language in ("el", "en") for screen in SCREENS],
    ids=lambda param: f"{param[0]}-{param[1].width()}x{param[1].height()}",
)
def room(request: pytest.FixtureRequest, speaking: Speak, monkeypatch: pytest.MonkeyPatch) -> QSize:
    """The language started (Greek: the shipped catalogue) and the room of a screen of
    the size given (the test platform's own screen is 800×800)."""
    language, screen = request.param
    if language == "el":
        greek_on_a_small_screen(speaking, monkeypatch)
    else:
        speaking("en")
    room = screen - screen_fit.FRAME
    monkeypatch.setattr(screen_fit, "screen_room", lambda _widget: room)
    return room


def opened(qtbot: QtBot, window: QWidget) -> None:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)


def fits(window: QWidget, room: QSize) -> bool:
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    return (
        window.width() <= room.width()
        and window.height() <= room.height()
        and (least.width() <= room.width())
    )


def wrapped_height(window: TemplatesWindow, text: str, width: int) -> int:
    metrics = window.view.fontMetrics()
    box = QRect(0, 0, width - window.view.cell_padding(), 100_000)
    return metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, text).height()


def test_the_templates_window_wraps_its_long_columns_and_scrolls_no_cell_sideways(
    qtbot: QtBot, shipped: Clinic, room: QSize
) -> None:
    window = TemplatesWindow(shipped, ChangeBus())
    opened(qtbot, window)
    window.show_retired.setChecked(True)
    view = window.view
    qtbot.waitUntil(lambda: not view.isColumnHidden(TemplateColumn.STATE))
    assert fits(window, room), window.size()
    assert view.horizontalScrollBar().maximum() == 0
    header = view.horizontalHeader()
    assert isinstance(header, WrappedHeader)
    metrics = view.fontMetrics()
    model = view.model()
    for column in view.shown_columns():
        width = view.columnWidth(column)
        assert width >= header.title_width(column), header.title(column)
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data())
            longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
            assert width >= longest + view.cell_padding(), text
            assert wrapped_height(window, text, width) <= view.rowHeight(row), text
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert reads_whole(label), label.text()


def test_the_columns_share_the_room_by_their_widths_and_none_below_its_longest_word() -> None:
    name, indication, areas = TemplateColumn.NAME, TemplateColumn.INDICATION, TemplateColumn.AREAS
    natural = {name: 300, indication: 300, areas: 400, TemplateColumn.SESSIONS: 60}
    least = {name: 100, indication: 180, areas: 120}
    assert shared_widths(1200, natural, least) == {**natural, name: 440}
    shared = shared_widths(560, natural, least)
    assert shared[TemplateColumn.SESSIONS] == 60 and shared[indication] == 180
    assert shared[name] + shared[areas] == 560 - 60 - 180
    assert shared[areas] > shared[name] >= 100
    assert shared_widths(100, natural, least) == {**least, TemplateColumn.SESSIONS: 60}


def combos_read_whole(dialog: TemplateDialog) -> list[str]:
    """The texts of the dialog's shown combos that are cut (a combo's size hint is that of
    its longest choice)."""
    return [
        combo.currentText()
        for combo in dialog.body.findChildren(QComboBox)
        if combo.isVisible() and combo.width() < combo.sizeHint().width()
    ]


def test_the_template_dialog_fits_with_its_solutions_and_the_areas_detail_whole(
    qtbot: QtBot, shipped: Clinic, room: QSize
) -> None:
    [template] = [t for t in shipped.templates.all() if t.details.name == CELLULITE]
    dialog = TemplateDialog(shipped, ChangeBus(), template=template)
    opened(qtbot, dialog)
    assert fits(dialog, room), dialog.size()
    assert combos_read_whole(dialog) == []
    assert len([row for editor in dialog.lines.editors for row in editor.products]) == 3
    for editor in dialog.lines.editors:
        heading = editor.heading
        detail = heading.detail
        hint = detail.fontMetrics().horizontalAdvance(detail.placeholderText())
        frame = detail.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        assert detail.width() >= hint + 2 * frame, detail.width()
        for widget in (heading.kind, heading.remove, heading.area, heading.title):
            assert widget.width() >= widget.sizeHint().width(), widget
            assert not widget.geometry().intersects(detail.geometry()), widget
        for button in heading.kind.buttons.values():
            assert button.width() >= button.sizeHint().width(), button.text()
    for label in dialog.body.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert reads_whole(label), label.text()


def test_needle_or_pen_goes_under_the_area_only_where_the_row_is_narrow(
    qtbot: QtBot, shipped: Clinic, speaking: Speak, monkeypatch: pytest.MonkeyPatch
) -> None:
    greek_on_a_small_screen(speaking, monkeypatch)
    [template] = [t for t in shipped.templates.all() if t.details.name == CELLULITE]
    dialog = TemplateDialog(shipped, ChangeBus(), template=template)
    opened(qtbot, dialog)
    heading = dialog.lines.editors[0].heading
    assert heading.kind.y() > heading.detail.y()
    line = dialog.lines.editors[0]
    dialog.resize(1350, dialog.height())
    qtbot.waitUntil(lambda: heading.kind.y() == heading.detail.y())
    assert line.height() == line.sizeHint().height()
    dialog.resize(1008, dialog.height())
    qtbot.waitUntil(lambda: heading.kind.y() > heading.detail.y())
    assert line.height() == line.heightForWidth(line.width())
