"""The product catalogue through export and import: a whole clinic's export carries it and
an empty clinic gets the same catalogue back; a product or lot held already is skipped
when alike and a conflict when not; a name, GTIN or lot number another record has is
refused naming the field and the value; any refusal writes nothing."""

from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from mesolog.domain.enums import Solution
from mesolog.domain.errors import ValidationError
from mesolog.domain.products import LotInput, Product, ProductInput, ProductUnit
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_catalogue import GTIN_HELD, LOT_HELD, NAME_HELD
from mesolog.services.transfer_plan import DIFFERS
from tests.services.conftest import DatabaseProbe, Maker
from tests.services.transfer_support import Document, document_bytes

HYDRA = ProductInput(
    "HydraBoost 1.5%",
    Solution.HYALURONIC_ACID,
    manufacturer="Dermica",
    concentration="15 mg/ml",
    gtin="09521234000013",
    default_volume=2.0,
    price_per_unit=Decimal("18.40"),
    notes="Keep below 25 °C.",
)
TOXIN = ProductInput(
    "Relaxa 100",
    Solution.OTHER,
    unit=ProductUnit.UNITS,
    default_volume=20,
    price_per_unit=Decimal("3"),
)
VITA = ProductInput("VitaGlow Cocktail", Solution.VITAMINS, concentration="C, B5, E")


def stock(clinic: Clinic) -> dict[str, Product]:
    """Three products, one retired, the first with two lots (one counted)."""
    hydra, toxin, vita = (clinic.products.add(p) for p in (HYDRA, TOXIN, VITA))
    clinic.lots.add(LotInput(hydra.id, "HA25-1116", dt.date(2027, 11, 28), dt.date(2026, 1, 5), 50))
    clinic.lots.add(LotInput(hydra.id, "ha26-0558", dt.date(2028, 5, 28)))
    clinic.lots.add(LotInput(toxin.id, "R-77", dt.date(2026, 9, 30), quantity_received=400))
    clinic.products.retire(vita.id)
    return {"hydra": hydra, "toxin": toxin, "vita": vita}


def catalogue(clinic: Clinic) -> list[tuple[object, ...]]:
    """Everything the catalogue holds that an export carries."""
    return [
        (
            p.id,
            p.details,
            p.retired_at,
            [(lot.id, lot.details) for lot in clinic.lots.of_product(p.id)],
        )
        for p in clinic.products.all(retired=True)
    ]


@pytest.fixture
def exported(clinic: Clinic, make: Maker) -> Document:
    stock(clinic)
    patient = make.patient()
    clinic.sessions.sign(make.draft(patient.id).id)
    return clinic.exports.export_document()


def test_an_empty_clinic_gets_the_same_catalogue_back(
    clinic: Clinic, exported: Document, empty: Clinic
) -> None:
    assert [p["name"] for p in exported["catalogue"]["products"]] == [
        "HydraBoost 1.5%",
        "Relaxa 100",
        "VitaGlow Cocktail",
    ]
    hydra = exported["catalogue"]["products"][0]
    assert (hydra["gtin"], hydra["price_per_unit"], hydra["default_volume"]) == (
        "09521234000013",
        "18.40",
        2,
    )
    assert [lot["lot_number"] for lot in hydra["lots"]] == ["ha26-0558", "HA25-1116"]
    report = empty.imports.import_bytes(document_bytes(exported))
    assert (report.products_added, report.lots_added, report.patients_added) == (3, 3, 1)
    assert "3 product(s) and 3 lot(s) added" in report.summary()
    assert catalogue(empty) == catalogue(clinic)
    again = empty.imports.import_bytes(document_bytes(exported))
    assert not again.changed
    assert (again.products_present, again.lots_present) == (3, 3)


