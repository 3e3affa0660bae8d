"""Kill `mesolog encrypt` or `mesolog passphrase` (SIGKILL) at chosen steps or random
moments, and look at what it left.

Each run copies a template clinic (plain for `encrypt`, encrypted with OLD for
`passphrase`) into a folder of its own, starts `encrypt_child` (the command line in a
real process) on it, kills it, and reopens the file as the app does. The database
must then be one of two things:

* **old**: as it was (plain, or opening with OLD), without the conversion's entry; or
* **new**: opening with NEW, every patient there, and as its newest audit entry the
  conversion's (`encrypted at rest …`, naming the plain copy, which is there; or
  `database passphrase changed`);

never **unaudited** (rewritten without that entry), and `audit verify` says intact
either way. What the kill left beside the database is counted, and again once the
command was run again on an old database, as anyone would after a kill (its first step
tidies up after a killed conversion): then only the plain copy named by an entry may
remain, and a plain copy the killed command had kept just before it was killed (as
plain as the database it copies, and said among the files left). The test runs a
handful of kills; benchmarks/encrypt_kills.py many.
"""

from __future__ import annotations

import random
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from mesolog.domain.errors import KnownError
from mesolog.persistence.encryption import is_plain_database
from mesolog.services.clinic import Clinic
from mesolog.services.encryption import change_database_passphrase, encrypt_database
from tests.integrity.restore_kill_harness import TIMEOUT_S, Child
from tests.integrity.workload import patient_input

CHILD_MODULE = "tests.integrity.encrypt_child"
OLD = "the clinic's old passphrase"
NEW = "a new passphrase for the clinic"
COMMANDS = ("encrypt", "passphrase")
ENCRYPTED = "encrypted at rest (SQLCipher); the unencrypted original kept as "
CHANGED = "database passphrase changed"
DATABASE_FILES = frozenset(
    {"clinic.sqlite", "clinic.sqlite-wal", "clinic.sqlite-shm", "clinic.sqlite-journal"}
)


@dataclass(frozen=True, slots=True)
class Template:
    database: Path
    command: str
    patients: int

    @property
    def before(self) -> str | None:
        """The passphrase the database opens with before the command."""
        return OLD if self.command == "passphrase" else None

    @property
    def secrets(self) -> tuple[str, ...]:
        """What the command reads on standard input: the current passphrase, the new one."""
        return (OLD, NEW) if self.command == "passphrase" else (NEW,)


def prepare(folder: Path, command: str, *, patients: int, seed: int = 1) -> Template:
    """A clinic of `patients` patients, plain for `encrypt`, encrypted with OLD for
    `passphrase` (its plain original removed)."""
    rng = random.Random(seed)
    database = folder / f"template-{command}" / "clinic.sqlite"
    with Clinic.open(str(database), actor="encrypt-trial") as clinic:
        for _ in range(patients):
            clinic.patients.create(patient_input(rng))
    if command == "passphrase":
        with Clinic.open(str(database), actor="encrypt-trial") as clinic:
            plain_copy = encrypt_database(clinic, OLD).plain_copy
        assert plain_copy is not None
        plain_copy.unlink()
    return Template(database, command, patients)


@dataclass(frozen=True, slots=True)
class Outcome:
    state: str
    """old, new, unaudited, or what else was found."""
    intact: bool
    """`audit verify` after the kill."""
    left_after_kill: tuple[str, ...]
    """Files beside the database, other than its own and the plain copy its entry names."""
    left_after_again: tuple[str, ...]
    """The same once the command ran again (on an old database) and ended."""
    finished: bool = False
    """The command had ended before the kill."""


@dataclass
class EncryptKillReport:
    kills: int = 0
    states: Counter[str] = field(default_factory=Counter)
    verify_failed: int = 0
    kills_leaving_files: int = 0
    files_left_after_kill: int = 0
    files_left_after_again: int = 0
    plain_copies_left: int = 0
    finished_before_kill: int = 0
    command_s: float = 0.0
    problems: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome, where: str) -> None:
        self.kills += 1
        self.states[outcome.state] += 1
        self.finished_before_kill += outcome.finished
        self.verify_failed += not outcome.intact
        self.kills_leaving_files += bool(outcome.left_after_kill)
        self.files_left_after_kill += len(outcome.left_after_kill)
        self.files_left_after_again += len(outcome.left_after_again)
        self.plain_copies_left += len(plain_copies(outcome.left_after_again))
        hidden = [name for name in outcome.left_after_again if name not in plain_copies([name])]
        wrong = outcome.state not in ("old", "new") or not outcome.intact or hidden
        if wrong and len(self.problems) < 50:
            self.problems.append(f"kill {self.kills} ({where}): {outcome}")

    @property
    def ok(self) -> bool:
        return not self.problems

    def figures(self) -> str:
        known = ("old", "new", "unaudited")
        return "\n".join(
            [
                f"kills                                 {self.kills}",
                f"  command ended before the kill       {self.finished_before_kill}",
                f"old database, unchanged               {self.states['old']}",
                f"new database, with its entry          {self.states['new']}",
                f"new database, unaudited               {self.states['unaudited']}",
                f"anything else                         "
                f"{self.kills - sum(self.states[s] for s in known)}",
                f"audit verify not intact               {self.verify_failed}",
                f"kills leaving files behind            {self.kills_leaving_files}",
                f"  files left, right after the kill    {self.files_left_after_kill}",
                f"  files left once run again           {self.files_left_after_again}",
                f"    of which plain copies kept        {self.plain_copies_left}",
                f"a whole command, go to exit (median)  {self.command_s:.2f} s",
            ]
        )


