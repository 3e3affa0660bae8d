"""The demo clinic's catalogue (issue 13): its products with GTINs whose check digits are
right, the lots its sessions name, consistently; one lot expired; one lot, used by at
least 25 signed sessions, whose bruising rate ranks first by the low end of its Wilson
interval; and in the database, a catalogue the sessions match use for use, with a product
counted in ampoules whose lots' quantity left is what the signed sessions gave."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from functools import cache

import pytest

from mesolog.domain.enums import ReactionKind
from mesolog.domain.products import ProductUnit, name_key, normal_gtin
from mesolog.domain.reaction_rates import (
    Dimension,
    LineFacts,
    Lot,
    ReactionChoice,
    ReactionFacts,
    SessionFacts,
    UsedProduct,
    rate_table,
)
from mesolog.domain.records import SessionInput
from mesolog.services import demo_clinical as clinical
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.services.demo_catalogue import DemoProduct, demo_catalogue
from mesolog.services.demo_data import DemoPatient, demo_clinic
from mesolog.services.demo_lots import BRUISING_CHANCE, EXPIRED_DAYS, UNUSUAL_PRODUCT

TODAYS = (dt.date(2026, 5, 20), dt.date(2025, 1, 5), dt.date(2027, 3, 1), dt.date(2028, 2, 29))
BRUISING = ReactionChoice(ReactionKind.BRUISING)


@cache
def demo(today: dt.date) -> tuple[tuple[DemoPatient, ...], tuple[DemoProduct, ...]]:
    patients = demo_clinic(today=today)[1]
    return patients, demo_catalogue(e for p in patients for _, e in p.sessions)


def signed_entries(patients: tuple[DemoPatient, ...]) -> list[SessionInput]:
    return [e for p in patients for (_, e), s in zip(p.sessions, p.signed, strict=True) if s]


def facts(entry: SessionInput) -> SessionFacts:
    lines = tuple(
        LineFacts(
            line.area,
            line.technique.kind,
            line.technique.depth_mm,
            tuple(UsedProduct(p.product_name, p.lot_number, p.solution) for p in line.products),
        )
        for line in entry.treatments
    )
    reactions = tuple(ReactionFacts(r.kind, r.severity, r.area) for r in entry.reactions)
    return SessionFacts(entry.clinician, lines, reactions)


@pytest.mark.parametrize("today", TODAYS)
def test_every_product_is_catalogued_with_a_valid_gtin_but_the_in_house_mix(
    today: dt.date,
) -> None:
    _, products = demo(today)
    assert [p.details.name for p in products] == [p.name for p in clinical.PRODUCTS.values()]
    gtins = [p.details.gtin for p in products if p.details.gtin]
    assert len(gtins) == len(set(gtins)) == len(products) - 1
    assert all(normal_gtin(gtin) == gtin and gtin.startswith("0952") for gtin in gtins)
    for product in products:
        details = product.details
        assert details.manufacturer and details.price_per_unit and details.default_volume


@pytest.mark.parametrize("today", TODAYS)
def test_the_sessions_name_the_catalogues_lots_consistently(today: dt.date) -> None:
    patients, products = demo(today)
    expiries: dict[tuple[str, str], set[dt.date | None]] = defaultdict(set)
    used: dict[tuple[str, str], float] = defaultdict(float)
    for patient in patients:
        for _, entry in patient.sessions:
            for line in entry.treatments:
                for use in line.products:
                    key = (use.product_name, use.lot_number)
                    expiries[key].add(use.expiry_date)
                    used[key] += use.volume_ml if use.units is None else use.units
                    assert use.expiry_date is not None
                    assert use.expiry_date > entry.performed_at.date()
    catalogued = {(p.details.name, lot.lot_number): lot for p in products for lot in p.lots}
    assert set(catalogued) == set(expiries)
    for key, lot in catalogued.items():
        assert expiries[key] == {lot.expiry_date}
        assert lot.received_on < today
        assert lot.quantity_received > used[key]
    for product in products:
        expiring = [lot.expiry_date for lot in product.lots]
        assert expiring == sorted(expiring, reverse=True)


@pytest.mark.parametrize("today", TODAYS)
def test_one_lot_has_expired_and_some_of_it_is_left(today: dt.date) -> None:
    _, products = demo(today)
    [(product, lot)] = [
        (p.details.name, lot) for p in products for lot in p.lots if lot.expiry_date < today
    ]
    assert product != UNUSUAL_PRODUCT
    assert lot.expiry_date == today - dt.timedelta(days=EXPIRED_DAYS)


@pytest.mark.parametrize("today", TODAYS)
def test_the_unusual_lot_ranks_first_for_bruising_with_enough_sessions(today: dt.date) -> None:
    patients, _ = demo(today)
    table = rate_table(map(facts, signed_entries(patients)), Dimension.LOT, BRUISING)
    first, second = table.rows[:2]
    assert isinstance(first.group, Lot)
    assert first.group.product == UNUSUAL_PRODUCT and first.rank == 1
    assert first.rate.sessions >= 25
    assert first.rate.low > second.rate.low
    others = [row.rate for row in table.rows[1:]]
    rest = sum(r.with_reaction for r in others) / sum(r.sessions for r in others)
    assert first.rate.proportion > max(2 * rest, BRUISING_CHANCE - 0.1)
    by_any = rate_table(map(facts, signed_entries(patients)), Dimension.LOT, ReactionChoice())
    assert by_any.rows[0].group == first.group


def test_the_demo_database_holds_the_catalogue_its_sessions_match(clinic: Clinic) -> None:
    report = DemoService(clinic.context).fill()
    products = clinic.products.all(retired=True)
    lots = clinic.lots.all()
    assert (report.products, report.lots) == (len(products), len(lots)) == (11, len(lots))
    assert len(lots) >= 40
    today = clinic.context.today()
    assert len([lot for lot in lots if lot.expired_on(today)]) == 1
    names = {name_key(p.details.name) for p in products}
    assert len(names) == len(products)
    adoption = clinic.catalogue_adoption.adopt_from_sessions()
    assert (adoption.products_added, adoption.lots_added, adoption.lots_skipped) == (0, 0, ())
    assert adoption.uses == adoption.uses_matched == adoption.uses_matched_to_lots > 500
    assert all(lot.quantity_left is not None and lot.quantity_left > 0 for lot in lots)


def test_the_ampoules_lots_are_counted_in_ampoules_left_after_the_signed_sessions(
    clinic: Clinic,
) -> None:
    DemoService(clinic.context).fill()
    [ampoule] = [p for p in clinic.products.all() if p.details.unit is ProductUnit.UNITS]
    assert ampoule.details.name == clinical.PRODUCTS["vitc"].name
    details = ampoule.details
    assert (details.default_volume, details.price_per_unit) == (1.0, Decimal("7.40"))
    patients, _ = demo(clinic.context.today())
    given: dict[str, float] = defaultdict(float)
    for entry in signed_entries(patients):
        for line in entry.treatments:
            for use in line.products:
                if use.product_name == ampoule.details.name:
                    given[use.lot_number] += use.units or 0.0
    lots = clinic.lots.of_product(ampoule.id)
    assert {lot.details.lot_number for lot in lots} >= set(given) and len(given) >= 5
    for lot in lots:
        received = lot.details.quantity_received
        assert lot.unit is ProductUnit.UNITS
        assert lot.used == given[lot.details.lot_number]
        assert received is not None and received % 10 == 0, "boxes of ten ampoules"
        assert lot.quantity_left == received - lot.used > 0
