"""Times patient search in a clinic of many patients (SQLite, the term index).

    .venv/bin/python benchmarks/search.py [--patients N] [--runs R]

Builds the clinic once through the import service (patients only), then times
each query R times and prints the median and the slowest run.
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
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as folder,
        Clinic.open(str(Path(folder) / "many.sqlite"), actor="bench") as clinic,
    ):
        start = time.perf_counter()
        ImportService(clinic.context).import_records(_clinic_file(args.patients))
        print(f"{args.patients} patients written in {time.perf_counter() - start:.1f} s")
        for query in QUERIES:
            times, found = [], 0
            for _ in range(args.runs):
                began = time.perf_counter()
                found = len(clinic.patients.search(query))
                times.append(time.perf_counter() - began)
            print(
                f"search {query!r:12} {found:4d} found (limit 200)  "
                f"median {statistics.median(times) * 1000:6.1f} ms  "
                f"max {max(times) * 1000:6.1f} ms"
            )


if __name__ == "__main__":
    main()
