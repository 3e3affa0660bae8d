"""The catalogue's own typed fields: an amount whose unit and span follow the product's
unit, and a GTIN typed digit by digit or scanned (a plain barcode, or a vial's GS1 code
whose GTIN is kept). Like every typed field they keep what was typed and say what is
wrong beside it (ui.common.typed_fields)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from mesolog.domain.limits import Range
from mesolog.domain.products import GTIN_LENGTHS, gtin_check_digit
from mesolog.scanning.scan_refusals import ScanError
from mesolog.scanning.vial_scans import is_scan_like, parse_scan
from mesolog.ui.catalogue.catalogue_words import shown_gtin
from mesolog.ui.common.translation import shown
from mesolog.ui.common.typed_fields import NumberField, TypedField

GTIN_KINDS = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}


class AmountField(NumberField):
    """A number in the product's unit: its span and the unit drawn after it change with
    the unit chosen (a default amount of 150 is too much in ml, allowed in units)."""

    def set_unit(self, span: Range, unit: str) -> None:
        self.span = span
        self.unit = unit.strip()
        self._unit_gap = self.fontMetrics().horizontalAdvance(f" {self.unit} ")
        self._make_room_for_unit(self.text())
        self.updateGeometry()
        self.update()
        if self.text().strip():
            self.check()


def _digits(text: str) -> str | None:
    """The digits of `text` when it holds nothing else (spaces between groups allowed, as
    printed under a barcode)."""
    joined = "".join(text.split())
    return joined if joined.isascii() and joined.isdigit() else None


class GtinField(TypedField):
    """The GTIN of a product's barcode: typed (8, 12, 13 or 14 digits, the last the check
    digit), or scanned. A scanner types the code and Enter: the field reads it and moves on
    instead of the Enter pressing the dialog's Save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Type or scan; empty for none"))

    def gtin(self) -> str:
        """The GTIN as typed, or read from a scan ("" for none)."""
        text = self.text().strip()
        digits = _digits(text)
        if digits is not None or not text:
            return digits or ""
        try:
            return parse_scan(text).gtin
        except ScanError:
            return text

    def problem(self) -> str:
        text = self.text().strip()
        if not text:
            return ""
        digits = _digits(text)
        if digits is None:
            if not is_scan_like(text):
                return self.tr(
                    "A GTIN is digits only: 8, 12, 13 or 14 of them, as printed under the "
                    "barcode (%n characters typed, not all digits).",
                    "",
                    len(text),
                )
            try:
                parse_scan(text)
            except ScanError as error:
                return shown(error.text)
            return ""
        if len(digits) not in GTIN_LENGTHS:
            return self.tr(
                "%1 has %n digits: a GTIN has 8, 12, 13 or 14.", "", len(digits)
            ).replace("%1", digits)
        if gtin_check_digit(digits[:-1]) != int(digits[-1]):
            return self.tr(
                "%1: its last digit is not the check digit of the others; a digit is "
                "mistyped. Type it again or scan it."
            ).replace("%1", digits)
        return ""

    def hint(self) -> str:
        """What kind of GTIN the field holds when it is a good one ("" otherwise)."""
        gtin = self.gtin()
        if not gtin or self.problem():
            return ""
        kind = GTIN_KINDS.get(len(gtin), "GTIN")
        return self.tr("✓ %1, check digit right").replace("%1", kind)

    def _tidy(self) -> None:
        gtin = self.gtin()
        if gtin and gtin != self.text():
            self.setText(shown_gtin(gtin) if len(gtin) == 14 else gtin)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.check()
            if not self.problem():
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)
