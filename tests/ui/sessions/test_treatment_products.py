"""A product used on a treatment line, typed key by key: its name, concentration, volume,
lot and expiry date. Each value typed is stored exactly, or refused beside its field with
nothing stored (tests/ui/sessions/typed_session.py).

A product is added with its button; it starts with 1 ml and no expiry date, and the
session is today's (10 March 2026)."""

from __future__ import annotations

import datetime as dt

import pytest

from mesolog.domain import limits
from mesolog.domain.records import ProductUse, SessionInput
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.sessions.treatment_products import ProductRow
from tests.locale_support import date_keys
from tests.typing_support import Typed
from tests.ui.sessions.typed_session import (
    Chair,
    Field,
    case,
    check_typed,
    date_shown,
    no_such_day_keys,
    number_shown,
    text_shown,
    too_long,
)

SESSION_DAY = dt.date(2026, 3, 10)


def product(editor: SessionEditor) -> ProductRow:
    """The first line's product, added with "Add product"."""
    line = editor.line_editors[0]
    line.add_product_button.click()
    return line.products[0]


def product_stored(entry: SessionInput) -> ProductUse:
    return entry.treatments[0].products[0]


NAME = Field(
    "product-name",
    lambda editor: product(editor).product_name,
    lambda entry: product_stored(entry).product_name,
    text_shown,
    "AquaVeil",
)
CONCENTRATION = Field(
    "concentration",
    lambda editor: product(editor).concentration,
    lambda entry: product_stored(entry).concentration,
    text_shown,
    "2%",
)
LOT = Field(
    "lot",
    lambda editor: product(editor).lot_number,
    lambda entry: product_stored(entry).lot_number,
    text_shown,
    "AV-1",
)
VOLUME = Field(
    "volume",
    lambda editor: product(editor).volume_ml,
    lambda entry: product_stored(entry).volume_ml,
    number_shown(),
    "2,5",
)
EXPIRY = Field(
    "expiry",
    lambda editor: product(editor).expiry_date,
    lambda entry: product_stored(entry).expiry_date,
    date_shown,
    date_keys(dt.date(2027, 5, 31)),
)


@pytest.mark.parametrize(
    ("field_", "typed"),
    [
        case(NAME, Typed("valid", "Βιταμίνες C+E", "Βιταμίνες C+E")),
        case(NAME, Typed("too-long", too_long(limits.PRODUCT_NAME_MAX), refused="200")),
        case(NAME, Typed("empty", "", "")),
        case(CONCENTRATION, Typed("valid", "20 mg/ml", "20 mg/ml")),
        case(CONCENTRATION, Typed("too-long", too_long(limits.CONCENTRATION_MAX), refused="100")),
        case(CONCENTRATION, Typed("empty", "", "")),
        case(LOT, Typed("valid", "AV-2291/β", "AV-2291/β")),
        case(LOT, Typed("too-long", too_long(limits.LOT_NUMBER_MAX), refused="60")),
        case(LOT, Typed("empty", "", "")),
    ],
)
def test_the_texts(chair: Chair, field_: Field, typed: Typed) -> None:
    check_typed(chair, field_, typed)


@pytest.mark.parametrize(
    ("field_", "typed"),
    [
        case(VOLUME, Typed("valid-comma", "2,5", 2.5)),
        case(VOLUME, Typed("valid-point", "2.5", 2.5)),
        case(VOLUME, Typed("too-high", "60", refused="50")),
        case(VOLUME, Typed("too-low", "0", refused="50")),
        case(VOLUME, Typed("garbage", "l,5", refused="50")),
        case(VOLUME, Typed("empty", "", refused="50")),
    ],
)
def test_the_volume(chair: Chair, field_: Field, typed: Typed) -> None:
    check_typed(chair, field_, typed)


@pytest.mark.parametrize(
    ("field_", "typed"),
    [
        case(EXPIRY, Typed("valid", date_keys(dt.date(2027, 5, 31)), dt.date(2027, 5, 31))),
        case(EXPIRY, Typed("too-high", no_such_day_keys(31, 13, 2027), refused="")),
        case(
            EXPIRY,
            Typed("too-low", date_keys(dt.date(2026, 3, 1)), refused=SESSION_DAY.isoformat()),
        ),
        case(EXPIRY, Typed("garbage", no_such_day_keys(31, 2, 2027), refused="")),
        case(EXPIRY, Typed("empty", "", None)),
    ],
)
def test_the_expiry_date(chair: Chair, field_: Field, typed: Typed) -> None:
    check_typed(chair, field_, typed)


def test_an_expiry_date_typed_over_another(chair: Chair) -> None:
    typed = Typed("retyped", date_keys(dt.date(2027, 6, 30)), dt.date(2027, 6, 30))
    check_typed(chair, EXPIRY, typed, over=True)
