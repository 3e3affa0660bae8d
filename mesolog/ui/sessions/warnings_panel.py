"""The clinical warnings of the session being written, in a band of fixed height above the
form: warnings that come and go never move the fields under the clinician's hand. More
warnings than the band holds scroll inside it; each wraps at any width."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from mesolog.ui.common.forms import named

LINES_SHOWN = 3
"""Lines of warnings the band shows without scrolling (the usual most at once)."""
WARNING_STYLE = "background: #fff4e5; color: #5d3a00; border-left: 4px solid #ef6c00;"
QUIET_STYLE = "background: transparent; color: #666666; border-left: 4px solid transparent;"


class WarningsPanel(QScrollArea):
    """The band; `label` (named "warnings") holds one "⚠ …" line per warning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warnings_panel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = named(QLabel(), "warnings", self.tr("Clinical warnings"))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setContentsMargins(8, 4, 8, 4)
        self.setWidget(self.label)
        lines = self.label.fontMetrics().lineSpacing() * LINES_SHOWN
        self.setFixedHeight(lines + 8 + 2 * self.frameWidth())
        self.set_warnings([])

    def set_warnings(self, warnings: Sequence[str]) -> None:
        if warnings:
            self.label.setText("\n".join(f"⚠ {warning}" for warning in warnings))
            self.label.setStyleSheet(WARNING_STYLE)
        else:
            self.label.setText(self.tr("No clinical warnings for this session."))
            self.label.setStyleSheet(QUIET_STYLE)

    def has_warnings(self) -> bool:
        return self.label.text().startswith("⚠")
