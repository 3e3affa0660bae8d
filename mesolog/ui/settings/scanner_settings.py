"""This workstation's barcode scanner: the character it sends between a code's fields in
place of GS (ASCII 29), when it was set to send one.

Scanners are set up one by one, and a keyboard layout without a ] key (German: AltGr+9)
cannot type GS as Ctrl+], so the substitute belongs to the computer the scanner is plugged
into, not to the clinic. None (nothing stored) is a scanner that sends GS itself; GS is
read either way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mesolog.ui.settings.workstation import workstation_settings

SEPARATOR_KEY = "scanner/separator"
EXAMPLES = "| ^ ~ # @"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScannerSettings", text)


def scanner_separator() -> str | None:
    """The substitute for GS this workstation's scanner sends; None when it sends GS (or
    what is stored could not stand for it)."""
    from mesolog.scanning.vial_scans import is_allowed_separator  # biip: not at start

    stored = str(workstation_settings().value(SEPARATOR_KEY, "") or "")
    return stored if stored and is_allowed_separator(stored) else None


def set_scanner_separator(separator: str | None) -> None:
    """Keeps `separator` for this workstation (None or "": the scanner sends GS);
    ValueError for one that cannot stand for GS."""
    from mesolog.scanning.vial_scans import is_allowed_separator

    settings = workstation_settings()
    if not separator:
        settings.remove(SEPARATOR_KEY)
    elif is_allowed_separator(separator):
        settings.setValue(SEPARATOR_KEY, separator)
    else:
        raise ValueError(separator_problem(separator))
    settings.sync()


def separator_problem(typed: str) -> str:
    """Why `typed` cannot be the separator, naming it and what is allowed; "" when it can
    (empty: GS itself)."""
    from mesolog.scanning.vial_scans import is_allowed_separator

    if not typed or is_allowed_separator(typed):
        return ""
    if len(typed) != 1:
        problem = _tr("“%1” is %2 characters").replace("%2", str(len(typed)))
    elif typed.isspace() or not typed.isprintable():
        problem = _tr("A space or an invisible character cannot be told apart in a code")
    elif typed == "]":
        problem = _tr("“%1” starts the symbology prefix a scanner may send first")
    else:
        problem = _tr("“%1” may be part of a lot or a serial number")
    rule = _tr(
        "%1: type one character that a code's fields cannot hold, such as %2, or leave it "
        "empty when the scanner sends GS."
    )
    return rule.replace("%2", EXAMPLES).replace(
        "%1", problem.replace("%1", typed if typed.isprintable() else "")
    )
