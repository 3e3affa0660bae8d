"""Which language people read, and the locale its numbers and dates are written in.

The language is asked for (`--language`), else named by `MESOLOG_LANGUAGE`, else this
workstation's stored choice, else the system's: `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`,
`LANG` (the first set) on Linux and macOS, the user's UI language on Windows. Greek when
that names `el`, else English.

Formats follow the language: its code with the system's territory when CLDR knows the
pair (`el_CY`, `en_US`), else the language's own (`el_GR`, `en_GB`); English on a C or
POSIX system, or one that names no locale, keeps ISO 8601 dates (Babel's `en_US_POSIX`,
Qt's `C`). Qt silently turns a pair it does not know into another (`en_GR` becomes
`en_US`), so the Qt locale name is always one that was checked here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError

from mesolog.domain.languages import LANGUAGE_CODES

CODES = LANGUAGE_CODES
"""The languages mesolog speaks, by ISO 639-1 code."""
NAMES = {"el": "Ελληνικά", "en": "English"}
"""Each language's name in its own words, as a choice of language shows it."""
_OWN_TERRITORY = {"el": "GR", "en": "GB"}
_SYSTEM_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_POSIX_BABEL = "en_US_POSIX"


@dataclass(frozen=True, slots=True)
class Language:
    """A language people read and where its formats come from."""

    code: str
    """`el` or `en`: the catalogue's name (`mesolog_<code>.qm`)."""
    format_locale: str
    """Babel's name of the locale numbers and dates are written in (`el_GR`)."""
    qt_locale: str
    """The same locale as Qt names it (`el_GR`, or `C` for ISO dates)."""


def language(code: str, system_locale: str = "") -> Language:
    """The language `code` with formats for a system whose locale is `system_locale`
    (`el_CY.UTF-8`, `C`, or "" for none)."""
    if code not in CODES:
        raise ValueError(f"unknown language {code!r}: choose one of {', '.join(CODES)}")
    name = system_locale.split(".", 1)[0].split("@", 1)[0]
    if code == "en" and name.upper() in ("C", "POSIX", ""):
        return Language(code, _POSIX_BABEL, "C")
    territory = name.split("_", 1)[1] if "_" in name else ""
    pair = f"{code}_{territory}"
    if not territory or not _known(pair):
        pair = f"{code}_{_OWN_TERRITORY[code]}"
    return Language(code, pair, pair)


def choose_language(
    requested: str | None = None,
    stored: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Language:
    """The language to speak: `requested` (refused when unknown), else a known one of
    `MESOLOG_LANGUAGE`, `stored` and the system's, in that order."""
    system = system_locale(environ)
    if requested is not None:
        return language(requested, system)
    for candidate in (environ.get("MESOLOG_LANGUAGE", ""), stored or ""):
        if candidate in CODES:
            return language(candidate, system)
    spoken = system.split("_", 1)[0].split(".", 1)[0].lower()
    return language("el" if spoken == "el" else "en", system)


def system_locale(environ: Mapping[str, str]) -> str:
    """The system's locale name (`el_GR.UTF-8`), "" when none is set."""
    for variable in _SYSTEM_VARIABLES:
        # LANGUAGE is a colon-separated list of preferences; the first counts
        value = environ.get(variable, "").split(":", 1)[0]
        if value:
            return value
    if sys.platform == "win32":
        import ctypes
        import locale

        ui_language = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return str(locale.windows_locale.get(ui_language, ""))
    return ""


def _known(name: str) -> bool:
    try:
        Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return False
    return True
