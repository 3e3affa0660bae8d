"""`mesolog products` and `mesolog lots` run as a subprocess on a real database file: added,
listed as a table and as CSV, retired by name or GTIN; refusals name the field, the value
and what is allowed, exit 1, nothing written; an assistant only reads."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest

from mesolog.domain.enums import Area, Role, Solution
from mesolog.domain.products import LotInput, ProductInput, ProductUnit
from mesolog.domain.records import (
    NeedleTechnique,
    PatientInput,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from tests.cli.test_main import mesolog

PASSWORD = "correct horse battery"


def run(db: Path, *args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = mesolog("--db", str(db), *args, stdin=stdin)
    return result.returncode, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite"
    with Clinic.open(str(path), actor="tester"):
        pass
    return path


def stored(db: Path) -> Clinic:
    return Clinic.open(str(db), actor="tester")


def test_products_are_added_listed_and_retired(db: Path) -> None:
    code, out, err = run(
        db, "products", "add", "--name", "HydraBoost 1.5%", "--solution", "hyaluronic_acid",
        "--manufacturer", "Dermica", "--concentration", "1.5%", "--gtin", "4006381333931",
        "--default-volume", "2", "--price", "18.4", "--notes", "Keep cold",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == "product added: HydraBoost 1.5%, GTIN 04006381333931\n"
    code, out, err = run(
        db, "products", "add", "--name", "Κολλαγόνο Πλους", "--solution", "peptides",
        "--unit", "units", "--default-volume", "150",
    )  # fmt: skip
    assert (code, err) == (0, "")
    with stored(db) as clinic:
        [hydra, greek] = clinic.products.all()
        assert (hydra.details.price_per_unit, hydra.details.notes) == (Decimal("18.4"), "Keep cold")
        assert (greek.details.unit, greek.details.default_volume) == (ProductUnit.UNITS, 150)
        clinic.lots.add(LotInput(hydra.id, "HB2401", dt.date(2027, 1, 31)))

    code, out, _ = run(db, "products", "list")
    assert code == 0
    assert out.splitlines() == [
        "name             manufacturer  solution         concentration  unit   gtin            "
        "default_amount  price_per_unit  lots  state",
        "HydraBoost 1.5%  Dermica       hyaluronic_acid  1.5%           ml     04006381333931  "
        "2               18.40           1     in use",
        "Κολλαγόνο Πλους                peptides                        units                  "
        "150                             0     in use",
    ]
    assert run(db, "products", "retire", "4006381333931")[1] == (
        "product retired: HydraBoost 1.5%\n"
    )
    assert [line.split()[0] for line in run(db, "products", "list")[1].splitlines()] == [
        "name",
        "Κολλαγόνο",
    ]
    code, out, _ = run(db, "products", "list", "--retired", "--format", "csv")
    listed = list(csv.DictReader(io.StringIO(out)))
    assert [(row["name"], row["state"]) for row in listed] == [
        ("HydraBoost 1.5%", "retired"),
        ("Κολλαγόνο Πλους", "in use"),
    ]
    assert listed[0]["price_per_unit"] == "18.40"
    code, _, err = run(db, "products", "retire", "κολλαγονο πλους")
    assert code == 0, err


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--gtin", "4006381333932", "gtin: '4006381333932' is not allowed; a GTIN of 8, 12"),
        ("--default-volume", "150", "default_volume: 150.0 is not allowed; more than 0 and at"),
        ("--price", "18.456", "price_per_unit: '18.456' is not allowed; 0 to 100000 with at"),
    ],
)
def test_a_value_the_catalogue_refuses_is_named_and_nothing_is_written(
    db: Path, option: str, value: str, said: str
) -> None:
    code, out, err = run(
        db, "products", "add", "--name", "HydraBoost", "--solution", "other", option, value
    )
    assert code == 1
    assert out == ""
    assert said in err
    assert "Traceback" not in err
    with stored(db) as clinic:
        assert clinic.products.all(retired=True) == []


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--default-volume", "1,5"], "argument --default-volume: '1,5' is not a number"),
        (["--unit", "vials"], "argument --unit: invalid choice: 'vials'"),
    ],
)
def test_a_value_that_is_no_value_is_a_usage_error(db: Path, args: list[str], said: str) -> None:
    code, _, err = run(db, "products", "add", "--name", "H", "--solution", "other", *args)
    assert code == 2
    assert said in err


def test_lots_are_added_and_listed_expired_ones_said(db: Path) -> None:
    assert run(db, "products", "add", "--name", "HydraBoost", "--solution", "other")[0] == 0
    code, out, err = run(
        db, "lots", "add", "--product", "hydraboost", "--lot", "HB2401", "--expiry",
        "2025-01-31", "--received-on", "2024-03-01", "--quantity", "50",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == "lot added: HB2401 of HydraBoost, expiry 2025-01-31\n"
    assert (
        run(
            db,
            "lots",
            "add",
            "--product",
            "HydraBoost",
            "--lot",
            "HB2502",
            "--expiry",
            "2099-06-30",
        )[0]
        == 0
    )
    code, out, _ = run(db, "lots", "list", "--product", "HydraBoost", "--format", "csv")
    assert list(csv.reader(io.StringIO(out))) == [
        ["product", "lot", "expiry", "received_on", "unit", "quantity_received", "used",
         "left", "state"],
        ["HydraBoost", "HB2502", "2099-06-30", "", "ml", "", "0", "", "in date"],
        ["HydraBoost", "HB2401", "2025-01-31", "2024-03-01", "ml", "50", "0", "50", "expired"],
    ]  # fmt: skip
    code, _, err = run(
        db, "lots", "add", "--product", "HydraBoost", "--lot", "hb2401", "--expiry", "2027-01-01"
    )
    assert code == 1
    assert "lot_number: 'hb2401' is not allowed; a lot number HydraBoost has no other lot" in err
    code, _, err = run(db, "lots", "add", "--product", "Nothing", "--lot", "L", "--expiry", "x")
    assert code == 2
    assert "argument --expiry: 'x' is not a day; write it as YYYY-MM-DD" in err
    code, _, err = run(
        db, "lots", "add", "--product", "Nothing", "--lot", "L", "--expiry", "2027-01-01"
    )
    assert code == 1
    assert "product: no product is named 'Nothing' or has it as GTIN" in err


def test_a_lot_is_counted_in_its_products_unit(db: Path) -> None:
    """What signed sessions used of a lot, and what is left, in the product's unit: the units
    given of a product counted in units (6 ml of it were injected), ml of any other."""
    with stored(db) as clinic:
        ampoules = clinic.products.add(
            ProductInput("Vita Ampoule", Solution.VITAMINS, unit=ProductUnit.UNITS)
        )
        hydra = clinic.products.add(ProductInput("HydraBoost", Solution.HYALURONIC_ACID))
        clinic.lots.add(LotInput(ampoules.id, "VA-1", dt.date(2099, 6, 30), None, 10))
        clinic.lots.add(LotInput(hydra.id, "HB-1", dt.date(2099, 6, 30), None, 40))
        patient = clinic.patients.create(PatientInput("Ανδρέου", "Άννα", dt.date(1980, 1, 2)))
        uses = (
            ProductUse(Solution.VITAMINS, 6.0, "Vita Ampoule", "", "VA-1", units=2.5),
            ProductUse(Solution.HYALURONIC_ACID, 1.5, "HydraBoost", "", "HB-1"),
        )
        entry = SessionInput(
            dt.datetime(2026, 2, 3, 10, 0, tzinfo=dt.UTC),
            "Dr Eleni Markou",
            (TreatmentLine(Area.FOREHEAD, NeedleTechnique(depth_mm=1.5), uses),),
        )
        clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry).id)
    code, out, err = run(db, "lots", "list", "--format", "csv")
    assert (code, err) == (0, "")
    listed = list(csv.DictReader(io.StringIO(out)))
    assert [
        (r["lot"], r["unit"], r["quantity_received"], r["used"], r["left"]) for r in listed
    ] == [
        ("HB-1", "ml", "40", "1.5", "38.5"),
        ("VA-1", "units", "10", "2.5", "7.5"),
    ]
    code, out, _ = run(db, "lots", "list", "--product", "Vita Ampoule")
    assert out.splitlines()[1].split()[4:8] == ["units", "10", "2.5", "7.5"]


def test_a_name_a_spreadsheet_would_run_is_listed_as_text(db: Path) -> None:
    assert run(db, "products", "add", "--name", "=HYPERLINK(1)", "--solution", "other")[0] == 0
    _, out, _ = run(db, "products", "list", "--format", "csv")
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert row["name"] == "'=HYPERLINK(1)"


def test_an_assistant_lists_the_catalogue_and_adds_nothing(db: Path) -> None:
    with stored(db) as clinic:
        clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
        clinic.act_as("admin")
        clinic.accounts.add("maria", "Maria Nikolaou", Role.ASSISTANT, PASSWORD)
    as_maria = ("--user", "maria", "--password-stdin")
    password = f"{PASSWORD}\n".encode()
    code, out, err = run(db, "products", "list", *as_maria, stdin=password)
    assert (code, err) == (0, "")
    assert out.startswith("name")
    code, _, err = run(
        db, "products", "add", "--name", "H", "--solution", "other", *as_maria, stdin=password
    )
    assert code == 1
    assert "may not manage the product catalogue" in err
    code, _, err = run(db, "products", "add", "--name", "H", "--solution", "other")
    assert code == 1, "accounts exist: --user is needed"
    with stored(db) as clinic:
        assert clinic.products.all(retired=True) == []
