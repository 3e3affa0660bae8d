"""Kill a writer process at random moments and check that the database kept its promises.

One SQLite file lives through every run. Each run starts `crash_writer` (a real
Python process writing through the services), lets it write for a random time,
kills it with SIGKILL and reads the file back, as the app would after a crash:

* everything the writer printed (after the service call returned) is stored, at the
  revision printed or, for the one call the kill interrupted, the next one;
* nothing else is stored, except what that interrupted call may have committed;
* every session is whole: its live treatment lines, products and reactions are the
  ones its tag says were written together, its content matches the tag's digest
  (read back through the services), and the audit log holds one entry per write;
* `PRAGMA integrity_check` says ok and `PRAGMA foreign_key_check` finds nothing.

Some runs are not followed by a check: the next writer then opens the crashed file
itself (its connection recovers the write-ahead log), and the check after the
next kill covers both runs. The test runs it small; benchmarks/crash_safety.py big.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection

from mesolog.domain.enums import SessionStatus
from mesolog.domain.ids import SessionId
from mesolog.services.clinic import Clinic
from tests.integrity.workload import content_problem, editor_payload_rev, read_tag

ROOT = Path(__file__).resolve().parents[2]
WRITER_MODULE = "tests.integrity.crash_writer"
READY_TIMEOUT_S = 60.0
SKIP_CHECK_CHANCE = 0.25
"""How often the next writer recovers the crashed file itself, before any check."""
WARM_WRITERS = 2
"""Writers started ahead, so that their start-up (~0.4 s) overlaps the runs before."""
CARRIED = 8
"""How many patients, drafts and editor drafts of earlier runs a writer carries on with."""


def writer_command(database: Path, seed: int) -> list[str]:
    """The venv's Python (the one running this), warnings as errors, from the repository."""
    return [sys.executable, "-W", "error", "-m", WRITER_MODULE, str(database), str(seed)]


class Writer:
    """One writer process; its standard output is read by a thread so it never blocks."""

    def __init__(self, database: Path, seed: int) -> None:
        self.process = subprocess.Popen(
            writer_command(database, seed),
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.acknowledged_one = threading.Event()
        """Set at the writer's first promise (or at the end of its output): a kill after it
        is a kill of a writer that was getting work done, however loaded the machine."""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line == "READY\n":
                self.ready.set()
                continue
            self.lines.append(line)
            if not line.startswith(">"):
                self.acknowledged_one.set()
        self.ready.set()  # at the end of the output too: the caller then sees the death
        self.acknowledged_one.set()

    def go(self, carried: dict[str, object]) -> None:
        if not self.ready.wait(READY_TIMEOUT_S) or self.process.poll() is not None:
            self.fail("did not get ready")
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(carried) + "\n")
        self.process.stdin.flush()

    def kill(self) -> list[str]:
        """SIGKILL, then everything it printed (whole lines: each was one write)."""
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=60)
        self._reader.join(timeout=60)
        if self.process.returncode != -signal.SIGKILL:
            self.fail(f"ended by itself (exit status {self.process.returncode})")
        self._close()
        if self.lines and not self.lines[-1].endswith("\n"):
            raise RuntimeError(f"the writer printed a cut line: {self.lines[-1]!r}")
        return [line.rstrip("\n") for line in self.lines]

    def fail(self, what: str) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._reader.join(timeout=60)
        assert self.process.stderr is not None
        errors = self.process.stderr.read()
        self._close()
        raise RuntimeError(f"the writer {what}:\n{errors}")

    def abandon(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=60)
        self._reader.join(timeout=60)
        self._close()

    def _close(self) -> None:
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@dataclass
class SessionState:
    patient: str
    rev: int
    signed: bool