def plain_copies(names: list[str] | tuple[str, ...]) -> list[str]:
    """The names among `names` of plain copies a conversion keeps (visible, not scratch)."""
    return [name for name in names if name.startswith("clinic.before-encryption-")]


def run_whole(template: Template, folder: Path) -> float:
    """One command that is not killed: seconds from go to its exit status."""
    database = _fresh(template, folder)
    child = Child([str(database), template.command], None, module=CHILD_MODULE)
    started = child.go(*template.secrets)
    child.wait()
    elapsed = child.exited_at - started
    outcome = inspect(template, database)
    if outcome.state != "new" or outcome.left_after_kill or not outcome.intact:
        raise RuntimeError(f"a whole {template.command} left {outcome}")
    return elapsed


def kill_once(
    template: Template, folder: Path, *, point: str | None = None, delay_s: float = 0.0
) -> Outcome:
    """The command killed at `point` (see encrypt_child), or `delay_s` after it started."""
    database = _fresh(template, folder)
    child = Child([str(database), template.command], point, module=CHILD_MODULE)
    started = child.go(*template.secrets)
    if point is not None:
        if not child.stopped.wait(TIMEOUT_S) or f"AT {point}" not in child.lines:
            child.fail(f"did not reach {point}")
    else:
        time.sleep(max(0.0, started + delay_s - time.perf_counter()))
    finished = child.kill()
    outcome = inspect(template, database)
    return Outcome(
        outcome.state, outcome.intact, outcome.left_after_kill, outcome.left_after_again, finished
    )


def _fresh(template: Template, folder: Path) -> Path:
    folder.mkdir(parents=True)
    database = folder / "clinic.sqlite"
    shutil.copyfile(template.database, database)
    database.chmod(0o600)
    return database


def inspect(template: Template, database: Path) -> Outcome:
    """Reopens the database as the app does: which state; what was left, and what is left
    once the command ran again on an old database."""
    found = _left_over(database)
    plain = is_plain_database(database)
    passphrase = None if plain else (template.before if _opens(database, template.before) else NEW)
    with _open(database, passphrase) as clinic:
        intact = clinic.audit.verify().intact
        with clinic.context.db.engine.connect() as connection:
            patients = connection.execute(text("SELECT count(*) FROM patients")).scalar_one()
            newest = connection.execute(
                text("SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1")
            ).one()
    entry = newest.action == "update" and newest.detail.startswith(
        ENCRYPTED if template.command == "encrypt" else CHANGED
    )
    named = newest.detail.removeprefix(ENCRYPTED) if entry and template.command == "encrypt" else ""
    if patients != template.patients:
        state = f"{patients} patients, newest entry {newest.action}: {newest.detail}"
    elif passphrase == template.before:
        state = "unaudited" if entry else "old"
    else:
        state = "new" if entry else "unaudited"
    if state == "new" and named and named not in found:
        state = f"new, but its plain copy {named} is missing"
    left_after_kill = tuple(name for name in found if name != named)
    left_after_again = left_after_kill
    if state == "old":
        left_after_again = _again(template, database)
    return Outcome(state, intact, left_after_kill, left_after_again)


def _open(database: Path, passphrase: str | None) -> Clinic:
    return Clinic.open(
        str(database), passphrase=passphrase, actor="encrypt-check", create=False, migrate=False
    )


def _opens(database: Path, passphrase: str | None) -> bool:
    try:
        _open(database, passphrase).close()
    except KnownError:  # a wrong passphrase, or one needed
        return False
    return True


def _again(template: Template, database: Path) -> tuple[str, ...]:
    """The command once more, as anyone would after a kill: it must end well. What is left
    beside the database then, but the plain copy its entry names."""
    with _open(database, template.before) as clinic:
        if template.command == "encrypt":
            kept = encrypt_database(clinic, NEW).plain_copy
        else:
            kept = change_database_passphrase(clinic, NEW).plain_copy
    with _open(database, NEW) as clinic:
        if not clinic.audit.verify().intact:
            raise RuntimeError("the command run again left the chain broken")
    return tuple(name for name in _left_over(database) if kept is None or name != kept.name)


def _left_over(database: Path) -> tuple[str, ...]:
    found = [p.name for p in database.parent.iterdir()]
    return tuple(sorted(name for name in found if name not in DATABASE_FILES))
