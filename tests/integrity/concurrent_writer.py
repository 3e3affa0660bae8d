"""One of several processes writing to one clinic database at the same time.

    python -m tests.integrity.concurrent_writer DATABASE NUMBER WRITES SHARED_PATIENT SEED

It imports, prints READY and waits for a line on standard input, so that every writer
starts together. Then it opens the clinic as the app does (`Clinic.open`, schema check
included) and makes WRITES service calls that write: patients, drafts (half of them for
SHARED_PATIENT, whom every writer treats), draft rewrites, signatures, editor drafts,
naming clinicians that the writers record on first use. A known error (the message a
person would see) is counted and the writer goes on; anything else ends it.

Its last line is JSON: what it stored, the errors, and the time each call took.
"""

from __future__ import annotations

import json
import random
import sys
import time
import uuid

from mesolog.domain.errors import KnownError
from mesolog.domain.ids import PatientId, SessionId
from mesolog.services.clinic import Clinic
from tests.integrity.workload import editor_payload, patient_input, session_input


class ConcurrentWriter:
    def __init__(self, number: int, shared_patient: PatientId, rng: random.Random) -> None:
        self.number = number
        self.rng = rng
        self.patients: list[PatientId] = [shared_patient]
        self.drafts: dict[SessionId, int] = {}
        self.sessions: dict[str, dict[str, object]] = {}
        self.editor: dict[str, tuple[str, int]] = {}
        self.discarded: list[str] = []
        self.errors: list[str] = []
        self.latencies_ms: list[float] = []

    def run(self, clinic: Clinic, writes: int) -> None:
        for index in range(writes):
            start = time.perf_counter()
            try:
                self._write(clinic, index)
            except KnownError as error:
                self.errors.append(f"{type(error).__name__}: {error}")
            self.latencies_ms.append((time.perf_counter() - start) * 1000)

    def _write(self, clinic: Clinic, index: int) -> None:
        rng = self.rng
        roll = rng.random()
        if index % 10 == 0:
            self.patients.append(clinic.patients.create(patient_input(rng)).id)
        elif roll < 0.45 or not self.drafts:
            # Half of the drafts are the shared patient's, whose row every writer updates.
            patient_id = self.patients[0] if rng.random() < 0.5 else rng.choice(self.patients)
            # Now and then a clinician no one has named yet: the writers race to record them.
            newcomer = f"Dr Newcomer {index % 7}" if rng.random() < 0.3 else None
            entry = session_input(rng, rev=1, clinician=newcomer)
            session = clinic.sessions.create_draft(patient_id, entry)
            self.drafts[session.id] = 1
            self._record(session.id, patient_id, rev=1)
        elif roll < 0.65:
            sid = rng.choice(sorted(self.drafts))
            rev = self.drafts[sid] + 1
            entry = session_input(rng, rev=rev)
            clinic.sessions.update_draft(sid, entry, read=clinic.sessions.get(sid))
            self.drafts[sid] = rev
            self.sessions[str(sid)]["rev"] = rev
        elif roll < 0.85:
            sid = rng.choice(sorted(self.drafts))
            clinic.sessions.sign(sid)
            del self.drafts[sid]
            self.sessions[str(sid)]["signed"] = True
        elif self.editor and roll < 0.90:
            key = rng.choice(sorted(self.editor))
            clinic.editor_drafts.discard(uuid.UUID(key))
            del self.editor[key]
            self.discarded.append(key)
        else:
            if self.editor and rng.random() < 0.4:
                key = rng.choice(sorted(self.editor))
                owner, rev = self.editor[key][0], self.editor[key][1] + 1
            else:
                key, owner, rev = str(uuid.uuid4()), str(rng.choice(self.patients)), 1
            clinic.editor_drafts.keep(
                uuid.UUID(key),
                patient_id=PatientId(uuid.UUID(owner)),
                session_id=None,
                payload=editor_payload(rng, rev),
            )
            self.editor[key] = (owner, rev)

    def _record(self, sid: SessionId, patient: PatientId, *, rev: int) -> None:
        self.sessions[str(sid)] = {"patient": str(patient), "rev": rev, "signed": False}

    def result(self, open_ms: float, window: tuple[float, float]) -> dict[str, object]:
        return {
            "writer": self.number,
            "window": window,
            "open_ms": open_ms,
            "calls": len(self.latencies_ms),
            "errors": self.errors,
            "latencies_ms": self.latencies_ms,
            "patients": [str(p) for p in self.patients[1:]],
            "sessions": self.sessions,
            "editor": self.editor,
            "discarded": self.discarded,
        }


def main(argv: list[str]) -> None:
    database, number, writes = argv[0], int(argv[1]), int(argv[2])
    shared_patient, seed = PatientId(uuid.UUID(argv[3])), int(argv[4])
    writer = ConcurrentWriter(number, shared_patient, random.Random(seed))
    print("READY", flush=True)
    if not sys.stdin.readline():
        return
    start = time.perf_counter()
    try:
        clinic = Clinic.open(database, actor=f"writer {number}")
    except KnownError as error:
        writer.errors.append(f"{type(error).__name__} on opening: {error}")
        print(json.dumps(writer.result(0.0, (0.0, 0.0))), flush=True)
        return
    open_ms = (time.perf_counter() - start) * 1000
    with clinic:
        began = time.monotonic()  # one clock for every process on the machine
        writer.run(clinic, writes)
        window = (began, time.monotonic())
    print(json.dumps(writer.result(open_ms, window)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
