"""Times recall searches in a clinic of many patients (SQLite; target: median ≤ 200 ms).

    .venv/bin/python benchmarks/recall.py [--patients N] [--runs R] [--keep FILE]

Builds the clinic once through the import service, 2,000 patients an import (one import of
them all takes far longer): N patients named as benchmarks/search.py names them, each with 1
to 10 signed sessions over three years, 1 to 3 treatment lines a session and 1 or 2 of twelve
products a line; each product's lot changes every month, as in the demo clinic. With --keep
FILE the database is kept there and used again by the next run that names it.

Then times, R times each, the service's search as the Recall window asks for it (every
patient found and counted, the first page read with their sessions, the audit entry written
and committed): a lot, a lot of a product, a product over three months and a product at any
time, and prints each median (wall and CPU) and slowest run. The target is for that answer.
Then the next page read, as the window's table scrolls to it; the same searches read whole,
as a CSV or the letters are written from (no target: a file of thousands of patients takes
seconds); and the query plans, so that an index
missing shows as a SCAN.
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

from sqlalchemy import text

from mesolog.domain.enums import Area, NeedleMethod, SessionStatus, Solution
from mesolog.domain.ids import new_patient_id, new_session_id
from mesolog.domain.records import (
    NeedleTechnique,
    Patient,
    PatientInput,
    PreTreatment,
    ProductUse,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.interchange.codec import ClinicFile, PatientBundle
from mesolog.reports.recall_data import RecallQuery
from mesolog.services.clinic import Clinic
from mesolog.services.demo_names import ABROAD, GREECE

TARGET_MS = 200
BATCH = 2_000
PRODUCTS = (
    "HydraBoost 1.5%",
    "AquaVeil HA 2%",
    "FirmaTone DMAE 3%",
    "CaffeSlim 2.5%",
    "LipoCell PC 5%",
    "VitaGlow Cocktail",
    "AminoRenew 12",
    "PeptiLift",
    "TrichoPep Scalp",
    "SiliCore 0.5%",
    "Ύαλο Boost 2%",
    "NCTF 135 HA",
)
AREAS = (Area.FULL_FACE, Area.NECK, Area.DECOLLETAGE, Area.FOREHEAD, Area.CHEEKS, Area.HANDS)
FIRST_DAY = dt.date(2023, 3, 1)
DAYS = 3 * 365
ATHENS = dt.timezone(dt.timedelta(hours=2))


def _lot(product: int, day: dt.date) -> str:
    return f"P{product:02d}-{day.year % 100:02d}{day.month:02d}"


def _patients(rng: random.Random, count: int, first: int) -> list[Patient]:
    """Patients named as benchmarks/search.py names them, numbered from `first`."""
    countries = (GREECE, *ABROAD)
    families = [name for c in countries for pair in c.family_names for name in pair]
    given = [name for c in countries for name in (*c.female_given, *c.male_given)]
    now = dt.datetime.now(dt.UTC)
    return [
        Patient(
            new_patient_id(),
            PatientInput(
                family_name=rng.choice(families),
                given_name=rng.choice(given),
                date_of_birth=dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(20_000)),
                record_number=f"MC-{number:06d}",
                phone=f"+30 69{rng.randrange(10**8):08d}",
            ),
            now,
        )
        for number in range(first, first + count)
    ]


def _with_sessions(count: int, first: int) -> ClinicFile:
    rng = random.Random(first)
    needle = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)
    bundles = []
    for patient in _patients(rng, count, first):
        sessions = []
        for _ in range(rng.randint(1, 10)):
            day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
            moment = dt.datetime.combine(day, dt.time(9 + rng.randrange(9)), ATHENS)
            lines = []
            for area in rng.sample(AREAS, rng.randint(1, 3)):
                uses = tuple(
                    ProductUse(
                        Solution.HYALURONIC_ACID,
                        round(rng.uniform(0.5, 3.0), 1),
                        PRODUCTS[product],
                        "",
                        _lot(product, day),
                        day + dt.timedelta(days=700),
                    )
                    for product in rng.sample(range(len(PRODUCTS)), rng.randint(1, 2))
                )
                lines.append(TreatmentLine(area, needle, uses))
            entry = SessionInput(
                moment,
                "Dr Eleni Vasileiou",
                tuple(lines),
                pre_treatment=PreTreatment(consent_confirmed=True),
            )
            sessions.append(
                Session(
                    new_session_id(),
                    patient.id,
                    entry,
                    SessionStatus.SIGNED,
                    signed_at=moment + dt.timedelta(hours=1),
                    signed_by="Dr Eleni Vasileiou",
                )
            )
        bundles.append(PatientBundle(patient, (), tuple(sessions)))
    return ClinicFile(tuple(bundles))


def _timed(step: Callable[[], int], runs: int) -> tuple[int, float, float, float]:
    """What the step found, and its median wall time, slowest wall time and median CPU
    time in ms (the CPU time is this process's own: a busy machine stretches the wall's)."""
    walls, cpus, found = [], [], 0
    for _ in range(runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        found = step()
        walls.append((time.perf_counter() - began) * 1000)
        cpus.append((time.process_time() - began_cpu) * 1000)
    return found, statistics.median(walls), max(walls), statistics.median(cpus)


def _plans(clinic: Clinic, queries: dict[str, RecallQuery]) -> None:
    """The plan of each search's main statement, read from SQLite."""
    statements: list[str] = []

    def keep(_c: object, _cursor: object, statement: str, *_: object) -> None:
        if "product_uses" in statement and "JOIN" in statement:
            statements.append(statement)

    from sqlalchemy import event

    engine = clinic.context.db.engine
    event.listen(engine, "before_cursor_execute", keep)
    plans = {}
    for name, query in queries.items():
        statements.clear()
        clinic.recall.search(query, reason="benchmark")
        plans[name] = list(statements)
    event.remove(engine, "before_cursor_execute", keep)
    with engine.connect() as connection:
        for name, found in plans.items():
            for statement in found:
                compiled = statement.replace("?", "NULL")
                plan = connection.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
                print(f"plan of {name}: " + " | ".join(str(row[-1]) for row in plan))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="keep the database in this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "many.sqlite"
        fresh = not path.exists()
        with Clinic.open(str(path), actor="bench") as clinic:
            if fresh:
                start = time.perf_counter()
                for batch in range(0, args.patients, BATCH):
                    size = min(BATCH, args.patients - batch)
                    clinic.imports.import_records(_with_sessions(size, batch))
                    print(f"{batch + size} patients written", end="\r", flush=True)
                print(f"{args.patients} patients written in {time.perf_counter() - start:.0f} s")
            with clinic.context.db.read() as s:
                counts = s.execute(
                    text(
                        "SELECT (SELECT count(*) FROM patients), (SELECT count(*) FROM sessions),"
                        " (SELECT count(*) FROM product_uses)"
                    )
                ).one()
            print("patients {:,}, sessions {:,}, product uses {:,}".format(*counts))
            spring = {"from_date": dt.date(2025, 3, 1), "to_date": dt.date(2025, 5, 31)}
            queries = {
                "lot": RecallQuery(lot="p00-2504"),
                "lot of a product": RecallQuery(lot="P10-2504", product="υαλο boost 2%"),
                "product, 3 months": RecallQuery(product="HydraBoost 1.5%", **spring),
                "product, any time": RecallQuery(product="hydraboost 1.5%"),
            }
            for name, query in queries.items():
                found, median, slowest, cpu = _timed(
                    lambda q=query: clinic.recall.search(q, reason="benchmark").patient_count,
                    args.runs,
                )
                verdict = "ok" if median <= TARGET_MS else f"OVER {TARGET_MS} ms"
                print(
                    f"recall {name:18} {found:6,} patients  median {median:7.1f} ms  "
                    f"(CPU {cpu:7.1f} ms)  max {slowest:7.1f} ms  {verdict}"
                )
            for name, query in queries.items():
                first = clinic.recall.search(query, reason="benchmark")
                found, median, slowest, cpu = _timed(
                    lambda r=first: len(clinic.recall.more(r).patients), args.runs
                )
                print(
                    f"next   {name:18} {found:6,} read     median {median:7.1f} ms  "
                    f"(CPU {cpu:7.1f} ms)  max {slowest:7.1f} ms"
                )
            for name, query in queries.items():
                found, median, slowest, cpu = _timed(
                    lambda q=query: len(
                        clinic.recall.whole(clinic.recall.search(q, reason="benchmark")).patients
                    ),
                    max(args.runs // 3, 1),
                )
                print(
                    f"whole  {name:18} {found:6,} patients  median {median:7.1f} ms  "
                    f"(CPU {cpu:7.1f} ms)  max {slowest:7.1f} ms"
                )
            _plans(clinic, queries)


if __name__ == "__main__":
    main()