def test_the_import_is_audited_product_by_product_and_lot_by_lot(
    exported: Document, empty: Clinic
) -> None:
    data = document_bytes(exported)
    empty.imports.import_bytes(data)
    entries = [e for e in empty.audit.entries() if e.action == "import"]
    [file_entry] = [e for e in entries if e.entity == "file"]
    assert "3 product(s), 3 lot(s) added as the file has them" in file_entry.detail
    listed = [(e.entity, e.detail) for e in entries if e.entity in ("product", "lot")]
    sha = file_entry.detail.split()[2].rstrip(";")
    assert listed.count(("lot", f"from file sha256 {sha}")) == 3
    assert ("product", f"from file sha256 {sha}; retired in the file") in listed
    assert len([x for x in listed if x[0] == "product"]) == 3
    assert empty.audit.verify().intact


def test_one_patients_export_carries_no_catalogue(clinic: Clinic, make: Maker) -> None:
    stock(clinic)
    patient = make.patient()
    assert "catalogue" not in clinic.exports.export_document(patient=str(patient.id))
    assert clinic.exports.export_document()["catalogue"]["products"]


def test_an_empty_catalogue_is_written_empty(clinic: Clinic, make: Maker) -> None:
    make.patient()
    assert clinic.exports.export_document()["catalogue"] == {"products": []}


def test_a_product_held_with_other_content_is_a_conflict_and_nothing_is_written(
    exported: Document, empty: Clinic, tmp_path: Path
) -> None:
    empty.imports.import_bytes(document_bytes(exported))
    changed = copy.deepcopy(exported)
    changed["catalogue"]["products"][0]["price_per_unit"] = "19.00"
    changed["catalogue"]["products"][1]["lots"][0]["expiry_date"] = "2026-10-31"
    changed["catalogue"]["products"].append(new_product("Brand new"))
    before = DatabaseProbe(tmp_path / "empty.sqlite").snapshot()
    with pytest.raises(ValidationError) as refused:
        empty.imports.import_bytes(document_bytes(changed))
    found = [(v.path, v.value, str(v.allowed)) for v in refused.value.violations]
    hydra, toxin = changed["catalogue"]["products"][:2]
    assert found == [
        ("catalogue.products[0].id", hydra["id"], str(DIFFERS)),
        ("catalogue.products[1].lots[0].id", toxin["lots"][0]["id"], str(DIFFERS)),
    ]
    assert DatabaseProbe(tmp_path / "empty.sqlite").snapshot() == before


def new_product(name: str, **fields: object) -> Document:
    return {
        "id": "6f1d2c3b-4a59-4e68-8f7a-9b0c1d2e3f40",
        "name": name,
        "solution": "vitamins",
        "unit": "ml",
        "lots": [],
        **fields,
    }


def test_a_name_or_gtin_another_product_has_is_refused_naming_field_and_value(
    clinic: Clinic, exported: Document, empty: Clinic, tmp_path: Path
) -> None:
    held = {p.details.name: p for p in clinic.products.all(retired=True)}
    empty.imports.import_bytes(document_bytes(exported))
    document = copy.deepcopy(exported)
    document["catalogue"]["products"] = [
        new_product("  hydraboost   1.5% ", gtin="09521234000020"),
        new_product("Other", gtin="09521234000013")
        | {"id": "0e9c7a51-3d2b-4f6e-8a1c-2b3d4e5f6a7b"},
    ]
    document["patients"] = []
    before = DatabaseProbe(tmp_path / "empty.sqlite").snapshot()
    with pytest.raises(ValidationError) as refused:
        empty.imports.import_bytes(document_bytes(document))
    hydra = held["HydraBoost 1.5%"]
    assert [(v.path, v.value, str(v.allowed)) for v in refused.value.violations] == [
        (
            "catalogue.products[0].name",
            "hydraboost   1.5%",
            f"{NAME_HELD}: product {hydra.id} has it",
        ),
        (
            "catalogue.products[1].gtin",
            "09521234000013",
            f"{GTIN_HELD}: HydraBoost 1.5% (product {hydra.id}) has it",
        ),
    ]
    assert "hydraboost   1.5%" in str(refused.value)
    assert DatabaseProbe(tmp_path / "empty.sqlite").snapshot() == before


