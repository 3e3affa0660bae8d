"""A product or lot typed that the catalogue lacks is offered to be added in place, with what
the row holds, to whoever manages the catalogue (clinicians and admins), never to an
assistant; the completion knows it at once. A session keeps its own copy: a later edit of
the catalogue never changes a signed session."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt

from mesolog.domain.accounts import Role
from mesolog.domain.enums import Solution
from mesolog.domain.products import LotInput, ProductInput
from mesolog.domain.records import ProductUse
from mesolog.ui.common.dates import shown_date
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.sessions.treatment_products import ProductRow
from tests.locale_support import date_keys
from tests.typing_support import focus, type_into
from tests.ui.sessions.catalogue_chair import (
    HYDRA,
    Keyboard,
    has_focus,
    offered,
    row_texts,
    stock,
)
from tests.ui.sessions.typed_session import Chair

PASSWORD = "correct horse battery"


def add_product(chair: Chair, editor: SessionEditor) -> ProductRow:
    line = editor.line_editors[0]
    line.add_product_button.click()
    return line.products[-1]


def novaskin(chair: Chair, row: ProductRow) -> None:
    """A product the catalogue lacks, typed in full, with its lot."""
    type_into(chair.qtbot, row.product_name, "NovaSkin 3%")
    type_into(chair.qtbot, row.concentration, "3%")
    type_into(chair.qtbot, row.volume_ml, "2,5")
    type_into(chair.qtbot, row.lot_number, "NS-0127")
    type_into(chair.qtbot, row.expiry_date, date_keys(dt.date(2027, 1, 31)), tab=False)


def test_a_clinician_adds_a_new_product_and_its_lot_from_the_row(chair: Chair) -> None:
    stock(chair.clinic)
    editor = chair.open()
    row = add_product(chair, editor)
    assert row.offer.isHidden(), "nothing typed, nothing offered"
    novaskin(chair, row)
    assert not row.offer.isHidden()
    assert row.offer.label.text() == "“NovaSkin 3%” and its lot NS-0127 are not in the catalogue."

    keys = Keyboard()
    keys.tab()
    assert has_focus(row.offer.button), "Tab from the expiry reaches the offer"
    keys.press(Qt.Key.Key_Space)

    product = chair.clinic.products.named("NovaSkin 3%")
    assert product is not None
    assert product.details == ProductInput(
        "NovaSkin 3%", Solution.HYALURONIC_ACID, concentration="3%", default_volume=2.5
    )
    lot = chair.clinic.lots.find(product.id, "NS-0127")
    assert lot is not None and lot.details == LotInput(product.id, "NS-0127", dt.date(2027, 1, 31))
    assert row.offer.button.isHidden()
    assert row.offer.label.text() == "Added to the catalogue."
    assert has_focus(row.remove_button), "the focus moves on from the button that went"

    second = add_product(chair, editor)
    focus(chair.qtbot, second.product_name)
    keys.type("nova")
    assert offered(second.product_name) == ["NovaSkin 3% · 3%"], "known at once"
    keys.down()
    keys.enter()
    keys.tab(3)
    assert offered(second.lot_number) == [f"NS-0127 · expires {shown_date(dt.date(2027, 1, 31))}"]

    editor.session_form.consent_confirmed.click()
    chair.sign(editor)
    [session] = chair.sessions()
    assert session.entry.treatments[0].products[0] == ProductUse(
        Solution.HYALURONIC_ACID, 2.5, "NovaSkin 3%", "3%", "NS-0127", dt.date(2027, 1, 31)
    ), "the session holds what the row showed"


def test_a_lot_the_catalogue_lacks_is_offered_alone(chair: Chair) -> None:
    catalogue = stock(chair.clinic)
    editor = chair.open()
    row = add_product(chair, editor)
    type_into(chair.qtbot, row.product_name, "HydraBoost")
    type_into(chair.qtbot, row.lot_number, "hb-2609")
    assert row.offer.label.text() == "The lot hb-2609 of HydraBoost is not in the catalogue."
    row.offer.button.click()
    assert row.errors.visible() == {
        "expiry_date": "Type the lot's expiry date to add it to the catalogue"
    }
    assert chair.clinic.lots.find(catalogue.hydra.id, "HB-2609") is None

    type_into(chair.qtbot, row.expiry_date, date_keys(dt.date(2026, 9, 30)))
    row.offer.button.click()
    lot = chair.clinic.lots.find(catalogue.hydra.id, "HB-2609")
    assert lot is not None and lot.details.expiry_date == dt.date(2026, 9, 30)
    assert lot.details.lot_number == "hb-2609", "as typed: lots are compared upper-cased"
    assert row.errors.visible() == {}


def test_what_the_catalogue_holds_is_not_offered(chair: Chair) -> None:
    stock(chair.clinic)
    editor = chair.open()
    row = add_product(chair, editor)
    type_into(chair.qtbot, row.product_name, "hydraboost")
    type_into(chair.qtbot, row.lot_number, "hb-2701")
    assert row.offer.isHidden()


def test_a_refused_addition_is_said_beside_the_field(chair: Chair) -> None:
    editor = chair.open()
    row = add_product(chair, editor)
    type_into(chair.qtbot, row.product_name, "X" * 201)
    row.offer.button.click()
    assert "200" in row.errors.visible()["product_name"]
    assert chair.clinic.products.all() == []


def test_an_assistant_is_not_offered_to_add_but_completes(chair: Chair) -> None:
    clinic = chair.clinic
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    stock(clinic)
    clinic.accounts.add("maria", "Maria Nikolaou", Role.ASSISTANT, PASSWORD)
    clinic.act_as("maria")
    editor = chair.open()
    row = add_product(chair, editor)
    novaskin(chair, row)
    Keyboard().tab()
    assert row.offer.isHidden(), "an assistant reads the catalogue, never adds to it"
    assert has_focus(row.remove_button)

    focus(chair.qtbot, row.product_name)
    keys = Keyboard()
    keys.select_all()
    keys.type("hydr")
    assert offered(row.product_name) == ["HydraBoost · 1.5% — Dermica"]


def test_a_catalogue_edit_never_changes_a_signed_session(chair: Chair) -> None:
    clinic = chair.clinic
    catalogue = stock(clinic)
    unused = clinic.products.add(replace(HYDRA, name="HydraBoost Eyes", concentration="1%"))
    editor = chair.open()
    row = add_product(chair, editor)
    keys = Keyboard()
    focus(chair.qtbot, row.product_name)
    keys.type("hydrab")
    keys.down()
    keys.enter()
    keys.tab(3)
    keys.down()
    keys.enter()
    editor.session_form.consent_confirmed.click()
    chair.sign(editor)
    [signed] = chair.sessions()

    lot = catalogue.lot(clinic, catalogue.hydra, "HB-2701")
    clinic.lots.update(lot.id, replace(lot.details, expiry_date=dt.date(2027, 3, 31)), read=lot)
    clinic.products.update(
        unused.id, replace(unused.details, name="HydraBoost Eye Contour"), read=unused
    )
    clinic.products.update(
        catalogue.hydra.id,
        replace(catalogue.hydra.details, concentration="1.8%", default_volume=3.0),
        read=catalogue.hydra,
    )

    [after] = chair.sessions()
    assert after == signed
    assert after.entry.treatments[0].products[0] == ProductUse(
        Solution.HYALURONIC_ACID, 2.0, "HydraBoost", "1.5%", "HB-2701", dt.date(2027, 1, 31)
    )
    opened = chair.open(after)
    [shown] = opened.line_editors[0].products
    assert row_texts(shown) == (
        "HydraBoost",
        "1.5%",
        "2",
        "HB-2701",
        shown_date(dt.date(2027, 1, 31)),
    )
    assert shown.offer.isHidden()
