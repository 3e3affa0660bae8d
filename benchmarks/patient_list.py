"""Times the window's patient list over a large clinic: load, search, sort, scroll, the
Due list, search as typed key by key; and one patient's history of many sessions.

    .venv/bin/python benchmarks/patient_list.py [--patients N] [--runs R] [--sessions S]
                                                [--clinic FILE]

Builds the clinic once (as benchmarks/search.py does, a fifth of the patients given a
next-due date from three years ago to 60 days ahead), or with --clinic reads a copy of
FILE, building it there first if it does not exist (50,000 patients take minutes). Then,
offscreen, it times the list's refresh (query + model + paint) for all patients, a search,
each sort order, a scroll from top to bottom and the Due list's reload; then 56 keys
typed into the search field one by one, each from the key to the list painted again
(median, 95th percentile, slowest; target p95 ≤ 50 ms at 50,000 patients); then the
history view given S sessions (default 300) and painted once (target: under 1 s). Prints
medians and the slowest run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

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

TYPED = ("μαργα", "ραφαη", "novak", "de lu", "αλεξα", "nunez", "morea", "δημητ", "καραγ")
TYPED += ("6941", "mc-0123")
"""The plan's 56 keys (docs/scale-plan.md §2.2): names in both scripts, a phone, a number."""


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


def _build(path: Path, patients: int) -> None:
    """The clinic of benchmarks/search.py, a fifth of it due from three years ago to 60
    days ahead (the date is derived and out of every digest: set in SQL)."""
    with Clinic.open(str(path), actor="bench") as clinic:
        clinic.imports.import_records(_clinic_file(patients))
        rng = random.Random(5)
        today = dt.date.today()
        with clinic.context.db.write() as s:
            ids = list(s.scalars(text("SELECT id FROM patients")))
            for patient in rng.sample(ids, len(ids) // 5):
                day = today + dt.timedelta(days=rng.randrange(-3 * 365, 61))
                s.execute(
                    text("UPDATE patients SET next_due_on = :day WHERE id = :id"),
                    {"day": day, "id": patient},
                )


class _Painted(QObject):
    """When the patient list's viewport last painted after its model was reset."""

    def __init__(self, lists: PatientLists) -> None:
        super().__init__(lists)
        self.at: float | None = None
        self._reset = False
        lists.patient_model.modelReset.connect(self._was_reset)
        lists.patient_list.viewport().installEventFilter(self)

    def arm(self) -> None:
        self.at, self._reset = None, False

    def _was_reset(self) -> None:
        self._reset = True

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt names it
        if event.type() == QEvent.Type.Paint and self._reset and self.at is None:
            self.at = time.perf_counter()
        return False


def _until_painted(painted: _Painted) -> None:
    deadline = time.perf_counter() + 10
    while painted.at is None and time.perf_counter() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def keystrokes(lists: PatientLists, runs: int) -> tuple[list[float], list[float]]:
    """Milliseconds from each key typed into the search field to the list painted anew:
    wall-clock, and this process's CPU time (the steadier figure on a shared machine)."""
    painted = _Painted(lists)
    field = lists.search_field
    times, cpu = [], []
    for _ in range(runs):
        for word in TYPED:
            painted.arm()
            field.clear()
            _until_painted(painted)
            for character in word:
                painted.arm()
                began, began_cpu = time.perf_counter(), time.process_time()
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click,
                    field,
                    Qt.Key.Key_unknown,
                    character,
                    Qt.KeyboardModifier.NoModifier,
                )
                _until_painted(painted)
                cpu.append((time.process_time() - began_cpu) * 1000)
                assert painted.at is not None, f"the list was not painted after {character!r}"
                times.append((painted.at - began) * 1000)
    return times, cpu


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _lists(args: argparse.Namespace, folder: str) -> None:
    path = Path(folder) / "many.sqlite"
    if args.clinic is None:
        _build(path, args.patients)
    else:
        if not args.clinic.exists():
            _build(args.clinic, args.patients)
        shutil.copy(args.clinic, path)
    with Clinic.open(str(path), actor="bench") as clinic:
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
            "Due list": lists.refresh_due,
        }
        search("")()
        print(f"{clinic.patients.count()} patients, {clinic.patients.due_count()} due")
        for name, step in steps.items():
            median, slowest = _timed(step, args.runs)
            print(f"{name:22} median {median:7.1f} ms   max {slowest:7.1f} ms")
        order(PatientOrder.NAME)()
        typed, cpu = keystrokes(lists, args.runs)
        for name, figures in (("keystroke to paint", typed), ("  its CPU time", cpu)):
            print(
                f"{name:22} median {statistics.median(figures):7.1f} ms   "
                f"p95 {_percentile(figures, 0.95):7.1f} ms   max {max(figures):7.1f} ms   "
                f"({len(figures)} keys)"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--clinic", type=Path, help="a clinic file to copy (built if missing)")
    args = parser.parse_args()
    application()
    with tempfile.TemporaryDirectory() as folder:
        _lists(args, folder)

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
