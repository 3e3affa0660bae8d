"""The desktop bundle runs where there is no Python: built by tools/bundle.sh (or taken from
dist/ when it was built from this very commit), its tarball unpacked somewhere else, and run
with an empty environment (`env -i`: only HOME, the XDG folders and the Qt platform), as a
clinic's workstation would: a database made in the user's data folder, the demo clinic, a
Greek patient's PDF summary, the first admin, the window opened offscreen, then on an X
server (Xvfb) logged in by keys (xdotool) to the main window and quit with Ctrl+Q, and the
audit log verified. Everything mesolog wrote is private (files 0600, folders 0700).

The window is driven through the real log-in rather than a test-only flag: the bundle holds
no code the clinic's copy does not.

Slow: PyInstaller takes about a minute on two cores.
"""

from __future__ import annotations

import contextlib
import os
import platform
import re
import stat
import subprocess
import tarfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from subprocess import Popen
from typing import IO, TypeVar

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, PdfObject

ROOT = Path(__file__).parent.parent
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]
GREEK = re.compile(r"[\u0370-\u03ff]")
PASSWORD = "correct horse battery"
T = TypeVar("T")
BUNDLED = ("mesolog", "resources", "packaging", "pyproject.toml")
"""What a bundle is built from, as tools/bundle.sh counts changes for BUILD-INFO."""
SHOWN = "This plugin does not support propagateSizeHints"
"""What Qt's offscreen platform says when a top-level window is shown."""


def _run(
    *command: str | Path, env: dict[str, str], stdin: str | None = None, timeout: int = 300
) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=env.get("HOME"),
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"{command}: {result.stdout}\n{result.stderr}"
    return result.stdout


def _committed_bundle() -> Path | None:
    """dist/ when its bundle was built from HEAD with nothing it holds changed since."""
    info = ROOT / "dist" / "mesolog" / "BUILD-INFO"
    if not info.is_file() or not list((ROOT / "dist").glob("mesolog-*-linux-*.tar.gz")):
        return None
    head = _git("rev-parse", "HEAD")
    changed = _git("status", "--porcelain", "--", *BUNDLED)
    if head is None or changed is None or changed.strip():
        return None
    return ROOT / "dist" if info.read_text() == f"commit {head.strip()}\n" else None


def _git(*arguments: str) -> str | None:
    result = subprocess.run(
        ["git", "-C", str(ROOT), *arguments], capture_output=True, text=True, check=False
    )
    return result.stdout if result.returncode == 0 else None


@pytest.fixture(scope="module")
def tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = _committed_bundle()
    if dist is None:
        dist = tmp_path_factory.mktemp("dist")
        build = subprocess.run(
            ["bash", str(ROOT / "tools" / "bundle.sh"), "--dist", str(dist)],
            capture_output=True,
            text=True,
            timeout=1100,
            check=False,
        )
        assert build.returncode == 0, build.stdout + build.stderr
        print(build.stderr[-400:])
    (built,) = dist.glob("mesolog-*-linux-*.tar.gz")
    return built


def _environment(home: Path) -> dict[str, str]:
    """`env -i` with a home: no PATH, no LANG, no Python anywhere."""
    runtime = home / "run"
    runtime.mkdir(mode=0o700, parents=True)
    return {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
    }


def test_the_bundle_runs_moved_with_an_empty_environment(tarball: Path, tmp_path: Path) -> None:
    mesolog = _unpacked(tarball, tmp_path / "opt")
    _assert_holds_what_is_read_from_disk(mesolog.parent)
    home = tmp_path / "home"
    env = _environment(home)
    version = _run(mesolog, "--version", env=env).strip()
    assert tarball.name == f"{version.replace(' ', '-')}-linux-{platform.machine()}.tar.gz"

    _run(mesolog, "init", env=env)
    database = home / ".local" / "share" / "mesolog" / "mesolog.sqlite"
    assert database.is_file(), "the database is made in the user's data folder"
    assert "demo clinic written" in _run(mesolog, "demo", env=env)
    greek = next(
        line.split("\t") for line in _run(mesolog, "patients", env=env).splitlines()
        if GREEK.search(line)
    )  # fmt: skip
    out = tmp_path / "out"
    out.mkdir(mode=0o700)
    pdf = out / "summary.pdf"
    _run(mesolog, "export", "pdf", "--patient", greek[1], "-o", pdf, env=env)
    _assert_greek_pdf(pdf, family=greek[2].split(",")[0])
    _run(mesolog, "user", "add", "eleni", "--role", "admin", "--name", "Dr Eleni Markou",
         "--password-stdin", env=env, stdin=f"{PASSWORD}\n")  # fmt: skip

    _window_opens_offscreen(mesolog, env, errors=tmp_path / "offscreen.txt")
    _log_in_and_quit_on_x(mesolog, env, backups=database.parent / "backups")

    verified = _run(mesolog, "audit", "verify", env=env)
    assert "chain intact" in verified, verified
    _assert_private(home, made_by_test={home, home / "run"})
    _assert_private(out, made_by_test={out})


def _unpacked(tarball: Path, where: Path) -> Path:
    """The program, from the tarball unpacked where a clinic would put it."""
    with tarfile.open(tarball) as archive:
        archive.extractall(where, filter="tar")
    return where / "mesolog" / "mesolog"


