"""Makes a large clinic to measure mesolog at scale (docs/scale-plan.md §4), deterministically.

    python benchmarks/clinic_generator.py DATABASE [--patients N] [--sessions S] [--seed K]

DATABASE is a new SQLite file or a PostgreSQL URL of an empty database. N patients (default
5,000) named as benchmarks/search.py names them, Greek and Latin, each with one course of S
signed sessions (default 10): six two weeks apart, then maintenance every 90 days; a fifth
of the courses go on (their patients fall due), the rest are completed. 1 to 3 treatment
lines a session, 1 or 2 of benchmarks/recall.py's twelve products a line with that month's
lot, a reaction in about a quarter of the sessions. Patient 1 (Καρμίρης Νίκος) has 300
sessions, for opening a large record.

The catalogue and patient 1 go through the services (which add the clinician, the products
and their lots); the rest is written with Core `executemany`, a batch of patients a
transaction, each record with its audit entry (digests from the rows, persistence.row_digests;
entries chained with persistence.audit.EntryFields), so that `mesolog audit verify` passes.
Sessions are written as drafts and signed by one UPDATE, as the guards ask. A seed gives
the same clinic but for the uuids the services draw (the catalogue's, patient 1's)."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import random
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import select

from mesolog.domain.enums import (
    Area,
    CourseStatus,
    Indication,
    NeedleMethod,
    Onset,
    ReactionKind,
    SessionStatus,
    Severity,
    Sex,
    Solution,
    TechniqueKind,
)
from mesolog.domain.ids import CourseId, new_patient_id, new_session_id
from mesolog.domain.products import LotInput, ProductInput, lot_key, name_key
from mesolog.domain.record_numbers import record_key
from mesolog.domain.records import (
    Course,
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    PreTreatment,
    ProductUse,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.domain.text import sort_key
from mesolog.interchange.codec import ClinicFile, PatientBundle
from mesolog.persistence.mapping import search_terms
from mesolog.persistence.row_digests import Part, row_digest
from mesolog.services.clinic import Clinic
from mesolog.services.demo_names import ABROAD, GREECE

sys.path.insert(0, str(Path(__file__).parent))
from generator_rows import (
    ACTOR,
    CLINICIAN,
    GENERATED_AT,
    TABLES,
    Batch,
    Ids,
    continue_sequences,
    filled,
    insert_batch,
    next_id,
)
from recall import PRODUCTS, _lot

TODAY = GENERATED_AT.date()
ATHENS = dt.timezone(dt.timedelta(hours=2))
BATCH = 500
PLANNED, INITIAL_DAYS, MAINTENANCE_DAYS = 6, 14, 90
GOING_ON = 0.2
REACTIONS = 0.25
SPREAD_DAYS = 3 * 365
AREAS = (Area.FULL_FACE, Area.NECK, Area.DECOLLETAGE, Area.FOREHEAD, Area.CHEEKS, Area.HANDS)
SOLUTIONS = (Solution.HYALURONIC_ACID, Solution.DMAE, Solution.VITAMINS, Solution.PEPTIDES)


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


class Generator:
    def __init__(self, clinic: Clinic, *, seed: int, sessions: int) -> None:
        self.clinic = clinic
        self.sessions = sessions
        self.rng = random.Random(seed)
        countries = (GREECE, *ABROAD)
        self.families = [name for c in countries for pair in c.family_names for name in pair]
        self.female = [name for c in countries for name in c.female_given]
        self.male = [name for c in countries for name in c.male_given]

    def catalogue(self) -> None:
        """The twelve products, each with a lot for every month of the spread."""
        first = TODAY - dt.timedelta(days=SPREAD_DAYS + 500)
        for number, name in enumerate(PRODUCTS):
            product = self.clinic.products.add(ProductInput(name, SOLUTIONS[number % 4]))
            month = first.replace(day=1)
            while month <= TODAY:
                self.clinic.lots.add(
                    LotInput(product.id, _lot(number, month), month + dt.timedelta(days=700))
                )
                month = (month + dt.timedelta(days=32)).replace(day=1)

    def large_record(self, count: int = 300) -> None:
        """Patient 1: one course of `count` sessions ten days apart, through the importer."""
        patient = Patient(
            new_patient_id(),
            PatientInput("Καρμίρης", "Νίκος", dt.date(1968, 1, 5), record_number="MC-000000"),
            GENERATED_AT,
        )
        course = Course(
            CourseId(_uuid(self.rng)),
            patient.id,
            CourseInput(Indication.HYDRATION_TIGHTENING, 20, TODAY - dt.timedelta(days=10 * count)),
            CourseStatus.ACTIVE,
        )
        needle = NeedleTechnique(1.5, 30, 4.0, NeedleMethod.NAPPAGE)
        sessions = []
        for number in range(count):
            day = course.plan.started_on + dt.timedelta(days=10 * number)
            moment = dt.datetime.combine(day, dt.time(11), ATHENS)
            use = ProductUse(Solution.HYALURONIC_ACID, 2.0, PRODUCTS[0], "", _lot(0, day))
            entry = SessionInput(
                moment,
                CLINICIAN,
                (TreatmentLine(Area.FOREHEAD, needle, (use,)), TreatmentLine(Area.NECK, needle)),
                course_id=course.id,
                pre_treatment=PreTreatment(consent_confirmed=True),
            )
            sessions.append(
                Session(
                    new_session_id(),
                    patient.id,
                    entry,
                    SessionStatus.SIGNED,
                    signed_at=moment + dt.timedelta(hours=1),
                    signed_by=CLINICIAN,
                )
            )
        bundle = PatientBundle(patient, (course,), tuple(sessions))
        self.clinic.imports.import_records(ClinicFile((bundle,)))

    def write(self, patients: int, progress: bool = True) -> None:
        engine = self.clinic.context.db.engine
        with engine.connect() as connection:
            ids = Ids({name: next_id(connection, name) for name in Batch().rows})
            clinician = connection.scalar(
                select(TABLES["clinicians"].c.id).where(TABLES["clinicians"].c.name == CLINICIAN)
            )
        assert clinician is not None, "the large record adds the clinician"
        started = time.perf_counter()
        for first in range(1, patients + 1, BATCH):
            batch = Batch()
            for number in range(first, min(first + BATCH, patients + 1)):
                self._patient(batch, ids, number, clinician)
            with engine.begin() as connection:
                insert_batch(connection, batch)
            if progress:
                done = min(first + BATCH - 1, patients)
                print(f"  {done:,} patients  {time.perf_counter() - started:6.1f} s", flush=True)
        with engine.begin() as connection:
            continue_sequences(connection)

    def _patient(self, batch: Batch, ids: Ids, number: int, clinician: int) -> None:
        rng = self.rng
        female = rng.random() < 0.7
        given = rng.choice(self.female if female else self.male)
        family = rng.choice(self.families)
        record_number = f"MC-{number:06d}"
        phone = f"+30 69{rng.randrange(10**8):08d}"
        start = TODAY - dt.timedelta(
            days=rng.randrange(SPREAD_DAYS) + _span(self.sessions) + INITIAL_DAYS
        )
        going_on = rng.random() < GOING_ON
        patient_id, patient_uuid = ids.take("patients"), _uuid(rng)
        days = _days(start, self.sessions)
        patient = filled(
            "patients",
            {
                "id": patient_id,
                "uuid": patient_uuid,
                "record_number": record_number,
                "record_key": record_key(record_number) or None,
                "family_name": family,
                "given_name": given,
                "date_of_birth": dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(20_000)),
                "sex": Sex.FEMALE if female else Sex.MALE,
                "phone": phone,
                "consent_signed_on": start,
                "sort_key": sort_key(family, given),
                "last_session_on": days[-1],
                "next_due_on": _next_due(days) if going_on else None,
                "created_at": GENERATED_AT,
                "updated_at": GENERATED_AT,
            },
        )
        batch.rows["patients"].append(patient)
        batch.audited.append(
            ("patient", patient_uuid, patient_uuid, row_digest("patients", patient))
        )
        batch.rows["patient_search_terms"] += [
            {"patient_id": patient_id, "term": term}
            for term in sorted(search_terms(family, given, record_number, phone))
        ]
        course_id, course_uuid = ids.take("courses"), _uuid(rng)
        areas = rng.sample(AREAS, 2)
        course = filled(
            "courses",
            {
                "id": course_id,
                "uuid": course_uuid,
                "patient_id": patient_id,
                "indication": Indication.HYDRATION_TIGHTENING,
                "planned_sessions": min(PLANNED, self.sessions),
                "initial_interval_days": INITIAL_DAYS,
                "maintenance_interval_days": MAINTENANCE_DAYS,
                "started_on": start,
                "status": CourseStatus.ACTIVE if going_on else CourseStatus.COMPLETED,
                "maintenance_from": days[PLANNED] if len(days) > PLANNED else None,
                "created_at": GENERATED_AT,
                "updated_at": GENERATED_AT,
            },
        )
        area_rows = [
            {"course_id": course_id, "position": position, "area": area}
            for position, area in enumerate(areas)
        ]
        batch.rows["courses"].append(course)
        batch.rows["course_areas"] += area_rows
        digest = row_digest("courses", course, {"areas": [Part(row) for row in area_rows]})
        batch.audited.append(("course", course_uuid, patient_uuid, digest))
        for day in days:
            self._session(batch, ids, (patient_id, patient_uuid, course_id, clinician), day)

    def _session(
        self, batch: Batch, ids: Ids, owner: tuple[int, uuid.UUID, int, int], day: dt.date
    ) -> None:
        rng = self.rng
        patient_id, patient_uuid, course_id, clinician = owner
        moment = dt.datetime.combine(day, dt.time(9 + rng.randrange(9)), ATHENS)
        session_id, session_uuid = ids.take("sessions"), _uuid(rng)
        session = filled(
            "sessions",
            {
                "id": session_id,
                "uuid": session_uuid,
                "patient_id": patient_id,
                "course_id": course_id,
                "clinician_id": clinician,
                "performed_at": moment,
                "performed_at_utc_offset": 120,
                "status": SessionStatus.SIGNED,
                "signed_at": moment + dt.timedelta(hours=1),
                "signed_by": CLINICIAN,
                "consent_confirmed": True,
                "improvement_score": rng.randrange(11) if rng.random() < 0.5 else None,
                "created_at": GENERATED_AT,
                "updated_at": GENERATED_AT,
            },
        )
        lines = [
            self._line(batch, ids, session_id, position, area, day)
            for position, area in enumerate(rng.sample(AREAS, rng.randint(1, 3)))
        ]
        reactions = []
        if rng.random() < REACTIONS:
            reaction = filled(
                "reactions",
                {
                    "id": ids.take("reactions"),
                    "uuid": _uuid(rng),
                    "session_id": session_id,
                    "position": 0,
                    "kind": rng.choice(list(ReactionKind)),
                    "severity": rng.choice(list(Severity)),
                    "area": rng.choice(AREAS),
                    "onset": rng.choice(list(Onset)),
                    "resolved_on": day + dt.timedelta(days=rng.randint(1, 7)),
                },
            )
            batch.rows["reactions"].append(reaction)
            reactions.append(Part(reaction))
        batch.rows["sessions"].append(session)
        digest = row_digest("sessions", session, {"treatments": lines, "reactions": reactions})
        batch.audited.append(("session", session_uuid, patient_uuid, digest))

    def _line(  # noqa: PLR0917 - the one caller names them in order
        self, batch: Batch, ids: Ids, session_id: int, position: int, area: Area, day: dt.date
    ) -> Part:
        rng = self.rng
        line_id = ids.take("treatment_lines")
        needle = rng.random() < 0.7
        line = filled(
            "treatment_lines",
            {
                "id": line_id,
                "uuid": _uuid(rng),
                "session_id": session_id,
                "position": position,
                "area": area,
                "technique": TechniqueKind.NEEDLE if needle else TechniqueKind.PEN,
                "depth_mm": 1.5 if needle else 0.75,
                "needle_gauge": 30 if needle else None,
                "needle_length_mm": 4.0 if needle else None,
                "needle_method": NeedleMethod.NAPPAGE if needle else None,
                "pen_needle_count": None if needle else 12,
                "pen_penetrations_per_second": None if needle else 80,
                "pen_passes": None if needle else 3,
            },
        )
        uses = []
        for use_position, product in enumerate(rng.sample(range(len(PRODUCTS)), rng.randint(1, 2))):
            lot = _lot(product, day)
            name = PRODUCTS[product]
            use = filled(
                "product_uses",
                {
                    "id": ids.take("product_uses"),
                    "uuid": _uuid(rng),
                    "treatment_line_id": line_id,
                    "position": use_position,
                    "solution": SOLUTIONS[product % 4],
                    "product_name": name,
                    "product_key": _name_key(name),
                    "volume_ml": round(rng.uniform(0.5, 3.0), 1),
                    "lot_number": lot,
                    "lot_key": _lot_key(lot),
                    "expiry_date": day.replace(day=1) + dt.timedelta(days=700),
                },
            )
            batch.rows["product_uses"].append(use)
            uses.append(Part(use))
        batch.rows["treatment_lines"].append(line)
        return Part(line, {"products": uses})


_name_key = functools.cache(name_key)
_lot_key = functools.cache(lot_key)


def _span(count: int) -> int:
    return INITIAL_DAYS * (min(count, PLANNED) - 1) + MAINTENANCE_DAYS * max(count - PLANNED, 0)


def _days(start: dt.date, count: int) -> list[dt.date]:
    days, day = [], start
    for number in range(count):
        days.append(day)
        day += dt.timedelta(days=INITIAL_DAYS if number < PLANNED - 1 else MAINTENANCE_DAYS)
    return days


def _next_due(days: list[dt.date]) -> dt.date:
    """As domain.schedule gives it: the last session and the interval of the course's phase."""
    interval = MAINTENANCE_DAYS if len(days) >= PLANNED else INITIAL_DAYS
    return days[-1] + dt.timedelta(days=interval)


def generate(database: str, *, patients: int, sessions: int, seed: int) -> float:
    """Makes the clinic; returns the seconds it took."""
    began = time.perf_counter()
    with Clinic.open(database, actor=ACTOR, clock=lambda: GENERATED_AT) as clinic:
        generator = Generator(clinic, seed=seed, sessions=sessions)
        generator.catalogue()
        generator.large_record()
        generator.write(patients)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("database", help="a new SQLite file, or a PostgreSQL URL")
    parser.add_argument("--patients", type=int, default=5_000)
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    seconds = generate(
        args.database, patients=args.patients, sessions=args.sessions, seed=args.seed
    )
    print(f"{args.patients:,} patients × {args.sessions} sessions written in {seconds:.1f} s")


if __name__ == "__main__":
    main()
