"""Protocol templates: a course planned from a recipe the clinic keeps (the guide's
protocols per indication ship as templates, and the clinic edits them and adds its own),
and what such a course is expected to cost.

A template holds what a course's plan holds (indication, sessions, intervals, protocol
text) and the treatment lines of its first session: areas, technique and settings,
products and amounts, without lot numbers (a lot is chosen at the chair) or charts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal

from mesolog.domain import limits
from mesolog.domain.enums import Area, Indication
from mesolog.domain.errors import Violation
from mesolog.domain.ids import TemplateId
from mesolog.domain.products import (
    PRICE_PER_UNIT,
    PRICE_PLACES,
    ProductUnit,
    name_key,
    price_allowed,
)
from mesolog.domain.records import CourseInput, TreatmentLine
from mesolog.domain.text_rules import text_violations
from mesolog.domain.texts import phrase, phrase_n
from mesolog.domain.validation import validate_course, validate_treatment

TEMPLATE_NAME_MAX = 100
MAX_LINES = 10
SESSION_FEE = PRICE_PER_UNIT
NO_DAY = dt.date(1900, 1, 1)
"""The first session's day for validating a template's lines: any day, as they hold no
expiry date."""


@dataclass(frozen=True, slots=True)
class TemplateInput:
    name: str
    indication: Indication
    planned_sessions: int
    initial_interval_days: int = limits.DEFAULT_INITIAL_INTERVAL_DAYS
    maintenance_interval_days: int = limits.DEFAULT_MAINTENANCE_INTERVAL_DAYS
    protocol: str = ""
    """The course's protocol text, e.g. "Hydration: hyaluronic acid, nappage"."""
    lines: tuple[TreatmentLine, ...] = ()
    session_fee: Decimal | None = None
    notes: str = ""

    @property
    def areas(self) -> tuple[Area, ...]:
        """The course's areas: its lines', each once, in the lines' order."""
        return tuple(dict.fromkeys(line.area for line in self.lines))

    def course(self, started_on: dt.date) -> CourseInput:
        """The plan of a course started on `started_on` from this template."""
        return CourseInput(
            self.indication,
            self.planned_sessions,
            started_on,
            self.areas,
            self.protocol,
            self.initial_interval_days,
            self.maintenance_interval_days,
        )


@dataclass(frozen=True, slots=True)
class Template:
    id: TemplateId
    details: TemplateInput
    created_at: dt.datetime
    retired_at: dt.datetime | None = None
    version: int = field(default=0, compare=False)

    @property
    def active(self) -> bool:
        return self.retired_at is None

    def course(self, started_on: dt.date) -> CourseInput:
        """The plan of a course started on `started_on` from this template, naming it."""
        return replace(self.details.course(started_on), template_id=self.id)


def validate_template(template: TemplateInput) -> list[Violation]:
    found = text_violations("name", template.name, maximum=TEMPLATE_NAME_MAX)
    if not found and not template.name.strip():
        named = phrase_n("Templates", "the template's name (1 to %n characters)", None, 1)
        found.append(Violation("name", "", named.counting(TEMPLATE_NAME_MAX)))
    found += validate_course(template.course(NO_DAY), date_of_birth=NO_DAY)
    if not template.lines:
        found.append(Violation("lines", 0, phrase("Templates", "at least one treatment line")))
    if len(template.lines) > MAX_LINES:
        most = phrase_n("Templates", "at most %n lines", None, 1).counting(MAX_LINES)
        found.append(Violation("lines", len(template.lines), most))
    for index, line in enumerate(template.lines):
        path = f"lines[{index}]"
        found += validate_treatment(line, session_day=NO_DAY, path=path)
        if line.zones or line.points:
            no_chart = phrase("Templates", "no chart in a template")
            found.append(Violation(f"{path}.chart", len(line.points), no_chart))
        for number, product in enumerate(line.products):
            if product.lot_number or product.expiry_date is not None:
                where = f"{path}.products[{number}].lot_number"
                no_lot = phrase("Templates", "no lot in a template")
                found.append(Violation(where, product.lot_number, no_lot))
    fee = template.session_fee
    if fee is not None and (
        not SESSION_FEE.contains(float(fee)) or fee.as_tuple().exponent < -PRICE_PLACES  # type: ignore[operator]
    ):
        found.append(Violation("session_fee", str(fee), price_allowed(SESSION_FEE)))
    found += text_violations("notes", template.notes, multiline=True)
    return found


@dataclass(frozen=True, slots=True)
class CourseEstimate:
    """What a course planned from a template is expected to cost: its sessions' fees and
    the products its lines use each session, at the catalogue's prices."""

    sessions: int
    fees: Decimal | None
    """None when the template has no session fee."""
    products: Decimal
    unpriced: tuple[str, ...] = ()
    """The products the lines use that have no price in the catalogue (by name, or by
    solution when the line names no product): the estimate leaves them out."""
    currency: str = ""
    """The ISO 4217 code of the prices (the clinic's, domain.currency); empty: none named."""
    without_units: tuple[str, ...] = ()
    """Products counted in units, with a price, that the lines give no units of (by name):
    the estimate leaves them out too, for want of an amount rather than a price."""

    @property
    def total(self) -> Decimal:
        return (self.fees or Decimal(0)) + self.products


def course_estimate(
    template: TemplateInput,
    sessions: int,
    prices: Mapping[str, tuple[Decimal, ProductUnit]],
    currency: str = "",
) -> CourseEstimate:
    """The estimate for `sessions` sessions; `prices`: the price per unit and the unit by
    product name_key. A product counted in units is priced by the units its line gives (a
    line that gives none leaves it unpriced), any other by its volume."""
    per_session = Decimal(0)
    unpriced: list[str] = []
    without_units: list[str] = []
    for line in template.lines:
        for product in line.products:
            price, unit = prices.get(name_key(product.product_name), (None, ProductUnit.ML))
            amount = product.units if unit is ProductUnit.UNITS else product.volume_ml
            if price is None:
                unpriced.append(product.product_name or product.solution.value)
            elif amount is None:
                without_units.append(product.product_name)
            else:
                per_session += price * Decimal(str(amount))
    fee = template.session_fee
    return CourseEstimate(
        sessions,
        None if fee is None else fee * sessions,
        (per_session * sessions).quantize(Decimal("0.01")),
        tuple(dict.fromkeys(unpriced)),
        currency,
        tuple(dict.fromkeys(without_units)),
    )
