"""The compiled catalogues shipped in `resources/translations` (`mesolog_<code>.qm`).

The `.qm` files are built from the `.ts` files by `tools/translations.sh release` (and by
the wheel's build). A checkout where they were never built has none: its texts are then
the English sources, which is what mesolog showed before it spoke Greek.
"""

from __future__ import annotations

from mesolog.language.choice import Language
from mesolog.language.qm_file import Catalogue
from mesolog.language.render import Renderer
from mesolog.resource_files import resource


def load_catalogue(code: str) -> Catalogue:
    """mesolog's own catalogue for the language `code`; empty when it was not built."""
    try:
        path = resource("translations", f"mesolog_{code}.qm")
    except FileNotFoundError:
        return Catalogue()
    return Catalogue.from_qm(path.read_bytes())


def renderer(language: Language) -> Renderer:
    """A renderer for `language` that loads its catalogue when it first renders."""
    return Renderer(language, lambda: load_catalogue(language.code))
