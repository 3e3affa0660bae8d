"""One of two workstations editing the same record at once (issue 11, defect 1).

    python -m tests.integrity.lost_update_writer DATABASE ACTOR TASK RECORD_ID [APPENDS]

It prints READY and waits for a line; then it opens the clinic as the app does.

- `phone`, `other_phone`, `allergies` (RECORD_ID a patient), `notes`, `score` (a draft
  session): it reads the record, prints READ, waits for a line (so that both workstations
  hold the same version), saves its one change based on what it read, and prints the
  outcome.
- `append` (a patient): APPENDS times, reads the patient and saves the notes with one line
  more (`ACTOR-i`), based on what it read, as fast as it can; a refused save is counted,
  not retried.

Its last line is JSON: `saved` (the lines or changes acknowledged), `refused` (the known
errors' messages). Anything but a known error ends it with a traceback.
"""

from __future__ import annotations

import json
import sys
import uuid
from dataclasses import replace

from mesolog.domain.errors import KnownError
from mesolog.domain.ids import PatientId, SessionId
from mesolog.services.clinic import Clinic

CHANGES = {
    "phone": ("patient", {"phone": "+30 210 999 9999"}),
    "other_phone": ("patient", {"phone": "+30 210 111 1111"}),
    "allergies": ("patient", {"allergies": "Lidocaine (rash, 2019)"}),
    "notes": ("session", {"notes": "Tolerated well; mild redness."}),
    "score": ("session", {"improvement_score": 7}),
}


def change_once(clinic: Clinic, task: str, record: uuid.UUID) -> dict[str, list[str]]:
    kind, values = CHANGES[task]
    if kind == "patient":
        patient = clinic.patients.get(PatientId(record))
        _wait("READ")
        try:
            clinic.patients.update(patient.id, replace(patient.details, **values), read=patient)
        except KnownError as error:
            return {"saved": [], "refused": [str(error)]}
    else:
        session = clinic.sessions.get(SessionId(record))
        _wait("READ")
        try:
            entry = replace(session.entry, **values)
            clinic.sessions.update_draft(session.id, entry, read=session)
        except KnownError as error:
            return {"saved": [], "refused": [str(error)]}
    return {"saved": [task], "refused": []}


def append_lines(clinic: Clinic, actor: str, record: uuid.UUID, count: int) -> dict[str, list[str]]:
    saved: list[str] = []
    refused: list[str] = []
    for number in range(count):
        line = f"{actor}-{number}"
        patient = clinic.patients.get(PatientId(record))
        notes = f"{patient.details.notes}\n{line}".strip()
        try:
            clinic.patients.update(patient.id, replace(patient.details, notes=notes), read=patient)
        except KnownError as error:
            refused.append(f"{line}: {type(error).__name__}: {error}")
        else:
            saved.append(line)
    return {"saved": saved, "refused": refused}


def _wait(said: str) -> None:
    print(said, flush=True)
    if not sys.stdin.readline():
        raise SystemExit(f"no signal after {said}")


def main(argv: list[str]) -> None:
    database, actor, task, record = argv[0], argv[1], argv[2], uuid.UUID(argv[3])
    _wait("READY")
    with Clinic.open(database, actor=actor) as clinic:
        if task == "append":
            result = append_lines(clinic, actor, record, int(argv[4]))
        else:
            result = change_once(clinic, task, record)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
