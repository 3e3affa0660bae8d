"""The DejaVu Sans family, shipped with the package and registered with reportlab once.

DejaVu covers Latin, Greek and Cyrillic, so bold and italic work in any of them;
the licence is in `fonts/LICENSE`.
"""

from __future__ import annotations

import functools
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
    folder = resources.files("mesolog.reports").joinpath("fonts")
    for name, bold, italic in _FACES:
        with resources.as_file(folder.joinpath(f"{name}.ttf")) as path:
            # TTFont reads the whole file here, so a temporary path is enough.
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(FAMILY, int(bold), int(italic), name)
    pdfmetrics.registerFontFamily(
        FAMILY, normal=FAMILY, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD_OBLIQUE
    )
    return FAMILY
