"""Products in Greek on a 1024×700 screen (issue 14): the window fits (it was 1027 px wide:
the side buttons are wider in Greek than Add), its buttons read whole, and every column's
title reads whole on its two lines."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from mesolog.services.clinic import Clinic
from mesolog.ui.catalogue import products_window
from mesolog.ui.catalogue.products_window import ProductsWindow
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.wrapped_header import WrappedHeader
from tests.ui.conftest import Speak
from tests.ui.reactions.greek_screen import demo, fits, greek_on_a_small_screen

__all__ = ["demo"]


def test_products_fit_1024_by_700_in_greek(
    qtbot: QtBot, demo: Clinic, speaking: Speak, monkeypatch: pytest.MonkeyPatch
) -> None:
    greek_on_a_small_screen(speaking, monkeypatch, products_window)
    window = ProductsWindow(demo, ChangeBus())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Προϊόντα"
    assert fits(window), window.size()
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
    for view in (window.products_view, window.lots_view):
        header = view.horizontalHeader()
        assert isinstance(header, WrappedHeader)
        for column in range(header.count()):
            assert header.sectionSize(column) >= header.title_width(column), header.title(column)