@dataclass
class InFlight:
    """Calls a kill interrupted since the last check: each may or may not have committed."""

    patients: int = 0
    drafts: list[str] = field(default_factory=list)
    """The patient of each interrupted create_draft."""
    updates: dict[str, int] = field(default_factory=dict)
    signs: set[str] = field(default_factory=set)
    keeps: dict[str, tuple[str, int]] = field(default_factory=dict)
    discards: set[str] = field(default_factory=set)

    def touched(self) -> set[str]:
        return {*self.updates, *self.signs, *self.keeps, *self.discards}


@dataclass
class CrashReport:
    kills: int = 0
    checks: int = 0
    acknowledged: int = 0
    """Service calls the writers printed as done."""
    session_ids_printed: int = 0
    patient_ids_printed: int = 0
    kills_inside_a_call: int = 0
    interrupted_calls_committed: int = 0
    """Interrupted calls whose transaction was found committed (allowed: not yet printed)."""
    lost: int = 0
    """Printed ids (patients, sessions, editor drafts) not found."""
    half_written: int = 0
    """Records stored in part, or mixing two writes."""
    other_problems: int = 0
    """Printed changes missing, changes no writer made, audit entries out of step."""
    integrity: Counter[str] = field(default_factory=Counter)
    foreign_key_violations: int = 0
    sessions_stored: int = 0
    database_bytes: int = 0
    elapsed_s: float = 0.0
    problems: list[str] = field(default_factory=list)
    """The first problems found, described."""
    _seen: set[tuple[str, str]] = field(default_factory=set, repr=False)

    def problem(self, kind: str, record: str, text: str) -> None:
        """Counts each record once per kind of problem, however many checks see it."""
        if (kind, record) in self._seen:
            return
        self._seen.add((kind, record))
        if kind == "lost":
            self.lost += 1
        elif kind == "half":
            self.half_written += 1
        else:
            self.other_problems += 1
        if len(self.problems) < 50:
            self.problems.append(f"after kill {self.kills}: {text}")

    @property
    def ok(self) -> bool:
        return (
            not self.lost
            and not self.half_written
            and not self.other_problems
            and set(self.integrity) == {"ok"}
            and not self.foreign_key_violations
        )

    def figures(self) -> str:
        integrity = ", ".join(f"{text} ×{n}" for text, n in sorted(self.integrity.items()))
        return "\n".join(
            [
                f"kills                        {self.kills}",
                f"checks (reopen + verify)     {self.checks}",
                f"service calls acknowledged   {self.acknowledged}",
                f"session ids printed          {self.session_ids_printed}",
                f"patient ids printed          {self.patient_ids_printed}",
                f"kills inside a service call  {self.kills_inside_a_call}",
                f"  of which committed anyway  {self.interrupted_calls_committed}",
                f"ids lost                     {self.lost}",
                f"half-written records         {self.half_written}",
                f"other problems               {self.other_problems}",
                f"integrity_check              {integrity}",
                f"foreign_key_check rows       {self.foreign_key_violations}",
                f"sessions stored              {self.sessions_stored}",
                f"database size                {self.database_bytes / 1e6:.1f} MB",
                f"elapsed                      {self.elapsed_s:.1f} s",
            ]
        )


