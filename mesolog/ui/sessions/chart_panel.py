"""The session's chart beside its treatment lines: a diagram (the one the selected line's
area is drawn on, or one picked), its zones coloured by the technique of the lines that
mark them, the selected line's zones outlined, the injection points numbered across the
session; the tools for points (their mode, product and amount), a line of messages
saying what a click did or why it was refused, and the legend.

What a click, a drag or a key does is decided in `chart_actions` (which connects them);
this module holds the widgets, which line and point are selected, and what the canvas
shows. A read-only panel (a locked session's) shows the chart to read: diagrams picked,
zones and points clicked to see their line, nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.diagrams import hits
from mesolog.diagrams.loading import drawing
from mesolog.domain import limits
from mesolog.domain.charts import AMOUNT_PLACES, FACE_AREAS, ChartPoint
from mesolog.domain.diagram_ids import Diagram
from mesolog.domain.enums import Area, Solution
from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.common.labels import area_label, solution_label
from mesolog.ui.history.zone_words import diagram_label
from mesolog.ui.sessions.chart_canvas import ChartCanvas
from mesolog.ui.sessions.chart_colours import legend_html, shade_key, zone_fills
from mesolog.ui.sessions.session_widgets import ComboBox, number_field, room_for
from mesolog.ui.sessions.treatment_line_editor import TreatmentLineEditor

PANEL_WIDTH = 340
QWIDGETSIZE_MAX = (1 << 24) - 1
POINTS_KEYS = QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_P)


def diagrams_of(area: Area) -> list[Diagram]:
    """The diagrams that draw `area` (the face's for a full-face line), in their order."""
    areas = FACE_AREAS if area == Area.FULL_FACE else {area}
    found = [zone.diagram for a in areas for zone in hits.zones_for(a)]
    return [diagram for diagram in Diagram if diagram in found]


class ChartPanel(QWidget):
    """The chart of the lines `lines()` gives; `add_line(area)` adds one for a zone no
    line covers (the technique as the editor adds lines). `chart_actions.chart_panel`
    makes one with its actions connected."""

    area_changed = Signal(object, object)
    """A line's area field changed: the line, and each line's area before."""

    def __init__(
        self,
        lines: Callable[[], list[TreatmentLineEditor]],
        add_line: Callable[[Area], TreatmentLineEditor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chart_panel")
        self.lines = lines
        self.add_line = add_line
        self.line: TreatmentLineEditor | None = None
        """The selected line: the one the chart marks zones on and drops points for."""
        self.point: int | None = None
        """The selected point, by its place in the selected line's points."""
        self.editing = False
        """Whether the tools show the selected point's own product and amount (it was
        picked), so that changing them changes it; after a drop they are the next point's."""
        self.diagram = Diagram.FACE_FRONT
        self.markers: list[tuple[TreatmentLineEditor, int]] = []
        """What each marker the canvas shows is: a line and the point's place in it."""
        self._areas: dict[TreatmentLineEditor, Area] = {}
        self.read_only = False
        """A locked session's chart: read, never changed."""

        self.line_label = named(QLabel(), "chart_line", self.tr("Line the chart shows"))
        self.diagram_picker = named(ComboBox(), "chart_diagram", self.tr("Diagram"))
        self.canvas = ChartCanvas()
        self.points_button = named(QToolButton(), "points_mode", self.tr("Injection points mode"))
        self.points_button.setText(self.tr("Points"))
        self.points_button.setCheckable(True)
        self.points_button.setShortcut(POINTS_KEYS)
        self.points_button.setToolTip(
            self.tr(
                "Injection points (%1, or P on the chart): a click in a marked zone drops "
                "a point of the product and amount beside"
            ).replace("%1", POINTS_KEYS.toString(QKeySequence.SequenceFormat.NativeText))
        )
        self.product_choice = named(ComboBox(), "point_product", self.tr("Product of the point"))
        self.amount = named(
            number_field(limits.POINT_AMOUNT_ML, "ml", places=AMOUNT_PLACES),
            "point_amount",
            self.tr("Amount of the point in millilitres"),
        )
        self.amount.setPlaceholderText(self.tr("amount"))
        room_for(self.amount)
        self.errors = FieldErrors(self)
        self.errors.follow(self.amount)
        self.message = named(QLabel(), "chart_message", self.tr("Chart message"))
        self.message.setWordWrap(True)
        self.message.setText(self._hint())
        self.legend = named(QLabel(legend_html()), "chart_legend", self.tr("Legend"))
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self._lay_out()

        for diagram in Diagram:
            self.diagram_picker.addItem(diagram_label(diagram), diagram.value)
        self.diagram_picker.activated.connect(self._diagram_picked)
        self.points_button.toggled.connect(self.canvas.set_points_mode)
        self.canvas.set_points_mode(False)
        self._editing_tip = self.canvas.toolTip()
        self.canvas.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _lay_out(self) -> None:
        self.setMinimumWidth(220)
        self.setMaximumWidth(PANEL_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        for label in (self.line_label, self.message):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # "Chart of line 1 · Full face" runs longer than the panel in Greek: it wraps
        self.line_label.setWordWrap(True)
        tools = QGridLayout()
        tools.setHorizontalSpacing(4)
        tools.setVerticalSpacing(2)
        # the amount under the product, not beside it: the three do not fit a narrow panel
        tools.addWidget(self.points_button, 0, 0)
        tools.addWidget(self.product_choice, 0, 1)
        tools.addWidget(self.amount, 1, 1, Qt.AlignmentFlag.AlignLeft)
        tools.addWidget(self.errors.label_for("point_amount"), 2, 0, 1, 2)
        tools.setColumnStretch(1, 1)
        self.product_choice.setSizeAdjustPolicy(
            ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.product_choice.setMinimumContentsLength(6)
        bold = QFont(self.line_label.font())
        bold.setBold(True)
        self.line_label.setFont(bold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line_label)
        layout.addWidget(self.diagram_picker)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(self.legend)

    def set_under(self, under: bool) -> None:
        """Under the lines (a narrow screen) the chart has no column's height to fill: its
        diagram is as tall, for the panel's width beside them, as the canvas asks; the panel
        is as wide as the lines, so its wrapped messages take the lines the width needs."""
        hint = self.canvas.sizeHint()
        self.canvas.setMinimumHeight(PANEL_WIDTH * hint.height() // hint.width() if under else 0)
        self.setMaximumWidth(QWIDGETSIZE_MAX if under else PANEL_WIDTH)

    def _hint(self) -> str:
        if self.read_only:
            return self.tr(
                "This chart is read-only: click a zone to see the line that marks it, "
                "a point to see its product and amount."
            )
        return self.tr("Click a zone to mark it; Points (%1) places injection points.").replace(
            "%1", POINTS_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
        )

    def set_read_only(self, on: bool) -> None:
        """Read-only: the diagrams and the selection still follow clicks and keys, but
        points mode, the product, the amount and the point's menu are off."""
        self.read_only = on
        if on:
            self.points_button.setChecked(False)
        self.points_button.setEnabled(not on)
        self.amount.setEnabled(not on)
        self.canvas.setContextMenuPolicy(
            Qt.ContextMenuPolicy.NoContextMenu if on else Qt.ContextMenuPolicy.DefaultContextMenu
        )
        self.canvas.setToolTip(
            self.tr(
                "Click a zone to see the line that marks it, a point to see its product "
                "and amount.\nPage Down, Page Up: pick a point."
            )
            if on
            else self._editing_tip
        )
        self.say(self._hint())
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A read-only canvas drags no point, not even while the button is held."""
        moving = event.type() == QEvent.Type.MouseMove
        return self.read_only and watched is self.canvas and moving

    def focus_widgets(self) -> list[QWidget]:
        return [
            self.diagram_picker,
            self.canvas,
            self.points_button,
            self.product_choice,
            self.amount,
        ]

    # the lines

    def watch_line(self, editor: TreatmentLineEditor) -> None:
        """A line was added: follow its area, and show it if it is the first."""
        self._areas[editor] = Area(editor.area.value())
        editor.area.currentIndexChanged.connect(lambda *_: self._area_changed(editor))
        if self.line is None:
            self.select_line(editor)

    def forget_line(self, editor: TreatmentLineEditor) -> None:
        self._areas.pop(editor, None)
        if self.line is editor:
            self.line, self.point = None, None
            remaining = [line for line in self.lines() if line is not editor]
            if remaining:
                self.select_line(remaining[0])
        self.refresh()

    def reset(self) -> None:
        """The lines were replaced (prefill, a draft loaded): show the first."""
        self._areas = {line: Area(line.area.value()) for line in self.lines()}
        self.line, self.point = None, None
        if self.lines():
            self.select_line(self.lines()[0])
        else:
            self.refresh()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Working in a line's fields shows that line's chart."""
        widget = new
        while widget is not None and not isinstance(widget, TreatmentLineEditor):
            widget = widget.parentWidget()
        if widget is not None and widget is not self.line and widget in self.lines():
            self.select_line(widget)

    def select_line(self, editor: TreatmentLineEditor, *, move: bool = True) -> None:
        """Shows `editor`'s chart: its area's diagram (unless `move` is False or the
        diagram shown draws the area), its zones outlined, its products to choose from."""
        if editor is not self.line:
            self.point, self.editing = None, False
        self.line = editor
        for line in self.lines():
            line.set_selected(line is editor)
        shown = diagrams_of(Area(editor.area.value()))
        if move and shown and self.diagram not in shown:
            self.diagram = shown[0]
        self._order_diagrams(shown)
        self.refresh()

    def _order_diagrams(self, first: list[Diagram]) -> None:
        blocker = QSignalBlocker(self.diagram_picker)
        self.diagram_picker.clear()
        for diagram in [*first, *(d for d in Diagram if d not in first)]:
            self.diagram_picker.addItem(diagram_label(diagram), diagram.value)
        self.diagram_picker.set_value(self.diagram.value)
        del blocker

    def _diagram_picked(self, _index: int) -> None:
        self.diagram = Diagram(self.diagram_picker.value())
        self.point = None
        self.refresh()

    def _area_changed(self, editor: TreatmentLineEditor) -> None:
        self.area_changed.emit(editor, self._areas)

    # the selected point

    def selected_point(self) -> ChartPoint | None:
        if self.line is None or self.point is None or self.point >= len(self.line.chart.points):
            return None
        return self.line.chart.points[self.point]

    def select_point(
        self, editor: TreatmentLineEditor, index: int | None, *, edit: bool = True
    ) -> None:
        """Selects a point (Delete and the arrows act on it); with `edit`, the tools show
        its product and amount, and changing them changes it."""
        if editor is not self.line:
            self.select_line(editor, move=False)
        self.point = index
        point = self.selected_point()
        self.editing = edit and point is not None
        if point is not None and edit:
            self.product_choice.setCurrentIndex(point.product)
            self.amount.set_value(point.amount_ml)
            self.errors.say("point_amount", "")
        self.refresh()

    def number_of(self, editor: TreatmentLineEditor, index: int) -> int:
        """The point's number in the session: its lines' points counted one after the other."""
        before = 0
        for line in self.lines():
            if line is editor:
                return before + index + 1
            before += len(line.chart.points)
        return before + index + 1

    # what the canvas shows

    def refresh(self) -> None:
        self._refresh_products()
        line = self.line
        if line is None:
            self.line_label.setText(self.tr("No line"))
        else:
            self.line_label.setText(
                self.tr("Chart of line %1 · %2")
                .replace("%1", str(line.number()))
                .replace("%2", area_label(Area(line.area.value())))
            )
        marked = []
        self.markers = []
        markers = []
        number = 0
        for editor in self.lines():
            depth = editor.depth_field().value()
            on_diagram = [z for z in editor.chart.zones if z.diagram == self.diagram]
            marked.append((shade_key(editor.kind.value(), depth), on_diagram))
            for index, point in enumerate(editor.chart.points):
                number += 1
                if point.zone.diagram == self.diagram:
                    self.markers.append((editor, index))
                    markers.append((point.x, point.y, str(number)))
        selected = None
        if self.line is not None and self.point is not None:
            pair = (self.line, self.point)
            selected = self.markers.index(pair) if pair in self.markers else None
        outlined = (
            [] if line is None else [z for z in line.chart.zones if z.diagram == self.diagram]
        )
        self.diagram_picker.set_value(self.diagram.value)
        self.canvas.show_scene(
            drawing(self.diagram), zone_fills(marked), outlined, markers, selected
        )

    def _refresh_products(self) -> None:
        names = []
        if self.line is not None:
            for number, row in enumerate(self.line.products, start=1):
                product = row.product_name.text().strip()
                name = product or solution_label(Solution(row.solution.value()))
                names.append(f"{number}. {name}")
        shown = [self.product_choice.itemText(i) for i in range(self.product_choice.count())]
        if names != shown:
            current = max(self.product_choice.currentIndex(), 0)
            blocker = QSignalBlocker(self.product_choice)
            self.product_choice.clear()
            for index, name in enumerate(names):
                self.product_choice.addItem(name, str(index))
            self.product_choice.setCurrentIndex(min(current, len(names) - 1))
            del blocker
        self.product_choice.setEnabled(bool(names) and not self.read_only)

    # messages

    def say(self, text: str) -> None:
        """What a click did or why it was refused, under the chart."""
        self.message.setText(text)

    def show_typed(self) -> bool:
        """Shows the amount's problem if what is typed there is not an amount allowed."""
        return self.errors.show_typed() if self.amount.text().strip() else False
