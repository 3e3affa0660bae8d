"""The product catalogue: products and lots added, found, edited and retired by those who
may; what signed sessions used of a lot; refusals that change nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from mesolog.domain.accounts import AccessDeniedError, Role
from mesolog.domain.conflicts import ConflictError
from mesolog.domain.enums import Solution
from mesolog.domain.errors import StateError, ValidationError
from mesolog.domain.products import LotInput, Product, ProductInput, ProductUnit
from mesolog.services.clinic import Clinic
from tests.services.conftest import Maker

PASSWORD = "correct horse battery"
HYDRA = ProductInput(
    "HydraBoost 1.5%",
    Solution.HYALURONIC_ACID,
    manufacturer="Dermica",
    concentration="1.5%",
    gtin="4006381333931",
    default_volume=2.0,
    price_per_unit=Decimal("18.40"),
)


def add_hydra(clinic: Clinic) -> Product:
    return clinic.products.add(HYDRA)


def test_a_product_is_added_as_typed_and_audited(clinic: Clinic) -> None:
    typed = replace(HYDRA, name="  HydraBoost   1.5% ", manufacturer=" Dermica ")
    product = clinic.products.add(typed)
    assert product.details == replace(HYDRA, gtin="04006381333931")
    assert clinic.products.get(product.id) == product
    assert clinic.products.with_gtin("4006381333931") == product
    assert clinic.products.named("hydraboost 1.5%") == product
    [entry] = [e for e in clinic.audit.entries() if e.entity == "product"]
    assert (entry.action, entry.entity_uuid) == ("create", product.id)
    assert clinic.audit.verify().intact


def test_a_second_product_of_the_same_name_or_gtin_is_refused(clinic: Clinic) -> None:
    add_hydra(clinic)
    with pytest.raises(ValidationError) as same_name:
        clinic.products.add(replace(HYDRA, name="HYDRABOOST 1.5 %".replace(" %", "%"), gtin=""))
    assert [v.path for v in same_name.value.violations] == ["name"]
    with pytest.raises(ValidationError) as same_gtin:
        clinic.products.add(replace(HYDRA, name="Other", gtin="04006381333931"))
    [violation] = same_gtin.value.violations
    assert violation.path == "gtin"
    assert "HydraBoost 1.5% has it" in str(violation.allowed)
    assert len(clinic.products.all()) == 1


def test_products_complete_from_any_word_without_case_or_accents(clinic: Clinic) -> None:
    add_hydra(clinic)
    greek = clinic.products.add(
        ProductInput("Κολλαγόνο Πλους", Solution.PEPTIDES, manufacturer="Ελληνική Φαρμακευτική")
    )
    vita = clinic.products.add(ProductInput("Vitamin Cocktail", Solution.VITAMINS))
    assert clinic.products.matching("κολλαγονο") == [greek]
    assert clinic.products.matching("ΠΛΟΥ") == [greek]
    assert clinic.products.matching("ελλην") == [greek]
    assert [p.details.name for p in clinic.products.matching("")] == [
        "HydraBoost 1.5%",
        "Vitamin Cocktail",
        "Κολλαγόνο Πλους",
    ]
    assert clinic.products.matching("derm") == [clinic.products.named("HydraBoost 1.5%")]
    assert clinic.products.matching("cock vit") == [vita]
    clinic.products.retire(vita.id)
    assert clinic.products.matching("vit") == []


def test_a_retired_product_is_listed_apart_and_reinstated(clinic: Clinic) -> None:
    product = add_hydra(clinic)
    retired = clinic.products.retire(product.id)
    assert not retired.active
    assert clinic.products.all() == []
    assert clinic.products.all(retired=True) == [retired]
    with pytest.raises(StateError, match="retired already"):
        clinic.products.retire(product.id)
    with pytest.raises(StateError, match="retired: reinstate it"):
        clinic.lots.add(LotInput(product.id, "L1", dt.date(2027, 1, 1)))
    assert clinic.products.reinstate(product.id).active


def test_an_edit_is_saved_and_a_used_name_stays(clinic: Clinic, make: Maker) -> None:
    product = add_hydra(clinic)
    saved = clinic.products.update(
        product.id, replace(product.details, price_per_unit=Decimal(20)), read=product
    )
    assert saved.record.details.price_per_unit == Decimal(20)
    renamed = clinic.products.update(
        product.id, replace(product.details, name="HydraBoost 2%"), read=saved.record
    )
    assert renamed.record.details.name == "HydraBoost 2%"

    patient = make.patient()
    use = make.product(product_name="hydraboost 2%")
    make.draft(patient.id, treatments=(make.needle_line(products=(use,)),))
    with pytest.raises(ValidationError) as refused:
        clinic.products.update(
            product.id, replace(product.details, name="Hydra"), read=renamed.record
        )
    [violation] = refused.value.violations
    assert violation.path == "name"
    assert "retire it" in str(violation.allowed)
    assert clinic.products.get(product.id) == renamed.record
    with pytest.raises(ValidationError) as recounted:
        clinic.products.update(
            product.id, replace(renamed.record.details, unit=ProductUnit.UNITS), read=renamed.record
        )
    [violation] = recounted.value.violations
    assert (violation.path, violation.value) == ("unit", "units")
    assert clinic.products.get(product.id) == renamed.record


def test_a_product_with_lots_keeps_its_unit(clinic: Clinic) -> None:
    """Its lots' quantities are counted in it: "10 units received" became "10 ml"."""
    product = clinic.products.add(
        ProductInput("Vita Ampoule", Solution.VITAMINS, unit=ProductUnit.UNITS)
    )
    fresh = clinic.products.update(
        product.id, replace(product.details, unit=ProductUnit.ML), read=product
    )
    assert fresh.record.details.unit is ProductUnit.ML, "no lot and no use: free to change"
    back = clinic.products.update(
        product.id, replace(product.details, unit=ProductUnit.UNITS), read=fresh.record
    )
    clinic.lots.add(LotInput(product.id, "V1", dt.date(2027, 1, 1), None, 10.0))
    with pytest.raises(ValidationError, match="the unit it has"):
        clinic.products.update(
            product.id, replace(product.details, unit=ProductUnit.ML), read=back.record
        )


