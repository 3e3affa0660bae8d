"""On a full disk the records can still be read (issue 11): `patients`, `audit verify`,
`audit list` and `check` work, and `backup` to another disk writes a checked copy, which
is said not to be in the audit log. They used to fail with "disk I/O error": SQLite could
not make the 32 KiB index of its log (`-shm`) beside the database.

On a database with accounts, `patients --user NAME` and `user list` log in with the
right password although the log-in cannot be written in the audit log (said on standard
error); a wrong password is refused after the longest wait, since its failure cannot be
counted; a change, and an export (whose audit entry is the record of data leaving),
are refused with the disk-full message.

Two full disks, both real: a small tmpfs filled to the last byte (needs the right to
mount, so root; skipped otherwise), and, for anyone, a file-size limit of 0 on the
command's process (`ulimit -f 0`: no file may grow, as on a disk with no room left).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3

from mesolog.domain.accounts import MAX_DELAY_SECONDS, LogInRefusedError
from mesolog.domain.enums import Role
from mesolog.services import accounts
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from tests.conftest import FixedClock

ROOT = Path(__file__).resolve().parents[2]
ADMIN_PASSWORD = "admin-password-1"
UNRECORDED = (
    "mesolog: warning: the log-in of admin could not be recorded in the audit log: "
    "the database's disk is full"
)
DISK_FULL = "is full: there is no room left on its disk. Nothing was saved."
NO_FILE_MAY_GROW = "failed to read or write (disk I/O error)"
"""What SQLite says when a file may not grow (`ulimit -f 0`): a write the system refused."""
WAITS_INSTEAD_OF_SLEEPING = (
    "import sys; from mesolog.services import accounts; "
    "accounts.sleep = lambda seconds: print(f'waited {seconds} s', file=sys.stderr); "
    "from mesolog.cli.main import main; sys.exit(main(sys.argv[1:]))"
)
"""The command line, its wait before answering said instead of slept (a subprocess has
no clock the test can move)."""


def mesolog(
    database: Path,
    *args: str,
    limit: str = "unlimited",
    stdin: str | None = None,
    program: tuple[str, ...] = ("-m", "mesolog"),
) -> subprocess.CompletedProcess[str]:
    """`mesolog --db database ARGS` in a shell whose files may grow by `limit` blocks."""
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"}
    environment.pop("MESOLOG_DB", None)
    limited = ["/bin/sh", "-c", f'ulimit -f {limit} && exec "$0" "$@"', sys.executable]
    return subprocess.run(
        [*limited, *program, "--db", str(database), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=environment,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo clinic, built once for the module (charts and photos take seconds)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Clinic.open(str(path), actor="setup") as clinic:
        DemoService(clinic.context).fill()
    return path


def demo_clinic(template: Path, database: Path) -> None:
    database.write_bytes(template.read_bytes())
    database.chmod(0o600)  # as mesolog makes it
    with Clinic.open(str(database), actor="setup") as clinic:
        clinic.backups.backup()  # the backup folder and its anchors log beside the database


def clinic_with_accounts(template: Path, database: Path) -> None:
    demo_clinic(template, database)
    with Clinic.open(str(database), actor="setup") as clinic:
        clinic.accounts.create_first_admin("admin", "Dr Eleni Vasileiou", ADMIN_PASSWORD)
        clinic.log_in("admin", ADMIN_PASSWORD)
        clinic.accounts.add("clin", "Dr Nikos Pappas", Role.CLINICIAN, "clinician-password-1")


def newest_entry(database: Path) -> tuple[object, ...]:
    """The audit log's newest entry, read without the log's shared index (which a full disk
    has no room for)."""
    with contextlib.closing(sqlite3.connect(database)) as db:
        db.execute("PRAGMA locking_mode = EXCLUSIVE")
        row = db.execute("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert row is not None
    return tuple(row)


def fingerprint(folder: Path) -> dict[str, str]:
    """The database and its backups (the anchors log may take the new backup's line)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*.sqlite")}


def fill(folder: Path) -> None:
    """Writes a file until the disk holding `folder` has no room left."""
    with (folder / "filler").open("wb", buffering=0) as filler, contextlib.suppress(OSError):
        while True:
            filler.write(b"\0" * 65536)
    assert os.statvfs(folder).f_bavail == 0


@pytest.fixture
def full_tmpfs(tmp_path: Path, demo_file: Path) -> Iterator[Path]:
    """A folder on its own 24 MiB tmpfs, holding a demo clinic, then filled."""
    with full_disk(tmp_path, functools.partial(demo_clinic, demo_file)) as disk:
        yield disk


@pytest.fixture
def full_tmpfs_with_accounts(tmp_path: Path, demo_file: Path) -> Iterator[Path]:
    """The same with an administrator, admin, and a clinician, clin."""
    with full_disk(tmp_path, functools.partial(clinic_with_accounts, demo_file)) as disk:
        yield disk


@contextlib.contextmanager
def full_disk(tmp_path: Path, make: Callable[[Path], None]) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=24m,mode=0700", "tmpfs", str(disk)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        make(disk / "clinic.sqlite")
        fill(disk)
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def assert_reads_work(database: Path, limit: str = "unlimited") -> None:
    listed = mesolog(database, "patients", limit=limit)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 40
    verified = mesolog(database, "audit", "verify", limit=limit)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.stdout.startswith("chain intact: ")
    checked = mesolog(database, "check", limit=limit)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.endswith("all is well\n")
    newest = mesolog(database, "audit", "list", "--limit", "1", limit=limit)
    assert newest.returncode == 0, newest.stderr
    assert "\tbackup\tdatabase\t" in newest.stdout


def test_a_full_disk_lets_every_read_only_command_work(full_tmpfs: Path, tmp_path: Path) -> None:
    database = full_tmpfs / "clinic.sqlite"
    before = fingerprint(full_tmpfs)
    assert_reads_work(database)

    other_disk = tmp_path / "usb"
    copied = mesolog(database, "backup", "-o", str(other_disk / "handover.sqlite"))
    assert copied.returncode == 0, copied.stderr
    assert "backup written and checked" in copied.stdout
    assert "not in the audit log: the database's disk is full" in copied.stdout
    with contextlib.closing(sqlite3.connect(other_disk / "handover.sqlite")) as copy:
        assert copy.execute("SELECT count(*) FROM patients").fetchone() == (40,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert fingerprint(full_tmpfs) == before, "the database and its backups are as they were"


def test_a_process_that_may_grow_no_file_still_reads(tmp_path: Path, demo_file: Path) -> None:
    """The same without mounting: the shell's `ulimit -f 0` lets no file grow, the -shm
    index included."""
    database = tmp_path / "clinic.sqlite"
    demo_clinic(demo_file, database)
    assert_reads_work(database, limit="0")
    refused = mesolog(database, "backup", "-o", str(tmp_path / "copy.sqlite"), limit="0")
    assert refused.returncode == 1, "no file may grow, the copy's neither"
    assert not (tmp_path / "copy.sqlite").exists()


def assert_an_account_reads(database: Path, limit: str = "unlimited") -> None:
    """The right password: the records are listed, the log-in said not recorded."""
    before = newest_entry(database)
    for password in (ADMIN_PASSWORD + "\n", "clinician-password-1\n"):
        user = "admin" if password.startswith("admin") else "clin"
        listed = mesolog(
            database, "patients", "--user", user, "--password-stdin", stdin=password, limit=limit
        )
        assert listed.returncode == 0, listed.stderr
        assert len(listed.stdout.splitlines()) == 40
        assert listed.stderr == UNRECORDED.replace("admin", user) + (
            ". Commands that change records are refused until there is room.\n"
        )
    users = mesolog(
        database, "user", "list", "--user", "admin", "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n", limit=limit,
    )  # fmt: skip
    assert users.returncode == 0, users.stderr
    assert [line.split("\t")[0] for line in users.stdout.splitlines()] == ["admin", "clin"]
    assert users.stderr.startswith(UNRECORDED)
    assert newest_entry(database) == before


def assert_changes_refused(
    database: Path, out: Path, limit: str = "unlimited", said: str = DISK_FULL
) -> None:
    """A change, and an export to another disk, fail with the disk-full message."""
    before = newest_entry(database)
    added = mesolog(
        database, "user", "add", "nurse", "--role", "assistant", "--user", "admin",
        "--password-stdin", stdin=f"{ADMIN_PASSWORD}\nnurse-password-1\nnurse-password-1\n",
        limit=limit,
    )  # fmt: skip
    assert added.returncode == 1
    assert said in added.stderr
    exported = mesolog(
        database, "export", "json", "-o", str(out), "--user", "admin", "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n", limit=limit,
    )  # fmt: skip
    assert exported.returncode == 1
    assert said in exported.stderr
    assert not out.exists()
    assert newest_entry(database) == before


def test_on_a_full_disk_an_account_reads_and_is_told_its_log_in_is_unrecorded(
    full_tmpfs_with_accounts: Path, tmp_path: Path
) -> None:
    database = full_tmpfs_with_accounts / "clinic.sqlite"
    before = fingerprint(full_tmpfs_with_accounts)
    assert_an_account_reads(database)
    assert_changes_refused(database, tmp_path / "usb" / "export.json")
    assert fingerprint(full_tmpfs_with_accounts) == before


def test_on_a_full_disk_a_wrong_password_waits_the_longest_wait_every_time(
    full_tmpfs_with_accounts: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its failure cannot be counted, so no slow-down would follow: each wrong try (and an
    unknown username, answered alike) waits the longest wait before its answer."""
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock.advance(seconds=seconds)

    monkeypatch.setattr(accounts, "sleep", sleep)
    database = full_tmpfs_with_accounts / "clinic.sqlite"
    before, entry = fingerprint(full_tmpfs_with_accounts), newest_entry(database)
    with Clinic.open(str(database), clock=clock) as clinic:
        for username in ("admin", "admin", "nobody"):
            started = clock()
            with pytest.raises(LogInRefusedError, match="could not be recorded") as refused:
                clinic.accounts.log_in_to_read(username, "not the password")
            assert str(refused.value).startswith(accounts.WRONG)
            assert clock() - started == dt.timedelta(seconds=MAX_DELAY_SECONDS)
        assert waits == [MAX_DELAY_SECONDS] * 3
        assert clinic.account is None
        logged = clinic.accounts.log_in_to_read("admin", ADMIN_PASSWORD)
        assert (logged.account.username, logged.recorded) == ("admin", False)
        assert waits == [MAX_DELAY_SECONDS] * 3, "the right password does not wait"
    assert fingerprint(full_tmpfs_with_accounts) == before
    assert newest_entry(database) == entry


def test_a_process_that_may_grow_no_file_logs_in_to_read(tmp_path: Path, demo_file: Path) -> None:
    """The same under `ulimit -f 0`, on the command line (the wait said, not slept)."""
    database = tmp_path / "clinic.sqlite"
    clinic_with_accounts(demo_file, database)
    before = fingerprint(tmp_path)
    assert_an_account_reads(database, limit="0")
    assert_changes_refused(
        database, tmp_path / "usb" / "export.json", limit="0", said=NO_FILE_MAY_GROW
    )
    entry = newest_entry(database)
    for username in ("admin", "nobody"):
        refused = mesolog(
            database, "patients", "--user", username, "--password-stdin",
            stdin="not the password\n", limit="0", program=("-c", WAITS_INSTEAD_OF_SLEEPING),
        )  # fmt: skip
        assert refused.returncode == 1
        assert refused.stdout == ""
        assert refused.stderr.startswith(f"waited {MAX_DELAY_SECONDS} s\nmesolog: {accounts.WRONG}")
        assert "could not be recorded" in refused.stderr
    assert newest_entry(database) == entry
    assert fingerprint(tmp_path) == before
