"""Where a scanned vial goes among the session's treatment lines, and the product row it
fills.

The vial goes to the line holding the keyboard focus; else to the line the chart shows (its
number marked, the one last worked in); else to the last line. Within that line it fills
the product row that has the focus when that row is still empty, else a row added at the
end, as "Add product" adds one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QWidget

from mesolog.domain.products import Product
from mesolog.ui.common.forms import show_beginnings
from mesolog.ui.sessions.product_catalogue import ProductCatalogue
from mesolog.ui.sessions.product_link import CatalogueLink
from mesolog.ui.sessions.treatment_line_editor import TreatmentLineEditor
from mesolog.ui.sessions.treatment_products import ProductRow


def _holds_focus(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def target_line(
    lines: Sequence[TreatmentLineEditor], shown: TreatmentLineEditor | None
) -> TreatmentLineEditor | None:
    """The line a vial scanned now goes to (`shown`: the line the chart shows)."""
    for line in lines:
        if _holds_focus(line):
            return line
    if shown is not None and shown in lines:
        return shown
    return lines[-1] if lines else None


def row_for(line: TreatmentLineEditor, catalogue: ProductCatalogue) -> ProductRow:
    """The empty product row with the focus, else a new row, linked to the catalogue."""
    line.use_catalogue(catalogue)
    for row in line.products:
        empty = not (row.product_name.text().strip() or row.lot_number.text().strip())
        if empty and _holds_focus(row):
            return row
    return line.add_product()


def fill_row(
    row: ProductRow, product: Product, lot: str | None, expiry: dt.date | None
) -> CatalogueLink | None:
    """The product as choosing it in the name's list fills it (solution, concentration,
    usual volume), then the lot and expiry as the vial's code has them; the row's link to
    the catalogue, which now knows the product."""
    row.product_name.setText(product.details.name)
    link = row.findChild(CatalogueLink)
    if link is not None:
        link.choose_product(product)
    row.lot_number.setText(lot or "")
    row.expiry_date.set_value(expiry)
    row.expiry_date.check()
    if link is not None:
        link.refresh_offer()
    show_beginnings(row)
    return link
