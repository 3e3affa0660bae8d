"""The keys it takes to log a session with two products, typed by hand as before the
catalogue and with its completion (the figures issue 13 asks for; `pytest -s` prints them).

Every key is counted from the editor opening (the depth has the focus) to the draft stored
with Ctrl+S: a character is one key, Tab, Down, Enter, Space and Ctrl+S one each. "By hand"
runs with an empty catalogue, where the editor behaves as it did before it (the solution
chosen by its first letters, every name, concentration, volume, lot and expiry typed), as an
assistant, to whom nothing is offered to add (the same flows took 84 and 45 keys in the
editor as it was before the catalogue came to it); "with completion" with the catalogue stocked.
Both store the same products."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from mesolog.domain.accounts import Role
from mesolog.domain.enums import Area, Solution
from mesolog.domain.records import (
    NeedleTechnique,
    ProductUse,
    SessionInput,
    SessionStatus,
    TreatmentLine,
)
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.locale_support import date_keys, decimal
from tests.ui.sessions.catalogue_chair import Keyboard, has_focus, stock
from tests.ui.sessions.typed_session import CLINICIAN, Chair

PASSWORD = "correct horse battery"
HYDRA_USE = ProductUse(
    Solution.HYALURONIC_ACID, 2.0, "HydraBoost", "1.5%", "HB-2701", dt.date(2027, 1, 31)
)
COLLAGEN_USE = ProductUse(
    Solution.PEPTIDES, 1.5, "Κολλαγόνο Πλους", "2%", "KP-1226", dt.date(2026, 12, 31)
)
LAST_TIME = (
    ProductUse(
        Solution.HYALURONIC_ACID, 2.0, "HydraBoost", "1.5%", "HB-2606", dt.date(2026, 6, 30)
    ),
    ProductUse(Solution.PEPTIDES, 1.5, "Κολλαγόνο Πλους", "2%", "KP-0925", dt.date(2026, 9, 30)),
)


def as_assistant(chair: Chair, *, stocked: bool, repeat: bool) -> None:
    """The clinic with its clinician's signed session 14 days ago (in the course when
    `repeat`, else outside it), and an assistant logging today's."""
    clinic = chair.clinic
    clinic.accounts.create_first_admin("admin", CLINICIAN, PASSWORD)
    clinic.act_as("admin")
    if stocked:
        stock(clinic)
    products = LAST_TIME if repeat else ()
    line = TreatmentLine(Area.FULL_FACE, NeedleTechnique(2.0), products)
    when = clinic.context.now() - dt.timedelta(days=14)
    course = chair.course.id if repeat else None
    earlier = clinic.sessions.create_draft(
        chair.patient.id, SessionInput(when, CLINICIAN, (line,), course)
    )
    clinic.sessions.sign(earlier.id, signer=CLINICIAN)
    clinic.accounts.add("maria", "Maria Nikolaou", Role.ASSISTANT, PASSWORD)
    clinic.act_as("maria")


def by_hand_from_scratch(keys: Keyboard, editor: SessionEditor) -> None:
    """Two products added and typed in full (the clinic's default volume is 1 ml)."""
    line = editor.line_editors[0]
    for index, (solution, name, concentration, volume, lot, expiry) in enumerate(
        (
            ("", "HydraBoost", "1.5%", "2", "HB-2701", dt.date(2027, 1, 31)),
            ("pe", "Κολλαγόνο Πλους", "2%", decimal("1.5"), "KP-1226", dt.date(2026, 12, 31)),
        )
    ):
        keys.tab(2)  # from the depth, or from the expiry past the ✕
        assert has_focus(line.add_product_button), index
        keys.press(Qt.Key.Key_Space)
        assert has_focus(line.products[-1].solution)
        keys.type(solution)
        for text in (name, concentration, volume, lot, date_keys(expiry)):
            keys.tab()
            keys.type(text)


def completed_from_scratch(keys: Keyboard, editor: SessionEditor) -> None:
    """Two products added, each chosen after its first letters, its newest lot from the list."""
    line = editor.line_editors[0]
    for tabs, first_letters in ((2, "hyd"), (3, "κολ")):
        keys.tab(tabs)  # from the depth, or from the lot past the expiry and the ✕
        assert has_focus(line.add_product_button)
        keys.press(Qt.Key.Key_Space)
        row = line.products[-1]
        assert has_focus(row.product_name)
        keys.type(first_letters)
        keys.down()
        keys.enter()
        keys.tab(3)
        assert has_focus(row.lot_number)
        keys.down()
        keys.enter()


NEW_VIALS = (("HB-2701", dt.date(2027, 1, 31)), ("KP-1226", dt.date(2026, 12, 31)))


def by_hand_new_vials(keys: Keyboard, editor: SessionEditor) -> None:
    """Last time's products carried over; each new vial's lot and expiry typed over them."""
    rows = editor.line_editors[0].products
    for tabs, row, (lot, expiry) in zip((6, 6), rows, NEW_VIALS, strict=True):
        keys.tab(tabs)  # from the depth past the method, or from the expiry past the ✕
        assert has_focus(row.lot_number)
        keys.type(lot)
        keys.tab()
        keys.type(date_keys(expiry))


def completed_new_vials(keys: Keyboard, editor: SessionEditor) -> None:
    """Last time's products carried over; each new vial's lot picked from the list (Down
    opens it, the newest expiry first)."""
    rows = editor.line_editors[0].products
    for tabs, row in zip((6, 7), rows, strict=True):
        keys.tab(tabs)  # from the depth past the method, or from the lot past the ✕
        assert has_focus(row.lot_number)
        keys.down(2)
        keys.enter()


Flow = Callable[[Keyboard, SessionEditor], None]


def keys_to_log(chair: Chair, flow: Flow, *, stocked: bool, repeat: bool) -> int:
    as_assistant(chair, stocked=stocked, repeat=repeat)
    editor = chair.open()
    editor.activateWindow()
    chair.qtbot.waitUntil(editor.isActiveWindow)
    assert has_focus(editor.line_editors[0].depth_field())
    keys = Keyboard()
    flow(keys, editor)
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    newest = chair.sessions()[0]
    assert newest.status is SessionStatus.DRAFT
    assert newest.entry.treatments[0].products == (HYDRA_USE, COLLAGEN_USE)
    return keys.pressed


@pytest.mark.parametrize(
    ("flow", "stocked", "repeat", "keys"),
    [
        pytest.param(by_hand_from_scratch, False, False, 84, id="from-scratch-by-hand"),
        pytest.param(completed_from_scratch, True, False, 28, id="from-scratch-completed"),
        pytest.param(by_hand_new_vials, False, True, 45, id="new-vials-by-hand"),
        pytest.param(completed_new_vials, True, True, 20, id="new-vials-completed"),
    ],
)
def test_keys_to_log_two_products(
    chair: Chair, flow: Flow, stocked: bool, repeat: bool, keys: int
) -> None:
    pressed = keys_to_log(chair, flow, stocked=stocked, repeat=repeat)
    print(f"\n{flow.__name__}: {pressed} keys")
    assert pressed == keys
