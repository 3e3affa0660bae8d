"""Kill `mesolog restore` (SIGKILL) at chosen steps or random moments, and look at what it left.

A template clinic holds more patients than a backup taken of it earlier. Each run
copies the template into a folder of its own, starts `restore_child` (the command
line in a real process) on the backup, kills it, and reopens the file as the app
does after a crash. The database must then be one of two things:

* **old**: the template's patients, no restore entry from this backup; or
* **restored**: the backup's patients, and as the newest audit entry the restore,
  naming the safety copy;

never **unaudited** (the backup's patients without that entry), and `audit verify`
says intact either way. What the killed restore left beside the database and in
the backup folder is counted as found, and again once the backup listing has run
(it tidies up after a killed restore): then only the safety copy of a restore that
happened may remain. The test runs a handful of kills; benchmarks/restore_kills.py
many.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from mesolog.persistence.backup_files import sha256_of
from mesolog.services.clinic import Clinic
from tests.integrity.workload import patient_input

ROOT = Path(__file__).resolve().parents[2]
CHILD_MODULE = "tests.integrity.restore_child"
TIMEOUT_S = 60.0
DATABASE_FILES = frozenset({"clinic.sqlite", "clinic.sqlite-wal", "clinic.sqlite-shm"})
ANCHORS_LOG = ".anchors.jsonl"
"""The log of the audit chain's anchors that backups and restores keep in the backup folder."""


@dataclass(frozen=True, slots=True)
class Template:
    database: Path
    backup: Path
    old_patients: int
    new_patients: int


def prepare(folder: Path, *, patients: int, backed_up: int, seed: int = 1) -> Template:
    """A clinic of `patients` patients whose backup (taken after `backed_up`) is restored."""
    rng = random.Random(seed)
    database = folder / "template" / "clinic.sqlite"
    backup = folder / "backup.sqlite"
    with Clinic.open(str(database), actor="restore-trial") as clinic:
        for _ in range(backed_up):
            clinic.patients.create(patient_input(rng))
        clinic.backups.backup(backup)
        for _ in range(patients - backed_up):
            clinic.patients.create(patient_input(rng))
    shutil.rmtree(database.parent / "backups", ignore_errors=True)
    return Template(database, backup, patients, backed_up)


class Child:
    """One child process (`restore_child`, or `module` with its `arguments`); its standard
    output is read by a thread so it never blocks."""

    def __init__(
        self, arguments: list[str], point: str | None, *, module: str = CHILD_MODULE
    ) -> None:
        environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        environment.pop("MESOLOG_DB", None)
        self.process = subprocess.Popen(
            [sys.executable, "-W", "error", "-m", module, *arguments] + ([point] if point else []),
            cwd=ROOT,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: list[str] = []
        self.exited_at = 0.0
        """When (perf_counter) the restore printed its exit status."""
        self.ready = threading.Event()
        self.stopped = threading.Event()
        """Set when the child halts at its stop point, or ends."""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            if line == "READY\n":
                self.ready.set()
            elif line.startswith(("AT ", "EXIT ")):
                self.exited_at = time.perf_counter()
                self.stopped.set()
        self.ready.set()
        self.stopped.set()

    def go(self, *lines: str) -> float:
        """Starts the command, giving it `lines` on standard input; returns when
        (perf_counter) it was started."""
        if not self.ready.wait(TIMEOUT_S) or self.process.poll() is not None:
            self.fail("did not get ready")
        assert self.process.stdin is not None
        self.process.stdin.write("".join(f"{line}\n" for line in ("go", *lines)))
        self.process.stdin.flush()
        return time.perf_counter()

    def kill(self) -> bool:
        """SIGKILL; whether the restore had already ended by itself."""
        finished = any(line.startswith("EXIT ") for line in self.lines)
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=TIMEOUT_S)
        self._reader.join(timeout=TIMEOUT_S)
        finished = finished or any(line.startswith("EXIT ") for line in self.lines)
        self._close()
        return finished

    def wait(self) -> None:
        """Until the restore ends by itself; it must end well."""
        if self.process.wait(timeout=TIMEOUT_S) != 0 or "EXIT 0" not in self.lines:
            self.fail("failed")
        self._reader.join(timeout=TIMEOUT_S)
        self._close()

    def fail(self, what: str) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._reader.join(timeout=TIMEOUT_S)
        assert self.process.stderr is not None
        errors = self.process.stderr.read()
        self._close()
        raise RuntimeError(f"the restore {what}: {self.lines}\n{errors}")

    def _close(self) -> None:
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@dataclass(frozen=True, slots=True)
class Outcome:
    state: str
    """old, restored, unaudited, or what else was found."""
    intact: bool
    """`audit verify` after the kill."""
    left_after_kill: tuple[str, ...]
    """Files beside the database and in the backup folder, other than the database's own."""
    left_after_tidy: tuple[str, ...]
    """The same after the backup listing ran, the safety copy of a restore that happened
    left out when it is whole and where the restore entry says."""
    finished: bool = False
    """The restore had ended before the kill."""


