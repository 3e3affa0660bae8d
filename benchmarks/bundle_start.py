"""The desktop bundle beside the virtual environment: how long each takes to start, how big
the bundle is, and the oldest glibc it runs on.

    .venv/bin/python benchmarks/bundle_start.py [--build] [--dist DIR] [--runs N]

`--build` runs tools/bundle.sh first (from a clean state) and times it; without it the
bundle in DIR (dist/) is measured as it is. Both programs run with an empty environment
(HOME in a scratch folder, the offscreen platform), as tests/test_bundle.py runs them:
`mesolog --help`, and the window's start on a database with an account until the first
window (the log-in) is shown, which Qt's offscreen platform reports on stderr. Prints the
first run and the median of N runs after it, for each.

The glibc floor is the highest GLIBC_ symbol version any file of the bundle needs
(`objdump -T`, from binutils), beside this machine's (`ldd --version`).
"""

from __future__ import annotations

import argparse
import os
import re
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOWN = b"This plugin does not support propagateSizeHints"
PASSWORD = "a long enough password"
GLIBC = re.compile(r"GLIBC_(\d+)\.(\d+)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", action="store_true", help="build the bundle first")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle is")
    parser.add_argument("--runs", type=int, default=5, help="runs after the first (median)")
    args = parser.parse_args()
    if args.build:
        print(f"build: {_build(args.dist):.0f} s (tools/bundle.sh, from a clean state)")
    bundle = args.dist / "mesolog" / "mesolog"
    if not bundle.is_file():
        sys.exit(f"no bundle at {bundle}: run bash tools/bundle.sh (or pass --build)")
    _sizes(args.dist)
    venv = ROOT / ".venv" / "bin" / "mesolog"
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        env = _environment(home)
        database = home / "clinic.sqlite"
        subprocess.run(
            [str(venv), "--db", str(database), "user", "add", "admin", "--role", "admin",
             "--password-stdin"],
            input=f"{PASSWORD}\n", env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        for name, program in (("bundle", bundle), ("venv", venv)):
            help_times = _times(partial(_help, program, env), args.runs)
            _report(f"{name} `mesolog --help`", help_times)
            window_times = _times(partial(_window, program, database, env), args.runs)
            _report(f"{name} start to the first window shown", window_times)
    _glibc(args.dist / "mesolog")


def _build(dist: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        ["bash", str(ROOT / "tools" / "bundle.sh"), "--dist", str(dist)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def _sizes(dist: Path) -> None:
    files = [p for p in (dist / "mesolog").rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(path.stat().st_size for path in files)
    print(f"bundle: {size / 2**20:.1f} MB in {len(files)} files ({dist / 'mesolog'})")
    for tarball in sorted(dist.glob("mesolog-*-linux-*.tar.gz")):
        print(f"tarball: {tarball.stat().st_size / 2**20:.1f} MB ({tarball.name})")


def _environment(home: Path) -> dict[str, str]:
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    return {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
    }


def _times(run: Callable[[], float], runs: int) -> list[float]:
    return [run() for _ in range(runs + 1)]


def _report(what: str, times: list[float]) -> None:
    first, rest = times[0], times[1:]
    print(
        f"{what}: first {first * 1000:.0f} ms, median of {len(rest)} after it "
        f"{statistics.median(rest) * 1000:.0f} ms"
    )


def _help(program: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([str(program), "--help"], env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def _window(program: Path, database: Path, env: dict[str, str]) -> float:
    """Seconds from starting the window to the log-in window shown; then it is ended."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(program), "--db", str(database)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    said = b""
    try:
        while SHOWN not in said:
            ready, _, _ = select.select([process.stderr], [], [], 60)
            chunk = os.read(process.stderr.fileno(), 4096) if ready else b""
            if not chunk:
                raise SystemExit(f"{program} showed no window: {said.decode(errors='replace')}")
            said += chunk
        return time.perf_counter() - started
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stderr.close()


def _glibc(bundle: Path) -> None:
    machine = subprocess.run(["ldd", "--version"], capture_output=True, text=True, check=False)
    print(f"this machine: {machine.stdout.splitlines()[0] if machine.stdout else 'unknown'}")
    needs: dict[tuple[int, int], list[str]] = {}
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink() or not _elf(path):
            continue
        symbols = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        versions = {(int(major), int(minor)) for major, minor in GLIBC.findall(symbols)}
        if versions:
            needs.setdefault(max(versions), []).append(str(path.relative_to(bundle)))
    for version in sorted(needs, reverse=True)[:3]:
        names = sorted(needs[version])
        more = f" and {len(names) - 4} more" if len(names) > 4 else ""
        print(f"needs GLIBC_{version[0]}.{version[1]}: {', '.join(names[:4])}{more}")


def _elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


if __name__ == "__main__":
    main()