class CrashTrial:
    def __init__(
        self, database: Path, *, seed: int, max_delay_s: float, min_delay_s: float = 0.0
    ) -> None:
        self.database = database
        self.rng = random.Random(seed)
        self.delay_s = (min_delay_s, max_delay_s)
        self.report = CrashReport()
        self.patients: set[str] = set()
        self.sessions: dict[str, SessionState] = {}
        self.editor: dict[str, tuple[str, int]] = {}
        self.discarded: set[str] = set()
        self.checked: dict[str, tuple[str, str]] = {}
        """Each session's (notes, status) when its content was last read back whole."""
        self.in_flight = InFlight()

    # The runs

    def run(self, kills: int, progress: Callable[[CrashReport], None] | None = None) -> None:
        start = time.perf_counter()
        Clinic.open(str(self.database), actor="crash-trial").close()  # created and migrated
        # The next writers import while one writes: they touch no file before `go`.
        waiting = deque(self._writer() for _ in range(min(WARM_WRITERS, kills)))
        try:
            for number in range(1, kills + 1):
                writer = waiting[0]
                writer.go(self._carried())
                if number + len(waiting) <= kills:
                    waiting.append(self._writer())
                if not writer.acknowledged_one.wait(READY_TIMEOUT_S):
                    writer.fail("promised nothing")
                time.sleep(self.rng.uniform(*self.delay_s))
                lines = writer.kill()
                waiting.popleft()
                self.report.kills = number
                self._take(lines)
                if number < kills and self.rng.random() >= SKIP_CHECK_CHANCE:
                    self.check()
                if progress is not None:
                    progress(self.report)
        finally:
            for left in waiting:  # only if something failed
                left.abandon()
        self.check(whole=True)  # after the last kill: every session, through the services
        self.report.database_bytes = sum(
            p.stat().st_size for p in self.database.parent.glob(self.database.name + "*")
        )
        self.report.elapsed_s = time.perf_counter() - start

    def _writer(self) -> Writer:
        return Writer(self.database, self.rng.getrandbits(32))

    def _carried(self) -> dict[str, object]:
        """Records of earlier runs for the next writer: none that an unchecked kill left
        in doubt (it might continue from the wrong revision)."""
        doubtful = self.in_flight.touched()
        drafts = sorted(
            sid for sid, state in self.sessions.items() if not state.signed and sid not in doubtful
        )
        editor = sorted(key for key in self.editor if key not in doubtful)
        pick = self.rng.sample
        return {
            "patients": pick(sorted(self.patients), min(CARRIED, len(self.patients))),
            "drafts": {
                sid: self.sessions[sid].rev for sid in pick(drafts, min(CARRIED, len(drafts)))
            },
            "editor": {key: self.editor[key] for key in pick(editor, min(CARRIED, len(editor)))},
        }

    def _take(self, lines: list[str]) -> None:
        """What a killed writer printed: its promises, and the call it was in, if any."""
        interrupted: list[str] | None = None
        for line in lines:
            kind, *args = line.split()
            if kind == ">":
                interrupted = args
                continue
            interrupted = None
            self.report.acknowledged += 1
            if kind == "P":
                self.patients.add(args[0])
                self.report.patient_ids_printed += 1
            elif kind == "D":
                self.sessions[args[0]] = SessionState(args[1], 1, signed=False)
                self.report.session_ids_printed += 1
            elif kind == "U":
                self.sessions[args[0]].rev = int(args[1])
            elif kind == "S":
                self.sessions[args[0]].signed = True
            elif kind == "K":
                self.editor[args[0]] = (args[1], int(args[2]))
            elif kind == "X":
                del self.editor[args[0]]
                self.discarded.add(args[0])
            else:
                raise RuntimeError(f"the writer printed {line!r}")
        if interrupted is None:
            return
        self.report.kills_inside_a_call += 1
        kind, *args = interrupted
        flight = self.in_flight
        if kind == "P":
            flight.patients += 1
        elif kind == "D":
            flight.drafts.append(args[0])
        elif kind == "U":
            flight.updates[args[0]] = int(args[1])
        elif kind == "S":
            flight.signs.add(args[0])
        elif kind == "K":
            flight.keeps[args[0]] = (args[1], int(args[2]))
        elif kind == "X":
            flight.discards.add(args[0])

    # The checks

    def check(self, *, whole: bool = False) -> None:
        """Reopens the file as the app does after a crash and holds it to every promise.
        `whole`: read every session back through the services, not only changed ones."""
        self.report.checks += 1
        with Clinic.open(
            str(self.database), actor="crash-check", create=False, migrate=False
        ) as clinic:
            with clinic.context.db.engine.connect() as connection:
                self._check_file(connection)
                audit = self._audit_counts(connection)
                self._check_patients(connection, audit)
                stored, changed = self._check_sessions(connection, audit)
                self._check_editor_drafts(connection)
            for sid in sorted(self.sessions.keys() & stored) if whole else changed:
                self._check_content(clinic, sid)
        self.report.sessions_stored = len(self.sessions)
        self.in_flight = InFlight()

    def _check_file(self, connection: Connection) -> None:
        sql = connection.exec_driver_sql
        result = [str(row[0]) for row in sql("PRAGMA integrity_check").all()]
        self.report.integrity["ok" if result == ["ok"] else "; ".join(result[:3])] += 1
        if result != ["ok"]:
            self.report.problem("other", "file", f"integrity_check: {result[:5]}")
        violations = sql("PRAGMA foreign_key_check").all()
        self.report.foreign_key_violations += len(violations)
        if violations:
            self.report.problem("other", "file", f"foreign_key_check: {violations[:5]}")

    @staticmethod
    def _audit_counts(connection: Connection) -> Counter[tuple[str, str, str]]:
        rows = connection.exec_driver_sql(
            "SELECT entity, entity_uuid, action, count(*) FROM audit_log"
            " WHERE entity IN ('patient', 'session') GROUP BY entity, entity_uuid, action"
        ).all()
        return Counter({(entity, _uuid(key), action): n for entity, key, action, n in rows})

    def _check_patients(self, connection: Connection, audit: Counter[tuple[str, str, str]]) -> None:
        stored = {
            _uuid(key): terms
            for key, terms in connection.exec_driver_sql(
                "SELECT uuid, (SELECT count(*) FROM patient_search_terms t"
                " WHERE t.patient_id = p.id) FROM patients p"
            ).all()
        }
        for pid in sorted(self.patients - stored.keys()):
            self.report.problem("lost", pid, f"the patient {pid} was printed but is not stored")
            self.patients.discard(pid)  # counted once; no later writer is handed it
        unknown = sorted(stored.keys() - self.patients)
        if len(unknown) > self.in_flight.patients:
            self.report.problem(
                "other", ",".join(unknown), f"patients no writer created: {unknown}"
            )
        self.report.interrupted_calls_committed += min(len(unknown), self.in_flight.patients)
        self.patients |= set(unknown)
        for pid, terms in stored.items():
            if terms == 0:
                self.report.problem("half", pid, f"the patient {pid} has no search terms")
            if audit[("patient", pid, "create")] != 1:
                self.report.problem(
                    "other", pid, f"the patient {pid}'s creation is not audited once"
                )

    def _check_sessions(
        self, connection: Connection, audit: Counter[tuple[str, str, str]]
    ) -> tuple[set[str], list[str]]:
        """Each session against what was printed, its tag and the audit log; returns the
        sessions stored, and those changed since their content was last read back."""
        rows = connection.exec_driver_sql(
            "SELECT s.uuid, p.uuid, s.status, s.notes,"
            " (SELECT group_concat((SELECT count(*) FROM product_uses u"
            "   WHERE u.treatment_line_id = t.id AND u.voided_at IS NULL), '.'"
            "   ORDER BY t.position)"
            "  FROM treatment_lines t WHERE t.session_id = s.id AND t.voided_at IS NULL),"
            " (SELECT count(*) FROM reactions r WHERE r.session_id = s.id AND r.voided_at IS NULL)"
            " FROM sessions s JOIN patients p ON p.id = s.patient_id"
        ).all()
        stored = {_uuid(row[0]): row for row in rows}
        for sid in sorted(self.sessions.keys() - stored.keys()):
            self.report.problem("lost", sid, f"the session {sid} was printed but is not stored")
            del self.sessions[sid]
        changed = []
        for sid, (_, patient_key, status, notes, lines, reactions) in sorted(stored.items()):
            patient = _uuid(patient_key)
            tag = read_tag(notes)
            if tag is None:
                self.report.problem("half", sid, f"the session {sid} has no tag: {notes[:60]!r}")
                continue
            signed = status == SessionStatus.SIGNED.value
            self._compare_with_printed(sid, patient, tag.rev, signed)
            if (lines or "", reactions) != (tag.lines, tag.reactions):
                self.report.problem(
                    "half",
                    sid,
                    f"the session {sid} rev {tag.rev} was written with lines {tag.lines} and"
                    f" {tag.reactions} reactions; it holds lines {lines} and {reactions}",
                )
            wanted = {"create": 1, "update": tag.rev - 1, "sign": int(signed)}
            found = {action: audit[("session", sid, action)] for action in wanted}
            if found != wanted:
                self.report.problem(
                    "other", sid, f"the session {sid}'s audit entries {found} should be {wanted}"
                )
            if self.checked.get(sid) != (notes, status):
                changed.append(sid)
        return set(stored), changed

    def _compare_with_printed(self, sid: str, patient: str, rev: int, signed: bool) -> None:
        flight = self.in_flight
        known = self.sessions.get(sid)
        if known is None:
            if patient in flight.drafts and rev == 1 and not signed:
                flight.drafts.remove(patient)
                self.sessions[sid] = SessionState(patient, 1, signed=False)
                self.report.interrupted_calls_committed += 1
            else:
                self.report.problem("other", sid, f"the session {sid} was created by no writer")
            return
        if rev != known.rev:
            if flight.updates.get(sid) == rev == known.rev + 1:
                known.rev = rev
                self.report.interrupted_calls_committed += 1
            else:
                self.report.problem(
                    "other", sid, f"the session {sid} is at rev {rev}; rev {known.rev} was printed"
                )
        if signed != known.signed:
            if signed and sid in flight.signs:
                known.signed = True
                self.report.interrupted_calls_committed += 1
            else:
                self.report.problem(
                    "other",
                    sid,
                    f"the session {sid} is {'' if signed else 'not '}signed, unlike printed",
                )

    def _check_content(self, clinic: Clinic, sid: str) -> None:
        """The session read back through the services, as the window would show it."""
        session = clinic.sessions.get(SessionId(uuid.UUID(sid)))
        problem = content_problem(session.entry)
        if problem is not None:
            self.report.problem("half", sid, f"the session {sid}: {problem}")
        self.checked[sid] = (session.entry.notes, session.status.value)

    def _check_editor_drafts(self, connection: Connection) -> None:
        stored = {
            _uuid(key): (_uuid(patient), payload)
            for key, patient, payload in connection.exec_driver_sql(
                "SELECT e.uuid, p.uuid, e.payload FROM editor_drafts e"
                " JOIN patients p ON p.id = e.patient_id"
            ).all()
        }
        flight = self.in_flight
        for key in sorted(self.discarded & stored.keys()):
            self.report.problem("other", key, f"the editor draft {key} was discarded but is stored")
        for key in sorted(self.editor.keys() - stored.keys()):
            if key in flight.discards:
                del self.editor[key]
                self.discarded.add(key)
                self.report.interrupted_calls_committed += 1
            else:
                self.report.problem(
                    "lost", key, f"the editor draft {key} was printed but is missing"
                )
                del self.editor[key]
        for key, (patient, payload) in sorted(stored.items()):
            rev = editor_payload_rev(payload)
            if rev is None:
                self.report.problem("half", key, f"the editor draft {key} holds a cut payload")
                continue
            known = self.editor.get(key)
            if known == (patient, rev) or key in self.discarded:
                continue
            if flight.keeps.get(key) == (patient, rev):
                self.editor[key] = (patient, rev)
                self.report.interrupted_calls_committed += 1
            else:
                self.report.problem(
                    "other", key, f"the editor draft {key} holds rev {rev}; printed {known}"
                )


def _uuid(value: object) -> str:
    """A UUID column as SQLite holds it (32 hex digits) in the printed form."""
    return str(uuid.UUID(str(value)))


def run_crash_trial(
    database: Path,
    *,
    kills: int,
    seed: int,
    max_delay_s: float = 0.2,
    progress: Callable[[CrashReport], None] | None = None,
) -> CrashReport:
    trial = CrashTrial(database, seed=seed, max_delay_s=max_delay_s)
    trial.run(kills, progress)
    return trial.report
