"""The process the crash test kills: writes records through the services until it dies.

    python -m tests.integrity.crash_writer DATABASE SEED      (from the repository root)

It imports and sets itself up, prints READY, and waits for one line on standard input:
JSON naming records of earlier runs it may carry on with (patients, drafts with their
revision, editor drafts). Only then does it open the database, and it writes until
it is killed. Before each service call it prints `> ...` (what it is about to do);
as soon as the call returns (the transaction is committed) it prints what is now
stored and flushes:

    P patient                    a patient was created
    D session patient            a draft session was created (revision 1)
    U session rev                the draft was rewritten (its revision `rev`)
    S session                    the draft was signed
    K key patient rev            an editor draft was kept (revision `rev`)
    X key                        the editor draft was discarded

Everything printed is a promise the database must keep after the kill.
"""

from __future__ import annotations

import json
import random
import sys
import uuid

from sqlalchemy.orm import configure_mappers

from mesolog.domain.ids import PatientId, SessionId
from mesolog.persistence.database import Database
from mesolog.persistence.location import resolve_database_url
from mesolog.services.context import ServiceContext
from mesolog.services.editor_drafts import EditorDraftService
from mesolog.services.patients import PatientService
from mesolog.services.sessions import SessionService
from tests.integrity.workload import editor_payload, patient_input, session_input

ACTOR = "crash-writer"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Writer:
    def __init__(self, database: str, rng: random.Random) -> None:
        # Everything that needs no file first: the mappers, the engine (it connects lazily).
        configure_mappers()
        context = ServiceContext(Database(resolve_database_url(database)), ACTOR)
        self.patients = PatientService(context)
        self.sessions = SessionService(context)
        self.editor = EditorDraftService(context)
        self.rng = rng
        self.known_patients: list[PatientId] = []
        self.drafts: dict[SessionId, int] = {}
        self.editor_drafts: dict[uuid.UUID, tuple[PatientId, int]] = {}

    def carry_on(self, earlier: dict[str, object]) -> None:
        """Takes over records of earlier runs (as the parent last found them stored)."""
        patients = earlier.get("patients", [])
        drafts = earlier.get("drafts", {})
        editor = earlier.get("editor", {})
        assert isinstance(patients, list)
        assert isinstance(drafts, dict)
        assert isinstance(editor, dict)
        self.known_patients = [PatientId(uuid.UUID(p)) for p in patients]
        self.drafts = {SessionId(uuid.UUID(s)): int(rev) for s, rev in drafts.items()}
        self.editor_drafts = {
            uuid.UUID(key): (PatientId(uuid.UUID(patient)), int(rev))
            for key, (patient, rev) in editor.items()
        }

    def step(self) -> None:
        rng = self.rng
        roll = rng.random()
        if not self.known_patients or roll < 0.12:
            self.create_patient()
        elif roll < 0.50 or not self.drafts:
            self.create_draft(rng.choice(self.known_patients))
        elif roll < 0.68:
            self.update_draft(rng.choice(sorted(self.drafts)))
        elif roll < 0.82:
            self.sign(rng.choice(sorted(self.drafts)))
        elif roll < 0.93 or not self.editor_drafts:
            self.keep_editor_draft()
        else:
            self.discard_editor_draft(rng.choice(sorted(self.editor_drafts)))

    def create_patient(self) -> None:
        details = patient_input(self.rng)
        say("> P")
        patient = self.patients.create(details)
        say(f"P {patient.id}")
        self.known_patients.append(patient.id)

    def create_draft(self, patient: PatientId) -> None:
        entry = session_input(self.rng, rev=1)
        say(f"> D {patient}")
        session = self.sessions.create_draft(patient, entry)
        say(f"D {session.id} {patient}")
        self.drafts[session.id] = 1

    def update_draft(self, session: SessionId) -> None:
        rev = self.drafts[session] + 1
        entry = session_input(self.rng, rev=rev)
        say(f"> U {session} {rev}")
        self.sessions.update_draft(session, entry, read=self.sessions.get(session))
        say(f"U {session} {rev}")
        self.drafts[session] = rev

    def sign(self, session: SessionId) -> None:
        say(f"> S {session}")
        self.sessions.sign(session, signer=self.rng.choice(["", "Dr Eleni Vasileiou"]))
        say(f"S {session}")
        del self.drafts[session]

    def keep_editor_draft(self) -> None:
        if self.editor_drafts and self.rng.random() < 0.5:
            key = self.rng.choice(sorted(self.editor_drafts))
            patient, rev = self.editor_drafts[key][0], self.editor_drafts[key][1] + 1
        else:
            key, patient, rev = uuid.uuid4(), self.rng.choice(self.known_patients), 1
        payload = editor_payload(self.rng, rev)
        say(f"> K {key} {patient} {rev}")
        self.editor.keep(key, patient_id=patient, session_id=None, payload=payload)
        say(f"K {key} {patient} {rev}")
        self.editor_drafts[key] = (patient, rev)

    def discard_editor_draft(self, key: uuid.UUID) -> None:
        say(f"> X {key}")
        self.editor.discard(key)
        say(f"X {key}")
        del self.editor_drafts[key]


def main(argv: list[str]) -> None:
    database, seed = argv[0], int(argv[1])
    writer = Writer(database, random.Random(seed))
    say("READY")
    line = sys.stdin.readline()
    if not line:
        return  # the parent needs no more runs
    writer.carry_on(json.loads(line))
    while True:
        writer.step()


if __name__ == "__main__":
    main(sys.argv[1:])
