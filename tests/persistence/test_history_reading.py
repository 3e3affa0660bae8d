"""The history read with Core (persistence/history_reading.py) gives the very records the
ORM rows give through `mapping.session_from_row`: every session of every patient of the
demo clinic, with voided sessions, lines, product uses and reactions, an amendment, a
draft and warnings given anyway added to it; and the like on PostgreSQL."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy import select

from mesolog.domain.records import GivenDespite, Session, SessionInput
from mesolog.persistence import history_reading, queries
from mesolog.persistence.mapping import session_from_row
from mesolog.persistence.models import PatientRow
from mesolog.services.clinic import Clinic
from tests.persistence.encryption_support import open_clinic
from tests.services.conftest import Maker


def _with_fewer_parts(entry: SessionInput) -> SessionInput:
    """The entry without its last line, its first line's last product and its last
    reaction: a draft saved so voids those rows."""
    first, *others = entry.treatments
    first = dataclasses.replace(first, products=first.products[:-1])
    return dataclasses.replace(
        entry, treatments=(first, *others[:-1]), reactions=entry.reactions[:-1]
    )


def _vary(clinic: Clinic) -> None:
    """Adds what the demo clinic lacks: voided parts of a draft, a voided session, an
    amendment, warnings given anyway."""
    (patient,) = clinic.patients.search("", limit=1)
    sessions = clinic.history.patient_history(patient.id).sessions
    crowded = max(sessions, key=lambda s: (len(s.entry.treatments), len(s.entry.reactions))).entry
    assert len(crowded.treatments) > 1 and crowded.reactions, "the demo has no full session"
    doubled = dataclasses.replace(
        crowded,
        treatments=crowded.treatments + crowded.treatments,
        reactions=crowded.reactions + crowded.reactions,
        given_despite=(GivenDespite("nsaids_recent", "Ibuprofen two days ago", "agreed"),),
    )
    draft = clinic.sessions.create_draft(patient.id, doubled)
    clinic.sessions.update_draft(draft.id, _with_fewer_parts(doubled), read=draft)
    signed = [s for s in sessions if s.status.value == "signed"]
    clinic.sessions.amend(signed[0].id, _with_fewer_parts(signed[0].entry), reason="typo")
    clinic.sessions.void(signed[1].id, reason="wrong patient")


def _versions(sessions: tuple[Session, ...]) -> list[int]:
    """`version` is left out of a record's equality: compared on its own."""
    return [s.version for s in sessions]


def _compared(clinic: Clinic) -> int:
    """Reads every patient's sessions both ways, asserting they agree; how many sessions."""
    compared = 0
    with clinic.context.db.read() as s:
        for patient_id in s.scalars(select(PatientRow.id)).all():
            orm = tuple(session_from_row(r) for r in queries.sessions_of_patient(s, patient_id))
            s.expunge_all()
            core = history_reading.sessions_of_patient(s, patient_id)
            assert core == orm
            assert _versions(core) == _versions(orm)
            compared += len(core)
    return compared


def test_both_readers_give_the_same_sessions(demo: Path) -> None:
    with open_clinic(demo, None) as clinic:
        _vary(clinic)
        assert _compared(clinic) > 300


def test_both_readers_give_the_same_sessions_on_postgresql(postgresql_url: str) -> None:
    with Clinic.open(postgresql_url, actor="tester") as clinic:
        make = Maker(clinic)
        patient = make.patient()
        for _ in range(3):
            draft = clinic.sessions.create_draft(patient.id, make.full_entry(patient.id))
            clinic.sessions.sign(draft.id)
        _vary(clinic)
        assert _compared(clinic) == 5
