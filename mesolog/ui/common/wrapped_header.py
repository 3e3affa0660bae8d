"""A table's column titles on up to two lines: a long title (Greek's "Διάστημα εμπιστοσύνης
95%") is as wide as its longer half, not its whole, so a column is as wide as its values
need and its title still reads whole."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

LINES = 2


class WrappedHeader(QHeaderView):
    """A horizontal header whose titles wrap at a space onto a second line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)

    def title(self, logical: int) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(logical, self.orientation()) or "")

    def title_width(self, logical: int) -> int:
        """The width of the title's wider line, split at its best space."""
        words = self.title(logical).split(" ")
        advance = self.fontMetrics().horizontalAdvance
        return min(
            max(advance(" ".join(words[:cut])), advance(" ".join(words[cut:])))
            for cut in range(1, len(words) + 1)
        )

    def sectionSizeFromContents(self, logical: int) -> QSize:
        whole = super().sectionSizeFromContents(logical)
        padding = whole.width() - self.fontMetrics().horizontalAdvance(self.title(logical))
        extra = (LINES - 1) * self.fontMetrics().lineSpacing()
        return QSize(self.title_width(logical) + max(padding, 0), whole.height() + extra)
