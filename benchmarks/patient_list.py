"""Times the window's patient list over a large clinic: load, search, sort, scroll.

    .venv/bin/python benchmarks/patient_list.py [--patients N] [--runs R]

Builds the clinic once (as benchmarks/search.py does), then, offscreen, times
the list's refresh (query + model + paint) for all patients, a search, each
sort order, and a scroll from top to bottom. Prints medians and the slowest run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from mesolog.app import application
from mesolog.domain.enums import PatientOrder
from mesolog.services.clinic import Clinic
from mesolog.ui.patients.patient_lists import PatientLists

sys.path.insert(0, str(Path(__file__).parent))
from search import _clinic_file


def _timed(step: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        step()
        QApplication.processEvents()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000, max(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    application()
    with (
        tempfile.TemporaryDirectory() as folder,
        Clinic.open(str(Path(folder) / "many.sqlite"), actor="bench") as clinic,
    ):
        clinic.imports.import_records(_clinic_file(args.patients))
        lists = PatientLists(clinic)
        lists.resize(540, 700)
        lists.show()

        def search(text: str) -> Callable[[], None]:
            def run() -> None:
                lists.search_field.setText(text)
                lists.refresh()

            return run

        def order(chosen: PatientOrder) -> Callable[[], None]:
            return lambda: lists._sort(chosen, False)

        def scroll() -> None:
            bar = lists.patient_list.verticalScrollBar()
            for value in range(0, bar.maximum(), max(bar.maximum() // 50, 1)):
                bar.setValue(value)
                lists.patient_list.viewport().repaint()

        steps = {
            "all patients": search(""),
            "search 'παπα'": search("παπα"),
            "search 'muller'": search("muller"),
            **{f"sort {o.value}": order(o) for o in PatientOrder},
            "scroll 50 pages": scroll,
        }
        search("")()
        print(f"{lists.patient_model.rowCount()} patients in the list")
        for name, step in steps.items():
            median, slowest = _timed(step, args.runs)
            print(f"{name:22} median {median:7.1f} ms   max {slowest:7.1f} ms")


if __name__ == "__main__":
    main()
