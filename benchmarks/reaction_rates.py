"""Times Records ▸ Reactions over a large clinic (SQLite): the rates of a year's sessions
by each dimension, for any reaction and for one kind at one severity; and, once, the
same year read as whole session records (what the light queries avoid).

    .venv/bin/python benchmarks/reaction_rates.py [--patients N] [--sessions S] [--runs R]
        [--db FILE] [--no-whole-records]

Builds the clinic through the import service, 5,000 patients an import (as
benchmarks/search.py builds its patients): N patients (default 50,000) with S signed
sessions each (default 4) spread over two years, one to three lines each, products of
eight names with six lots each, a reaction in about a quarter of the sessions (half an
hour at 50,000 here; `--db FILE` keeps it, and times it again without building). Prints
the median and slowest wall-clock time and the median processor time of R runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from mesolog.domain.amendments import current
from mesolog.domain.enums import (
    Area,
    NeedleMethod,
    ReactionKind,
    SessionStatus,
    Severity,
    Solution,
)
from mesolog.domain.ids import new_patient_id, new_session_id
from mesolog.domain.reaction_rates import Dimension, ReactionChoice
from mesolog.domain.records import (
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
from mesolog.persistence import queries
from mesolog.persistence.mapping import session_from_row
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_import import ImportService

NOW = dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.UTC)
ATHENS = dt.timezone(dt.timedelta(hours=2))
PRODUCTS = (
    ("HydraBoost 1.5%", Solution.HYALURONIC_ACID, "HA"),
    ("AquaVeil HA 2%", Solution.HYALURONIC_ACID, "AV"),
    ("VitaGlow Cocktail", Solution.VITAMINS, "VG"),
    ("FirmaTone DMAE 3%", Solution.DMAE, "FT"),
    ("LipoCell PC 5%", Solution.PHOSPHATIDYLCHOLINE, "LC"),
    ("CaffeSlim 2.5%", Solution.CAFFEINE, "CS"),
    ("AminoRenew 12", Solution.AMINO_ACIDS, "AR"),
    ("PeptiLift", Solution.PEPTIDES, "PL"),
)
AREAS = (Area.FOREHEAD, Area.CHEEKS, Area.FULL_FACE, Area.NECK, Area.DECOLLETAGE, Area.THIGHS)
KINDS = (ReactionKind.REDNESS, ReactionKind.SWELLING, ReactionKind.BRUISING, ReactionKind.PAIN)
CHUNK = 5_000


def _line(rng: random.Random) -> TreatmentLine:
    name, solution, prefix = rng.choice(PRODUCTS)
    lot = f"{prefix}25-{rng.randrange(6):04d}"
    product = ProductUse(solution, 2.0, name, "", lot, dt.date(2027, 12, 31))
    if rng.random() < 0.6:
        depth = rng.choice((1.0, 1.5, 2.0, 2.5, 3.0, 4.0))
        technique: NeedleTechnique | PenTechnique = NeedleTechnique(
            depth, 30, 4.0, NeedleMethod.NAPPAGE
        )
    else:
        depth = rng.choice((0.25, 0.5, 0.75, 1.0, 1.5, 2.0))
        technique = PenTechnique(depth, 80, 12, 3)
    return TreatmentLine(rng.choice(AREAS), technique, (product,))


def _session(rng: random.Random, patient: Patient, day: int) -> Session:
    lines = tuple(_line(rng) for _ in range(rng.randint(1, 3)))
    reactions: tuple[Reaction, ...] = ()
    if rng.random() < 0.25:
        area = rng.choice((None, lines[0].area))
        reactions = (Reaction(rng.choice(KINDS), rng.choice(list(Severity)), area),)
    performed = NOW.astimezone(ATHENS) - dt.timedelta(days=day, hours=rng.randrange(8))
    entry = SessionInput(
        performed_at=performed,
        clinician=f"Dr {rng.choice(('Vasileiou', 'Markou', 'Albrecht', 'Nikolaou'))}",
        treatments=lines,
        pre_treatment=PreTreatment(nsaids_paused_days=10, consent_confirmed=True),
        reactions=reactions,
    )
    return Session(
        new_session_id(),
        patient.id,
        entry,
        SessionStatus.SIGNED,
        signed_at=performed + dt.timedelta(hours=1),
        signed_by=entry.clinician,
    )


def _clinic_file(rng: random.Random, first: int, count: int, sessions: int) -> ClinicFile:
    bundles = []
    for number in range(first, first + count):
        details = PatientInput(
            "Papadopoulou", "Elena", dt.date(1980, 1, 1), record_number=f"MC-{number:06d}"
        )
        patient = Patient(new_patient_id(), details, NOW - dt.timedelta(days=800))
        days = sorted(rng.sample(range(1, 730), sessions))
        own = tuple(_session(rng, patient, day) for day in days)
        bundles.append(PatientBundle(patient, (), own))
    return ClinicFile(tuple(bundles))


T = TypeVar("T")


def _timed(runs: int, work: Callable[[], T]) -> tuple[float, float, float, T]:
    """The median and slowest wall-clock time and the median processor time of `runs`
    runs after one that fills the file cache (the machine may be shared: the processor
    time says what the work itself cost)."""
    times, cpu = [], []
    result = work()
    for _ in range(runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        result = work()
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return statistics.median(times), max(times), statistics.median(cpu), result


def _whole_records(clinic: Clinic, first: dt.date, last: dt.date) -> int:
    """The year's signed, current sessions as whole records (every session read)."""
    with clinic.context.db.read() as s:
        records = [session_from_row(row) for row in queries.every_session(s, None)]
    return sum(
        1
        for x in current(records)
        if x.status is SessionStatus.SIGNED and first <= x.performed_on <= last
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=50_000)
    parser.add_argument("--sessions", type=int, default=4)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--no-whole-records", action="store_true", help="skip reading the year as records"
    )
    parser.add_argument(
        "--db", type=Path, help="keep the clinic in this file, and time an existing one again"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "many.sqlite"
        built = path.exists()
        with Clinic.open(str(path), actor="bench", clock=lambda: NOW) as clinic:
            if not built:
                _build(clinic, args.patients, args.sessions)
            _time_rates(clinic, args.runs, whole_records=not args.no_whole_records)


def _build(clinic: Clinic, patients: int, sessions: int) -> None:
    rng = random.Random(13)
    start = time.perf_counter()
    for first in range(0, patients, CHUNK):
        clinic_file = _clinic_file(rng, first, min(CHUNK, patients - first), sessions)
        ImportService(clinic.context).import_records(clinic_file)
    print(
        f"{patients} patients, {patients * sessions} sessions written in "
        f"{time.perf_counter() - start:.0f} s"
    )


def _time_rates(clinic: Clinic, runs: int, *, whole_records: bool) -> None:
    last = NOW.date()
    first_day = last - dt.timedelta(days=364)
    for choice in (ReactionChoice(), ReactionChoice(ReactionKind.BRUISING, Severity.MILD)):
        for dimension in Dimension:
            median, slowest, cpu, rates = _timed(
                runs,
                lambda d=dimension, c=choice: clinic.reaction_rates.rates(
                    first_day, last, by=d, reaction=c
                ),
            )
            print(
                f"rates by {dimension:9} reaction {choice!s:15} "
                f"{rates.table.overall.sessions:6d} sessions, {len(rates.table.rows):3d} rows  "
                f"median {median * 1000:5.0f} ms  max {slowest * 1000:5.0f} ms  "
                f"cpu {cpu * 1000:5.0f} ms"
            )
    if whole_records:
        began = time.perf_counter()
        found = _whole_records(clinic, first_day, last)
        print(
            f"the same year as whole session records: {found} sessions in "
            f"{time.perf_counter() - began:.0f} s (once)"
        )


if __name__ == "__main__":
    main()
