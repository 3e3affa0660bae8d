"""mesolog's application icon: the drawn SVG, with PNGs rendered from it for small sizes."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from mesolog.resource_files import resource

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The PNG sizes in resources/icons (tools/render_icons.py renders them from the SVG)."""


def application_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(resource("icons", f"mesolog-{size}.png")))
    icon.addFile(str(resource("icons", "mesolog.svg")))
    return icon
