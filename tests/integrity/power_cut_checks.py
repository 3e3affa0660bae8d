"""What a power-cut run holds the files to after each cut, path by path.

Every ledger reads what the killed child printed (`take`), says what the next child
starts from (`given`), and after the cut (`check`): `mesolog check` and `mesolog audit
verify` pass on the database, and everything acknowledged is there. A step the cut
interrupted may have happened or not, never in part:

* sessions, autosave: crash_harness's checks (every printed patient, session revision,
  signature and editor draft stored, whole, audited once);
* import: every patient of an acknowledged import stored; of the interrupted one, all
  or none;
* backups: every acknowledged file there; every file under a final name whole (an
  SQLite file passing integrity_check, an encrypted one decrypting whole);
* restore: the database is the backup last restored, or the one being restored;
* encrypt, passphrase: the database opens with the last acknowledged passphrase, or the
  one being set, and holds the clinic whole;
* upgrade: the database at the old schema or the new (the new once acknowledged), the
  copy taken before it whole if there;
* PDF, JSON: the file there once written, and whole (never torn).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import tempfile
import uuid
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Protocol

from mesolog.cli.main import main as mesolog_main
from mesolog.domain.errors import KnownError
from mesolog.persistence.backup_encryption import decrypt_file
from mesolog.persistence.backup_files import examine
from mesolog.persistence.migrate import head_revision
from mesolog.services.clinic import Clinic
from tests.integrity.crash_harness import CrashTrial
from tests.integrity.power_cut_child import BACKUP_PASSPHRASE, DAY_ONE
from tests.integrity.power_cut_clinic import PATIENTS_A, PATIENTS_B, Templates

DAYS_APART = 9
"""Between the first daily backups of two children: each child's first prunes some."""


class Figures(Protocol):
    acknowledged: int
    lost: int
    failed_checks: int
    problems: list[str]
    cuts: int


def cli(*args: str, stdin: str = "") -> tuple[int, str]:
    sys.stdin = io.StringIO(stdin)
    printed = io.StringIO()
    with redirect_stdout(printed), redirect_stderr(printed):
        status = mesolog_main(list(args))
    return status, printed.getvalue()


def checks_pass(database: Path, key: str | None) -> str | None:
    """None when `mesolog check` and `mesolog audit verify` pass; else what they said."""
    keyed = ["--db-passphrase-stdin"] if key is not None else []
    line = "" if key is None else key + "\n"
    for command in (["check"], ["audit", "verify"]):
        status, said = cli("--db", str(database), *keyed, *command, stdin=line)
        if status != 0:
            return f"{' '.join(command)} exited {status}: {said[-400:]}"
    return None


def opens(database: Path, key: str | None) -> bool:
    try:
        Clinic.open(str(database), passphrase=key, create=False, migrate=False).close()
    except KnownError:
        return False
    return True


def patient_count(database: Path, key: str | None) -> int:
    with Clinic.open(str(database), passphrase=key, create=False, migrate=False) as clinic:
        return len(clinic.patients.search("", limit=None))


def revision(database: Path) -> str:
    with (
        Clinic.open(str(database), create=False, migrate=False) as clinic,
        clinic.context.db.engine.connect() as connection,
    ):
        found = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
        return str(found.scalar_one())


class Ledger:
    """The `> WHAT` / `= WHAT` lines of the paths that are not crash_writer's."""

    def __init__(self, database: Path, folder: Path, templates: Templates, key: str | None):
        self.database, self.folder, self.templates = database, folder, templates
        self.key = key
        self.start_key = key
        self.acked: list[str] = []
        self.new_acks: list[str] = []
        self.interrupted: str | None = None

    def given(self) -> dict[str, object]:
        return {"key": self.key}

    def fresh(self) -> None:
        self.key, self.acked, self.interrupted = self.start_key, [], None

    def take(self, lines: list[str]) -> None:
        self.new_acks, self.interrupted = [], None
        for line in lines:
            kind, _, what = line.partition(" ")
            if kind == ">":
                self.interrupted = what
            elif kind == "=":
                self.interrupted = None
                self.new_acks.append(what)
            else:
                raise RuntimeError(f"the child printed {line!r}")
        self.acked += self.new_acks

    def check(self, figures: Figures) -> None:
        figures.acknowledged += len(self.new_acks)
        lost, problems = self.verify()
        if problems is None:
            problems = checks_pass(self.database, self.key)
        figures.lost += lost
        if problems is not None or lost:
            figures.failed_checks += problems is not None
            if len(figures.problems) < 20:
                figures.problems.append(f"cut {figures.cuts}: lost {lost}; {problems}")

    def verify(self) -> tuple[int, str | None]:
        """(acknowledged steps missing, a failed check's words or None)."""
        return 0, None


