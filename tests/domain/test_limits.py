"""The limits (domain/limits.py): a range's ends and what it says, every text limit as the
interchange schema gives it, and the values a new clinic starts with."""

from __future__ import annotations

from typing import Any

import pytest

from mesolog.domain import limits
from mesolog.domain.limits import Range
from mesolog.interchange.schema import load_schema

VOLUME = Range(0, 50, low_exclusive=True)


@pytest.mark.parametrize(
    ("span", "value", "inside"),
    [
        (Range(1, 4), 1, True),
        (Range(1, 4), 0.99, False),
        (Range(1, 4), 4, True),
        (Range(1, 4), 4.01, False),
        (VOLUME, 0, False),
        (VOLUME, 0.01, True),
        (VOLUME, 50, True),
        (VOLUME, 50.01, False),
    ],
)
def test_a_range_holds_its_ends_unless_its_low_end_is_left_out(
    span: Range, value: float, inside: bool
) -> None:
    assert span.contains(value) is inside


@pytest.mark.parametrize(
    ("span", "unit", "words"),
    [
        (Range(1, 4), "mm", "1 to 4 mm"),
        (Range(1.0, 60.0), "", "1 to 60"),
        (Range(0.25, 2.5), "mm", "0.25 to 2.5 mm"),
        (VOLUME, "ml", "more than 0 and at most 50 ml"),
        (Range(0.5, 50, low_exclusive=True), "", "more than 0.5 and at most 50"),
    ],
)
def test_a_range_says_what_it_allows(span: Range, unit: str, words: str) -> None:
    assert str(span.describe(unit)) == words


@pytest.mark.parametrize(
    ("path", "limit"),
    [
        ("name", limits.NAME_MAX),
        ("text", limits.TEXT_MAX),
        ("patient/properties/record_number", limits.RECORD_NUMBER_MAX),
        ("patient/properties/phone", limits.PHONE_MAX),
        ("clinic/properties/phone", limits.PHONE_MAX),
        ("patient/properties/email", limits.EMAIL_MAX),
        ("clinic/properties/email", limits.EMAIL_MAX),
        ("course/properties/protocol", limits.PROTOCOL_MAX),
        ("treatment/properties/area_detail", limits.AREA_DETAIL_MAX),
        ("product_use/properties/product_name", limits.PRODUCT_NAME_MAX),
        ("product_use/properties/concentration", limits.CONCENTRATION_MAX),
        ("product_use/properties/lot_number", limits.LOT_NUMBER_MAX),
        (
            "session/properties/pre_treatment/properties/topical_anaesthetic",
            limits.TOPICAL_ANAESTHETIC_MAX,
        ),
    ],
)
def test_each_text_limit_is_the_interchange_schemas(path: str, limit: int) -> None:
    node: Any = load_schema()["$defs"]
    for key in path.split("/"):
        node = node[key]
    assert node["maxLength"] == limit


def test_every_default_is_allowed_and_on_its_fields_step() -> None:
    pairs = [
        (limits.NEEDLE_GAUGE, limits.DEFAULT_NEEDLE_GAUGE),
        (limits.NEEDLE_LENGTH_MM, limits.DEFAULT_NEEDLE_LENGTH_MM),
        (limits.NEEDLE_DEPTH_MM, limits.DEFAULT_NEEDLE_DEPTH_MM),
        (limits.PEN_NEEDLE_COUNT, limits.DEFAULT_PEN_NEEDLE_COUNT),
        (limits.PEN_DEPTH_MM, limits.DEFAULT_PEN_DEPTH_MM),
        (limits.PEN_PENETRATIONS_PER_SECOND, limits.DEFAULT_PEN_PENETRATIONS_PER_SECOND),
        (limits.INITIAL_INTERVAL_DAYS, limits.DEFAULT_INITIAL_INTERVAL_DAYS),
        (limits.MAINTENANCE_INTERVAL_DAYS, limits.DEFAULT_MAINTENANCE_INTERVAL_DAYS),
        (limits.IDLE_LOCK_MINUTES, limits.DEFAULT_IDLE_LOCK_MINUTES),
    ]
    assert [default for span, default in pairs if not span.contains(default)] == []
    assert limits.DEFAULT_NEEDLE_DEPTH_MM <= limits.DEFAULT_NEEDLE_LENGTH_MM
    step, pen = limits.PEN_DEPTH_STEP_MM, limits.PEN_DEPTH_MM
    assert step > 0
    assert ((pen.high - pen.low) / step).is_integer()
    assert ((limits.DEFAULT_PEN_DEPTH_MM - pen.low) / step).is_integer()


def test_a_new_clinic_starts_from_the_guides_needle_and_pen() -> None:
    """What the session editor proposes until the clinic's settings say otherwise: the
    guide's needle (30 G, 4 mm) at 2 mm, and its pen (12 needles, up to 100 a second) at
    full speed and 0.5 mm, set in quarters of a millimetre. A change here changes every
    new clinic's first sessions: make it on purpose."""
    needle = (
        limits.DEFAULT_NEEDLE_GAUGE,
        limits.DEFAULT_NEEDLE_LENGTH_MM,
        limits.DEFAULT_NEEDLE_DEPTH_MM,
    )
    pen = (
        limits.DEFAULT_PEN_NEEDLE_COUNT,
        limits.DEFAULT_PEN_PENETRATIONS_PER_SECOND,
        limits.DEFAULT_PEN_DEPTH_MM,
        limits.PEN_DEPTH_STEP_MM,
    )
    assert (needle, pen) == ((30, 4.0, 2.0), (12, 100, 0.5, 0.25))


def test_the_window_locks_as_advised() -> None:
    """Ten idle minutes by default (OWASP's advice for a workstation others can reach), and
    never more than an hour."""
    minutes = limits.IDLE_LOCK_MINUTES
    assert (minutes.low, minutes.high, minutes.low_exclusive) == (1, 60, False)
    assert limits.DEFAULT_IDLE_LOCK_MINUTES == 10
