"""A scanned vial the catalogue does not hold as it is (mesolog/ui/sessions/vial_scans.py):
an unknown GTIN opens New product for a clinician and asks an assistant to find one, a new
lot fills the row, a retired product adds nothing (tests/ui/sessions/vial_scans_support.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from mesolog.domain.accounts import Role
from mesolog.domain.enums import Solution
from mesolog.domain.records import ProductUse
from mesolog.ui.catalogue.product_dialog import ProductDialog
from tests.typing_support import focus
from tests.ui.catalogue.catalogue_support import in_modal
from tests.ui.sessions.typed_session import Chair
from tests.ui.sessions.vial_keys import Keyboard, datamatrix
from tests.ui.sessions.vial_scans_support import (
    HYDRA_GTIN,
    PASSWORD,
    UNKNOWN_GTIN,
    as_assistant,
    hydra,
    said,
    save,
    scanned,
    settled,
)


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


def test_a_retired_product_is_said_and_not_added(chair: Chair) -> None:
    product = hydra(chair)
    chair.clinic.products.retire(product.id)
    editor = chair.open()
    focus(chair.qtbot, editor.line_editors[0].depth_field())
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    assert said(editor).startswith("HydraBoost is retired in the catalogue: nothing was added.")
    assert editor.line_editors[0].products == []