class ImportLedger(Ledger):
    def verify(self) -> tuple[int, str | None]:
        with (
            Clinic.open(str(self.database), passphrase=self.key, create=False) as clinic,
            clinic.context.db.engine.connect() as connection,
        ):
            rows = connection.exec_driver_sql("SELECT uuid FROM patients")
            stored = {str(uuid.UUID(str(row[0]))) for row in rows}
        lost = sum(len(set(ids.split()) - stored) for ids in self.acked)
        if self.interrupted is not None:
            found = len(set(self.interrupted.split()) & stored)
            if found not in (0, len(self.interrupted.split())):
                return lost, f"the interrupted import is stored in part ({found} patients)"
        return lost, None


class BackupLedger(Ledger):
    def __init__(self, database: Path, folder: Path, templates: Templates, key: str | None):
        super().__init__(database, folder, templates, key)
        self.whole: set[str] = set()
        self.children = 0

    def given(self) -> dict[str, object]:
        self.children += 1
        return {"key": self.key, "day": self.children * DAYS_APART}

    def verify(self) -> tuple[int, str | None]:
        backups = self.folder / "backups"
        present = {p.name for p in backups.iterdir()} if backups.is_dir() else set()
        daily = [f"db.daily-{_stamp(day)}.sqlite" for day in self.acked if day[:1] == "2"]
        wanted = daily[-1:] if daily else [name for name in self.acked if "-" in name]
        lost = len(set(wanted) - present)
        for name in sorted(present - self.whole):
            if name.startswith(".") or name.endswith(".jsonl") or name.endswith(".lock"):
                continue
            problem = _torn_backup(backups / name)
            if problem is not None:
                return lost, problem
            self.whole.add(name)
        return lost, None


class RestoreLedger(Ledger):
    def verify(self) -> tuple[int, str | None]:
        count = patient_count(self.database, self.key)
        source = {PATIENTS_A: "A", PATIENTS_B: "B"}.get(count)
        allowed = {self.acked[-1] if self.acked else "A", self.interrupted}
        if source not in allowed:
            return 1, f"{count} patients: neither the backup restored nor the one restoring"
        self.acked.append(source)
        return 0, None


class EncryptLedger(Ledger):
    def verify(self) -> tuple[int, str | None]:
        before = self.new_acks[-1] if self.new_acks else self.key
        candidates = [before, *([self.interrupted] if self.interrupted else [])]
        now = [key for key in candidates if opens(self.database, key)]
        if not now:
            return 1, "the database opens with neither passphrase"
        self.key = now[0]
        if patient_count(self.database, self.key) != PATIENTS_A:
            return 0, "the clinic is not whole after the conversion"
        for copy in self.folder.glob("db.before-encryption-*.sqlite"):
            problem = _torn_backup(copy)
            if problem is not None:
                return 0, problem
        return 0, None


class UpgradeLedger(Ledger):
    def verify(self) -> tuple[int, str | None]:
        schema = revision(self.database)
        if schema not in (self.templates.older_revision, head_revision()):
            return 0, f"the schema is {schema}"
        lost = int(bool(self.acked) and schema != head_revision())
        for copy in self.folder.glob("db.before-upgrade-*.sqlite"):
            problem = _torn_backup(copy)
            if problem is not None:
                return lost, problem
        if schema != head_revision():  # as the window would on its next start, later
            later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
            try:
                Clinic.open(str(self.database), clock=lambda: later, create=False).close()
            except KnownError as error:
                return lost, f"the upgrade run again failed: {error}"
        return lost, None


