"""The product field's list: the product names the sessions hold, those whose folded name
holds what was typed (case and accents ignored, in Greek as in Latin), shown as stored."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from mesolog.domain.products import name_key

VISIBLE_LINES = 10


class ProductCompleter(QCompleter):
    """Completes `field` from `names`; the completer shows what `_fill` chose, unfiltered."""

    def __init__(self, field: QLineEdit, names: Sequence[str]) -> None:
        super().__init__(field)
        self._names = [(name_key(name), name) for name in names]
        self._shown = QStringListModel(self)
        self.setModel(self._shown)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(VISIBLE_LINES)
        field.setCompleter(self)
        field.textEdited.connect(self._fill)

    def _fill(self, text: str) -> None:
        wanted = name_key(text)
        found = [name for folded, name in self._names if wanted and wanted in folded]
        self._shown.setStringList(found)