def _assert_holds_what_is_read_from_disk(bundle: Path) -> None:
    """Alembic's migrations as .py files, the resources as in a wheel, the desktop entry."""
    package = bundle / "_internal" / "mesolog"
    checkout = ROOT / "mesolog" / "persistence" / "migrations"
    for migration in [checkout / "env.py", *(checkout / "versions").glob("*.py")]:
        assert (package / migration.relative_to(ROOT / "mesolog")).is_file(), migration.name
    for resource in (ROOT / "resources").rglob("*"):
        assert resource.is_dir() or (package / resource.relative_to(ROOT)).is_file(), resource
    if (ROOT / "packaging" / "linux").is_dir():
        assert (bundle / "desktop").is_dir(), "the tarball carries the desktop entry"


def _assert_greek_pdf(pdf: Path, family: str) -> None:
    """A real PDF (pypdf reads it) with the Greek name in its text, in the DejaVu fonts."""
    assert pdf.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(pdf)
    assert GREEK.search(family)
    assert family in "".join(page.extract_text() for page in reader.pages)
    fonts = {
        str(_dictionary(font)["/BaseFont"])
        for page in reader.pages
        for font in _dictionary(_dictionary(page["/Resources"])["/Font"]).values()
    }
    assert fonts
    assert all("DejaVuSans" in name for name in fonts), fonts


def _dictionary(value: object) -> DictionaryObject:
    resolved = value.get_object() if isinstance(value, PdfObject) else value
    assert isinstance(resolved, DictionaryObject), resolved
    return resolved


def _window_opens_offscreen(mesolog: Path, env: dict[str, str], errors: Path) -> None:
    """The window's start on the offscreen platform gets as far as the log-in window (the
    platform says so on stderr for each window shown); nobody can type there, so it ends."""
    with errors.open("w") as stream, _started(mesolog, env, stream) as program:
        _wait(lambda: SHOWN in errors.read_text(), program, "the offscreen log-in window")


def _log_in_and_quit_on_x(mesolog: Path, env: dict[str, str], backups: Path) -> None:
    """On xcb, keys typed as a person types them log in; the main window opens; Ctrl+Q."""
    with _x_server() as display:
        x_env = {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        with _started(mesolog, x_env, subprocess.DEVNULL) as program:
            log_in = _wait(lambda: _window(display, "mesolog — log in"), program, "the log-in")
            _keys(display, "windowfocus", "--sync", log_in)
            _keys(display, "type", "--delay", "20", "eleni")
            _keys(display, "key", "Tab")
            _keys(display, "type", "--delay", "20", PASSWORD)
            _keys(display, "key", "Return")
            main = _wait(
                lambda: _window(display, "mesolog — ", but=log_in), program, "the main window"
            )
            # The day's first start takes a backup in the background; quit once it is kept.
            _wait(lambda: list(backups.glob("*.anchors.jsonl")), program, "the daily backup")
            _keys(display, "windowfocus", "--sync", main)
            _keys(display, "key", "ctrl+q")
            assert program.wait(timeout=60) == 0
    assert list(backups.glob("mesolog.daily-*.sqlite"))


@contextlib.contextmanager
def _started(mesolog: Path, env: dict[str, str], stderr: IO[str] | int) -> Iterator[Popen[str]]:
    """The window's start (mesolog without a command), ended when the block is left."""
    program = subprocess.Popen(
        [str(mesolog)], cwd=env["HOME"], env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=stderr, text=True,
    )  # fmt: skip
    try:
        yield program
    finally:
        if program.poll() is None:
            program.terminate()
            program.wait(timeout=30)


@contextlib.contextmanager
def _x_server() -> Iterator[str]:
    """A headless X server on a display it picks (`-displayfd`), for the xcb platform."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            yield f":{numbers.readline().strip()}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait(found: Callable[[], T | None], program: Popen[str], what: str) -> T:
    """What `found` finds, asked until it is there (a minute at most) while mesolog runs."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert program.poll() is None, f"mesolog ended ({program.returncode}) before {what}"
        value = found()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"no sign of {what} after 60 s")


def _keys(display: str, *arguments: str) -> str:
    result = subprocess.run(
        ["xdotool", *arguments], env={**os.environ, "DISPLAY": display},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    # A search may find nothing, and a window it found may close before its name is read.
    may_fail = arguments[0] in ("search", "getwindowname")
    assert result.returncode == 0 or may_fail, (arguments, result.stderr)
    return result.stdout if result.returncode == 0 else ""


def _window(display: str, title: str, but: str = "") -> str | None:
    """The id of a visible window (not `but`) whose title starts with `title`, if shown."""
    for window in _keys(display, "search", "--onlyvisible", "--name", "^mesolog").split():
        if window != but and _keys(display, "getwindowname", window).startswith(title):
            return window
    return None


def _assert_private(folder: Path, made_by_test: set[Path]) -> None:
    """Every file below `folder` is 0600 and every folder 0700 (but those the test made)."""
    for path in [folder, *folder.rglob("*")]:
        if path in made_by_test or path.is_symlink():
            continue
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path}: {oct(mode)}"
