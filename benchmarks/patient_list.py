"""Times the window's patient list over a large clinic: load, search, sort, scroll;
and one patient's history of many sessions.

    .venv/bin/python benchmarks/patient_list.py [--patients N] [--runs R] [--sessions S]

Builds the clinic once (as benchmarks/search.py does), then, offscreen, times
the list's refresh (query + model + paint) for all patients, a search, each
sort order, and a scroll from top to bottom; then the history view given S
sessions (default 300) and painted once (target: under 1 s). Prints medians and
the slowest run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from mesolog.app import application
from mesolog.domain.enums import (
    Area,
    NeedleMethod,
    PatientOrder,
    ReactionKind,
    Severity,
    Solution,
)
from mesolog.domain.ids import PatientId, new_session_id
from mesolog.domain.records import (
    NeedleTechnique,
    Patient,
    PatientInput,
    PenTechnique,
    ProductUse,
    Reaction,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.history.history_view import HistoryView
from mesolog.ui.patients.patient_lists import PatientLists

sys.path.insert(0, str(Path(__file__).parent))
from search import _clinic_file


def _history(count: int) -> PatientHistory:
    """A patient with `count` sessions in memory (the view only reads records)."""
    athens = dt.timezone(dt.timedelta(hours=2))
    patient = Patient(
        PatientId(uuid.uuid4()),
        PatientInput("Καρμίρης", "Νίκος", dt.date(1968, 1, 5)),
        dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
    )
    needle = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)
    pen = PenTechnique(depth_mm=0.75, penetrations_per_second=80, needle_count=12, passes=3)
    lines = (
        TreatmentLine(
            Area.FOREHEAD,
            needle,
            (ProductUse(Solution.HYALURONIC_ACID, 2.0, "NCTF 135 HA", "1%", "L2409-17"),),
            "μεσόφρυο",
        ),
        TreatmentLine(Area.CHEEKS, pen, (ProductUse(Solution.DMAE, 1.5, lot_number="D-55"),)),
    )
    start = dt.datetime(2026, 3, 9, 11, 30, tzinfo=athens)
    sessions = tuple(
        Session(
            new_session_id(),
            patient.id,
            SessionInput(
                start - dt.timedelta(days=9 * i),
                "Δρ Ελένη Βασιλείου",
                lines[: 1 + i % 2],
                reactions=(Reaction(ReactionKind.BRUISING, Severity.MILD),) if i % 3 else (),
                improvement_score=i % 11,
                notes="Καλή ανοχή, ελαφρύ ερύθημα που υποχώρησε σε 20 λεπτά." * (i % 2),
            ),
        )
        for i in range(count)
    )
    return PatientHistory(patient, (), sessions)


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
    parser.add_argument("--sessions", type=int, default=300)
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

    history = _history(args.sessions)
    view = HistoryView()
    view.resize(1400, 800)
    view.show()

    def open_history() -> None:
        view.set_history(history)
        view.grab()

    median, slowest = _timed(open_history, args.runs)
    name = f"history, {args.sessions} sessions"
    print(f"{name:22} median {median:7.1f} ms   max {slowest:7.1f} ms")


if __name__ == "__main__":
    main()
