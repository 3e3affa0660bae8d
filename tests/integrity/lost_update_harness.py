"""Two workstations saving the same record at once, as separate processes (issue 11, defect 1).

Each child (tests/integrity/lost_update_writer.py) opens the clinic with `Clinic.open`
and saves through the services, on an SQLite file or a PostgreSQL database alike.
`run_pair` makes both read the same version before either saves, then lets them save
one after the other: the second save is based on an older version, every time.
`run_appends` lets them append lines to one patient's notes as fast as they can, then
counts every acknowledged line in the notes. The test runs them small,
benchmarks/lost_updates.py big.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mesolog.domain.enums import Area
from mesolog.domain.ids import PatientId
from mesolog.domain.records import NeedleTechnique, PatientInput, SessionInput, TreatmentLine
from mesolog.services.clinic import Clinic

ROOT = Path(__file__).resolve().parents[2]
WRITER_MODULE = "tests.integrity.lost_update_writer"
TIMEOUT_S = 600


def make_patient(database: str) -> PatientId:
    with Clinic.open(database, actor="setup") as clinic:
        return clinic.patients.create(
            PatientInput("Καρμίρη", "Ελένη", dt.date(1981, 5, 3), phone="+30 210 000 0000")
        ).id


def make_draft(database: str, patient: PatientId) -> uuid.UUID:
    entry = SessionInput(
        dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
        "Dr Eleni Vasileiou",
        (TreatmentLine(Area.NECK, NeedleTechnique(depth_mm=2.0)),),
    )
    with Clinic.open(database, actor="setup") as clinic:
        return clinic.sessions.create_draft(patient, entry).id


def _start(database: str, actor: str, task: str, record: uuid.UUID, *extra: str) -> Any:
    arguments = [database, actor, task, str(record), *extra]
    child = subprocess.Popen(
        [sys.executable, "-W", "error", "-m", WRITER_MODULE, *arguments],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    _expect(child, "READY")
    return child


def _expect(child: Any, line: str) -> None:
    said = child.stdout.readline()
    if said != f"{line}\n":
        child.kill()
        _, err = child.communicate()
        raise RuntimeError(f"a writer said {said!r} instead of {line}:\n{err}")


def _signal(child: Any) -> None:
    child.stdin.write("go\n")
    child.stdin.flush()


def _result(child: Any) -> dict[str, list[str]]:
    out, err = child.communicate(timeout=TIMEOUT_S)
    if child.returncode != 0:
        raise RuntimeError(f"a writer failed (status {child.returncode}):\n{err}")
    result: dict[str, list[str]] = json.loads(out.strip().splitlines()[-1])
    return result


def run_pair(
    database: str, record: uuid.UUID, first: str, second: str
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """`first` and `second` (writer tasks) read the record; then first saves, then second."""
    children = [_start(database, "clin1", first, record), _start(database, "clin2", second, record)]
    for child in children:
        _signal(child)
    for child in children:
        _expect(child, "READ")
    outcomes = []
    for child in children:
        _signal(child)
        outcomes.append(_result(child))
    return outcomes[0], outcomes[1]


@dataclass
class AppendReport:
    backend: str
    processes: int
    appends_each: int
    acknowledged: set[str] = field(default_factory=set)
    present: set[str] = field(default_factory=set)
    refused: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def lost(self) -> set[str]:
        """Lines a writer was told were saved that the notes do not hold."""
        return self.acknowledged - self.present

    @property
    def unacknowledged(self) -> set[str]:
        """Lines the notes hold that no writer was told were saved (a refusal that wrote)."""
        return self.present - self.acknowledged

    def figures(self) -> str:
        attempts = self.processes * self.appends_each
        return (
            f"{self.backend:<10} {self.processes} × {self.appends_each} appends: "
            f"acknowledged {len(self.acknowledged)}, present {len(self.present)}, "
            f"refused {len(self.refused)}, lost {len(self.lost)}, "
            f"present unacknowledged {len(self.unacknowledged)} "
            f"({attempts / max(self.seconds, 1e-9):.0f} attempts/s)"
        )


def run_appends(database: str, *, processes: int, appends: int) -> AppendReport:
    """Every writer appends `appends` lines to one patient's notes, all at once."""
    patient = make_patient(database)
    report = AppendReport("PostgreSQL" if "://" in database else "SQLite", processes, appends)
    children = [
        _start(database, f"w{number}", "append", patient, str(appends))
        for number in range(processes)
    ]
    start = time.perf_counter()
    for child in children:
        _signal(child)
    for child in children:
        result = _result(child)
        report.acknowledged.update(result["saved"])
        report.refused.extend(result["refused"])
    report.seconds = time.perf_counter() - start
    with Clinic.open(database, actor="check") as clinic:
        report.present = set(clinic.patients.get(patient).details.notes.splitlines())
    return report
