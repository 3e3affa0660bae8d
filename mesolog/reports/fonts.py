"""The DejaVu Sans family, shipped with the package and registered with reportlab once.

DejaVu covers Latin, Greek and Cyrillic, so bold and italic work in any of them;
the licence is in `resources/fonts/LICENSE`.
"""

from __future__ import annotations

import functools

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mesolog.resource_files import resource

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"

_FACES: tuple[tuple[str, bool, bool], ...] = (
    (FAMILY, False, False),
    (BOLD, True, False),
    (OBLIQUE, False, True),
    (BOLD_OBLIQUE, True, True),
)


@functools.cache
def register_fonts() -> str:
    """Register the family (the first call only) and return its name for `fontName`."""
    for name, bold, italic in _FACES:
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", f"{name}.ttf"))))
        addMapping(FAMILY, int(bold), int(italic), name)
    pdfmetrics.registerFontFamily(
        FAMILY, normal=FAMILY, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD_OBLIQUE
    )
    return FAMILY
