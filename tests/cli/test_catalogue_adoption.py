"""`mesolog products adopt`, run as a subprocess: the catalogue built from the sessions of a
clinic that had none, said with its counts and the lots skipped; a second run adds
nothing; refused to an assistant."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mesolog.domain.enums import Solution
from mesolog.domain.records import ProductUse
from mesolog.services.clinic import Clinic
from tests.cli.test_main import mesolog
from tests.services.conftest import Maker

NOW = dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.UTC)


def clinic_with_sessions(path: Path) -> None:
    with Clinic.open(str(path), actor="tester", clock=lambda: NOW) as clinic:
        make = Maker(clinic)
        patient = make.patient()
        uses = (
            ProductUse(
                Solution.DMAE, 1.0, "FirmaTone DMAE 3%", "3%", "FT26-0370", dt.date(2028, 3, 28)
            ),
            ProductUse(Solution.VITAMINS, 0.5, "VitaGlow Cocktail", "", "VG-26"),
        )
        draft = make.draft(patient.id, treatments=(make.needle_line(products=uses),))
        clinic.sessions.sign(draft.id)


def test_adopt_builds_the_catalogue_and_says_what_it_skipped(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite"
    clinic_with_sessions(path)
    first = mesolog("--db", str(path), "products", "adopt")
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0].startswith("2 product(s) and 1 lot(s) added to the catalogue")
    assert "2 of 2 product use(s)" in lines[0]
    assert lines[1:] == ["skipped\tVitaGlow Cocktail\tVG-26\tno session gives its expiry"]
    again = mesolog("--db", str(path), "products", "adopt")
    assert again.stdout.startswith("0 product(s) and 0 lot(s) added")
    with Clinic.open(str(path), actor="tester") as clinic:
        assert [p.details.name for p in clinic.products.all()] == [
            "FirmaTone DMAE 3%",
            "VitaGlow Cocktail",
        ]


def test_an_assistant_may_not_adopt(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite"
    clinic_with_sessions(path)
    boss = mesolog(
        "--db", str(path), "user", "add", "boss", "--role", "admin", "--password-stdin",
        stdin=b"boss-password-1\n" * 2,
    )  # fmt: skip
    assert boss.returncode == 0, boss.stderr
    nurse = mesolog(
        "--db", str(path), "user", "add", "nurse", "--role", "assistant", "--user", "boss",
        "--password-stdin", stdin=b"boss-password-1\n" + b"nurse-password-1\n" * 2,
    )  # fmt: skip
    assert nurse.returncode == 0, nurse.stderr
    refused = mesolog(
        "--db", str(path), "products", "adopt", "--user", "nurse", "--password-stdin",
        stdin=b"nurse-password-1\n",
    )  # fmt: skip
    assert refused.returncode == 1
    assert "manage the product catalogue" in refused.stderr
    allowed = mesolog(
        "--db", str(path), "products", "adopt", "--user", "boss", "--password-stdin",
        stdin=b"boss-password-1\n",
    )  # fmt: skip
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.startswith("2 product(s) and 1 lot(s) added")
