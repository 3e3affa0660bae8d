"""Reactions in Greek on a 1024×700 screen (issue 14): the dialog fits (the filters on two
rows), every column reads whole, the Note column too, the chart's caption is drawn whole
and its axis's percentages do not overlap."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import ReactionKind
from mesolog.domain.reaction_rates import Dimension
from mesolog.services.clinic import Clinic
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.common.wrapped_header import WrappedHeader
from mesolog.ui.reactions.reactions_dialog import ReactionsDialog
from tests.ui.conftest import Speak
from tests.ui.reactions.greek_screen import demo, fits, greek_on_a_small_screen

__all__ = ["demo"]


@pytest.mark.parametrize("by", [Dimension.LOT, Dimension.AREA])
def test_reactions_fit_1024_by_700_in_greek_and_read_whole(
    qtbot: QtBot,
    demo: Clinic,
    job_host: QMainWindow,
    speaking: Speak,
    monkeypatch: pytest.MonkeyPatch,
    by: Dimension,
) -> None:
    greek_on_a_small_screen(speaking, monkeypatch)
    dialog = ReactionsDialog(demo, job_host)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Ποσοστά αντιδράσεων"
    assert fits(dialog), dialog.size()
    bar = dialog.filter_bar
    assert bar.two_rows
    assert bar.width() >= bar.minimumSizeHint().width()
    bar.first_day.set_value(demo.context.today() - dt.timedelta(days=730))
    bar.by.setCurrentIndex(bar.by.findData(by))
    bar.kind.setCurrentIndex(bar.kind.findData(ReactionKind.BRUISING))
    dialog.show_rates()
    qtbot.waitUntil(lambda: dialog.rates is not None and not running_jobs(), timeout=30_000)
    qtbot.wait(50)
    assert fits(dialog), dialog.size()

    table = dialog.table
    header = table.horizontalHeader()
    assert isinstance(header, WrappedHeader)
    for column in range(dialog.model.columnCount()):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
        assert header.sectionSize(column) >= header.title_width(column), header.title(column)
    assert table.horizontalScrollBar().maximum() == 0, "no column cut at the right"

    chart = dialog.chart
    assert chart.width() >= chart.minimumSizeHint().width(), "every bar's label whole"
    assert chart.height() >= chart.heightForWidth(chart.width()), "the caption drawn whole"
    top = chart.scale_top()
    steps = chart.axis_steps(top, chart.plot_width())
    assert chart.plot_width() / steps >= chart.axis_label_width(top), "no percentages overlap"
