"""This workstation's chosen language, kept in a small file both the window and the
command line read without Qt.

Not in QSettings (on Windows that is the registry, which the command line cannot read
without Qt) and not in the clinic's database (the log-in is shown before it opens, and
two workstations of one clinic may be used in different languages). The file holds `el`
or `en`; it is written under a scratch name (created 0600) and renamed into place, so a
reader never sees half of it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import platformdirs

from mesolog.language.choice import CODES

OVERRIDE = "MESOLOG_LANGUAGE"
"""The variable that, set to el or en, comes before the stored choice."""


def preference_file() -> Path:
    """Where this user's choice of language is kept on this computer."""
    return platformdirs.user_config_path("mesolog", appauthor=False) / "language"


def stored_language(path: Path | None = None) -> str | None:
    """The stored choice (`el`/`en`), or None when there is none or it is not one of them."""
    try:
        code = (path or preference_file()).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return code if code in CODES else None


def store_language(code: str, path: Path | None = None) -> None:
    """Keep `code` as this workstation's choice (its folder made 0700 when missing)."""
    if code not in CODES:
        raise ValueError(f"unknown language {code!r}: choose one of {', '.join(CODES)}")
    target = path or preference_file()
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, scratch = tempfile.mkstemp(dir=target.parent, prefix=".language-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(f"{code}\n")
        Path(scratch).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(scratch).unlink()
        raise


def unknown_preference() -> Path | None:
    """The preference file when it is there but names no language mesolog speaks (edited
    by hand, or by a later mesolog), which start-up then passes over; else None."""
    path = preference_file()
    if path.exists() and stored_language(path) is None:
        return path
    return None
