"""The same code on a real PostgreSQL server: schema, search, the demo's round trip."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from mesolog.domain.records import PatientInput
from mesolog.persistence.base import Base
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.services.transfer_export import ExportService
from mesolog.services.transfer_import import ImportService


def test_migrations_produce_exactly_the_models_schema(postgresql_url: str) -> None:
    with (
        Clinic.open(postgresql_url, actor="tester") as clinic,
        clinic.context.db.engine.connect() as connection,
    ):
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_search_is_case_and_accent_insensitive(postgresql_url: str) -> None:
    with Clinic.open(postgresql_url, actor="tester") as clinic:
        for family in ("Καρμίρης", "Müller", "Østergård"):
            clinic.patients.create(PatientInput(family, "Test", dt.date(1980, 1, 1)))
        found = {
            query: [p.family_name for p in clinic.patients.search(query)]
            for query in ("καρμιρησ", "MULLER", "ostergard", "κα")
        }
    assert found == {
        "καρμιρησ": ["Καρμίρης"],
        "MULLER": ["Müller"],
        "ostergard": ["Østergård"],
        "κα": ["Καρμίρης"],
    }


def test_demo_export_import_round_trip(postgresql_url: str, postgresql_url_2: str) -> None:
    with Clinic.open(postgresql_url, actor="tester") as source:
        DemoService(source.context).fill()
        first = ExportService(source.context).export_document()
    with Clinic.open(postgresql_url_2, actor="tester") as target:
        report = ImportService(target.context).import_bytes(json.dumps(first).encode())
        again = ExportService(target.context).export_document()
    assert report.patients_added == len(first["patients"])
    # Of each database, at each export; the photos, left out of a document without them.
    apart = {"exported_at": None, "chain_anchor": None, "photos_left_out": None}
    assert {**again, **apart} == {**first, **apart}


def test_a_draft_signed_meanwhile_on_another_workstation_is_not_changed(
    postgresql_url: str,
) -> None:
    """Workstation B's edit waits for A's signature and then finds the session locked."""
    import threading

    from sqlalchemy import create_engine, text

    from mesolog.domain.enums import Area
    from mesolog.domain.errors import StateError
    from mesolog.domain.records import NeedleTechnique, SessionInput, TreatmentLine

    with Clinic.open(postgresql_url, actor="a") as a, Clinic.open(postgresql_url, actor="b") as b:
        patient = a.patients.create(PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1)))
        entry = SessionInput(
            dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
            "Dr A",
            (TreatmentLine(Area.NECK, NeedleTechnique(depth_mm=2.0)),),
        )
        draft = a.sessions.create_draft(patient.id, entry)
        signer = create_engine(postgresql_url)
        outcome: list[BaseException | None] = []
        with signer.begin() as connection:
            connection.execute(
                text("SELECT id FROM sessions WHERE uuid = :u FOR UPDATE"), {"u": draft.id}
            )

            def edit() -> None:
                try:
                    changed = replace(entry, notes="changed after signing")
                    b.sessions.update_draft(draft.id, changed, read=draft)
                    outcome.append(None)
                except StateError as error:
                    outcome.append(error)

            editor = threading.Thread(target=edit)
            editor.start()
            editor.join(timeout=1.0)
            assert editor.is_alive(), "B waits for A's lock"
            connection.execute(
                text(
                    "UPDATE sessions SET status = 'signed', signed_at = now(), signed_by = 'a'"
                    " WHERE uuid = :u"
                ),
                {"u": draft.id},
            )
        editor.join(timeout=30)
        signer.dispose()
        assert isinstance(outcome[0], StateError)
        assert a.sessions.get(draft.id).entry.notes == ""
