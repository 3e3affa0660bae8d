"""The catalogue built from the sessions: a product per folded name of the signed, current
sessions' uses, as most recently used, its default volume their median; a lot per product
and lot number, expiring on the latest expiry given (none given: skipped and said); what
the catalogue has already kept; audited; a second run adds nothing; and run once, by
itself, when an upgrade brings the catalogue to a database of sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command

from mesolog.domain.accounts import AccessDeniedError, Role
from mesolog.domain.enums import Solution
from mesolog.domain.ids import PatientId
from mesolog.domain.products import LotInput, ProductInput
from mesolog.domain.records import ProductUse
from mesolog.persistence.database import Database
from mesolog.persistence.location import resolve_database_url
from mesolog.persistence.migrate import alembic_config, head_revision
from mesolog.services.catalogue_adoption import NO_EXPIRY, AdoptionReport, SkippedLot
from mesolog.services.clinic import Clinic
from tests.services.conftest import Maker

PASSWORD = "correct horse battery"
EXPIRY = dt.date(2027, 6, 30)


def use(name: str, volume: float, lot: str = "", expiry: dt.date | None = None) -> ProductUse:
    return ProductUse(Solution.HYALURONIC_ACID, volume, name, "1.5%", lot, expiry)


def signed(make: Maker, patient_id: PatientId, day: int, *uses: ProductUse) -> None:
    line = make.needle_line(products=uses)
    draft = make.draft(patient_id, performed_at=make.at(3, day), treatments=(line,))
    make.clinic.sessions.sign(draft.id)


def sessions(make: Maker) -> PatientId:
    """Hydra used five times (spelled two ways, lot HA-1 with and without an expiry, lot
    HA-2 without any), vitamins once, a use without a name; and uses that do not count."""
    patient = make.patient()
    signed(make, patient.id, 2, use("HydraBoost 1.5%", 1.0, "ha-1"), use("", 0.5))
    signed(make, patient.id, 3, use("HydraBoost 1.5%", 3.0, "HA-1", EXPIRY))
    signed(
        make,
        patient.id,
        4,
        use("hydraboost  1.5%", 2.0, "HA-2"),
        use("Hydraboost 1.5%", 2.5, "HA-2"),
        replace(use("VitaGlow", 0.5, "VG-7", EXPIRY), solution=Solution.VITAMINS),
    )
    later = replace(use("HYDRABOOST 1.5%", 4.0, " ha-1 ", dt.date(2027, 1, 31)), concentration="")
    signed(make, patient.id, 5, later)
    make.draft(patient.id, treatments=(make.needle_line(products=(use("Draftonly", 1.0),)),))
    voided = make.draft(patient.id, treatments=(make.needle_line(products=(use("Voided", 1),)),))
    make.clinic.sessions.sign(voided.id)
    make.clinic.sessions.void(voided.id, reason="wrong patient")
    return patient.id


def test_products_and_lots_are_built_from_the_signed_current_sessions(
    clinic: Clinic, make: Maker
) -> None:
    sessions(make)
    report = clinic.catalogue_adoption.adopt_from_sessions()
    assert report == AdoptionReport(
        products_added=2,
        lots_added=2,
        uses=7,
        uses_matched=6,
        uses_matched_to_lots=4,
        uses_without_name=1,
        lots_skipped=(SkippedLot("HYDRABOOST 1.5%", "HA-2", NO_EXPIRY),),
    )
    hydra, vita = clinic.products.all()
    assert hydra.details == ProductInput(
        "HYDRABOOST 1.5%", Solution.HYALURONIC_ACID, concentration="", default_volume=2.5
    )
    assert vita.details == ProductInput(
        "VitaGlow", Solution.VITAMINS, concentration="1.5%", default_volume=0.5
    )
    [lot] = clinic.lots.of_product(hydra.id)
    assert lot.details == LotInput(hydra.id, "ha-1", EXPIRY)
    assert [x.details.lot_number for x in clinic.lots.of_product(vita.id)] == ["VG-7"]
    assert "2 product(s) and 2 lot(s) added" in report.summary()
    assert f"1 lot(s) skipped: {NO_EXPIRY}" in report.summary()


def test_what_the_catalogue_has_is_kept_and_a_second_run_adds_nothing(
    clinic: Clinic, make: Maker
) -> None:
    sessions(make)
    held = clinic.products.add(
        ProductInput("Hydraboost 1.5%", Solution.HYALURONIC_ACID, gtin="4006381333931")
    )
    clinic.products.retire(held.id)
    clinic.products.reinstate(held.id)
    clinic.lots.add(LotInput(held.id, "HA-1", dt.date(2028, 1, 31)))
    first = clinic.catalogue_adoption.adopt_from_sessions()
    assert (first.products_added, first.lots_added, first.uses_matched) == (1, 1, 6)
    assert clinic.products.get(held.id).details == held.details
    assert [lot.details.expiry_date for lot in clinic.lots.of_product(held.id)] == [
        dt.date(2028, 1, 31)
    ]
    second = clinic.catalogue_adoption.adopt_from_sessions()
    assert (second.products_added, second.lots_added) == (0, 0)
    assert (second.uses_matched, second.uses_matched_to_lots) == (6, 4)


def test_each_record_added_is_audited_as_created_from_the_sessions(
    clinic: Clinic, make: Maker
) -> None:
    sessions(make)
    clinic.catalogue_adoption.adopt_from_sessions()
    created = [
        (e.action, e.entity, e.detail)
        for e in clinic.audit.entries()
        if e.entity in ("product", "lot")
    ]
    assert sorted(created) == sorted(
        [("create", "product", "adopted from sessions")] * 2
        + [("create", "lot", "adopted from sessions")] * 2
    )
    assert clinic.audit.verify().intact


def test_an_amended_sessions_corrected_version_does_not_count(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    first = make.draft(patient.id, treatments=(make.needle_line(products=(use("Typo", 1.0),)),))
    clinic.sessions.sign(first.id)
    fixed = make.entry(treatments=(make.needle_line(products=(use("Right", 1.0),)),))
    clinic.sessions.amend(first.id, fixed, reason="product misnamed")
    clinic.catalogue_adoption.adopt_from_sessions()
    assert [p.details.name for p in clinic.products.all()] == ["Right"]


def test_only_those_who_manage_the_catalogue_adopt(clinic: Clinic, make: Maker) -> None:
    sessions(make)
    clinic.accounts.create_first_admin("admin", "Dr Anna Petrou", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    clinic.act_as("nurse")
    with pytest.raises(AccessDeniedError):
        clinic.catalogue_adoption.adopt_from_sessions()
    assert clinic.products.all() == []


def _downgrade(path: Path, revision: str) -> None:
    database = Database(resolve_database_url(str(path)))
    with database.engine.connect() as connection:
        driver = connection.connection.driver_connection
        driver.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        command.downgrade(alembic_config(connection), revision)
        connection.commit()
    database.dispose()


def test_an_upgrade_that_brings_the_catalogue_builds_it_from_the_sessions(
    tmp_path: Path, clock: object
) -> None:
    path = tmp_path / "old.sqlite"
    with Clinic.open(str(path), actor="tester", clock=clock) as old:  # type: ignore[arg-type]
        sessions(Maker(old))
        assert old.migration is not None and old.migration.after == ()
    _downgrade(path, "0010")
    with Clinic.open(str(path), actor="upgrader", clock=clock) as upgraded:  # type: ignore[arg-type]
        migration = upgraded.migration
        assert migration is not None
        assert (migration.from_revision, migration.to_revision) == ("0010", head_revision())
        [said] = migration.after
        assert said.startswith("Catalogue: 2 product(s) and 2 lot(s) added")
        assert "6 of 7 product use(s)" in said
        assert [p.details.name for p in upgraded.products.all()] == ["HYDRABOOST 1.5%", "VitaGlow"]
        entries = [e for e in upgraded.audit.entries() if e.entity in ("product", "lot")]
        assert {(e.actor, e.detail) for e in entries} == {
            ("upgrader", "adopted from sessions on the upgrade to schema 0011")
        }
        assert upgraded.audit.verify().intact
    with Clinic.open(str(path), actor="tester", clock=clock) as again:  # type: ignore[arg-type]
        assert again.migration is not None and again.migration.after == ()
        assert len(again.products.all()) == 2


def test_on_upgrade_a_database_with_accounts_is_adopted_as_maintenance(
    tmp_path: Path, clock: object
) -> None:
    path = tmp_path / "old.sqlite"
    with Clinic.open(str(path), actor="tester", clock=clock) as old:  # type: ignore[arg-type]
        sessions(Maker(old))
        old.accounts.create_first_admin("admin", "Dr Anna Petrou", PASSWORD)
        old.act_as("admin")
        old.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    _downgrade(path, "0010")
    with Clinic.open(str(path), actor="tester", clock=clock) as upgraded:  # type: ignore[arg-type]
        assert upgraded.migration is not None
        assert upgraded.migration.to_revision == head_revision()
        assert upgraded.migration.after[0].startswith("Catalogue: 2 product(s)")
        assert upgraded.account is None  # whoever may open the file upgrades it