def test_an_edit_over_a_change_made_meanwhile_to_the_same_field_is_refused(
    clinic: Clinic,
) -> None:
    product = add_hydra(clinic)
    clinic.products.update(product.id, replace(HYDRA, notes="fridge"), read=product)
    with pytest.raises(ConflictError):
        clinic.products.update(product.id, replace(HYDRA, notes="shelf"), read=product)
    merged = clinic.products.update(product.id, replace(HYDRA, concentration="2%"), read=product)
    assert (merged.record.details.notes, merged.record.details.concentration) == ("fridge", "2%")


def test_only_clinicians_and_admins_manage_the_catalogue(clinic: Clinic) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Petrou", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    clinic.accounts.add("eleni", "Eleni Vasileiou", Role.CLINICIAN, PASSWORD)
    product = add_hydra(clinic)
    clinic.act_as("nurse")
    with pytest.raises(AccessDeniedError):
        clinic.products.add(replace(HYDRA, name="Other", gtin=""))
    with pytest.raises(AccessDeniedError):
        clinic.lots.add(LotInput(product.id, "L1", dt.date(2027, 1, 1)))
    assert clinic.products.all() == [product], "everyone reads it"
    clinic.act_as("eleni")
    assert (
        clinic.lots.add(LotInput(product.id, "L1", dt.date(2027, 1, 1))).details.lot_number == "L1"
    )


def test_lots_are_unique_within_their_product_and_offered_until_they_expire(
    clinic: Clinic,
) -> None:
    product = add_hydra(clinic)
    older = clinic.lots.add(LotInput(product.id, " l2409-17 ", dt.date(2026, 3, 9)))
    newer = clinic.lots.add(LotInput(product.id, "L2501-02", dt.date(2027, 6, 30), None, 20.0))
    assert older.details.lot_number == "l2409-17"
    with pytest.raises(ValidationError) as same:
        clinic.lots.add(LotInput(product.id, "L2409-17", dt.date(2028, 1, 1)))
    assert [v.path for v in same.value.violations] == ["lot_number"]
    assert clinic.lots.of_product(product.id) == [newer, older]
    assert clinic.lots.usable(product.id, dt.date(2026, 3, 9)) == [newer, older]
    assert clinic.lots.usable(product.id, dt.date(2026, 3, 10)) == [newer]
    assert clinic.lots.find(product.id, "L2409-17") == older
    other = clinic.products.add(ProductInput("Vitamin Cocktail", Solution.VITAMINS))
    assert clinic.lots.add(LotInput(other.id, "L2409-17", dt.date(2027, 1, 1)))
    assert clinic.audit.verify().intact


