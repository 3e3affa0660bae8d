"""Settings ▸ Products: the clinic's product catalogue, and the lots of the product selected.

Clinicians and administrators add, edit, retire and reinstate products and add and correct
lots; an assistant reads the catalogue, its buttons disabled saying why. Every change goes
through the services (refusals shown beside the field they name, nothing written) and
tells the window's other views (the ChangeBus), which the window follows too: a product
added from the session editor shows here at once.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError
from mesolog.domain.ids import ProductId
from mesolog.domain.products import Lot, Product
from mesolog.services.clinic import Clinic
from mesolog.ui.catalogue._catalogue_tables import (
    LotTableModel,
    ProductTableModel,
    matches,
)
from mesolog.ui.catalogue.catalogue_words import may_change_catalogue, read_only_reason
from mesolog.ui.catalogue.lot_dialog import LotDialog
from mesolog.ui.catalogue.product_dialog import ProductDialog
from mesolog.ui.common.forms import ERROR_STYLE, action_button, named
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.common.screen_fit import resize_within_screen, screen_room
from mesolog.ui.common.translation import shown
from mesolog.ui.common.wrapped_header import WrappedHeader

TABLE_ROWS = (9, 5)
"""Rows the products and the lots tables show before they scroll."""
GAP = 12
"""About a layout's margin or spacing, in pixels."""


