"""Where the files that are not Python live: the top-level `resources/` folder.

An installed mesolog (a wheel, a bundle) carries the folder as `mesolog/resources`;
a checkout, with mesolog installed in place for development, reads `resources/`
beside the package. This module is the one place that knows both.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_folder() -> Path:
    installed = _PACKAGE / "resources"
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def resource(*parts: str) -> Path:
    """A file in the resources folder, e.g. `resource("fonts", "DejaVuSans.ttf")`."""
    path = resources_folder().joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(f"mesolog's resource {'/'.join(parts)} is missing at {path}")
    return path
