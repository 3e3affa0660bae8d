"""LazyFS for the power-cut runs: built once from `../shared/tools/lazyfs` beside the
repository into a cache folder, mounted over a real folder, and its power cut.

LazyFS (a FUSE file system, MIT) keeps written data in its own cache until `fsync` and
drops it on command: what a disk holds after the power goes. `lazyfs_or_reason()` gives
the binary, or why it cannot be had here (no source, no /dev/fuse, no fusermount3, the
build failed): the callers skip with that reason. A cut is the README's: the program
under test killed (by the caller), `lazyfs::clear-cache`, unmounted, mounted again.
Creating, renaming and deleting files go straight through to the folder below.
"""

from __future__ import annotations

import os
import resource
import select
import shutil
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT.parent / "shared" / "tools" / "lazyfs"
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mesolog-tests"
BUILT = CACHE / "lazyfs" / "lazyfs"
WAIT_S = 20.0
CACHE_SIZE = "64mb"
"""Room for what a run writes between two syncs (LazyFS sets it up at each mount)."""
CONFIG = """[faults]
fifo_path="{faults}"
fifo_path_completed="{done}"
[cache]
apply_eviction=false
[cache.simple]
custom_size="{size}"
blocks_per_page=1
[filesystem]
log_all_operations=false
logfile=""
"""


def lazyfs_or_reason() -> Path | str:
    """The LazyFS binary, built here if need be; else why there is none (a sentence)."""
    if not Path("/dev/fuse").exists():
        return "no /dev/fuse here: LazyFS (FUSE) cannot mount"
    if BUILT.exists() and shutil.which("fusermount3"):
        return BUILT
    if not (SOURCE / "build.sh").exists():
        return f"no LazyFS source at {SOURCE}"
    built = subprocess.run(
        ["bash", str(SOURCE / "build.sh"), str(BUILT.parent)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if built.returncode != 0 or not BUILT.exists():
        return f"LazyFS did not build: {built.stderr.strip()[-300:]}"
    if not shutil.which("fusermount3"):
        return "fusermount3 is missing (Debian package fuse3): LazyFS cannot be unmounted"
    return BUILT


def _no_core_dumps() -> None:
    # LazyFS aborts once unmounted ("terminate called without an active exception").
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


class LazyFS:
    """`root` (a real folder) seen through LazyFS at `mount`; its fifos and log in `work`."""

    def __init__(self, binary: Path, root: Path, mount: Path, work: Path) -> None:
        self.binary, self.root, self.mount = binary, root, mount
        for folder in (root, mount, work):
            folder.mkdir(parents=True, exist_ok=True)
        self.faults, done = work / "faults.fifo", work / "done.fifo"
        for fifo in (self.faults, done):
            if not fifo.exists():
                os.mkfifo(fifo)
        self.config = work / "lazyfs.toml"
        self.config.write_text(
            CONFIG.format(faults=self.faults, done=done, size=CACHE_SIZE), encoding="utf-8"
        )
        # Held open for reading all along: else LazyFS blocks at start or dies of SIGPIPE.
        self._done = os.open(done, os.O_RDWR | os.O_NONBLOCK)
        self._log = (work / "lazyfs.log").open("ab")
        self._process: subprocess.Popen[bytes] | None = None
        self.mounts = 0

    def start(self) -> None:
        # Relative: LazyFS takes a config path holding "-o" (as in pytest-of-root) for an option.
        command = [str(self.binary), str(self.mount), "--config-path", self.config.name]
        command += ["-o", "modules=subdir", "-o", f"subdir={self.root}", "-f"]
        self._process = subprocess.Popen(
            command,
            cwd=self.config.parent,
            stdout=self._log,
            stderr=self._log,
            preexec_fn=_no_core_dumps,  # noqa: PLW1509 (what it does is async-signal-safe)
        )
        deadline = time.monotonic() + WAIT_S
        while not os.path.ismount(self.mount):
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"LazyFS did not mount {self.mount}")
            time.sleep(0.01)
        self.mounts += 1

    def cut(self) -> None:
        """The power goes: every byte not synced is dropped; then unmounted and mounted
        again (the caller has killed whatever had files open under the mount)."""
        with self.faults.open("w") as fifo:
            fifo.write("lazyfs::clear-cache\n")
        self._await("finished::clear-cache")
        self.stop()
        self.start()

    def stop(self) -> None:
        deadline = time.monotonic() + WAIT_S
        while os.path.ismount(self.mount):
            unmount = ["fusermount3", "-u", str(self.mount)]
            gone = subprocess.run(unmount, capture_output=True, check=False)
            if gone.returncode == 0:
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.mount} stays busy: {gone.stderr.decode()[-200:]}")
            time.sleep(0.05)
        if self._process is not None:
            try:
                self._process.wait(WAIT_S)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None

    def close(self) -> None:
        self.stop()
        os.close(self._done)
        self._log.close()

    def _await(self, word: str) -> None:
        heard = b""
        deadline = time.monotonic() + WAIT_S
        while word.encode() not in heard:
            left = deadline - time.monotonic()
            if left <= 0:
                raise RuntimeError(f"LazyFS did not say {word!r} (heard {heard[-200:]!r})")
            ready, _, _ = select.select([self._done], [], [], left)
            if ready:
                try:
                    heard += os.read(self._done, 4096)
                except BlockingIOError:
                    continue
