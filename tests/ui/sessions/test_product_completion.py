"""A product row completes from the catalogue, from the keyboard: the name (any word of the
name or the manufacturer, Greek or Latin, accents and case ignored) fills the solution, the
concentration and the default volume; the lot field offers the product's lots in date on the
session's day, newest expiry first, and fills the expiry. What is signed is what the row
shows, read back through the services. The session is on 10 March 2026."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from mesolog.domain.enums import Solution
from mesolog.domain.records import ProductUse
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.sessions.treatment_products import ProductRow
from tests.locale_support import date_keys, decimal
from tests.typing_support import focus, type_into
from tests.ui.sessions.catalogue_chair import (
    Keyboard,
    has_focus,
    offered,
    open_list,
    row_texts,
    stock,
)
from tests.ui.sessions.typed_session import Chair, moment_keys

SESSION_DAY = dt.date(2026, 3, 10)


def add_product(chair: Chair, editor: SessionEditor, keys: Keyboard) -> ProductRow:
    """A product added from the keyboard: the line's "Add product" focused, Space."""
    line = editor.line_editors[0]
    focus(chair.qtbot, line.add_product_button)
    keys.press(Qt.Key.Key_Space)
    return line.products[-1]


def expires(day: dt.date) -> str:
    return f"expires {shown_date(day)}"


def test_a_product_and_its_lot_are_chosen_from_the_keyboard_and_signed(chair: Chair) -> None:
    stock(chair.clinic)
    editor = chair.open()
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    assert has_focus(row.product_name), "with a catalogue, a new product starts at its name"

    keys.type("hydr")
    assert offered(row.product_name) == ["HydraBoost · 1.5% — Dermica"]
    keys.down()
    keys.enter()
    assert open_list(row.product_name) is None
    assert row.solution.value() == Solution.HYALURONIC_ACID
    assert row_texts(row) == ("HydraBoost", "1.5%", "2", "", "")

    keys.tab(3)
    assert has_focus(row.lot_number)
    lots = offered(row.lot_number)
    assert lots[0].startswith("HB-2701") and expires(dt.date(2027, 1, 31)) in lots[0]
    keys.down()
    keys.enter()
    assert row_texts(row)[3:] == ("HB-2701", shown_date(dt.date(2027, 1, 31)))

    editor.session_form.consent_confirmed.click()
    chair.sign(editor)
    [session] = chair.sessions()
    assert session.entry.treatments[0].products == (
        ProductUse(
            Solution.HYALURONIC_ACID, 2.0, "HydraBoost", "1.5%", "HB-2701", dt.date(2027, 1, 31)
        ),
    )


@pytest.mark.parametrize(
    "typed",
    ["κολλαγ", "ΚΟΛΛΑΓΟΝΟ", "κολλαγονο πλ", "πλους", "ελλην", "φαρμ κολ"],
    ids=["lower", "capitals", "no-accents", "second-word", "manufacturer", "two-words"],
)
def test_greek_typed_any_way_finds_the_greek_name(chair: Chair, typed: str) -> None:
    stock(chair.clinic)
    editor = chair.open()
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    keys.type(typed)
    assert offered(row.product_name) == ["Κολλαγόνο Πλους · 2% — Ελληνική Φαρμακευτική"]
    keys.down()
    keys.enter()
    assert row.solution.value() == Solution.PEPTIDES
    assert row_texts(row)[:3] == ("Κολλαγόνο Πλους", "2%", decimal("1.5"))


def test_nothing_is_offered_for_a_name_the_catalogue_lacks(chair: Chair) -> None:
    stock(chair.clinic)
    editor = chair.open()
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    keys.type("zzz")
    assert open_list(row.product_name) is None
    keys.down()
    assert open_list(row.product_name) is None


def test_down_in_an_empty_name_lists_the_catalogue(chair: Chair) -> None:
    stock(chair.clinic)
    editor = chair.open()
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    keys.down()
    names = [line.split(" · ")[0] for line in offered(row.product_name)]
    assert names == ["DMAE Lift", "HydraBoost", "Κολλαγόνο Πλους"]


