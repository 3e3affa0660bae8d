"""The screens of the product catalogue and what it is for (issue 13), for
tools/screenshots.py, on the demo clinic:

- the session editor completing a product typed, its lot list open, and right after a
  vial's GS1 DataMatrix was scanned (keys stamped a few milliseconds apart, as a USB
  scanner types them);
- Settings ▸ Products with HydraBoost's lots, Settings ▸ Templates, and the course dialog
  planned from a template with its estimate. The clinic first gives the hydration
  template a session fee and names its hyaluronic acid HydraBoost, as a clinic would:
  the shipped templates name solutions only, so without this the estimate has nothing to
  count;
- Records ▸ Recall of lot HA25-0885, and the first page of its letters;
- Records ▸ Reactions: bruising by lot over the demo's days, HA25-0885 ranked first.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from shot_saving import let_run, pdf_page, save, save_with_list, wait_until

from mesolog.domain.enums import Indication, ReactionKind, Solution
from mesolog.domain.ids import CourseId, PatientId
from mesolog.domain.products import Product
from mesolog.domain.reaction_rates import Dimension, Lot
from mesolog.domain.records import TreatmentLine
from mesolog.domain.templates import Template
from mesolog.services.clinic import Clinic
from mesolog.services.recall_files import RecallFiles
from mesolog.ui.catalogue.products_window import ProductsWindow
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.courses.course_dialog import CourseDialog
from mesolog.ui.reactions.reactions_dialog import ReactionsDialog
from mesolog.ui.recall.recall_window import RecallWindow
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.templates.templates_window import TemplatesWindow
from mesolog.ui.window.main_window import MainWindow

PRODUCT = "HydraBoost 1.5%"
TYPED = "hydra"
UNUSUAL_LOT = "HA25-0885"
RECALL_REASON = "Dermaqua Laboratories notice DL-2026-07 on lot HA25-0885"
PRICED_TEMPLATE = Indication.HYDRATION_TIGHTENING
SESSION_FEE = Decimal("90")
LETTER_DPI = 70
GS = "\x1d"
SCANNER_MS = 4
SCAN_SETTLING_S = 0.3
"""Longer than ScannerInput holds a key back (60 ms) and the scan's own event-loop turns."""


def editor_shots(window: MainWindow, clinic: Clinic, course_id: CourseId, output: Path) -> None:
    """The open patient's editor for `course_id`: completing a product, its lots, a scan."""
    editor = _editor(window, course_id)
    line = editor.line_editors[0]
    _focus(line.add_product_button)
    _press(Qt.Key.Key_Space)
    row = line.products[-1]
    assert QApplication.focusWidget() is row.product_name, "Add product goes to its name"
    _type(TYPED)
    _list_open(row.product_name)
    save_with_list(editor, row.product_name, output / "editor-product-completion.png")
    _press(Qt.Key.Key_Down)
    _press(Qt.Key.Key_Return)
    assert row.product_name.text() == PRODUCT
    while QApplication.focusWidget() is not row.lot_number:
        _press(Qt.Key.Key_Tab)
    _list_open(row.lot_number)
    save_with_list(editor, row.lot_number, output / "editor-lot-list.png")
    _press(Qt.Key.Key_Escape)
    editor.done(0)

    editor = _editor(window, course_id)
    rows = len(editor.line_editors[0].products)
    _scan(_vial_code(clinic, editor))
    wait_until(editor.vial_scans.notice.isVisible, "the scan's notice")
    assert len(editor.line_editors[0].products) == rows + 1, editor.vial_scans.notice.text()
    save(editor, output / "editor-vial-scan.png")
    editor.done(0)


def catalogue_shots(
    window: MainWindow,
    clinic: Clinic,
    patient: PatientId,
    output: Path,
    *,
    language: str = "en",
    locale: str = "en_GB",
) -> None:
    """Products, Templates, a course planned from a template, Recall and its letter (in
    `language`, `locale`'s formats), Reactions."""
    hydra = _product(clinic)
    products = ProductsWindow(clinic, window.bus, window)
    row = products.product_model.row_of(hydra.id)
    assert row is not None
    products.products_view.selectRow(row)
    _shown(products, output / "products.png")

    template = _priced_template(clinic, hydra)
    templates = TemplatesWindow(clinic, window.bus, window)
    _shown(templates, output / "templates.png")

    course = CourseDialog(clinic, window.bus, patient, window)
    choice = course.templates.combo
    index = choice.findData(str(template.id))
    choice.setCurrentIndex(index)
    choice.activated.emit(index)
    assert course.templates.estimate.isVisibleTo(course)
    _shown(course, output / "course-from-template.png")

    _recall(window, clinic, output, language, locale)
    _reactions(window, clinic, output)


# the editor


def _editor(window: MainWindow, course_id: CourseId) -> SessionEditor:
    editor = window.log_session(course_id)
    assert editor is not None
    editor.activateWindow()
    wait_until(editor.isActiveWindow, "the editor to be the active window")
    return editor


