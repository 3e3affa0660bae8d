"""What the session editor says of a vial scanned: a line above the form, green when the
vial was added, red when it was not and why; days in words, in the locale's language.

A product's name, a lot number and a GTIN are catalogue data and are said; the scan's own
text never is (scanning.scan_refusals names the field instead).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel

from mesolog.domain.products import Product
from mesolog.scanning.scan_refusals import ScanError
from mesolog.ui.catalogue.catalogue_words import shown_gtin
from mesolog.ui.common.dates import long_date, qdate, writes_iso
from mesolog.ui.common.forms import named
from mesolog.ui.common.translation import shown

ADDED_STYLE = "QLabel { background: #e8f5e9; color: #1b5e20; padding: 6px 8px; }"
REFUSED_STYLE = "QLabel { background: #fdecea; color: #b00020; padding: 6px 8px; }"
_WEEKDAY = re.compile(r"d{4}[,.\s]*")
_PLACE = re.compile(r"%(\d)")


def _filled(text: str, *values: str) -> str:
    """`text` (translated) with %1, %2… replaced by `values` in one pass (a lot number
    holding "%2" stays as it is)."""
    return _PLACE.sub(lambda found: values[int(found.group(1)) - 1], text)


def day_in_words(day: dt.date, locale: QLocale | None = None) -> str:
    """A day as the locale writes it in words, without the weekday: 9 March 2026, March 9,
    2026, 9 Μαρτίου 2026 (ISO 8601 in the C locale)."""
    locale = locale or QLocale()
    if writes_iso(locale):
        return long_date(day, locale)
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    return locale.toString(qdate(day), pattern)


class ScanNotice(QLabel):
    """The line that says what the last scan did; hidden until a first scan."""

    def __init__(self) -> None:
        super().__init__()
        named(self, "scan_notice", QCoreApplication.translate("VialScans", "Last scan"))
        self.setWordWrap(True)
        self.hide()

    def added(self, text: str) -> None:
        self._say(text, ADDED_STYLE)

    def refused(self, text: str) -> None:
        self._say(text, REFUSED_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.setStyleSheet(style)
        self.setText(text)
        self.show()


def unread(error: ScanError) -> str:
    return _filled(
        QCoreApplication.translate("VialScans", "The scan was not read: %1 Nothing was added."),
        shown(error.text),
    )


def locked(*, may_amend: bool) -> str:
    text = QCoreApplication.translate(
        "VialScans", "This session is signed and locked: the scan added nothing."
    )
    if may_amend:
        text += " " + QCoreApplication.translate("VialScans", "Amend it to change its products.")
    return text


def no_line() -> str:
    return QCoreApplication.translate(
        "VialScans",
        "This session has no treated area to add the vial to: add an area, then scan the "
        "vial again.",
    )


def retired(product: Product) -> str:
    return _filled(
        QCoreApplication.translate(
            "VialScans",
            "%1 is retired in the catalogue: nothing was added. Reinstate it in Settings ▸ "
            "Products to use it again.",
        ),
        product.details.name,
    )


def expired(lot: str | None, expiry: dt.date, day: dt.date) -> str:
    if lot:
        return _filled(
            QCoreApplication.translate(
                "VialScans",
                "Lot %1 expired on %2, before this session's date, %3: nothing was added. "
                "Use a vial in date.",
            ),
            lot,
            day_in_words(expiry),
            day_in_words(day),
        )
    return _filled(
        QCoreApplication.translate(
            "VialScans",
            "The vial expired on %1, before this session's date, %2: nothing was added. "
            "Use a vial in date.",
        ),
        day_in_words(expiry),
        day_in_words(day),
    )


def unknown_asked(gtin: str) -> str:
    return _filled(
        QCoreApplication.translate(
            "VialScans",
            "The GTIN %1 is not in the catalogue: add its product, and the vial is added with it.",
        ),
        shown_gtin(gtin),
    )


def unknown_not_added(gtin: str) -> str:
    return _filled(
        QCoreApplication.translate(
            "VialScans",
            "The GTIN %1 is not in the catalogue and no product was added for it: the scan "
            "added nothing.",
        ),
        shown_gtin(gtin),
    )


def unknown_for_assistant(gtin: str) -> str:
    return _filled(
        QCoreApplication.translate(
            "VialScans",
            "The GTIN %1 is not in the catalogue: ask a clinician to add the product "
            "(Settings ▸ Products), then scan the vial again, or type it in a product row.",
        ),
        shown_gtin(gtin),
    )


def added(product: Product, lot: str | None, expiry: dt.date | None, line: int, area: str) -> str:
    """The vial added to line `line` (its area's name `area`), with what is still to type."""
    name, number = product.details.name, str(line)
    if lot and expiry is not None:
        return _filled(
            QCoreApplication.translate(
                "VialScans", "Added %1, lot %2, expiring %3, to area %4 (%5)."
            ),
            name,
            lot,
            day_in_words(expiry),
            number,
            area,
        )
    if lot:
        return _filled(
            QCoreApplication.translate(
                "VialScans", "Added %1, lot %2, to area %3 (%4): the code has no expiry, type it."
            ),
            name,
            lot,
            number,
            area,
        )
    return _filled(
        QCoreApplication.translate(
            "VialScans", "Added %1 to area %2 (%3): the code has no lot, type or choose it."
        ),
        name,
        number,
        area,
    )


def lot_added(lot: str) -> str:
    return _filled(QCoreApplication.translate("VialScans", "Lot %1 added to the catalogue."), lot)


def other_expiry(lot: str, catalogue: dt.date, scanned: dt.date) -> str:
    return _filled(
        QCoreApplication.translate(
            "VialScans",
            "The catalogue has lot %1 expiring on %2, the vial's code %3: the row has the "
            "code's; check the catalogue.",
        ),
        lot,
        day_in_words(catalogue),
        day_in_words(scanned),
    )


def scanned_already(product: str, lot: str | None, row: int, line: int, area: str) -> str:
    """The vial is in product row `row` of line `line` (its area's name `area`), the line
    it was scanned into."""
    if lot:
        return _filled(
            QCoreApplication.translate(
                "VialScans",
                "This vial of %1, lot %2, is in this area already: it is product %3 of area %4 "
                "(%5). Nothing was added; to use it on another area as well, scan it there.",
            ),
            product,
            lot,
            str(row),
            str(line),
            area,
        )
    return _filled(
        QCoreApplication.translate(
            "VialScans",
            "This vial of %1 is in this area already: it is product %2 of area %3 (%4). Nothing "
            "was added; to use it on another area as well, scan it there.",
        ),
        product,
        str(row),
        str(line),
        area,
    )


def also_used(places: Sequence[tuple[int, str, int]]) -> str:
    """The vial just added is also in these (line, area's name, product row) places."""
    named = QCoreApplication.translate("VialScans", "; ").join(
        _filled(
            QCoreApplication.translate("VialScans", "area %1 (%2), product row %3"),
            str(line),
            area,
            str(row),
        )
        for line, area, row in places
    )
    return _filled(QCoreApplication.translate("VialScans", "This vial is also used on %1."), named)
