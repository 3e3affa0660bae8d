"""Another workstation, as a process of its own, for tests/ui/test_live_changes.py and
benchmarks/live_changes.py.

    python -m tests.ui.live_writer DATABASE

It opens the clinic, prints READY and then obeys one line at a time on standard input:

- `sign PATIENT DAY`: plans a course for PATIENT that started 40 days before DAY and signs a
  session in it 30 days before DAY (so the patient is overdue on DAY);
- `sign-draft SESSION`: signs the draft SESSION;
- `quit`.

After each it prints a JSON line: the session, and the wall-clock time its commit returned.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
import uuid

from mesolog.domain.enums import Area, Indication, NeedleMethod
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.records import (
    CourseInput,
    NeedleTechnique,
    PreTreatment,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic

NEEDLE = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)


def signed_session(clinic: Clinic, patient: PatientId, day: dt.date) -> SessionId:
    course = clinic.courses.plan(
        patient,
        CourseInput(Indication.WRINKLES, 4, day - dt.timedelta(days=40), (Area.FOREHEAD,)),
    )
    when = dt.datetime.combine(day - dt.timedelta(days=30), dt.time(10), dt.UTC)
    entry = SessionInput(
        performed_at=when,
        clinician="Dr Eleni Vasileiou",
        treatments=(TreatmentLine(Area.FOREHEAD, NEEDLE, ()),),
        pre_treatment=PreTreatment(nsaids_paused_days=10, consent_confirmed=True),
        course_id=course.id,
    )
    draft = clinic.sessions.create_draft(patient, entry)
    return clinic.sessions.sign(draft.id).id


def main(database: str) -> None:
    clinic = Clinic.open(database, actor="room 2")
    print("READY", flush=True)
    for line in sys.stdin:
        command, *words = line.split()
        if command == "quit":
            break
        if command == "sign":
            session = signed_session(
                clinic, PatientId(uuid.UUID(words[0])), dt.date.fromisoformat(words[1])
            )
        else:
            session = clinic.sessions.sign(SessionId(uuid.UUID(words[0]))).id
        print(json.dumps({"session": str(session), "at": time.time()}), flush=True)
    clinic.close()


if __name__ == "__main__":
    main(sys.argv[1])
