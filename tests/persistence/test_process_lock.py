"""The lock a restore holds: one holder at a time, in one process or two, let go when its
holder ends however it ends, and no file left once let go."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from mesolog.persistence.process_lock import LockHeldError, held

ROOT = Path(__file__).resolve().parents[2]
HOLDER = (
    "import sys, threading; from pathlib import Path;"
    " from mesolog.persistence.process_lock import held\n"
    "with held(Path(sys.argv[1]), busy='busy'):\n"
    "    print('HELD', flush=True); threading.Event().wait()\n"
)


def test_a_second_holder_is_refused_at_once_and_the_file_goes_with_the_lock(
    tmp_path: Path,
) -> None:
    path = tmp_path / ".clinic.sqlite.restoring.lock"
    with held(path, busy="a restore is under way"):
        assert path.exists()
        assert path.stat().st_mode & 0o777 == 0o600
        with (
            pytest.raises(LockHeldError, match="a restore is under way"),
            held(path, busy="a restore is under way"),
        ):
            pass
    assert not path.exists()
    with held(path, busy="busy"):
        pass


def test_the_lock_of_a_killed_process_is_taken_by_the_next(tmp_path: Path) -> None:
    path = tmp_path / ".clinic.sqlite.restoring.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "HELD\n"
        with pytest.raises(LockHeldError, match="busy"), held(path, busy="busy"):
            pass
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=60)
        if holder.stdout is not None:
            holder.stdout.close()
    assert path.exists()  # left by the killed holder
    with held(path, busy="busy"):
        pass
    assert not path.exists()
