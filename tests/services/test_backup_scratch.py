"""A backup killed half-way (a real process, SIGKILL) leaves its scratch files, hidden, in
the backup folder and beside the database; the next listing of the backups removes them,
and never those of a backup still being written by another process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from mesolog.services.backups import BackupService
from mesolog.services.clinic import Clinic
from tests.services.backup_support import PASSPHRASE, files

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 60
BACKUP_CHILD = """
import sys
from pathlib import Path

import mesolog.services.backup_copies as copies
from mesolog.services.backups import BackupService
from mesolog.services.clinic import Clinic

database, folder, step, passphrase = sys.argv[1:]
original = getattr(copies, step)

def halting(*args, **kwargs):
    result = original(*args, **kwargs)
    print("AT", flush=True)
    sys.stdin.readline()
    return result

setattr(copies, step, halting)
with Clinic.open(database, actor="backup-trial", create=False) as clinic:
    taken = BackupService(clinic.context, Path(folder)).backup(passphrase=passphrase or None)
print("DONE", taken.path.name, flush=True)
"""
"""A backup in a process of its own, halted after `step` (a function backup_copies calls)
until a line comes on its standard input."""


@contextmanager
def halted_backup(
    database: Path, folder: Path, step: str, passphrase: str
) -> Iterator[subprocess.Popen[str]]:
    with subprocess.Popen(
        [sys.executable, "-c", BACKUP_CHILD, str(database), str(folder), step, passphrase],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        try:
            assert process.stdout.readline() == "AT\n"
            yield process
        finally:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=WAIT_S)


def _hidden(folder: Path) -> list[str]:
    return [name for name in files(folder) if name.startswith(".")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("step", "passphrase"), [("copy_online", ""), ("encrypt_file", PASSPHRASE)]
)
def test_what_a_killed_backup_left_is_removed_by_the_next_listing(
    clinic: Clinic, db_path: Path, tmp_path: Path, step: str, passphrase: str
) -> None:
    folder = tmp_path / "backups"
    with halted_backup(db_path, folder, step, passphrase) as process:
        os.kill(process.pid, signal.SIGKILL)
    left = _hidden(folder) + _hidden(tmp_path)
    assert [name for name in left if ".partial" in name], left

    assert BackupService(clinic.context, folder).backups() == ()

    assert (_hidden(folder), _hidden(tmp_path)) == ([], [])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("step", "passphrase"), [("copy_online", ""), ("encrypt_file", PASSPHRASE)]
)
def test_a_backup_under_way_elsewhere_keeps_its_files(
    clinic: Clinic, db_path: Path, tmp_path: Path, step: str, passphrase: str
) -> None:
    folder = tmp_path / "backups"
    with halted_backup(db_path, folder, step, passphrase) as process:
        under_way = _hidden(folder) + _hidden(tmp_path)
        listing = BackupService(clinic.context, folder)
        assert listing.backups() == ()
        assert listing.backup(folder).path.is_file()  # a backup here meanwhile, too
        assert _hidden(folder) + _hidden(tmp_path) == under_way
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write("\n")
        process.stdin.flush()
        assert process.stdout.readline().startswith("DONE clinic.backup-")
        assert process.wait(timeout=WAIT_S) == 0
    assert len(BackupService(clinic.context, folder).backups()) == 2
    assert (_hidden(folder), _hidden(tmp_path)) == ([], [])
