"""Times patient search in a clinic of many patients (SQLite, the term index).

    .venv/bin/python benchmarks/search.py [--patients N] [--runs R] [--clinic FILE]

Builds the clinic once through the import service (patients only), or opens FILE (a
clinic built by this or benchmarks/patient_list.py: 50,000 patients take minutes to
build), then times each query R times as the window's list asks it (its first page and
its count, capped) and prints the median and the slowest run. The broad words ("m", "6",
"mc-0": every record number starts MC-) and one or two Greek letters are the slow cases
of docs/scale-plan.md §2.2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from mesolog.domain.ids import new_patient_id
from mesolog.domain.records import Patient, PatientInput
from mesolog.interchange.codec import ClinicFile, PatientBundle
from mesolog.services.clinic import Clinic
from mesolog.services.demo_names import ABROAD, GREECE
from mesolog.services.transfer_import import ImportService

QUERIES = ("", "παπα", "καρμιρης", "muller", "ostergard", "694", "4123", "mc-0049", "zzzz")
QUERIES += ("m", "6", "69", "mc-0", "mc-0123", "μ", "μα", "δημ", "novak", "de lu", "μαργα 69")
PAGE = 100
CAP = 1000
"""As the window's list: its first page, and its count stopping past 1,000."""


def _clinic_file(count: int) -> ClinicFile:
    rng = random.Random(11)
    now = dt.datetime.now(dt.UTC)
    countries = (GREECE, *ABROAD)
    families = [name for c in countries for pair in c.family_names for name in pair]
    families += ["Καρμίρης", "Müller", "Østergård"]
    given = [name for c in countries for name in (*c.female_given, *c.male_given)]
    bundles = []
    for number in range(count):
        details = PatientInput(
            family_name=rng.choice(families),
            given_name=rng.choice(given),
            date_of_birth=dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(20_000)),
            record_number=f"MC-{number:06d}",
            phone=f"+30 69{rng.randrange(10**8):08d}",
        )
        bundles.append(PatientBundle(Patient(new_patient_id(), details, now), (), ()))
    return ClinicFile(tuple(bundles))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--clinic", type=Path, help="an existing clinic file to search")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.clinic or Path(folder) / "many.sqlite"
        with Clinic.open(str(path), actor="bench") as clinic:
            if args.clinic is None:
                start = time.perf_counter()
                ImportService(clinic.context).import_records(_clinic_file(args.patients))
                print(f"{args.patients} patients written in {time.perf_counter() - start:.1f} s")
            _search(clinic, args.runs)


def _search(clinic: Clinic, runs: int) -> None:
    """Wall-clock and this process's CPU time: on a shared machine the CPU time is the
    steadier figure (SQLite runs in the process)."""
    for query in QUERIES:
        times, cpu, found, count = [], [], 0, 0
        for _ in range(runs):
            began, began_cpu = time.perf_counter(), time.process_time()
            found = len(clinic.patients.search(query, limit=PAGE))
            count = clinic.patients.count(query, cap=CAP)
            times.append(time.perf_counter() - began)
            cpu.append(time.process_time() - began_cpu)
        counted = f"{CAP}+" if count > CAP else str(count)
        print(
            f"search {query!r:12} {found:4d} shown of {counted:>5}  "
            f"median {statistics.median(times) * 1000:6.1f} ms  "
            f"max {max(times) * 1000:6.1f} ms  "
            f"CPU median {statistics.median(cpu) * 1000:6.1f} ms"
        )


if __name__ == "__main__":
    main()
