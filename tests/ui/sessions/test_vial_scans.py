"""A vial's code scanned anywhere in the session editor adds its product use to a treatment
line: product, solution, concentration, usual volume, lot and expiry (mesolog/ui/sessions/
vial_scans.py).

The scanner types as a USB scanner does (tests/ui/sessions/vial_keys.py), a person's keys
come 140 ms apart. What the editor did is read back from the database after Ctrl+S.
The session is on 10 March 2026 (tests/conftest.py's clock).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mesolog.domain.accounts import Role
from mesolog.domain.enums import Solution
from mesolog.domain.products import LotInput, Product, ProductInput, ProductUnit
from mesolog.domain.records import ProductUse
from mesolog.ui.catalogue.product_dialog import ProductDialog
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.sessions.vial_scan_words import day_in_words
from mesolog.ui.settings.scanner_settings import set_scanner_separator
from tests.typing_support import focus
from tests.ui.catalogue.catalogue_support import in_modal
from tests.ui.sessions.typed_session import Chair
from tests.ui.sessions.vial_keys import PERSON_MS, Keyboard, datamatrix

PASSWORD = "correct horse battery"
SESSION_DAY = dt.date(2026, 3, 10)

HYDRA_GTIN = "09506000134352"
EAN_13 = "4006381333931"
UNKNOWN_GTIN = "05901234123457"
HYDRA = ProductInput(
    "HydraBoost",
    Solution.HYALURONIC_ACID,
    manufacturer="Dermica",
    concentration="1.5%",
    gtin=HYDRA_GTIN,
    default_volume=2.0,
)
DMAE = ProductInput(
    "DMAE Lift", Solution.DMAE, concentration="3%", unit=ProductUnit.ML, gtin=EAN_13
)


def settled(chair: Chair) -> None:
    """Long enough for the scan to be dealt with and keys held back to be typed."""
    chair.qtbot.wait(200)


def scanned(chair: Chair, code: str) -> None:
    Keyboard().scan(code)
    settled(chair)


def save(chair: Chair, editor: SessionEditor) -> tuple[ProductUse, ...]:
    """Ctrl+S, then the first line's products as stored."""
    focused = QApplication.focusWidget()
    assert focused is not None
    chair.qtbot.keyClick(focused, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.saved_session is not None, "not saved"
    [session] = [s for s in chair.sessions() if s.id == editor.saved_session.id]
    return session.entry.treatments[0].products


def said(editor: SessionEditor) -> str:
    notice = editor.vial_scans.notice
    assert notice.isVisible(), "nothing said"
    return notice.text()


def hydra(chair: Chair) -> Product:
    product = chair.clinic.products.add(HYDRA)
    chair.clinic.lots.add(LotInput(product.id, "HB-2701", dt.date(2027, 1, 31)))
    return product


def as_assistant(chair: Chair) -> None:
    clinic = chair.clinic
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("maria", "Maria Nikolaou", Role.ASSISTANT, PASSWORD)
    clinic.act_as("maria")


@pytest.fixture(autouse=True)
def workstation(qt_settings: None) -> None:
    """This workstation's settings in tmp_path: its scanner sends GS unless a test says."""


def test_a_scan_adds_the_vial_and_the_field_being_typed_in_keeps_its_text(
    chair: Chair,
) -> None:
    hydra(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    focus(chair.qtbot, line.area_detail)
    keys = Keyboard()
    keys.type("left", every_ms=PERSON_MS)
    keys.scan(datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    keys.now += PERSON_MS
    keys.type(" cheek", every_ms=PERSON_MS)
    settled(chair)

    assert line.area_detail.text() == "left cheek"
    assert QApplication.focusWidget() is line.area_detail
    [row] = line.products
    assert row.volume_ml.number() == 2.0, "the product's usual volume"
    assert said(editor).startswith("Added HydraBoost, lot HB-2701")
    products = save(chair, editor)
    assert products == (
        ProductUse(
            Solution.HYALURONIC_ACID, 2.0, "HydraBoost", "1.5%", "HB-2701", dt.date(2027, 1, 31)
        ),
    )
    [session] = chair.sessions()
    assert session.entry.treatments[0].area_detail == "left cheek"


def test_the_printed_form_and_a_substitute_set_for_this_workstation_read_alike(
    chair: Chair,
) -> None:
    product = hydra(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    focus(chair.qtbot, line.area_detail)
    piped = datamatrix(HYDRA_GTIN, "270630", "HB-2706", separator="|")

    scanned(chair, piped)
    assert line.products == [], "| read as part of the lot: refused, not guessed"
    assert "set it as the separator in Settings" in said(editor)

    set_scanner_separator("|")
    scanned(chair, piped)
    scanned(chair, "(01)09506000134352(17)270131(10)HB-2701")
    assert [row.lot_number.text() for row in line.products] == ["HB-2706", "HB-2701"]
    lot = chair.clinic.lots.find(product.id, "HB-2706")
    assert lot is not None, "a clinician's scan adds the new lot to the catalogue"
    assert lot.details.expiry_date == dt.date(2027, 6, 30)
    assert [p.expiry_date for p in save(chair, editor)] == [
        dt.date(2027, 6, 30),
        dt.date(2027, 1, 31),
    ]


def test_an_expired_lot_is_refused_with_both_dates_and_nothing_is_added(
    chair: Chair, tmp_path: Path
) -> None:
    product = hydra(chair)
    editor = chair.open()
    editor.resize(1366, 768)
    line = editor.line_editors[0]
    focus(chair.qtbot, line.depth_field())

    scanned(chair, datamatrix(HYDRA_GTIN, "260309", "L2409-17"))

    assert said(editor) == (
        f"Lot L2409-17 expired on {day_in_words(dt.date(2026, 3, 9))}, before this session's "
        f"date, {day_in_words(SESSION_DAY)}: nothing was added. Use a vial in date."
    )
    assert line.products == []
    assert chair.clinic.lots.find(product.id, "L2409-17") is None
    folder = Path(os.environ.get("MESOLOG_SCREENSHOTS", tmp_path))
    assert editor.grab().save(str(folder / "vial-scan-expired.png"))
    assert save(chair, editor) == ()


def test_the_code_s_expiry_wins_over_the_catalogue_s_and_the_difference_is_said(
    chair: Chair,
) -> None:
    product = hydra(chair)
    editor = chair.open()
    focus(chair.qtbot, editor.line_editors[0].depth_field())
    scanned(chair, datamatrix(HYDRA_GTIN, "270228", "hb-2701"))
    [row] = editor.line_editors[0].products
    assert row.expiry_date.value() == dt.date(2027, 2, 28)
    assert said(editor).endswith(
        f"The catalogue has lot hb-2701 expiring on {day_in_words(dt.date(2027, 1, 31))}, the "
        f"vial's code {day_in_words(dt.date(2027, 2, 28))}: the row has the code's; check the "
        "catalogue."
    )
    lot = chair.clinic.lots.find(product.id, "HB-2701")
    assert lot is not None and lot.details.expiry_date == dt.date(2027, 1, 31), "left as it was"


def test_an_unknown_gtin_opens_new_product_and_the_vial_is_added_once_it_is_saved(
    chair: Chair,
) -> None:
    editor = chair.open()
    line = editor.line_editors[0]
    focus(chair.qtbot, line.depth_field())
    seen: dict[str, str] = {}

    def fill(dialog: ProductDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["gtin"] = dialog.gtin.text()
        dialog.name.setText("NovaSkin")
        dialog.concentration.setText("3%")
        dialog.default_volume.set_value(2.5)
        dialog.save_button.click()

    Keyboard().scan(datamatrix(UNKNOWN_GTIN, "270131", "NS-0127"))
    in_modal(ProductDialog, fill)
    settled(chair)

    assert seen == {"title": "New product", "gtin": "5901234123457"}
    product = chair.clinic.products.with_gtin(UNKNOWN_GTIN)
    assert product is not None and product.details.name == "NovaSkin"
    assert chair.clinic.lots.find(product.id, "NS-0127") is not None
    assert save(chair, editor) == (
        ProductUse(
            Solution.HYALURONIC_ACID, 2.5, "NovaSkin", "3%", "NS-0127", dt.date(2027, 1, 31)
        ),
    )


def test_an_unknown_gtin_left_unsaved_adds_nothing(chair: Chair) -> None:
    editor = chair.open()
    focus(chair.qtbot, editor.line_editors[0].depth_field())
    Keyboard().scan(datamatrix(UNKNOWN_GTIN, "270131", "NS-0127"))
    in_modal(ProductDialog, lambda dialog: dialog.reject())
    settled(chair)
    assert editor.line_editors[0].products == []
    assert "no product was added" in said(editor)


def test_an_assistant_s_scan_of_an_unknown_gtin_asks_for_a_clinician(chair: Chair) -> None:
    as_assistant(chair)
    editor = chair.open()
    focus(chair.qtbot, editor.line_editors[0].depth_field())
    scanned(chair, datamatrix(UNKNOWN_GTIN, "270131", "NS-0127"))
    assert QApplication.activeModalWidget() is None, "no dialog for an assistant"
    assert said(editor) == (
        "The GTIN 5901234123457 is not in the catalogue: ask a clinician to add the product "
        "(Settings ▸ Products), then scan the vial again, or type it in a product row."
    )
    assert editor.line_editors[0].products == []
    assert chair.clinic.products.all() == []


def test_an_assistant_s_scan_of_a_new_lot_fills_the_row_and_leaves_the_catalogue(
    chair: Chair,
) -> None:
    chair.clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    chair.clinic.act_as("admin")
    product = hydra(chair)
    chair.clinic.accounts.add("maria", "Maria Nikolaou", Role.ASSISTANT, PASSWORD)
    chair.clinic.act_as("maria")
    editor = chair.open()
    focus(chair.qtbot, editor.line_editors[0].depth_field())
    scanned(chair, datamatrix(HYDRA_GTIN, "270630", "HB-2706"))
    [row] = editor.line_editors[0].products
    assert (row.lot_number.text(), row.expiry_date.value()) == ("HB-2706", dt.date(2027, 6, 30))
    assert row.offer.isHidden()
    assert chair.clinic.lots.find(product.id, "HB-2706") is None


def test_a_wrong_check_digit_is_said_and_nothing_changes(chair: Chair) -> None:
    hydra(chair)
    editor = chair.open()
    focus(chair.qtbot, editor.line_editors[0].depth_field())
    scanned(chair, datamatrix("09506000134353", "270131", "HB-2701"))
    assert said(editor) == (
        "The scan was not read: The GTIN 09506000134353 has a wrong check digit: the code is "
        "damaged, misread or mistyped. Scan it again, or type the product. Nothing was added."
    )
    assert editor.line_editors[0].products == []


def test_an_ean_13_adds_the_product_and_the_lot_is_typed_next(chair: Chair) -> None:
    chair.clinic.products.add(DMAE)
    editor = chair.open()
    focus(chair.qtbot, editor.line_editors[0].depth_field())
    scanned(chair, EAN_13)
    [row] = editor.line_editors[0].products
    assert QApplication.focusWidget() is row.lot_number
    assert (row.lot_number.text(), row.expiry_date.text()) == ("", "")
    Keyboard().type("dm-0427", every_ms=PERSON_MS)
    settled(chair)
    assert save(chair, editor) == (
        ProductUse(Solution.DMAE, 1.0, "DMAE Lift", "3%", "dm-0427", None),
    )


def test_the_vial_goes_to_the_line_with_the_focus_else_the_one_the_chart_shows(
    chair: Chair, tmp_path: Path
) -> None:
    hydra(chair)
    editor = chair.open()
    editor.resize(1366, 768)
    editor.session_form.add_line_button.click()
    first, second = editor.line_editors
    focus(chair.qtbot, second.area_detail)
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    assert (len(first.products), len(second.products)) == (0, 1)
    folder = Path(os.environ.get("MESOLOG_SCREENSHOTS", tmp_path))
    assert editor.grab().save(str(folder / "vial-scan-added.png"))

    focus(chair.qtbot, first.area_detail)
    focus(chair.qtbot, editor.session_form.notes)
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701", "S2"))
    assert (len(first.products), len(second.products)) == (1, 1)
    assert "to area 1" in said(editor)


def test_an_empty_product_row_with_the_focus_is_filled_rather_than_a_new_one_added(
    chair: Chair,
) -> None:
    hydra(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    line.add_product_button.click()
    [row] = line.products
    focus(chair.qtbot, row.product_name)
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    assert line.products == [row]
    assert row.product_name.text() == "HydraBoost"


def test_a_retired_product_is_said_and_not_added(chair: Chair) -> None:
    product = hydra(chair)
    chair.clinic.products.retire(product.id)
    editor = chair.open()
    focus(chair.qtbot, editor.line_editors[0].depth_field())
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    assert said(editor).startswith("HydraBoost is retired in the catalogue: nothing was added.")
    assert editor.line_editors[0].products == []


def test_a_session_without_areas_says_so(chair: Chair) -> None:
    """A copy kept while typing, from before a session needed an area, brings none back."""
    hydra(chair)
    typing = chair.open()
    kept = {**typing.session_form.to_payload(), "treatments": []}
    editor = SessionEditor(
        chair.clinic, ChangeBus(), chair.patient, clinician="Δρ. Νικολάου", restored=kept
    )
    chair.qtbot.addWidget(editor)
    assert editor.line_editors == []
    focus(chair.qtbot, editor.session_form.notes)
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    assert said(editor) == (
        "This session has no treated area to add the vial to: add an area, then scan the "
        "vial again."
    )
    assert editor.line_editors == []


def test_a_locked_session_says_it_is_locked_and_stays_as_signed(chair: Chair) -> None:
    hydra(chair)
    editor = chair.open()
    editor.session_form.consent_confirmed.click()
    chair.sign(editor)
    [signed] = chair.sessions()
    opened = chair.open(signed)
    focus(chair.qtbot, opened.frame.cancel_button)
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    assert said(opened).startswith("This session is signed and locked: the scan added nothing.")
    assert opened.line_editors[0].products == []
    assert chair.sessions() == (signed,)


@pytest.mark.parametrize(
    ("locale", "words"),
    [("en_GB", "9 March 2026"), ("en_US", "March 9, 2026"), ("el_GR", "9 Μαρτίου 2026")],
)
def test_days_are_written_in_words_without_the_weekday(locale: str, words: str) -> None:
    assert day_in_words(dt.date(2026, 3, 9), QLocale(locale)) == words


def test_keys_typed_into_a_field_of_a_line_never_reach_another(chair: Chair) -> None:
    """The scan's keys reach no field: the lot typed by hand in a row stays as typed."""
    hydra(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    line.add_product_button.click()
    [row] = line.products
    focus(chair.qtbot, row.lot_number)
    keys = Keyboard()
    keys.type("HB", every_ms=PERSON_MS)
    keys.scan(datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    settled(chair)
    assert QApplication.focusWidget() is row.lot_number
    assert row.lot_number.text() == "HB"
    assert len(line.products) == 2


def test_a_volume_s_last_digit_typed_just_before_ctrl_s_is_saved(chair: Chair) -> None:
    """Keys through the window, stamped with the time they are typed, as the platform does:
    the 5 is still held back (it might start a scan) when Ctrl+S, a shortcut whose key
    press reaches no field, saves; it is typed first."""
    hydra(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    focus(chair.qtbot, line.depth_field())
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    [row] = line.products
    focus(chair.qtbot, row.volume_ml)
    window = editor.windowHandle()
    QTest.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for key in (Qt.Key.Key_1, Qt.Key.Key_Period):
        QTest.keyClick(window, key)
        chair.qtbot.wait(PERSON_MS)
    QTest.keyClick(window, Qt.Key.Key_5)
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [session] = chair.sessions()
    assert [p.volume_ml for p in session.entry.treatments[0].products] == [1.5]