class FileLedger(Ledger):
    def __init__(self, database: Path, folder: Path, templates: Templates, key: str | None):
        super().__init__(database, folder, templates, key)
        self.target = folder / "summary.pdf"

    def verify(self) -> tuple[int, str | None]:
        if not self.target.exists():
            return int(bool(self.acked)), None
        data = self.target.read_bytes()
        if self.target.suffix == ".pdf":
            whole = data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
        else:
            try:
                whole = "patients" in json.loads(data)
            except ValueError:
                whole = False
        return 0, None if whole else f"{self.target.name} is torn ({len(data)} bytes)"


class WriterLedger(CrashTrial):
    """crash_harness's promises and checks, on a database that may be encrypted."""

    def __init__(self, database: Path, key: str | None) -> None:
        super().__init__(database, seed=0, max_delay_s=0.0)
        self.key = key
        self.lost_seen = 0
        self.before = 0

    def given(self) -> dict[str, object]:
        return {"key": self.key, "carry": self._carried()}

    def fresh(self) -> None:
        raise NotImplementedError

    def take(self, lines: list[str]) -> None:
        self.before = self.report.acknowledged
        self._take(lines)

    def check(self, figures: Figures) -> None:
        self.report.kills = figures.cuts
        with (
            Clinic.open(
                str(self.database),
                passphrase=self.key,
                actor="power-cut",
                create=False,
                migrate=False,
            ) as clinic,
            clinic.context.db.engine.connect() as connection,
        ):
            self._check_file(connection)
            audit = self._audit_counts(connection)
            self._check_patients(connection, audit)
            self._check_sessions(connection, audit)
            self._check_editor_drafts(connection)
        self.in_flight = type(self.in_flight)()
        figures.acknowledged += self.report.acknowledged - self.before
        broken = self.report.lost + self.report.other_problems + self.report.half_written
        figures.lost += broken - self.lost_seen
        problems = checks_pass(self.database, self.key)
        if problems is not None:
            figures.failed_checks += 1
        if (problems or broken > self.lost_seen) and len(figures.problems) < 20:
            figures.problems.append(f"cut {figures.cuts}: {problems} {self.report.problems[-3:]}")
        self.lost_seen = broken


def ledger_for(
    child: str, database: Path, folder: Path, templates: Templates, key: str | None
) -> Ledger | WriterLedger:
    if child in ("sessions", "autosave"):
        return WriterLedger(database, key)
    kinds: dict[str, type[Ledger]] = {
        "import": ImportLedger,
        "backup": BackupLedger,
        "backup-encrypted": BackupLedger,
        "daily": BackupLedger,
        "restore": RestoreLedger,
        "encrypt": EncryptLedger,
        "upgrade": UpgradeLedger,
        "pdf": FileLedger,
        "json": FileLedger,
    }
    ledger = kinds[child](database, folder, templates, key)
    if isinstance(ledger, FileLedger) and child == "json":
        ledger.target = folder / "export.json"
    return ledger


def _stamp(day: str) -> str:
    return day.replace("-", "") + DAY_ONE.strftime("T%H%M%SZ")


def _torn_backup(path: Path) -> str | None:
    """None when the backup file is whole."""
    with tempfile.TemporaryDirectory() as scratch:
        plain = path
        if path.suffix == ".enc":
            plain = Path(scratch) / "plain.sqlite"
            try:
                decrypt_file(path, plain, BACKUP_PASSPHRASE, label=path.name)
            except KnownError as error:
                return f"{path.name} does not decrypt whole: {error}"
        try:
            facts = examine(plain, label=path.name)
        except KnownError as error:
            return f"{path.name} is not a whole database: {error}"
    return None if facts.whole else f"{path.name}: {facts.problems}"
