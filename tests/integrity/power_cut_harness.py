"""Cut the power under one of mesolog's write paths, again and again, and hold the files
to what was acknowledged.

For each path a folder on a LazyFS mount (power_cut_mount) gets the path's starting
database (power_cut_clinic's templates, synced). Then, cut after cut: a child
(power_cut_child) runs the path over and over, printing each step it finishes; at a
random moment it is killed, LazyFS drops what was not synced, is unmounted and mounted
again; then the files are checked (power_cut_checks): `mesolog check` and `mesolog audit
verify` pass, and every step the child printed as done is there. The encrypt and
upgrade paths start each cut from a fresh database, and are cut within their one step.

POWER_CUT_SYNCHRONOUS (power_cut_child) weakens the sessions paths' connections: the
run must then report lost writes, or it proves nothing.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.integrity.power_cut_checks import ledger_for
from tests.integrity.power_cut_child import WEAKEN
from tests.integrity.power_cut_clinic import DB_KEY, Templates
from tests.integrity.power_cut_mount import LazyFS

ROOT = Path(__file__).resolve().parents[2]
READY_TIMEOUT_S = 60.0
STEP_WAIT_S = 0.4
"""At most this long after a continuous path's first step before the cut."""
FIRST_STEP_GUESS_S = 1.0
"""A one-step path is cut within the longest its step took so far (from `go`), this at first,
a quarter longer after each cut that came before its step ended."""


@dataclass(frozen=True, slots=True)
class PathSpec:
    child: str
    """The power_cut_child path it runs."""
    start: str
    """The template it starts from: plain, keyed, empty, empty-key, older."""
    fresh_each_cut: bool = False


PATHS = {
    "sessions": PathSpec("sessions", "empty"),
    "sessions (encrypted db)": PathSpec("sessions", "empty-key"),
    "editor autosave": PathSpec("autosave", "empty"),
    "import": PathSpec("import", "plain"),
    "backup": PathSpec("backup", "plain"),
    "backup --encrypt": PathSpec("backup-encrypted", "plain"),
    "daily backup + pruning": PathSpec("daily", "plain"),
    "restore": PathSpec("restore", "plain"),
    "encrypt": PathSpec("encrypt", "plain", fresh_each_cut=True),
    "passphrase": PathSpec("encrypt", "keyed"),
    "upgrade": PathSpec("upgrade", "older", fresh_each_cut=True),
    "PDF summary": PathSpec("pdf", "plain"),
    "JSON export": PathSpec("json", "plain"),
}
MAIN_PATHS = ("sessions", "sessions (encrypted db)", "editor autosave", "backup", "restore")


@dataclass
class PathFigures:
    path: str
    cuts: int = 0
    acknowledged: int = 0
    lost: int = 0
    """Acknowledged steps not found after the cut (or found older)."""
    failed_checks: int = 0
    """Cuts after which check, audit verify or a file's own check failed."""
    problems: list[str] = field(default_factory=list)
    elapsed_s: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.lost and not self.failed_checks