def test_what_is_left_of_a_lot_counts_signed_current_sessions(clinic: Clinic, make: Maker) -> None:
    product = add_hydra(clinic)
    lot = clinic.lots.add(LotInput(product.id, "L2501-02", dt.date(2027, 6, 30), None, 20.0))
    units = clinic.products.add(
        ProductInput("Vita Ampoule", Solution.VITAMINS, unit=ProductUnit.UNITS)
    )
    patient = make.patient()

    def session(volume: float, lot_number: str = "l2501-02", name: str = "HYDRABOOST 1.5%"):
        use = make.product(product_name=name, lot_number=lot_number, volume_ml=volume)
        return make.draft(patient.id, treatments=(make.needle_line(products=(use, use)),))

    signed = clinic.sessions.sign(session(1.5).id)
    session(4.0)  # a draft does not count
    voided = clinic.sessions.sign(session(3.0).id)
    clinic.sessions.void(voided.id, reason="wrong patient")
    clinic.sessions.sign(session(2.0, name="Vitamin Cocktail").id)  # another product
    clinic.sessions.sign(session(2.0, lot_number="L9").id)  # another lot
    assert clinic.lots.get(lot.id).used == 3.0
    assert clinic.lots.get(lot.id).quantity_left == 17.0

    line = make.needle_line(
        products=(
            make.product(product_name="HydraBoost 1.5%", lot_number="L2501-02", volume_ml=0.5),
        )
    )
    clinic.sessions.amend(signed.id, replace(signed.entry, treatments=(line,)), reason="one vial")
    assert clinic.lots.get(lot.id).used == 0.5, "the amendment replaces what it corrects"

    ampoules = clinic.lots.add(LotInput(units.id, "T1", dt.date(2027, 1, 1), None, 100.0))
    assert ampoules.quantity_left == 100.0
    given = make.product(product_name="Vita Ampoule", lot_number="t1", volume_ml=5.0, units=2.0)
    stored = clinic.sessions.sign(
        make.draft(patient.id, treatments=(make.needle_line(products=(given,)),)).id
    )
    assert clinic.sessions.get(stored.id).entry.treatments[0].products == (given,)
    assert (clinic.lots.get(ampoules.id).used, clinic.lots.get(ampoules.id).quantity_left) == (
        2.0,
        98.0,
    ), "a product counted in units is counted by the units given, not the volume"
    without_units = make.product(product_name="vita ampoule", lot_number="T1", volume_ml=5.0)
    clinic.sessions.sign(
        make.draft(patient.id, treatments=(make.needle_line(products=(without_units,)),)).id
    )
    counted = clinic.lots.get(ampoules.id)
    assert (counted.used, counted.uncounted, counted.quantity_left) == (2.0, 1, None), (
        "a use that gave no units leaves what is left unknown, never overstated"
    )


def test_a_lot_edit_keeps_its_product(clinic: Clinic) -> None:
    product = add_hydra(clinic)
    other = clinic.products.add(ProductInput("Vitamin Cocktail", Solution.VITAMINS))
    lot = clinic.lots.add(LotInput(product.id, "L1", dt.date(2027, 1, 1)))
    saved = clinic.lots.update(
        lot.id, replace(lot.details, expiry_date=dt.date(2027, 2, 1)), read=lot
    )
    assert saved.record.details.expiry_date == dt.date(2027, 2, 1)
    with pytest.raises(ValidationError) as moved:
        clinic.lots.update(lot.id, replace(lot.details, product_id=other.id), read=saved.record)
    assert [v.path for v in moved.value.violations] == ["product_id"]
    assert clinic.lots.get(lot.id) == saved.record


def test_a_lot_sessions_used_keeps_its_number(clinic: Clinic, make: Maker) -> None:
    product = add_hydra(clinic)
    lot = clinic.lots.add(LotInput(product.id, "L2501-02", dt.date(2027, 6, 30), None, 20.0))
    typo = clinic.lots.update(lot.id, replace(lot.details, lot_number="L2501-2"), read=lot)
    fixed = clinic.lots.update(lot.id, lot.details, read=typo.record).record
    patient = make.patient()
    use = make.product(product_name="HydraBoost 1.5%", lot_number="L2501-02", volume_ml=1.0)
    clinic.sessions.sign(make.draft(patient.id, treatments=(make.needle_line(products=(use,)),)).id)
    with pytest.raises(ValidationError) as refused:
        clinic.lots.update(lot.id, replace(lot.details, lot_number="L2501-03"), read=fixed)
    [violation] = refused.value.violations
    assert (violation.path, violation.value) == ("lot_number", "L2501-03")
    assert clinic.lots.get(lot.id).used == 1.0
    later = clinic.lots.update(
        lot.id, replace(lot.details, lot_number="l2501-02 ", quantity_received=30.0), read=fixed
    )
    assert later.record.quantity_left == 29.0, "the same number in other case still names it"
