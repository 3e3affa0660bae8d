"""Several writer processes on one clinic database at once, and the check of what they stored.

Unlike tests/persistence/test_engine.py (threads of one process inserting audit rows by
hand), these are whole workstations: separate processes that each open the clinic with
`Clinic.open` and write through the services, all at the same moment, contending for the
same patient's row and for clinicians recorded on first use. The database is an SQLite file
or a PostgreSQL URL. The check then reads every record back through the services, walks the
audit chain the writers built together, and asks the backend whether its structures are
sound. The tests run it small; benchmarks/concurrent_writers.py and benchmarks/load.py big.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from mesolog.domain.enums import SessionStatus
from mesolog.domain.errors import NotFoundError
from mesolog.domain.ids import PatientId, SessionId
from mesolog.persistence.audit import check_chain
from mesolog.persistence.location import sqlite_file
from mesolog.services.clinic import Clinic
from tests.integrity.workload import content_problem, editor_payload_rev, patient_input, read_tag

ROOT = Path(__file__).resolve().parents[2]
WRITER_MODULE = "tests.integrity.concurrent_writer"


@dataclass
class ConcurrencyReport:
    processes: int
    writes_each: int
    calls: int = 0
    errors: list[str] = field(default_factory=list)
    """Every error a writer saw (the message a person would get)."""
    lost: list[str] = field(default_factory=list)
    """Every write a writer was told was stored that the check did not find as reported (or
    found although it was not reported)."""
    sessions: int = 0
    patients: int = 0
    editor_drafts: int = 0
    writing_s: float = 0.0
    """From the start signal until the last writer finished."""
    open_ms: list[float] = field(default_factory=list)
    overlap_s: float = 0.0
    """How long every writer was writing at once (from the last start to the first end)."""
    latencies_ms: list[float] = field(default_factory=list)
    integrity: str = ""
    """"ok", or what the backend's own checks and the audit chain's walk found wrong."""

    @property
    def ok(self) -> bool:
        return not self.errors and not self.lost and self.integrity == "ok"

    def figures(self) -> str:
        latencies = sorted(self.latencies_ms) or [0.0]

        def quantile(q: float) -> float:
            return latencies[min(len(latencies) - 1, int(q * len(latencies)))]

        return "\n".join(
            [
                f"processes                  {self.processes}",
                f"service calls that write   {self.calls} ({self.writes_each} per process)",
                f"errors                     {len(self.errors)}",
                f"lost or wrong records      {len(self.lost)}",
                f"sessions verified          {self.sessions}",
                f"patients verified          {self.patients}",
                f"editor drafts verified     {self.editor_drafts}",
                f"integrity                  {self.integrity}",
                f"writing time               {self.writing_s:.2f} s"
                f" ({self.calls / max(self.writing_s, 1e-9):.0f} calls/s together),"
                f" all {self.processes} at once for {self.overlap_s:.2f} s",
                f"call latency ms            median {statistics.median(latencies):.1f}"
                f"  p95 {quantile(0.95):.1f}  p99 {quantile(0.99):.1f}  max {latencies[-1]:.1f}",
                f"Clinic.open ms (each)      {', '.join(f'{t:.0f}' for t in self.open_ms)}",
            ]
        )


def run_concurrent_writers(
    database: Path | str, *, processes: int, writes: int, seed: int
) -> ConcurrencyReport:
    """Creates the clinic in `database` (an SQLite file, or the URL of an empty PostgreSQL
    database) and a patient every writer treats, runs the writers from one start signal,
    and checks everything they reported stored."""
    report = ConcurrencyReport(processes, writes)
    rng = random.Random(seed)
    with Clinic.open(str(database), actor="setup") as clinic:
        shared = clinic.patients.create(patient_input(rng)).id
    writers = [
        subprocess.Popen(
            [
                *(sys.executable, "-W", "error", "-m", WRITER_MODULE),
                *(str(database), str(number), str(writes), str(shared), str(rng.getrandbits(32))),
            ],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for number in range(processes)
    ]
    results = []
    try:
        for writer in writers:
            assert writer.stdout is not None
            if writer.stdout.readline() != "READY\n":
                raise RuntimeError(f"a writer did not start: {writer.communicate()[1]}")
        start = time.perf_counter()
        for writer in writers:
            assert writer.stdin is not None
            writer.stdin.write("go\n")
            writer.stdin.flush()
        for writer in writers:
            out, err = writer.communicate(timeout=600)
            if writer.returncode != 0:
                raise RuntimeError(f"a writer failed (status {writer.returncode}):\n{err}")
            results.append(json.loads(out.splitlines()[-1]))
        report.writing_s = time.perf_counter() - start
    finally:
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
                writer.communicate()
    for result in results:
        report.calls += result["calls"]
        report.errors += [f"writer {result['writer']}: {e}" for e in result["errors"]]
        report.latencies_ms += result["latencies_ms"]
        report.open_ms.append(result["open_ms"])
    if results:
        first_end = min(result["window"][1] for result in results)
        last_start = max(result["window"][0] for result in results)
        report.overlap_s = first_end - last_start
    _check(database, shared, results, report)
    return report


def _check(
    database: Path | str,
    shared: PatientId,
    results: list[dict[str, Any]],
    report: ConcurrencyReport,
) -> None:
    """Every record the writers reported, read back through the services."""
    problem = report.lost.append
    with Clinic.open(str(database), actor="check", create=False) as clinic:
        db = clinic.context.db
        with db.engine.connect() as connection:
            found = _backend_problems(connection, sqlite=sqlite_file(db.url) is not None)
            stored_sessions = connection.exec_driver_sql("SELECT count(*) FROM sessions").scalar()
        with db.read() as s:
            chain = check_chain(s)
        if chain.first_break is not None:
            broken = chain.first_break
            found.append(f"audit chain broken at entry {broken.entry_id}: {broken.reason}")
        report.integrity = "; ".join(found) or "ok"
        days: dict[str, list[dt.date]] = {str(shared): []}
        for result in results:
            for pid in result["patients"]:
                report.patients += 1
                try:
                    clinic.patients.get(PatientId(uuid.UUID(pid)))
                except NotFoundError as error:
                    problem(f"patient {pid}: {error}")
                days.setdefault(pid, [])
            for sid, wanted in result["sessions"].items():
                report.sessions += 1
                try:
                    session = clinic.sessions.get(SessionId(uuid.UUID(sid)))
                except NotFoundError as error:
                    problem(f"session {sid}: {error}")
                    continue
                tag = read_tag(session.entry.notes)
                found = {
                    "patient": str(session.patient_id),
                    "rev": tag.rev if tag else None,
                    "signed": session.status is SessionStatus.SIGNED,
                }
                if found != wanted:
                    problem(f"session {sid}: stored {found}, reported {wanted}")
                if (content := content_problem(session.entry)) is not None:
                    problem(f"session {sid}: {content}")
                if session.status is SessionStatus.SIGNED:  # a draft's day does not count
                    days.setdefault(str(session.patient_id), []).append(session.performed_on)
        if stored_sessions != report.sessions:
            problem(f"{stored_sessions} sessions stored, {report.sessions} reported")
        _check_editor_drafts(clinic, results, report)
        # The stored last-session day of each patient (kept by every write that touches the
        # patient, from its signed sessions): concurrent writers must not overwrite each other's.
        listed = {str(p.id): p for p in clinic.patients.search(limit=None)}
        for pid, performed in days.items():
            last = max(performed, default=None)
            stored = listed[pid].last_session_on if pid in listed else "no patient"
            if stored != last:
                problem(f"patient {pid}: last session stored {stored}, the sessions say {last}")


def _backend_problems(connection: Connection, *, sqlite: bool) -> list[str]:
    """What the backend's own checks find wrong. PostgreSQL enforces every constraint as it
    writes, so only an index or a constraint left unusable could be wrong there."""
    run = connection.exec_driver_sql
    if sqlite:
        checked = [str(row[0]) for row in run("PRAGMA integrity_check").all()]
        keys = [f"foreign_key_check: {tuple(row)}" for row in run("PRAGMA foreign_key_check")]
        return [problem for problem in checked if problem != "ok"] + keys
    indexes = run(
        "SELECT indexrelid::regclass::text FROM pg_index WHERE NOT (indisvalid AND indisready)"
    )
    constraints = run("SELECT conname FROM pg_constraint WHERE NOT convalidated")
    return [f"index {row[0]} is not valid" for row in indexes] + [
        f"constraint {row[0]} is not validated" for row in constraints
    ]


def _check_editor_drafts(
    clinic: Clinic, results: list[dict[str, Any]], report: ConcurrencyReport
) -> None:
    stored = {str(draft.key): draft for draft in clinic.editor_drafts.pending()}
    wanted = {key: tuple(kept) for result in results for key, kept in result["editor"].items()}
    for key in [key for result in results for key in result["discarded"]]:
        if key in stored:
            report.lost.append(f"editor draft {key} was discarded but is stored")
    for key, (patient, rev) in wanted.items():
        draft = stored.get(key)
        found = (
            None if draft is None else (str(draft.patient_id), editor_payload_rev(draft.payload))
        )
        if found != (patient, rev):
            report.lost.append(f"editor draft {key}: stored {found}, reported {(patient, rev)}")
        report.editor_drafts += 1
