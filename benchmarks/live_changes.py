"""Times how long another workstation's change takes to show in a window (scale plan §3.2,
aim: within 2 s): from the other process's commit returning to this window's lists and
open record read again, on an SQLite file and on a PostgreSQL database.

    PYTHONPATH=. .venv/bin/python benchmarks/live_changes.py [--changes N] [--patients P]
                                                            [--backend B]

A clinic of P patients (default 200) on a fresh SQLite file, then on a throwaway PostgreSQL
cluster (tests/postgresql.py); a window offscreen with the search field holding a word and
a patient open; another process (tests/ui/live_writer.py) signs N sessions (default 20),
each a draft of the patient open here that this window wrote just before (one commit each),
at a random moment (0–1 s apart, so that the SQLite poll's phase is sampled). Each latency
is the other process's wall clock when its commit returned, to this window's clock when
`ChangeBus.changed_elsewhere` had been handled (the lists re-read, the record reloaded).
Prints the median, the 95th percentile and the slowest per backend; the refresh alone; and
what an idle look costs (no change: SQLite's PRAGMA, PostgreSQL's socket read).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import queue
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from mesolog.domain.enums import Area
from mesolog.domain.records import PatientInput, PreTreatment, SessionInput, TreatmentLine
from mesolog.services.clinic import Clinic
from mesolog.services.live_changes import follow_changes
from mesolog.ui.window.main_window import MainWindow
from tests.ui.live_writer import NEEDLE

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_MS = 10_000
ENTRY = SessionInput(
    performed_at=dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC),
    clinician="Dr Eleni Vasileiou",
    treatments=(TreatmentLine(Area.FOREHEAD, NEEDLE, ()),),
    pre_treatment=PreTreatment(nsaids_paused_days=10, consent_confirmed=True),
)


@contextmanager
def database(backend: str) -> Iterator[str]:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield str(Path(folder) / "clinic.sqlite")
        return
    from tests.postgresql import postgresql_cluster

    with postgresql_cluster() as url:
        yield url


class Writer:
    """tests/ui/live_writer.py in its own process; its replies read by a thread, so that
    this window's event loop never waits on the pipe."""

    def __init__(self, where: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.live_writer", where],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.replies: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.replies.get(timeout=60) == "READY"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.replies.put(line.strip())

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def close(self) -> None:
        self.send("quit")
        self.process.wait(timeout=30)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def idle_look_us(clinic: Clinic, looks: int = 2000) -> float:
    feed = follow_changes(clinic.context)
    try:
        start = time.perf_counter()
        for _ in range(looks):
            feed.changes()
        return (time.perf_counter() - start) / looks * 1e6
    finally:
        feed.close()


def run(backend: str, changes: int, patients: int) -> list[float]:
    with database(backend) as where:
        clinic = Clinic.open(where, actor="room 1")
        ids = [
            clinic.patients.create(PatientInput("Live", f"Patient {n:04}", dt.date(1980, 1, 1))).id
            for n in range(patients)
        ]
        window = MainWindow(clinic)
        window.show()
        window.search_field.setText("live")
        window.lists.search()
        done: list[float] = []
        loop = QEventLoop()

        def handled(_changes: object) -> None:
            done.append(time.time())
            loop.quit()

        window.bus.changed_elsewhere.connect(handled)  # after the lists' and the record's
        writer = Writer(where)
        rng = random.Random(15)
        latencies = []
        for number in range(changes):
            patient = ids[number * 7 % len(ids)]
            draft = clinic.sessions.create_draft(patient, ENTRY)  # this window's own: not shown
            window.open_patient(patient)
            wait(rng.randint(0, 1000))
            done.clear()
            writer.send(f"sign-draft {draft.id}")
            QTimer.singleShot(TIMEOUT_MS, loop.quit)
            while not done:
                loop.exec()
            committed = json.loads(writer.replies.get(timeout=30))["at"]
            latencies.append((done[0] - committed) * 1000)
        writer.close()
        refresh = []
        for _ in range(10):
            start = time.perf_counter()
            window.lists.refresh()
            window.record.reload()
            refresh.append((time.perf_counter() - start) * 1000)
        alone = statistics.median(refresh)
        print(f"{backend}: the refresh alone (lists and record), median {alone:.0f} ms")
        print(f"{backend}: idle look {idle_look_us(clinic):.1f} µs")
        window.close()
        clinic.close()
        return latencies


def report(backend: str, latencies: list[float]) -> None:
    ordered = sorted(latencies)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    print(
        f"{backend}: commit → window refreshed, {len(ordered)} changes: "
        f"median {statistics.median(ordered):.0f} ms, p95 {p95:.0f} ms,"
        f" slowest {ordered[-1]:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--patients", type=int, default=200)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    arguments = parser.parse_args()
    _app = QApplication.instance() or QApplication([])
    backends = ("sqlite", "postgresql") if arguments.backend == "both" else (arguments.backend,)
    for backend in backends:
        report(backend, run(backend, arguments.changes, arguments.patients))


if __name__ == "__main__":
    main()
