"""A vial's barcode scanned anywhere in the session editor adds its product use.

`ScannerInput` tells the scanner's burst of keys from a person's (the field being typed in
keeps what the person typed); the code is read with this workstation's separator
(Settings ▸ Clinic… ▸ Barcode scanner) and its GTIN looked up in the catalogue:

- a product in use: a product row on the line the vial goes to (`vial_scan_rows`), filled
  as choosing the product fills it (solution, concentration, usual volume of a product
  counted in ml) with the lot and expiry of the code. A lot the catalogue lacks is added to
  it in place with the code's expiry when whoever is logged in manages the catalogue, as
  the row's "Add to catalogue" adds it; an assistant's row is filled all the same. When the
  code has no expiry, the catalogue's for that lot is used. The code's expiry wins over the
  catalogue's (it is printed on the vial in hand), and a difference is said.
- a lot expired before the session's day: refused with both dates, nothing added.
- a retired product: said, nothing added (reinstating it is a catalogue decision, not one
  made at the chair).
- a GTIN the catalogue lacks: "New product" opens with the GTIN filled for whoever manages
  the catalogue, and the vial is added once it is saved; an assistant is told to ask a
  clinician.
- a code with a GTIN only (EAN-13): the product is added and the focus goes to its lot.
- a vial scanned already: a code with a serial (AI 21) names one physical vial. Scanned
  again, whichever way the scanner sends it, into the line it goes to (above) while a
  product row there holds it, it adds nothing and says that row; into another line, it is
  added there as any vial is (one vial shared between the face and the neck is ordinary
  practice), saying the other areas and product rows it is used on. A row holds the vial
  while it has the product and lot the scan gave it (a row or area removed, or its product
  or lot retyped, no longer records the vial). Another serial is another vial; a code
  without one adds a row each time.

The vials scanned are remembered while the editor is open (a draft saved and reopened
starts afresh): a product use records no serial, so a stored draft cannot say which of its
rows came from which vial, and a memory kept in this process beyond the editor would guard
only until mesolog restarts and only on this workstation, a guard that holds sometimes.
Keeping the serial with the product use would let it last.

What happened is said on a line above the form (`vial_scan_words.ScanNotice`), never in a
message box, so the scanning hand need not reach for the mouse. A signed session says it
is locked and stays as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QBoxLayout, QDialog, QWidget
from shiboken6 import isValid

from mesolog.domain.enums import Solution
from mesolog.domain.errors import KnownError
from mesolog.domain.products import Product, ProductInput
from mesolog.scanning.scan_refusals import ScanError
from mesolog.scanning.vial_scans import VialScan, parse_scan
from mesolog.services.clinic import Clinic
from mesolog.ui.catalogue.product_dialog import ProductDialog
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.scanner_input import ScannerInput
from mesolog.ui.common.translation import shown
from mesolog.ui.sessions import vial_scan_words as words
from mesolog.ui.sessions._editor_frame import EditorFrame
from mesolog.ui.sessions.product_catalogue import ProductCatalogue
from mesolog.ui.sessions.treatment_line_editor import TreatmentLineEditor
from mesolog.ui.sessions.treatment_products import ProductRow
from mesolog.ui.sessions.vial_scan_rows import fill_row, row_for, target_line
from mesolog.ui.settings.scanner_settings import scanner_separator


@dataclass(frozen=True)
class _Placed:
    """A row a vial with a serial filled, the product name it filled in and the code's
    lot (None when the code has none: the lot typed in the row then is the vial's)."""

    row: ProductRow
    name: str
    lot: str | None


@dataclass(frozen=True)
class _Place:
    """Where a row holding a vial is now: its line and its number there, from 1."""

    placed: _Placed
    line: TreatmentLineEditor
    number: int


class VialScans(QObject):
    """Listens for scans in `editor` for as long as it lives; says what each did."""

    def __init__(
        self,
        editor: QDialog,
        clinic: Clinic,
        bus: ChangeBus,
        frame: EditorFrame,
        catalogue: ProductCatalogue,
        *,
        locked: Callable[[], bool],
        may_amend: bool,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._clinic = clinic
        self._bus = bus
        self._frame = frame
        self._catalogue = catalogue
        self._locked = locked
        self._may_amend = may_amend
        self.notice = words.ScanNotice()
        self._placed: dict[tuple[str, str], list[_Placed]] = {}
        layout = editor.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(frame.notice) + 1, self.notice)
        self.scanner = ScannerInput(editor)
        self.scanner.scanned.connect(self.take)

    def take(self, text: str) -> None:
        """Reads what the scanner sent and adds the vial it names, or says why not."""
        if self._locked():
            self.notice.refused(words.locked(may_amend=self._may_amend))
            return
        try:
            scan = parse_scan(text, separator=scanner_separator())
        except ScanError as error:
            self.notice.refused(words.unread(error))
            return
        if self._in_line_already(scan):
            return
        try:
            product = self._clinic.products.with_gtin(scan.gtin)
            if product is None:
                self._unknown(scan)
            else:
                self.add(product, scan)
        except KnownError as error:
            self.notice.refused(shown(error.text))

    def add(self, product: Product, scan: VialScan) -> ProductRow | None:
        """Adds the vial of `product` that `scan` read; the row it filled, if any."""
        if not product.active:
            self.notice.refused(words.retired(product))
            return None
        line = self._line()
        if line is None:
            self.notice.refused(words.no_line())
            return None
        known = self._catalogue.lot(product, scan.lot) if scan.lot else None
        expiry = scan.expiry or (known.details.expiry_date if known is not None else None)
        day = self._session_day()
        if expiry is not None and expiry < day:
            self.notice.refused(words.expired(scan.lot, expiry, day))
            return None
        elsewhere = self._places(scan)
        row = row_for(line, self._catalogue)
        link = fill_row(row, product, scan.lot, expiry)
        said = [words.added(product, scan.lot, expiry, line.number(), line.area.currentText())]
        if known is not None and scan.expiry is not None:
            if known.details.expiry_date != scan.expiry:
                said.append(
                    words.other_expiry(scan.lot or "", known.details.expiry_date, scan.expiry)
                )
        elif scan.lot and expiry is not None and link is not None and self._catalogue.may_add:
            link.add_to_catalogue()
            if self._catalogue.lot(product, scan.lot) is not None:
                said.append(words.lot_added(scan.lot))
        if elsewhere:
            places = [(p.line.number(), p.line.area.currentText(), p.number) for p in elsewhere]
            said.append(words.also_used(places))
        self.notice.added(" ".join(said))
        if scan.sgtin is not None:
            placed = _Placed(row, row.product_name.text(), scan.lot)
            self._placed[scan.sgtin] = [*(p.placed for p in elsewhere), placed]
        self._next_field(row, scan, expiry)
        return row

    def _line(self) -> TreatmentLineEditor | None:
        form = self._frame.form
        return target_line(form.line_editors, form.treatments.chart.line)

    def _in_line_already(self, scan: VialScan) -> bool:
        """Whether the vial `scan` names is in a row of the line it would go to, which is
        then said."""
        line = self._line()
        for place in self._places(scan):
            if place.line is line:
                placed, area = place.placed, (line.number(), line.area.currentText())
                said = words.scanned_already(placed.name, placed.lot, place.number, *area)
                self.notice.refused(said)
                self._show(placed.row)
                return True
        return False

    def _places(self, scan: VialScan) -> list[_Place]:
        """The rows holding the vial `scan` names, in the order of the lines."""
        placed = self._placed.get(scan.sgtin, []) if scan.sgtin is not None else []
        return [
            _Place(vial, line, number)
            for line in self._frame.form.line_editors
            for number, row in enumerate(line.products, start=1)
            for vial in placed
            if row is vial.row and self._holds(vial)
        ]

    @staticmethod
    def _holds(placed: _Placed) -> bool:
        row = placed.row
        lot = row.lot_number.text()
        return row.product_name.text() == placed.name and placed.lot in (None, lot)

    def _next_field(self, row: ProductRow, scan: VialScan, expiry: dt.date | None) -> None:
        """The focus stays where it was, unless the code left the lot or expiry to type;
        the row is scrolled into sight once it is laid out."""
        missing: QWidget | None = None
        if not scan.lot:
            missing = row.lot_number
        elif expiry is None:
            missing = row.expiry_date
        if missing is not None:
            missing.setFocus()
        self._show(row)

    def _show(self, row: ProductRow) -> None:
        """`row` scrolled into sight once it is laid out."""
        area = self._frame.scroll_area
        QTimer.singleShot(0, row, lambda: area.ensureWidgetVisible(row))

    def _session_day(self) -> dt.date:
        moment = self._frame.form.performed_at.value()
        return moment.date() if moment is not None else self._clinic.context.today()

    def _unknown(self, scan: VialScan) -> None:
        """A GTIN the catalogue lacks: its product is added first, by whoever may."""
        if not self._catalogue.may_add:
            self.notice.refused(words.unknown_for_assistant(scan.gtin))
            return
        self.notice.added(words.unknown_asked(scan.gtin))
        # The dialog's first solution; the person chooses the product's own.
        start = ProductInput("", Solution.HYALURONIC_ACID, gtin=scan.gtin)
        dialog = ProductDialog(self._clinic, self._bus, self._editor, start=start)
        focused = QApplication.focusWidget()
        dialog.exec()
        product = dialog.saved_product
        dialog.deleteLater()
        self._editor.activateWindow()
        if focused is not None and isValid(focused) and self._editor.isAncestorOf(focused):
            focused.setFocus()
        if product is None:
            self.notice.refused(words.unknown_not_added(scan.gtin))
            return
        self._catalogue.grew.emit()
        self.add(product, scan)