def test_a_lot_number_its_product_has_under_another_id_is_refused(
    exported: Document, empty: Clinic, tmp_path: Path
) -> None:
    empty.imports.import_bytes(document_bytes(exported))
    document = copy.deepcopy(exported)
    hydra = document["catalogue"]["products"][0]
    held = hydra["lots"].pop()
    assert held["lot_number"] == "HA25-1116"
    hydra["lots"].append(
        {
            "id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
            "lot_number": "ha25-1116 ",
            "expiry_date": "2027-12-31",
        }
    )
    before = DatabaseProbe(tmp_path / "empty.sqlite").snapshot()
    with pytest.raises(ValidationError) as refused:
        empty.imports.import_bytes(document_bytes(document))
    [violation] = refused.value.violations
    assert (violation.path, violation.value) == (
        "catalogue.products[0].lots[1].lot_number",
        "ha25-1116 ",
    )
    assert str(violation.allowed) == f"{LOT_HELD}: lot {held['id']} of HydraBoost 1.5% has it"
    assert DatabaseProbe(tmp_path / "empty.sqlite").snapshot() == before


def test_new_lots_of_a_product_held_are_added(exported: Document, empty: Clinic) -> None:
    first = copy.deepcopy(exported)
    first["catalogue"]["products"][0]["lots"].pop()
    empty.imports.import_bytes(document_bytes(first))
    report = empty.imports.import_bytes(document_bytes(exported))
    assert (report.products_added, report.lots_added) == (0, 1)
    assert (report.products_present, report.lots_present) == (3, 2)
    assert report.changed


def test_the_domains_rules_refuse_a_catalogue_before_any_database(
    exported: Document, empty: Clinic
) -> None:
    document = copy.deepcopy(exported)
    hydra = document["catalogue"]["products"][0]
    hydra["gtin"] = "09521234000018"  # the check digit is 3
    hydra["default_volume"] = 60  # ml: at most 50
    hydra["price_per_unit"] = "100000.01"
    hydra["lots"][0]["received_on"] = "2026-03-11"  # the clock's tomorrow
    with pytest.raises(ValidationError) as refused:
        empty.imports.import_bytes(document_bytes(document))
    assert [v.path for v in refused.value.violations] == [
        "catalogue.products[0].gtin",
        "catalogue.products[0].default_volume",
        "catalogue.products[0].price_per_unit",
        "catalogue.products[0].lots[0].received_on",
    ]
    assert empty.products.all(retired=True) == []


def test_a_version_1_file_still_imports_and_may_not_carry_a_catalogue(
    exported: Document, empty: Clinic
) -> None:
    old = {"format": "mesolog", "version": 1, "patients": copy.deepcopy(exported["patients"])}
    for patient in old["patients"]:
        for session in patient["sessions"]:
            session.pop("signed_by", None)
    report = empty.imports.import_bytes(json.dumps(old).encode())
    assert (report.patients_added, report.products_added) == (1, 0)
    with pytest.raises(ValidationError) as refused:
        empty.imports.import_bytes(json.dumps(old | {"catalogue": exported["catalogue"]}).encode())
    assert [v.path for v in refused.value.violations] == ["catalogue"]


def test_a_bundle_carries_the_catalogue(
    clinic: Clinic, exported: Document, tmp_path: Path, empty: Clinic
) -> None:
    path = tmp_path / "clinic.mesolog.zip"
    clinic.exports.export_bundle(path)
    report = empty.imports.import_file(path)
    assert (report.products_added, report.lots_added) == (3, 3)
    assert catalogue(empty) == catalogue(clinic)


def test_a_retired_products_lots_come_with_it(clinic: Clinic, empty: Clinic) -> None:
    products = stock(clinic)
    vita = products["vita"]
    clinic.products.reinstate(vita.id)
    clinic.lots.add(LotInput(vita.id, "VG26-0464", dt.date(2028, 4, 28)))
    clinic.products.retire(vita.id)
    empty.imports.import_bytes(document_bytes(clinic.exports.export_document()))
    [lot] = empty.lots.of_product(vita.id)
    assert lot.details == replace(lot.details, lot_number="VG26-0464", product_id=vita.id)
    assert not empty.products.get(vita.id).active
