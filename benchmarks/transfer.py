"""Times the demo clinic's export and its import into an empty database (SQLite).

    .venv/bin/python benchmarks/transfer.py [--runs N] [--copies K]

`--copies` multiplies the demo clinic (new ids, distinct record numbers) to see
how the import scales. Prints the median and spread of each step, then the schema
check of the demo's export with four oversized text values (1 and 10 MB each: the
time should grow with the size, not its square; target: under 2 s at 10 MB).
"""

from __future__ import annotations

import argparse
import copy
import functools
import json
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mesolog.interchange.schema import schema_violations
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.services.transfer_export import ExportService
from mesolog.services.transfer_import import ImportService


def _renumbered(document: dict[str, Any], copies: int) -> dict[str, Any]:
    patients = []
    for k in range(copies):
        for patient in copy.deepcopy(document["patients"]):
            ids = {}
            patient["id"] = str(uuid.uuid4())
            patient["record_number"] = f"{patient.get('record_number', '')}-{k}"
            for course in patient.get("courses", []):
                ids[course["id"]] = course["id"] = str(uuid.uuid4())
            for session in patient.get("sessions", []):
                session["id"] = str(uuid.uuid4())
                if session.get("course_id"):
                    session["course_id"] = ids[session["course_id"]]
            patients.append(patient)
    return {**document, "patients": patients}


def _oversized(document: dict[str, Any], size: int) -> dict[str, Any]:
    """The document with a patient's notes and family name, a session's course id and date
    each `size` characters long: four violations the schema check must name briefly."""
    huge = "x" * size
    oversized = copy.deepcopy(document)
    first, second = oversized["patients"][:2]
    session = next(p for p in oversized["patients"] if p.get("sessions"))["sessions"][0]
    first["notes"] = second["family_name"] = huge
    session["course_id"] = session["performed_at"] = huge
    return oversized


def _timed(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        with Clinic.open(str(Path(folder) / "demo.sqlite"), actor="bench") as demo:
            DemoService(demo.context).fill()
            document = _renumbered(ExportService(demo.context).export_document(), args.copies)
            data = json.dumps(document).encode()
            exports = [
                _timed(lambda: ExportService(demo.context).export_document())
                for _ in range(args.runs)
            ]
        imports = []
        for run in range(args.runs):
            with Clinic.open(str(Path(folder) / f"import{run}.sqlite"), actor="bench") as target:
                imports.append(_timed(lambda: ImportService(target.context).import_bytes(data)))
    checks = {}
    for size in (1_000_000, 10_000_000):
        check = functools.partial(schema_violations, _oversized(document, size))
        checks[size] = [_timed(check) for _ in range(args.runs)]
    sessions = sum(len(p.get("sessions", [])) for p in document["patients"])
    print(f"{len(document['patients'])} patients, {sessions} sessions, {len(data) / 1e6:.1f} MB")
    steps = [
        ("export (demo clinic)", exports),
        ("import into empty db", imports),
        *((f"schema, 4 × {size // 1_000_000} MB", times) for size, times in checks.items()),
    ]
    for name, times in steps:
        print(
            f"{name:22} median {statistics.median(times) * 1000:7.0f} ms  "
            f"min {min(times) * 1000:7.0f}  max {max(times) * 1000:7.0f}  ({len(times)} runs)"
        )


if __name__ == "__main__":
    main()
