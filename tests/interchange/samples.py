"""Interchange content the codec tests share: the smallest document (format version 1, as
files written before version 2 are), and a full clinic file."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from mesolog.domain import enums
from mesolog.domain.chain_anchor import ChainAnchor
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    PenTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.interchange.clinic_file import ClinicFile, PatientBundle

PLUS_TWO = dt.timezone(dt.timedelta(hours=2))
EXPORTED = dt.datetime(2026, 3, 1, 10, 30, tzinfo=PLUS_TWO)
PATIENT_ID = PatientId(uuid.UUID("0f8fad5b-d9cb-469f-a165-70867728950e"))
COURSE_ID = CourseId(uuid.UUID("16fd2706-8baf-433b-82eb-8c7fada847da"))
SESSION_ID = SessionId(uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e"))
SIGNED_AT = dt.datetime(2026, 2, 1, 9, 0, tzinfo=dt.UTC)
DOCTOR = "Dr. Papadopoulou"
ANCHOR = ChainAnchor(41, "3f2a" * 16, dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC))

# Only what the schema requires; a draft session that carries a signed_at all the same.
MINIMAL = f"""
{{"format": "mesolog", "version": 1, "exported_at": "{EXPORTED.isoformat()}",
  "patients": [
    {{"id": "{PATIENT_ID}", "family_name": "Nikolaou", "given_name": "Maria",
      "date_of_birth": "1980-05-17",
      "courses": [{{"id": "{COURSE_ID}", "indication": "wrinkles", "planned_sessions": 6.0,
                    "started_on": "2026-01-10"}}],
      "sessions": [
        {{"id": "{SESSION_ID}", "performed_at": "2026-02-01T10:30:00+02:00",
          "clinician": "{DOCTOR}", "signed_at": "2026-02-01T11:00:00+02:00",
          "treatments": [
            {{"area": "forehead",
              "technique": {{"kind": "needle", "gauge": 30, "length_mm": 4, "depth_mm": 2}},
              "products": [{{"solution": "dmae", "volume_ml": 1}}]}}]}}]}}]}}
"""


def minimal() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(MINIMAL)
    return document


def sample_file() -> ClinicFile:
    """A signed session with both techniques and many optional fields set."""
    details = PatientInput(
        family_name="Nikolaou",
        given_name="Maria",
        date_of_birth=dt.date(1980, 5, 17),
        record_number="A-1",
        sex=enums.Sex.FEMALE,
        fitzpatrick_type=enums.Fitzpatrick.III,
        medications="aspirin 100 mg",
        consent_signed_on=dt.date(2026, 1, 10),
    )
    plan = CourseInput(
        enums.Indication.WRINKLES, 6, dt.date(2026, 1, 10), areas=(enums.Area.FOREHEAD,)
    )
    needle = NeedleTechnique(depth_mm=2.0, length_mm=4.0, method=enums.NeedleMethod.NAPPAGE)
    pen = PenTechnique(depth_mm=0.5, penetrations_per_second=80, passes=3)
    product = ProductUse(enums.Solution.DMAE, 1.5, lot_number="L7")
    entry = SessionInput(
        performed_at=dt.datetime(2026, 2, 1, 10, 30, tzinfo=PLUS_TWO),
        clinician=DOCTOR,
        treatments=(
            TreatmentLine(enums.Area.FOREHEAD, needle, (product,)),
            TreatmentLine(enums.Area.CHEEKS, pen, area_detail="left"),
        ),
        course_id=COURSE_ID,
        pre_treatment=PreTreatment(nsaids_paused_days=10, topical_anaesthetic=""),
        reactions=(
            Reaction(enums.ReactionKind.REDNESS, enums.Severity.MILD, onset=enums.Onset.DURING),
        ),
        improvement_score=4,
    )
    signed = enums.SessionStatus.SIGNED
    session = Session(SESSION_ID, PATIENT_ID, entry, signed, SIGNED_AT, DOCTOR)
    patient = Patient(PATIENT_ID, details, EXPORTED)
    bundle = PatientBundle(patient, (Course(COURSE_ID, PATIENT_ID, plan),), (session,))
    clinic = ClinicSettings("Derma Athens", phone="+30 210")
    return ClinicFile((bundle,), clinic, EXPORTED, chain_anchor=ANCHOR)