def test_the_lots_offered_are_those_in_date_on_the_session_s_day(chair: Chair) -> None:
    stock(chair.clinic)
    editor = chair.open()
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    keys.type("hydra")
    keys.down()
    keys.enter()
    keys.tab(3)
    in_date = [line.split(" · ")[0] for line in offered(row.lot_number)]
    assert in_date == ["HB-2701", "HB-2606"], "HB-2603 expired on 1 March, newest expiry first"
    assert expires(dt.date(2026, 6, 30)) in offered(row.lot_number)[1]

    keys.press(Qt.Key.Key_Escape)
    type_into(
        chair.qtbot, editor.session_form.performed_at, moment_keys(dt.datetime(2026, 2, 20, 10, 0))
    )
    focus(chair.qtbot, row.volume_ml)
    keys.tab()
    in_date = [line.split(" · ")[0] for line in offered(row.lot_number)]
    assert in_date == ["HB-2701", "HB-2606", "HB-2603"], "on 20 February it was in date"
    keys.press(Qt.Key.Key_Up)
    keys.enter()
    assert row_texts(row)[3:] == ("HB-2603", shown_date(dt.date(2026, 3, 1)))


def test_a_lot_typed_in_full_fills_its_expiry(chair: Chair) -> None:
    stock(chair.clinic)
    editor = chair.open()
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    keys.type("hydra")
    keys.down()
    keys.enter()
    keys.tab(3)
    keys.type("hb-2606")
    assert offered(row.lot_number) == [f"HB-2606 · {expires(dt.date(2026, 6, 30))}"]
    keys.press(Qt.Key.Key_Escape)
    keys.tab()
    assert row_texts(row)[3:] == ("hb-2606", shown_date(dt.date(2026, 6, 30)))


def test_a_name_typed_in_full_fills_like_a_choice(chair: Chair) -> None:
    stock(chair.clinic)
    editor = chair.open()
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    keys.type("hydraboost")
    keys.press(Qt.Key.Key_Escape)
    keys.tab()
    assert has_focus(row.concentration)
    assert row_texts(row)[:3] == ("hydraboost", "1.5%", "2")


def test_a_volume_typed_in_the_row_stays_when_the_product_is_chosen(chair: Chair) -> None:
    stock(chair.clinic)
    editor = chair.open()
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    type_into(chair.qtbot, row.volume_ml, "3")
    focus(chair.qtbot, row.product_name)
    keys.type("hydra")
    keys.down()
    keys.enter()
    assert row_texts(row)[:3] == ("HydraBoost", "1.5%", "3")


def test_a_product_counted_in_units_leaves_the_volume_to_type(chair: Chair) -> None:
    stock(chair.clinic)
    editor = chair.open()
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    keys.type("dmae")
    keys.down()
    keys.enter()
    assert row.solution.value() == Solution.DMAE
    assert row_texts(row)[:3] == ("DMAE Lift", "3%", "")


def test_another_product_chosen_takes_the_lot_of_the_one_replaced_away(chair: Chair) -> None:
    stock(chair.clinic)
    editor = chair.open()
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    keys.type("hydra")
    keys.down()
    keys.enter()
    keys.tab(3)
    keys.down()
    keys.enter()
    focus(chair.qtbot, row.product_name)
    keys.select_all()
    keys.type("κολ")
    keys.down()
    keys.enter()
    assert row_texts(row) == ("Κολλαγόνο Πλους", "2%", decimal("1.5"), "", "")


def test_a_restored_draft_keeps_the_row_as_typed(chair: Chair) -> None:
    stock(chair.clinic)
    editor = chair.open()
    keys = Keyboard()
    row = add_product(chair, editor, keys)
    keys.type("hydra")
    keys.down()
    keys.enter()
    type_into(chair.qtbot, row.concentration, "1,5 % (αραιωμένο)")
    type_into(chair.qtbot, row.volume_ml, "2,5")
    type_into(chair.qtbot, row.lot_number, "hb-2701")
    type_into(chair.qtbot, row.expiry_date, date_keys(dt.date(2027, 2, 1)))
    typed = editor.session_form.to_payload()
    shown = row_texts(row)

    restored = SessionEditor(
        chair.clinic,
        ChangeBus(),
        chair.patient,
        draft_key=editor.draft_key,
        restored=json.loads(json.dumps(typed)),
    )
    chair.qtbot.addWidget(restored)
    restored.show()
    chair.qtbot.waitExposed(restored)
    [again] = restored.line_editors[0].products
    assert row_texts(again) == shown, "nothing filled from the catalogue on the way back"
    assert restored.session_form.to_payload() == typed
    focus(chair.qtbot, again.product_name)
    Keyboard().tab()
    focus(chair.qtbot, again.lot_number)
    Keyboard().tab()
    assert row_texts(again) == shown, "passing through the fields fills nothing"