@dataclass
class RestoreKillReport:
    kills: int = 0
    states: Counter[str] = field(default_factory=Counter)
    verify_failed: int = 0
    kills_leaving_files: int = 0
    files_left_after_kill: int = 0
    files_left_after_tidy: int = 0
    finished_before_kill: int = 0
    restore_s: float = 0.0
    problems: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome, where: str) -> None:
        self.kills += 1
        self.states[outcome.state] += 1
        self.finished_before_kill += outcome.finished
        self.verify_failed += not outcome.intact
        self.kills_leaving_files += bool(outcome.left_after_kill)
        self.files_left_after_kill += len(outcome.left_after_kill)
        self.files_left_after_tidy += len(outcome.left_after_tidy)
        wrong = (
            outcome.state not in ("old", "restored")
            or not outcome.intact
            or outcome.left_after_tidy
        )
        if wrong and len(self.problems) < 50:
            self.problems.append(f"kill {self.kills} ({where}): {outcome}")

    @property
    def ok(self) -> bool:
        return not self.problems

    def figures(self) -> str:
        return "\n".join(
            [
                f"kills                                {self.kills}",
                f"  restore ended before the kill      {self.finished_before_kill}",
                f"old database, unchanged              {self.states['old']}",
                f"restored, with its restore entry     {self.states['restored']}",
                f"restored, unaudited                  {self.states['unaudited']}",
                f"anything else                        "
                f"{self.kills - sum(self.states[s] for s in ('old', 'restored', 'unaudited'))}",
                f"audit verify not intact              {self.verify_failed}",
                f"kills leaving files behind           {self.kills_leaving_files}",
                f"  files left, right after the kill   {self.files_left_after_kill}",
                f"  files left once tidied up          {self.files_left_after_tidy}",
                f"a whole restore, go to exit (median) {self.restore_s:.2f} s",
            ]
        )


def run_whole(template: Template, folder: Path) -> float:
    """One restore that is not killed: seconds from go to its exit status."""
    database = _fresh(template, folder)
    child = Child([str(database), str(template.backup)], None)
    started = child.go()
    child.wait()
    elapsed = child.exited_at - started
    outcome = inspect(template, database)
    if outcome.state != "restored" or outcome.left_after_tidy or not outcome.intact:
        raise RuntimeError(f"a whole restore left {outcome}")
    return elapsed


def kill_once(
    template: Template, folder: Path, *, point: str | None = None, delay_s: float = 0.0
) -> Outcome:
    """A restore killed at `point` (see restore_child), or `delay_s` after it started."""
    database = _fresh(template, folder)
    child = Child([str(database), str(template.backup)], point)
    started = child.go()
    if point is not None:
        if not child.stopped.wait(TIMEOUT_S) or f"AT {point}" not in child.lines:
            child.fail(f"did not reach {point}")
    else:
        time.sleep(max(0.0, started + delay_s - time.perf_counter()))
    finished = child.kill()
    outcome = inspect(template, database)
    return Outcome(
        outcome.state, outcome.intact, outcome.left_after_kill, outcome.left_after_tidy, finished
    )


def _fresh(template: Template, folder: Path) -> Path:
    folder.mkdir(parents=True)
    database = folder / "clinic.sqlite"
    shutil.copyfile(template.database, database)
    database.chmod(0o600)
    return database


def inspect(template: Template, database: Path) -> Outcome:
    """Reopens the database as the app does after a crash: which state, and what was left."""
    left_after_kill = _left_over(database)
    with Clinic.open(str(database), actor="restore-check", create=False, migrate=False) as clinic:
        intact = clinic.audit.verify().intact
        with clinic.context.db.engine.connect() as connection:
            patients = connection.execute(text("SELECT count(*) FROM patients")).scalar_one()
            newest = connection.execute(
                text("SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1")
            ).one()
        restored_entry = newest.action == "restore" and newest.detail.startswith(
            f"from file sha256 {sha256_of(template.backup)};"
        )
        if patients == template.old_patients and not restored_entry:
            state = "old"
        elif patients == template.new_patients:
            state = "restored" if restored_entry else "unaudited"
        else:
            state = f"{patients} patients, newest entry {newest.action}: {newest.detail}"
        clinic.backups.backups()  # as the backup dialog or the day's first backup lists them
    safety = newest.detail.rpartition("safety copy ")[2] if state == "restored" else None
    left_after_tidy = tuple(name for name in _left_over(database) if name != f"backups/{safety}")
    if safety is not None and not (database.parent / "backups" / safety).is_file():
        state = f"restored, but its safety copy {safety} is missing"
    return Outcome(state, intact, left_after_kill, left_after_tidy)


def _left_over(database: Path) -> tuple[str, ...]:
    beside = [p.name for p in database.parent.iterdir() if p.name not in DATABASE_FILES]
    backups = database.parent / "backups"
    found = backups.iterdir() if backups.is_dir() else ()
    kept = [f"backups/{p.name}" for p in found if not p.name.endswith(ANCHORS_LOG)]
    return tuple(sorted([name for name in beside if name != "backups"] + kept))
