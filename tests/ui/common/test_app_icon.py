"""The application icon: the drawn SVG and every PNG size desktops ask for."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from mesolog.resource_files import resource
from mesolog.ui.common.app_icon import SIZES, application_icon


def test_the_icon_offers_every_size_and_each_png_is_that_size(qtbot: QtBot) -> None:
    icon = application_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(SIZES)
    for size in SIZES:
        image = QImage(str(resource("icons", f"mesolog-{size}.png")))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0
    assert not icon.pixmap(QSize(1024, 1024)).isNull()


def test_the_svg_is_valid_for_qt() -> None:
    renderer = QSvgRenderer(str(resource("icons", "mesolog.svg")))
    assert renderer.isValid()
    assert renderer.viewBox().width() == 256
