"""On a full disk the records can still be read (issue 11): `patients`, `audit verify`,
`audit list` and `check` work, and `backup` to another disk writes a checked copy, which
is said not to be in the audit log. They used to fail with "disk I/O error": SQLite could
not make the 32 KiB index of its log (`-shm`) beside the database.

Two full disks, both real: a small tmpfs filled to the last byte (needs the right to
mount, so root; skipped otherwise), and, for anyone, a file-size limit of 0 on the
command's process (`ulimit -f 0`: no file may grow, as on a disk with no room left).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3

from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService

ROOT = Path(__file__).resolve().parents[2]


def mesolog(
    database: Path, *args: str, limit: str = "unlimited"
) -> subprocess.CompletedProcess[str]:
    """`mesolog --db database ARGS` in a shell whose files may grow by `limit` blocks."""
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"}
    environment.pop("MESOLOG_DB", None)
    limited = ["/bin/sh", "-c", f'ulimit -f {limit} && exec "$0" "$@"', sys.executable]
    return subprocess.run(
        [*limited, "-m", "mesolog", "--db", str(database), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=environment,
        timeout=120,
        check=False,
    )


def demo_clinic(database: Path) -> None:
    with Clinic.open(str(database), actor="setup") as clinic:
        DemoService(clinic.context).fill()
        clinic.backups.backup()  # the backup folder and its anchors log beside the database


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
def full_tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A folder on its own 8 MiB tmpfs, holding a demo clinic, then filled."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(disk)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        demo_clinic(disk / "clinic.sqlite")
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


def test_a_process_that_may_grow_no_file_still_reads(tmp_path: Path) -> None:
    """The same without mounting: the shell's `ulimit -f 0` lets no file grow, the -shm
    index included."""
    database = tmp_path / "clinic.sqlite"
    demo_clinic(database)
    assert_reads_work(database, limit="0")
    refused = mesolog(database, "backup", "-o", str(tmp_path / "copy.sqlite"), limit="0")
    assert refused.returncode == 1, "no file may grow, the copy's neither"
    assert not (tmp_path / "copy.sqlite").exists()
