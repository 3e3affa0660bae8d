"""Records ▸ Reactions…: how often a reaction followed the signed, current sessions of a
range of days, per product, lot, solution, technique, depth band, area or clinician, with
its 95% interval (services.reaction_rates); a chart of the ranked rows; Export CSV.

For clinicians and administrators: the dialog itself refuses anyone else, whatever the
menu that opened it allowed.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError
from mesolog.domain.reaction_rates import MIN_SESSIONS
from mesolog.services.clinic import Clinic
from mesolog.services.reaction_rates import ReactionRates
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.forms import error_label, named
from mesolog.ui.common.jobs import Job, run_job
from mesolog.ui.common.labels import reaction_label, reaction_text
from mesolog.ui.common.screen_fit import resize_within_screen
from mesolog.ui.common.translation import shown
from mesolog.ui.common.wait_cursor import busy
from mesolog.ui.common.wrapped_header import WrappedHeader
from mesolog.ui.reactions._rates_chart import RatesChart
from mesolog.ui.reactions._rates_model import RatesModel
from mesolog.ui.reactions._reaction_filters import ReactionFilterBar
from mesolog.ui.reactions.group_words import count_text, grouped_by, percent_text

DEFAULT_SIZE = (1280, 700)


def may_read_rates(clinic: Clinic) -> bool:
    """Whether the window may offer the rates (as the service decides it); not when the
    database cannot say."""
    try:
        return clinic.reaction_rates.may_read()
    except KnownError:
        return False


class ReactionsDialog(QDialog):
    """The filters, a note on what is shown, the table beside its chart, Export CSV."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reactions_dialog")
        self.setWindowTitle(self.tr("Reaction rates"))
        self._clinic = clinic
        self._loading: Job | None = None
        self.rates: ReactionRates | None = None
        self.refused = not may_read_rates(clinic)
        if self.refused:
            self._build_refusal()
            return
        self._build()
        resize_within_screen(self, *DEFAULT_SIZE)
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        self.filter_bar.arrange(self.width() - margins.left() - margins.right())

    # building

    def _build_refusal(self) -> None:
        message = QLabel(
            self.tr(
                "Only clinicians and administrators may read the reaction rates: they compare "
                "the products the clinic uses and the outcomes of its clinicians."
            ),
            self,
        )
        message.setObjectName("refusal")
        message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(buttons)
        self.resize(440, 140)

    def _build(self) -> None:
        self.filter_bar = ReactionFilterBar(self._clinic.context.today(), self)
        self.filter_bar.show_button.clicked.connect(self.show_rates)
        self.error = error_label("rates_error", self)
        self.note = named(QLabel(self), "rates_note", self.tr("What the table shows"))
        self.note.setWordWrap(True)
        self.note.setText(self.tr("Choose the days and what to group by, then Show Rates."))
        self.model = RatesModel(self)
        self.table = named(QTableView(self), "rates", self.tr("Reaction rates"))
        self.table.setHorizontalHeader(WrappedHeader(self.table))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = RatesChart(self)
        self.chart_area = QScrollArea(self)
        self.chart_area.setObjectName("chart_area")
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setWidget(self.chart)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.table)
        self.split.addWidget(self.chart_area)
        self.split.setStretchFactor(0, 0)  # the table keeps the width its columns need
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([DEFAULT_SIZE[0] * 3 // 5, DEFAULT_SIZE[0] * 2 // 5])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(self.split, 1)
        self.written = named(QLabel(self), "written", self.tr("Where the file was written"))
        self.written.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.written.hide()
        layout.addWidget(self.written)
        layout.addWidget(self._build_buttons())

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.export_button = named(
            QPushButton(self.tr("&Export CSV…"), self), "export_csv", self.tr("Export CSV")
        )
        self.export_button.setAutoDefault(False)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_csv)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        return buttons

    # the rates

    def show_rates(self) -> Job | None:
        """Reads the rates the filters ask for off the GUI thread (a year of a large
        clinic takes a few seconds); a problem with the days is shown under them."""
        if self.refused or self._loading is not None:
            return None
        self.error.hide()
        query = self.filter_bar.query()
        if query is None:
            return None
        self.filter_bar.show_button.setEnabled(False)
        rates = self._clinic.reaction_rates
        job = run_job(
            self,
            self.tr("Reaction rates"),
            lambda _progress: rates.rates(
                query.first_day, query.last_day, by=query.by, reaction=query.reaction
            ),
            on_done=self._shown,
            on_error=self._failed,
            label=self.tr("Counting the reactions of the signed sessions…"),
        )
        if shiboken6.isValid(job.dialog):
            job.dialog.setCancelButton(None)  # one query: nothing to stop half-way
        self._loading = job
        return job

    def _shown(self, rates: ReactionRates) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = None
        self.filter_bar.show_button.setEnabled(True)
        self.rates = rates
        self.model.set_table(rates.table)
        self.chart.set_table(rates.table)
        self.table.resizeColumnsToContents()
        self._fit_table()
        self.export_button.setEnabled(bool(rates.table.rows))
        self.note.setText(self._note(rates))

    def _fit_table(self) -> None:
        """The table as wide as its columns (each read whole), the chart beside it the rest,
        its labels whole; the chart under the table when the dialog is too narrow for both."""
        columns = sum(
            max(self.table.sizeHintForColumn(c), self.table.horizontalHeader().sectionSizeHint(c))
            for c in range(self.model.columnCount())
        )
        scroll_bar = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        needed = columns + scroll_bar + 2 * self.table.frameWidth()
        room = self.split.width() - self.split.handleWidth()
        chart = self.chart.minimumSizeHint().width() + scroll_bar + 2 * self.chart_area.frameWidth()
        if needed + chart <= room:
            self.split.setOrientation(Qt.Orientation.Horizontal)
            self.split.setSizes([needed, room - needed])
            return
        self.split.setOrientation(Qt.Orientation.Vertical)
        height = self.split.height() - self.split.handleWidth()
        self.split.setSizes([height - height * 2 // 5, height * 2 // 5])

    def _failed(self, error: KnownError) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = None
        self.filter_bar.show_button.setEnabled(True)
        self.error.setText(shown(error.text))
        self.error.show()

    def _note(self, rates: ReactionRates) -> str:
        table = rates.table
        kind, severity = table.reaction.kind, table.reaction.severity
        if kind is None:
            reaction = self.tr("Any reaction")
        else:
            reaction = reaction_label(kind) if severity is None else reaction_text(kind, severity)
        days = f"{shown_date(rates.first_day)} – {shown_date(rates.last_day)}"
        overall = table.overall
        if not overall.sessions:
            return (
                self.tr("%1 by %2, %3: no signed sessions on these days.")
                .replace("%1", reaction)
                .replace("%2", grouped_by(table.dimension))
                .replace("%3", days)
            )
        return (
            self.tr(
                "%1 by %2, %3: %Ln signed sessions, %5 with the reaction (%6). Rows are ranked "
                "by the low end of their 95% interval; rows with fewer than %7 sessions are "
                "listed last, not ranked.",
                "",
                overall.sessions,
            )
            .replace("%1", reaction)
            .replace("%2", grouped_by(table.dimension))
            .replace("%3", days)
            .replace("%5", count_text(overall.with_reaction))
            .replace("%6", percent_text(overall.proportion))
            .replace("%7", count_text(MIN_SESSIONS))
        )

    def shown_rows(self) -> list[list[str]]:
        """The table's text, row by row (what a person reads)."""
        return [
            [
                str(self.model.data(self.model.index(row, column)))
                for column in range(self.model.columnCount())
            ]
            for row in range(self.model.rowCount())
        ]

    def shown_titles(self) -> list[str]:
        return [
            str(self.model.headerData(column, Qt.Orientation.Horizontal))
            for column in range(self.model.columnCount())
        ]

    # the file

    def export_csv(self) -> Path | None:
        """Asks where, writes the rates shown as CSV (0600) and says where it went."""
        rates = self.rates
        if rates is None:
            return None
        table = rates.table
        name = (
            f"reaction-rates-{table.dimension}-{table.reaction}-"
            f"{rates.first_day.isoformat()}-{rates.last_day.isoformat()}.csv"
        ).replace(":", "-")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export reaction rates"), str(Path.home() / name), self.tr("CSV (*.csv)")
        )
        if not chosen:
            return None
        path = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".csv")
        try:
            with busy():
                self._clinic.reaction_rates.write_csv(rates, path)
        except KnownError as error:
            self.error.setText(shown(error.text))
            self.error.show()
            return None
        self.error.hide()
        self.written.setText(
            self.tr("%Ln rows written to %1", "", len(table.rows)).replace("%1", str(path))
        )
        self.written.show()
        return path
