"""The line under a product row offering to add what it holds to the catalogue: one button
(reached by Tab from the expiry date) and what is missing in words beside it; hidden when the
catalogue has it all or whoever is logged in may not add to it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from mesolog.ui.common.forms import ERROR_STYLE, named
from mesolog.ui.sessions.session_widgets import caption


class CatalogueOffer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogue_offer")
        self.label = caption("")
        self.label.setObjectName("catalogue_offer_text")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = named(
            QPushButton(self.tr("Add to catalogue")),
            "add_to_catalogue",
            self.tr("Add to the catalogue"),
        )
        self.button.setAutoDefault(False)
        self.button.setToolTip(
            self.tr(
                "Adds the product as this row has it (name, solution, concentration, its "
                "volume as the usual one) and the lot (number, expiry date) to the clinic's "
                "catalogue, to be completed from then on"
            )
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.button)
        layout.addWidget(self.label)
        self.hide()

    def ask(self, text: str) -> None:
        """Says what is missing, with the button."""
        self._say(text, error=False)
        self.button.show()

    def fail(self, text: str) -> None:
        """Says why adding was refused; the button stays for another try."""
        self._say(text, error=True)
        self.button.show()

    def done(self, text: str) -> None:
        """Says it was added, without the button."""
        self._say(text, error=False)
        self.button.hide()

    def _say(self, text: str, *, error: bool) -> None:
        self.label.setText(text)
        self.label.setStyleSheet(ERROR_STYLE if error else "")
        self.show()
