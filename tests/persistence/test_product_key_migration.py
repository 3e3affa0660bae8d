"""Migration 0016 on a clinic from before it: every product use, signed ones included, gets
its name's key (folded, spaces collapsed) and no units; the signed-part locks stand again,
the audited digests still match, and recall finds a product however its name was typed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import exc, text

from mesolog.domain.enums import Area, Solution
from mesolog.domain.records import (
    NeedleTechnique,
    PatientInput,
    PreTreatment,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.persistence.database import SIGNED_LOCK, Database
from mesolog.persistence.location import resolve_database_url
from mesolog.persistence.migrate import alembic_config
from mesolog.reports.recall_data import RecallQuery
from mesolog.services.clinic import Clinic

NOW = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)
NAMES = ("Ύαλο  Boost 2%", "HydraBoost 1.5%", "hydraboost 1.5%")


def _entry() -> SessionInput:
    products = tuple(
        ProductUse(Solution.HYALURONIC_ACID, 1.0, name, lot_number="L1") for name in NAMES
    )
    return SessionInput(
        performed_at=dt.datetime(2026, 12, 5, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        clinician="Dr Eleni Vasileiou",
        treatments=(TreatmentLine(Area.NECK, NeedleTechnique(2.0), products),),
        pre_treatment=PreTreatment(consent_confirmed=True),
    )


def test_existing_product_uses_get_their_name_keys(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite"
    with Clinic.open(str(path), actor="tester", clock=lambda: NOW) as clinic:
        patient = clinic.patients.create(PatientInput("Καρμίρης", "Γιώργος", dt.date(1980, 1, 1)))
        clinic.sessions.sign(clinic.sessions.create_draft(patient.id, _entry()).id)
    db = Database(resolve_database_url(str(path)))
    with db.engine.connect() as connection:
        command.downgrade(alembic_config(connection), "0015")
        connection.commit()
    db.dispose()

    with Clinic.open(str(path), actor="tester", clock=lambda: NOW) as clinic:
        assert clinic.audit.verify().intact
        [found] = clinic.recall.search(RecallQuery(product="υαλο boost 2%"), reason="t").patients
        assert found.id == patient.id
        [session] = (
            clinic.recall.search(RecallQuery(product="HYDRABOOST  1.5%"), reason="t")
            .patients[0]
            .sessions
        )
        assert [use.product_name for use in session.uses] == list(NAMES[1:])
        engine = clinic.context.db.engine
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT product_key, units FROM product_uses ORDER BY position")
            )
            assert [tuple(row) for row in rows] == [
                ("υαλο boost 2%", None),
                ("hydraboost 1.5%", None),
                ("hydraboost 1.5%", None),
            ]
        with pytest.raises(exc.DBAPIError, match=SIGNED_LOCK), engine.begin() as connection:
            connection.execute(text("UPDATE product_uses SET product_key = 'x'"))


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_name_that_folds_longer_is_kept_whole(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Folding lengthens ß to ss: a name of 200 characters may have a longer key, which a
    200-character column refused on PostgreSQL ('not a usable database')."""
    name = "Straße Booster " + "ß" * 185
    where = (
        str(tmp_path / "clinic.sqlite")
        if backend == "sqlite"
        else request.getfixturevalue("postgresql_url")
    )
    with Clinic.open(where, actor="tester", clock=lambda: NOW) as clinic:
        patient = clinic.patients.create(PatientInput("Καρμίρης", "Γιώργος", dt.date(1980, 1, 1)))
        entry = _entry()
        products = (ProductUse(Solution.HYALURONIC_ACID, 1.0, name, lot_number="L1"),)
        line = replace(entry.treatments[0], products=products)
        draft = clinic.sessions.create_draft(patient.id, replace(entry, treatments=(line,)))
        clinic.sessions.sign(draft.id)
        found = clinic.recall.search(RecallQuery(product=name.lower()), reason="t")
        assert [p.id for p in found.patients] == [patient.id]