def _focus(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    wait_until(widget.hasFocus, f"the focus on {widget.objectName()}")


def _receiver() -> QWidget:
    """Where a person's key goes: the open list, else the widget with the focus."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _press(key: Qt.Key) -> None:
    QTest.keyClick(_receiver(), key)
    QApplication.processEvents()


def _type(text: str) -> None:
    for character in text:
        QTest.keyClicks(_receiver(), character)
        QApplication.processEvents()


def _list_open(field: QLineEdit) -> None:
    completer = field.completer()
    popup = None if completer is None else completer.popup()
    assert popup is not None
    wait_until(popup.isVisible, f"the list under {field.objectName()}")


def _vial_code(clinic: Clinic, editor: SessionEditor) -> str:
    """What a scanner sends for a vial of the product's newest lot in date on the
    session's day: a GS1 DataMatrix with its AIM prefix, the lot ended by GS."""
    hydra = _product(clinic)
    moment = editor.session_form.performed_at.value()
    assert moment is not None
    [newest, *_] = clinic.lots.usable(hydra.id, moment.date())
    expiry = newest.details.expiry_date.strftime("%y%m%d")
    fields = f"01{hydra.details.gtin}17{expiry}10{newest.details.lot_number}{GS}21S0417"
    return f"]d2{fields}"


def _scan(code: str) -> None:
    """The code's keys as a scanner types them into the focused widget, each stamped
    with its time (a person's keys carry none here), then Enter."""
    now = 9_000_000
    keys = [(Qt.Key.Key_BracketRight, GS) if c == GS else (Qt.Key(ord(c.upper())), c) for c in code]
    for key, text in [*keys, (Qt.Key.Key_Return, "\r")]:
        now += SCANNER_MS
        if text == GS:
            modifiers = Qt.KeyboardModifier.ControlModifier
        elif text.isupper() or text in '!"%&()*+:<>?_|':
            modifiers = Qt.KeyboardModifier.ShiftModifier
        else:
            modifiers = Qt.KeyboardModifier.NoModifier
        target = QApplication.focusWidget()
        assert target is not None
        for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, modifiers, text)
            event.setTimestamp(now)
            if kind == QEvent.Type.ShortcutOverride:
                event.ignore()
            QApplication.sendEvent(target, event)
    let_run(SCAN_SETTLING_S)


# the catalogue's windows


def _product(clinic: Clinic) -> Product:
    product = clinic.products.named(PRODUCT)
    assert product is not None and product.details.gtin, f"the demo catalogue has {PRODUCT}"
    return product


def _priced_template(clinic: Clinic, hydra: Product) -> Template:
    """The hydration template with a session fee, its hyaluronic acid named HydraBoost."""
    [template] = [t for t in clinic.templates.all() if t.details.indication is PRICED_TEMPLATE]
    details = template.details
    lines = tuple(_named_hydra(line, hydra) for line in details.lines)
    priced = replace(details, lines=lines, session_fee=SESSION_FEE)
    return clinic.templates.update(template.id, priced, read=template).record


def _named_hydra(line: TreatmentLine, hydra: Product) -> TreatmentLine:
    products = tuple(
        replace(
            use,
            product_name=hydra.details.name,
            concentration=hydra.details.concentration,
        )
        if use.solution is Solution.HYALURONIC_ACID and not use.product_name
        else use
        for use in line.products
    )
    return replace(line, products=products)


def _shown(dialog: QDialog, path: Path) -> None:
    dialog.show()
    save(dialog, path)
    dialog.done(0)


def _recall(window: MainWindow, clinic: Clinic, output: Path, language: str, locale: str) -> None:
    recall = RecallWindow(clinic, window)
    recall.show()
    recall.form.lot.setText(UNUSUAL_LOT)
    recall.form.reason.setText(RECALL_REASON)
    recall.search()
    result = recall.recalled
    assert result is not None and result.patients, f"patients received {UNUSUAL_LOT}"
    save(recall, output / "recall.png")
    texts = recall.letter.checked_texts(result.letters_by_language(language))
    assert texts is not None
    recall.done(0)
    files = RecallFiles(clinic.context)
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "letters.pdf"
        data = files.letter_data(result, texts=texts, language=language, locale=locale)
        files.write_letters(data, pdf)
        pdf_page(pdf, output / "recall-letter.png", resolution=LETTER_DPI)


def _reactions(window: MainWindow, clinic: Clinic, output: Path) -> None:
    dialog = ReactionsDialog(clinic, window)
    dialog.show()
    bar = dialog.filter_bar
    bar.first_day.set_value(_first_session_day(clinic))
    bar.last_day.set_value(clinic.context.today())
    bar.by.setCurrentIndex(bar.by.findData(Dimension.LOT))
    bar.kind.setCurrentIndex(bar.kind.findData(ReactionKind.BRUISING))
    dialog.show_rates()
    wait_until(lambda: dialog.rates is not None and not running_jobs(), "the rates")
    assert dialog.rates is not None
    [top, *_] = dialog.rates.table.rows
    assert top.group == Lot(PRODUCT, UNUSUAL_LOT) and top.stands_out, top
    save(dialog, output / "reactions.png")
    dialog.done(0)


def _first_session_day(clinic: Clinic) -> dt.date:
    return min(
        session.entry.performed_at.date()
        for patient in clinic.patients.search("", limit=None)
        for session in clinic.history.patient_history(patient.id).sessions
    )