def _table(parent: QWidget, name: str, accessible: str) -> QTableView:
    view = named(QTableView(parent), name, accessible)
    view.setHorizontalHeader(WrappedHeader(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class ProductsWindow(QDialog):
    """The catalogue of `clinic`; changes are announced on `bus`."""

    def __init__(self, clinic: Clinic, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("products_window")
        self.setWindowTitle(self.tr("Products"))
        self._clinic = clinic
        self._bus = bus
        self._products: list[Product] = []
        self._lot_counts: Counter[ProductId] = Counter()
        self.may_change = may_change_catalogue(clinic)
        self._build()
        bus.changed.connect(self._records_changed)
        self.refresh()
        self._fit()

    # building

    def _build(self) -> None:
        self.read_only_note = named(
            QLabel(read_only_reason(), self), "read_only_note", self.tr("Read only")
        )
        self.search = named(QLineEdit(self), "search", self.tr("Find a product"))
        self.search.setPlaceholderText(self.tr("Name, manufacturer or GTIN"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._show_products())
        find = QLabel(self.tr("&Find:"), self)
        find.setBuddy(self.search)
        self.show_retired = named(
            QCheckBox(self.tr("S&how retired"), self), "show_retired", self.tr("Show retired")
        )
        self.show_retired.toggled.connect(lambda _on: self._show_products())
        top = QHBoxLayout()
        top.addWidget(find)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_retired)

        self.product_model = ProductTableModel(self)
        self.products_view = _table(self, "products", self.tr("Products"))
        self.products_view.setModel(self.product_model)
        self.products_view.selectionModel().selectionChanged.connect(self._product_selected)
        self.products_view.doubleClicked.connect(lambda _index: self.edit_product())
        self.add_button = action_button(self, self.tr("&Add…"), "add_product", self.add_product)
        self.edit_button = action_button(self, self.tr("&Edit…"), "edit_product", self.edit_product)
        self.retire_button = action_button(self, self.tr("&Retire"), "retire", self.retire)
        self.reinstate_button = action_button(
            self, self.tr("Re&instate"), "reinstate", self.reinstate
        )
        product_buttons = (
            self.add_button,
            self.edit_button,
            self.retire_button,
            self.reinstate_button,
        )

        self.lots_title = named(QLabel(self), "lots_title", self.tr("Lots"))
        self.lots_title.setTextFormat(Qt.TextFormat.PlainText)
        self.lots_title.setStyleSheet("font-weight: bold;")
        self.lot_model = LotTableModel(self._clinic.context.today(), self)
        self.lots_view = _table(self, "lots", self.tr("Lots"))
        self.lots_view.setModel(self.lot_model)
        self.lots_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.lots_view.doubleClicked.connect(lambda _index: self.edit_lot())
        self.add_lot_button = action_button(self, self.tr("Add &Lot…"), "add_lot", self.add_lot)
        self.edit_lot_button = action_button(self, self.tr("Edit L&ot…"), "edit_lot", self.edit_lot)

        self.message = named(QLabel(self), "message", self.tr("What happened"))
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("buttons")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addLayout(top)
        layout.addLayout(self._beside(self.products_view, product_buttons), 3)
        layout.addWidget(self.lots_title)
        layout.addLayout(
            self._beside(self.lots_view, (self.add_lot_button, self.edit_lot_button)), 2
        )
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.read_only_note.setVisible(not self.may_change)

    def _beside(self, table: QTableView, buttons: tuple[QPushButton, ...]) -> QHBoxLayout:
        side = QVBoxLayout()
        for button in buttons:
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(table, 1)
        row.addLayout(side)
        return row

    def _fit(self) -> None:
        """Tall enough for a few rows of each table, wide enough for every column of the
        products: no larger than the screen."""
        for view, rows in zip((self.products_view, self.lots_view), TABLE_ROWS, strict=True):
            height = view.horizontalHeader().sizeHint().height()
            height += rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth()
            view.setMinimumHeight(height)
        self._fit_width()
        hint = self.sizeHint()
        resize_within_screen(self, hint.width(), hint.height())

    def _fit_width(self) -> None:
        """The products' columns whole (the window widens for a longer name shown), up to
        the screen's width; beyond it, the table scrolls sideways."""
        view = self.products_view
        header = view.horizontalHeader()
        width = sum(
            max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) for c in range(header.count())
        )
        width += view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth()
        buttons = (self.add_button, self.edit_button, self.retire_button, self.reinstate_button)
        side = max(button.sizeHint().width() for button in buttons)
        room = screen_room(self).width() - side - 4 * GAP
        view.setMinimumWidth(max(view.minimumWidth(), min(width, room)))

    # reading

    def _records_changed(self) -> None:
        """Read again while open; a closed window reads when it opens again."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reads the catalogue again, keeping the product and lot selected."""
        self.may_change = may_change_catalogue(self._clinic)
        self.read_only_note.setVisible(not self.may_change)
        try:
            self._products = self._clinic.products.all(retired=True)
            self._lot_counts = Counter(lot.details.product_id for lot in self._clinic.lots.all())
        except KnownError as error:
            self._say(shown(error.text), error=True)
            return
        self._show_products()

    def _show_products(self, select: ProductId | None = None) -> None:
        keep = select or self._selected_id()
        typed = self.search.text()
        retired = self.show_retired.isChecked()
        shown = [p for p in self._products if (retired or p.active) and matches(p, typed)]
        self.product_model.show(shown, self._lot_counts)
        self._fit_width()
        row = self.product_model.row_of(keep) if keep is not None else None
        if row is None and shown:
            row = 0
        if row is not None:
            self.products_view.selectRow(row)
        self._product_selected()

    def _selected_id(self) -> ProductId | None:
        product = self.selected_product()
        return product.id if product is not None else None

    def selected_product(self) -> Product | None:
        rows = self.products_view.selectionModel().selectedRows()
        return self.product_model.product_at(rows[0].row()) if rows else None

    def selected_lot(self) -> Lot | None:
        rows = self.lots_view.selectionModel().selectedRows()
        return self.lot_model.lot_at(rows[0].row()) if rows else None

    def _product_selected(self) -> None:
        product = self.selected_product()
        kept = self.selected_lot()
        lots: list[Lot] = []
        if product is not None:
            try:
                lots = self._clinic.lots.of_product(product.id)
            except KnownError as error:
                self._say(shown(error.text), error=True)
        self.lot_model.today = self._clinic.context.today()
        self.lot_model.show(lots)
        if product is None:
            self.lots_title.setText(self.tr("Lots"))
        else:
            self.lots_title.setText(self.tr("Lots of %1").replace("%1", product.details.name))
        row = next((i for i, lot in enumerate(lots) if kept and lot.id == kept.id), None)
        if row is not None:
            self.lots_view.selectRow(row)
        self._enable()

    def _enable(self) -> None:
        product = self.selected_product()
        lot = self.selected_lot()
        may = self.may_change
        active = product is not None and product.active
        self.add_button.setEnabled(may)
        self.edit_button.setEnabled(may and product is not None)
        self.retire_button.setEnabled(may and active)
        self.reinstate_button.setEnabled(may and product is not None and not active)
        self.add_lot_button.setEnabled(may and active)
        self.edit_lot_button.setEnabled(may and lot is not None)
        for button in (
            self.add_button,
            self.edit_button,
            self.retire_button,
            self.reinstate_button,
            self.edit_lot_button,
        ):
            button.setToolTip("" if may else read_only_reason())
        if not may:
            self.add_lot_button.setToolTip(read_only_reason())
        elif product is not None and not product.active:
            self.add_lot_button.setToolTip(
                self.tr("%1 is retired: reinstate it to add a lot").replace(
                    "%1", product.details.name
                )
            )
        else:
            self.add_lot_button.setToolTip("")

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # changes

    def add_product(self) -> Product | None:
        if not self.may_change:
            return None
        dialog = ProductDialog(self._clinic, self._bus, self)
        if not dialog.exec() or dialog.saved_product is None:
            return None
        product = dialog.saved_product
        self.search.clear()
        self._show_products(select=product.id)
        self._say(self.tr("Added %1.").replace("%1", product.details.name))
        return product

    def edit_product(self) -> None:
        product = self.selected_product()
        if not self.may_change or product is None:
            return
        dialog = ProductDialog(self._clinic, self._bus, self, product=product)
        dialog.exec()
        if dialog.saved_product is not None:
            self._say(self.tr("Saved %1.").replace("%1", dialog.saved_product.details.name))

    def retire(self) -> None:
        product = self.selected_product()
        if not self.may_change or product is None:
            return
        done = run_change(
            self,
            self._bus,
            lambda: self._clinic.products.retire(product.id),
            title=self.tr("Retire product"),
        )
        if done is not None:
            self.show_retired.setChecked(True)
            self._show_products(select=product.id)
            self._say(
                self.tr(
                    "%1 is retired: the session editor no longer offers it; the sessions "
                    "that used it keep it."
                ).replace("%1", product.details.name)
            )

    def reinstate(self) -> None:
        product = self.selected_product()
        if not self.may_change or product is None:
            return
        done = run_change(
            self,
            self._bus,
            lambda: self._clinic.products.reinstate(product.id),
            title=self.tr("Reinstate product"),
        )
        if done is not None:
            self._say(
                self.tr("%1 is in use again: the session editor offers it.").replace(
                    "%1", product.details.name
                )
            )

    def add_lot(self) -> None:
        product = self.selected_product()
        if not self.may_change or product is None or not product.active:
            return
        dialog = LotDialog(self._clinic, self._bus, product, self)
        if dialog.exec() and dialog.saved_lot is not None:
            self._select_lot(dialog.saved_lot)
            self._say(
                self.tr("Added lot %1 of %2.")
                .replace("%1", dialog.saved_lot.details.lot_number)
                .replace("%2", product.details.name)
            )

    def edit_lot(self) -> None:
        product = self.selected_product()
        lot = self.selected_lot()
        if not self.may_change or product is None or lot is None:
            return
        dialog = LotDialog(self._clinic, self._bus, product, self, lot=lot)
        dialog.exec()
        if dialog.saved_lot is not None:
            self._select_lot(dialog.saved_lot)
            self._say(self.tr("Saved lot %1.").replace("%1", dialog.saved_lot.details.lot_number))

    def _select_lot(self, lot: Lot) -> None:
        for row in range(self.lot_model.rowCount()):
            if self.lot_model.lot_at(row).id == lot.id:
                self.lots_view.selectRow(row)
                return
