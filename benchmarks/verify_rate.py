"""`audit verify` on a large clinic: a full check, then incremental checks after a day's work.

    PYTHONPATH=. .venv/bin/python benchmarks/verify_rate.py CLINIC [--runs N] [--day N]

CLINIC is a database benchmarks/clinic_generator.py made (say 50,000 patients); it is copied
first and the copy used. In a fresh process each (a mark folder of the run's own), the copy
is checked in full, which leaves this computer's verification mark; then, N times, a day's
work is done (DAY patients given a signed session through the services) and the copy is
checked again, which starts from the mark: the entries after it, one seventh of the older
entries and records. Prints wall and processor seconds of each, the entries walked and the
records compared, and the medians of the incremental checks.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_DAY = """
import datetime as dt, random, sys
from mesolog.domain.enums import Area, NeedleMethod, Solution
from mesolog.domain.records import (
    NeedleTechnique, PreTreatment, ProductUse, SessionInput, TreatmentLine,
)
from mesolog.services.clinic import Clinic
count, day = int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(day)
needle = NeedleTechnique(1.5, 30, 4.0, NeedleMethod.NAPPAGE)
use = ProductUse(Solution.HYALURONIC_ACID, 1.0, "HydraBoost 1.5%", "", "P00-2603")
with Clinic.open(sys.argv[1], actor="bench") as clinic:
    patients = clinic.patients.search("", limit=2000)
    for number in range(count):
        moment = dt.datetime(2026, 3, 2 + day, 9, tzinfo=dt.UTC) + dt.timedelta(minutes=number)
        entry = SessionInput(
            moment, "Dr Eleni Vasileiou", (TreatmentLine(Area.NECK, needle, (use,)),),
            pre_treatment=PreTreatment(consent_confirmed=True),
        )
        clinic.sessions.sign(clinic.sessions.create_draft(rng.choice(patients).id, entry).id)
"""

_CHECK = """
import json, sys, time
from pathlib import Path
from mesolog.services.audit import AuditService
from mesolog.services.clinic import Clinic
with Clinic.open(sys.argv[1]) as clinic:
    service = AuditService(clinic.context, marks_folder=Path(sys.argv[2]))
    wall, cpu = time.perf_counter(), time.process_time()
    result = service.verify()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
print(json.dumps({
    "wall": wall, "cpu": cpu, "intact": result.intact, "kind": result.scope.kind.name,
    "walked": result.scope.walked, "entries": result.entries,
    "compared": result.records_checked, "records": result.records_audited,
}))
"""


def _python(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env={"PYTHONPATH": f"{ROOT}:{ROOT / 'benchmarks'}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return done.stdout


def _check(database: Path, marks: Path) -> dict[str, object]:
    result: dict[str, object] = json.loads(_python(_CHECK, str(database), str(marks)))
    print(
        f"{result['kind'].lower():<12} wall {result['wall']:6.2f} s  cpu {result['cpu']:6.2f} s  "
        f"{result['walked']:,} of {result['entries']:,} entries walked, "
        f"{result['compared']:,} of {result['records']:,} records compared, "
        f"intact {result['intact']}"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("clinic", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--day", type=int, default=40, help="patients given a session a day")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mesolog-verify-") as folder:
        database, marks = Path(folder) / "clinic.sqlite", Path(folder) / "marks"
        shutil.copyfile(args.clinic, database)
        full = _check(database, marks)
        incremental = []
        for day in range(args.runs):
            _python(_DAY, str(database), str(args.day), str(day))
            incremental.append(_check(database, marks))
    walls = [float(str(run["wall"])) for run in incremental]
    cpus = [float(str(run["cpu"])) for run in incremental]
    print(
        f"full: wall {full['wall']:.2f} s, cpu {full['cpu']:.2f} s; incremental (median of "
        f"{len(incremental)}): wall {statistics.median(walls):.2f} s, "
        f"cpu {statistics.median(cpus):.2f} s"
    )


if __name__ == "__main__":
    main()