class Child:
    """One power_cut_child; its output is read by a thread, each line with its time."""

    def __init__(
        self,
        spec: PathSpec,
        database: Path,
        folder: Path,
        seed: int,
        env: dict[str, str],
        patient: str,
    ) -> None:
        command = [sys.executable, "-m", "tests.integrity.power_cut_child", spec.child]
        command += [str(database), str(folder), str(seed), "--patient", patient]
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: list[tuple[float, str]] = []
        self.ready = threading.Event()
        self.first_step = threading.Event()
        self.went = 0.0
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            text = line.rstrip("\n")
            if text == "READY":
                self.ready.set()
                continue
            self.lines.append((time.monotonic(), text))
            if not text.startswith(">"):
                self.first_step.set()
        self.ready.set()
        self.first_step.set()

    def go(self, given: dict[str, object]) -> None:
        if not self.ready.wait(READY_TIMEOUT_S) or self.process.poll() is not None:
            raise RuntimeError(f"the child did not start: {self._stderr()}")
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(given) + "\n")
        self.process.stdin.flush()
        self.went = time.monotonic()

    def kill(self) -> list[str]:
        died_on_its_own = self.process.poll() is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self._reader.join(10)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
        if died_on_its_own:
            raise RuntimeError(f"the child ended before its cut: {self._stderr()}")
        assert self.process.stderr is not None
        self.process.stderr.close()
        return [text for _, text in self.lines]

    def step_seconds(self) -> float | None:
        """How long its first step took to be acknowledged, from `go`."""
        ended = next((at for at, text in self.lines if not text.startswith(">")), None)
        return None if ended is None else ended - self.went

    def _stderr(self) -> str:
        if self.process.poll() is None:
            self.process.kill()
        assert self.process.stderr is not None
        return self.process.stderr.read()[-1500:]

    def close(self) -> None:
        """Ends the child (one started ahead and never used) and lets go of its pipes."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


class PowerCutTrial:
    """Runs paths on one LazyFS mount; `weaken` sets POWER_CUT_SYNCHRONOUS for the children."""

    def __init__(
        self, lazyfs: LazyFS, templates: Templates, *, seed: int, weaken: str | None = None
    ) -> None:
        self.fs = lazyfs
        self.templates = templates
        self.rng = random.Random(seed)
        self.env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        self.env.pop("MESOLOG_DB", None)
        if weaken is not None:
            self.env[WEAKEN] = weaken

    def run(self, name: str, cuts: int) -> PathFigures:
        spec = PATHS[name]
        figures = PathFigures(name)
        started = time.perf_counter()
        folder = self.fs.mount / name.replace(" ", "_").replace("(", "").replace(")", "")
        database = folder / "db.sqlite"
        self._lay_out(spec, folder, database)
        ledger = ledger_for(spec.child, database, folder, self.templates, self._key(spec))
        step_s = FIRST_STEP_GUESS_S
        children = [self._child(spec, database, folder)]
        try:
            for number in range(1, cuts + 1):
                child = children[-1]
                given: dict[str, object] = ledger.given()
                if spec.fresh_each_cut:
                    given["once"] = True
                child.go(given)
                if number < cuts:
                    children.append(self._child(spec, database, folder))
                if spec.fresh_each_cut:
                    time.sleep(self.rng.uniform(0, step_s))
                else:
                    child.first_step.wait(READY_TIMEOUT_S)
                    time.sleep(self.rng.uniform(0, STEP_WAIT_S))
                lines = child.kill()
                took = child.step_seconds()
                step_s = step_s * 1.25 if took is None else max(step_s, 1.1 * took)
                self.fs.cut()
                figures.cuts = number
                ledger.take(lines)
                ledger.check(figures)
                if spec.fresh_each_cut and number < cuts:
                    self._lay_out(spec, folder, database)
                    ledger.fresh()
        finally:
            for child in children:
                child.close()
        figures.elapsed_s = time.perf_counter() - started
        return figures

    def _child(self, spec: PathSpec, database: Path, folder: Path) -> Child:
        seed = self.rng.getrandbits(31)
        return Child(spec, database, folder, seed, self.env, self.templates.patient)

    @staticmethod
    def _key(spec: PathSpec) -> str | None:
        return DB_KEY if spec.start in ("keyed", "empty-key") else None

    def _lay_out(self, spec: PathSpec, folder: Path, database: Path) -> None:
        """The path's folder as it starts, synced, so that no cut can take it away."""
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        shutil.copytree(self.templates.sources, folder / "sources")
        shutil.copyfile(self.templates.file(spec.start), database)
        sync_tree(folder)


def sync_tree(folder: Path) -> None:
    """Every file and folder under `folder` (and itself) synced to disk."""
    for path in (*sorted(folder.rglob("*"), reverse=True), folder):
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
