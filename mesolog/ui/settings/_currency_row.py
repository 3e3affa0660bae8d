"""The clinic's currency in the settings dialog: an ISO 4217 code chosen from the common
ones or typed (none by default), with its name and symbol beside it as the locale writes
them. What is typed is kept as typed: no completion fills in a code, and a code that is
none is refused on Save beside the field (services.settings)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from mesolog.domain.currency import COMMON, currency_name, currency_symbol, currency_violations
from mesolog.ui.common.forms import named


class CurrencyRow(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.code = named(QComboBox(self), "currency", self.tr("Currency"))
        self.code.setEditable(True)
        # A completion would store a code nobody typed ("US" becoming "USD"); Qt takes
        # None to mean none, which its stubs do not say.
        self.code.setCompleter(None)  # type: ignore[arg-type]
        self.code.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.code.addItems(["", *COMMON])
        # A width of its own, not its items' measured at the first show, which grew the
        # dialog after it had been sized to its content.
        self.code.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.code.setMinimumContentsLength(6)
        line = self.code.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("none"))
        line.setMaxLength(10)
        self.meaning = QLabel(self)
        self.meaning.setObjectName("currency_meaning")
        self.meaning.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.code)
        row.addWidget(self.meaning, 1)
        self.code.editTextChanged.connect(self._describe)
        self._describe(self.code.currentText())

    def text(self) -> str:
        return self.code.currentText()

    def set_text(self, code: str) -> None:
        self.code.setEditText(code)

    def _describe(self, typed: str) -> None:
        if not typed.strip():
            self.meaning.setText(self.tr("prices and estimates name no currency"))
        elif currency_violations(typed):
            self.meaning.setText(self.tr("not a currency code"))
        else:
            locale = QLocale().name()
            name, symbol = currency_name(typed, locale), currency_symbol(typed, locale)
            self.meaning.setText(self.tr("%1 (%2)").replace("%1", name).replace("%2", symbol))
