"""Hard limits of the interchange format (mesolog-export-v1), shared by every validator."""

from __future__ import annotations

from dataclasses import dataclass

from mesolog.domain.texts import Text, phrase


@dataclass(frozen=True, slots=True)
class Range:
    """An inclusive range of numbers, or one whose lower end is excluded."""

    low: float
    high: float
    low_exclusive: bool = False

    def contains(self, value: float) -> bool:
        above = value > self.low if self.low_exclusive else value >= self.low
        return above and value <= self.high

    def describe(self, unit: str | Text = "") -> Text:
        """What the range allows, for people: "1 to 4 mm", "more than 0 and at most 50 ml".
        `unit` is a symbol written as it is ("mm") or a word to translate (a `phrase`)."""
        low, high = _number(self.low), _number(self.high)
        if self.low_exclusive:
            if not unit:
                return phrase("Limits", "more than {low} and at most {high}").having(
                    low=low, high=high
                )
            allowed = phrase("Limits", "more than {low} and at most {high} {unit}")
        else:
            if not unit:
                return phrase("Limits", "{low} to {high}").having(low=low, high=high)
            allowed = phrase("Limits", "{low} to {high} {unit}")
        return allowed.having(low=low, high=high, unit=unit)


def _number(value: float) -> int | float:
    """A whole number as one (4, not 4.0), so that it reads as it was written."""
    return int(value) if float(value).is_integer() else value


def shortest(value: float) -> int | float | str:
    """A measure as `f"{value:g}"` writes it (4, 0.25, 1.23457), given as a number where
    that reads the same, so that each language writes it with its own decimal mark."""
    written = f"{value:g}"
    number = _number(float(written))
    return number if str(number) == written else written


SESSIONS = phrase("Limits", "sessions", "a unit after a range: 1 to 20 sessions")
DAYS = phrase("Limits", "days", "a unit after a range: 7 to 60 days")
NEEDLES = phrase("Limits", "needles", "a unit after a range: 1 to 42 needles")
PER_SECOND = phrase("Limits", "per second", "a unit after a range: 1 to 100 per second")
PASSES = phrase("Limits", "passes", "a unit after a range: 1 to 20 passes")
UNITS = phrase("Limits", "units", "a unit after a range: 0 to 1000 units (of a product)")

NAME_MAX = 100
TEXT_MAX = 10_000
PHONE_MAX = 40
EMAIL_MAX = 200
RECORD_NUMBER_MAX = 40
PROTOCOL_MAX = 200
AREA_DETAIL_MAX = 200
PRODUCT_NAME_MAX = 200
CONCENTRATION_MAX = 100
LOT_NUMBER_MAX = 60
TOPICAL_ANAESTHETIC_MAX = 200

IDLE_LOCK_MINUTES = Range(1, 60)
DEFAULT_IDLE_LOCK_MINUTES = 10
"""The window locks after this long without a key press or mouse move (OWASP session
advice for a workstation others can reach)."""

PLANNED_SESSIONS = Range(1, 20)
INITIAL_INTERVAL_DAYS = Range(7, 60)
MAINTENANCE_INTERVAL_DAYS = Range(7, 180)
DEFAULT_INITIAL_INTERVAL_DAYS = 14
DEFAULT_MAINTENANCE_INTERVAL_DAYS = 28

NEEDLE_GAUGE = Range(27, 34)
NEEDLE_LENGTH_MM = Range(2, 13)
NEEDLE_DEPTH_MM = Range(1, 4)
DEFAULT_NEEDLE_GAUGE = 30
DEFAULT_NEEDLE_LENGTH_MM = 4.0
DEFAULT_NEEDLE_DEPTH_MM = 2.0

PEN_NEEDLE_COUNT = Range(1, 42)
PEN_DEPTH_MM = Range(0.25, 2.5)
PEN_PENETRATIONS_PER_SECOND = Range(1, 100)
PEN_PASSES = Range(1, 20)
DEFAULT_PEN_NEEDLE_COUNT = 12
DEFAULT_PEN_DEPTH_MM = 0.5
DEFAULT_PEN_PENETRATIONS_PER_SECOND = 100
PEN_DEPTH_STEP_MM = 0.25

VOLUME_ML = Range(0, 50, low_exclusive=True)
UNITS_AMOUNT = Range(0, 1_000, low_exclusive=True)
"""An amount of a product counted in units (domain.products.ProductUnit.UNITS)."""
POINT_AMOUNT_ML = Range(0, 5, low_exclusive=True)
"""One injection point: a papule takes hundredths of a ml, a body bolus a ml or two."""
NSAIDS_PAUSED_DAYS = Range(0, 365)
IMPROVEMENT_SCORE = Range(0, 10)

NSAID_WARNING_DAYS = 7
"""The guide: avoid aspirin and other NSAIDs for a week before a session (bruising)."""
