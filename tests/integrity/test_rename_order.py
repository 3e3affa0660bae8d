"""Every file mesolog writes under a scratch name and renames into place survives a power
cut: its content synced before the rename, its folder synced after it; and the database
file is replaced only once its own `-wal`, removed, is removed for good.

LazyFS (the power-cut runs) passes renames straight to the disk below, so it cannot see a
rename lost with the power; the order of the system calls shows it: the last file synced
before the rename is the new file, the first synced after it is its folder. One process runs each
write path once (power_cut_child's steps: backups plain, encrypted and daily, the restore's
safety copy, a PDF summary, a JSON export, encrypting, changing the passphrase, the copy
taken before an upgrade) under `strace -f -y`, which names each synced file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.integrity.power_cut_clinic import Templates, make_templates

ROOT = Path(__file__).resolve().parents[2]
CALLS = "fsync,fdatasync,rename,renameat,renameat2,openat,unlink,unlinkat"
_SYNC = re.compile(r"^\d+\s+f(?:data)?sync\(\d+<(?P<path>[^>]*)>\)\s+= 0")
_RENAME = re.compile(r'^\d+\s+rename(?:at2?)?\(.*?"(?P<old>[^"]+)".*?"(?P<new>[^"]+)".*\)\s+= 0')
_UNLINK = re.compile(r'^\d+\s+unlink(?:at)?\(.*?"(?P<path>[^"]+)".*\)\s+= 0')

EXPECTED = {
    "backup": r"backups/b-1-0\.sqlite",
    "encrypted backup": r"backups/e-1-0\.sqlite\.enc",
    "daily backup": r"backups/db\.daily-\d{8}T\d{6}Z\.sqlite",
    "restore's safety copy": r"backups/db\.before-restore-\d{8}T\d{6}Z\.sqlite",
    "PDF summary": r"summary\.pdf",
    "JSON export": r"export\.json",
    "plain copy before encrypting": r"db\.before-encryption-\d{8}T\d{6}Z\.sqlite",
    "encrypted database": r"db\.sqlite",
    "copy before an upgrade": r"old\.before-upgrade-\w+-\d{8}T\d{6}Z\.sqlite",
}
"""What each path renames into place (relative to the run's folder)."""
SCRIPT = """
import sys
from pathlib import Path
from tests.integrity.power_cut_child import KEYS, run_once
folder, patient = Path(sys.argv[1]), sys.argv[2]
for path in ("backup", "backup-encrypted", "daily", "restore", "pdf", "json", "encrypt"):
    run_once(path, folder / "db.sqlite", folder, patient=patient)
run_once("encrypt", folder / "db.sqlite", folder, key=KEYS[0])
run_once("upgrade", folder / "old.sqlite", folder)
"""


@dataclass(frozen=True, slots=True)
class Call:
    kind: str
    """sync, rename or unlink"""
    path: str
    new: str = ""


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Call]]:
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (tools/dev.sh test installs it)")
    templates: Templates = make_templates(tmp_path_factory.mktemp("templates"))
    folder = tmp_path_factory.mktemp("traced").resolve()
    shutil.copytree(templates.sources, folder / "sources")
    shutil.copy(templates.plain, folder / "db.sqlite")
    shutil.copy(templates.older, folder / "old.sqlite")
    log = folder.parent / f"{folder.name}.strace"
    command = [strace, "-f", "-y", "-qq", "-o", str(log), "-e", f"trace={CALLS}"]
    command += [sys.executable, "-c", SCRIPT, str(folder), templates.patient]
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return folder, parse(log.read_text(encoding="utf-8", errors="replace"))


def parse(text: str) -> list[Call]:
    found: list[Call] = []
    for line in text.splitlines():
        if match := _SYNC.match(line):
            found.append(Call("sync", match["path"]))
        elif match := _RENAME.match(line):
            found.append(Call("rename", match["old"], match["new"]))
        elif match := _UNLINK.match(line):
            found.append(Call("unlink", match["path"]))
    return found


def renames_into(folder: Path, calls: list[Call], pattern: str) -> list[int]:
    target = re.compile(re.escape(str(folder)) + "/" + pattern)
    return [
        n for n, call in enumerate(calls) if call.kind == "rename" and target.fullmatch(call.new)
    ]


@pytest.mark.slow
@pytest.mark.parametrize("what", sorted(EXPECTED))
def test_the_file_is_synced_renamed_then_its_folder_synced(
    calls: tuple[Path, list[Call]], what: str
) -> None:
    folder, trace = calls
    places = renames_into(folder, trace, EXPECTED[what])
    assert places, f"the {what} was never renamed into place"
    for place in places:
        rename = trace[place]
        synced_before = [c.path for c in trace[:place] if c.kind == "sync"]
        synced_after = [c.path for c in trace[place + 1 :] if c.kind == "sync"]
        assert synced_before[-1:] == [rename.path], f"{rename.path} renamed unsynced"
        folder_synced = [str(Path(rename.new).parent)]
        assert synced_after[:1] == folder_synced, f"{rename.new}'s folder not synced next"


@pytest.mark.slow
def test_the_database_is_replaced_only_once_its_log_is_gone_for_good(
    calls: tuple[Path, list[Call]],
) -> None:
    folder, trace = calls
    database = folder / "db.sqlite"
    for place in renames_into(folder, trace, "db\\.sqlite"):
        removed = [
            n
            for n, call in enumerate(trace[:place])
            if call.kind == "unlink" and call.path == f"{database}-wal"
        ]
        assert removed, "the database left WAL without removing its -wal"
        between = trace[removed[-1] + 1 : place]
        assert Call("sync", str(folder)) in between, "the -wal's removal was not synced"
