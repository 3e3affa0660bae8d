"""The figures of docs/scale-plan.md §1 in one command, on a generated clinic.

    .venv/bin/python benchmarks/scale.py [--size 5k|50k] [--quick] [--runs N]
        [--folder DIR] [--json PATH] [--postgresql]

Makes the clinic with benchmarks/clinic_generator.py (kept in --folder and used again by the
next run that names it), then runs each step in a fresh process (benchmarks/scale_steps.py)
and prints median, p95 and, where there is one, the ratio to the baseline measured in the
same run: the window's start to its first paint (bare: a PySide6 window with a table and
sqlalchemy.orm), the start shell's and the main window's first paint on the real path
(`mesolog --db`, a copy of the clinic with an account), a search keystroke to the list
painted, the Due list, opening the 300-session patient, signing, a 100-session PDF (bare:
reportlab's table), `audit verify`, the database's size per 100,000 sessions, the window's
memory after 100 patients opened, and an import's rate and peak memory (a clinic of its
own, exported and imported). --quick runs fewer times and imports a smaller file. With
--postgresql (and Debian's server binaries) the database steps run again on a throwaway
cluster (tests/postgresql.py's, whose fsync is off: its writes are flattered), on a clinic
generated there.
Python's bytecode is compiled into a cache of the run's own (PYTHONPYCACHEPREFIX), as an
installed wheel has it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from clinic_generator import ACTOR, generate
from scale_steps import WINDOW_USER

from mesolog.services.clinic import Clinic
from mesolog.services.transfer_export import write_export

HERE = Path(__file__).parent
ROOT = HERE.parent
SIZES = {"5k": 5_000, "50k": 50_000}
IMPORT_PATIENTS = {False: 1_000, True: 200}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _environment(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    env["PYTHONPATH"] = f"{ROOT}{os.pathsep}{HERE}"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _step(name: str, database: str, runs: int, env: dict[str, str]) -> dict[str, Any]:
    command = [sys.executable, str(HERE / "scale_steps.py"), name, database, "--runs", str(runs)]
    if name in {"start", "bare", "window"}:
        command += ["--spawned", str(time.time())]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"step {name} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _fresh(name: str, database: str, runs: int, env: dict[str, str]) -> list[float]:
    """A step run once in each of `runs` fresh processes, after one to warm the caches."""
    _step(name, database, 1, env)
    return [_step(name, database, 1, env)["times"][0] for _ in range(runs)]


def _row(
    rows: list[dict[str, Any]],
    name: str,
    times: list[float],
    unit: str = "ms",
    baseline: list[float] | None = None,
    **extra: Any,
) -> None:
    scale = {"ms": 1e3, "µs": 1e6}.get(unit, 1)
    row: dict[str, Any] = {
        "step": name,
        "unit": unit,
        "runs": len(times),
        "median": statistics.median(times) * scale,
        "p95": _percentile(times, 0.95) * scale,
        **extra,
    }
    if baseline:
        row["baseline_median"] = statistics.median(baseline) * scale
        row["ratio"] = statistics.median(times) / statistics.median(baseline)
    rows.append(row)
    ratio = f"{row['ratio']:5.2f}×" if "ratio" in row else ""
    notes = "  ".join(f"{key} {value}" for key, value in extra.items())
    print(
        f"  {name:34} {row['median']:10.1f} {row['p95']:10.1f} {unit:4} {ratio:7} {notes}",
        flush=True,
    )


def _measure(
    database: str, runs: int, env: dict[str, str], copy: str, window: Path | None = None
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    print(f"  {'step':34} {'median':>10} {'p95':>10}", flush=True)
    start_runs = max(runs, 3)
    bare = _fresh("bare", database, start_runs, env)
    _row(
        rows, "window start to first paint", _fresh("start", database, start_runs, env), "ms", bare
    )
    if window is not None:
        rows += _real_start(window, start_runs, env, bare)
    keys = _step("keystroke", database, max(runs // 3, 1), env)
    _row(rows, "search keystroke → list painted", keys["times"])
    due = _step("due", database, runs, env)
    _row(rows, "Due list", due["times"], patients=due["patients"])
    opened = _step("open300", database, runs, env)
    _row(
        rows,
        "open the 300-session patient",
        opened["times"],
        service_ms=round(statistics.median(opened["service"]) * 1000, 1),
    )
    _row(rows, "sign a session", _step("sign", copy, max(runs * 4, 20), env)["times"])
    memory = _step("memory", database, 1, env)
    _row(
        rows,
        "window memory after 100 patients",
        [memory["times"][0]],
        "MB",
        at_start_mb=round(memory["at_start_mb"]),
    )
    verified = _step("verify", database, 1, env)
    _row(
        rows,
        "audit verify",
        verified["times"],
        "s",
        intact=verified["intact"],
        entries=verified["entries"],
        records=verified["records"],
    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=sorted(SIZES), default="5k")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/mesolog-scale"))
    parser.add_argument("--json", type=Path)
    parser.add_argument("--postgresql", action="store_true")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 7)
    folder: Path = args.folder
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = _environment(folder)
    patients = SIZES[args.size]
    clinic = folder / f"clinic-{args.size}.sqlite"
    report: dict[str, Any] = {"size": args.size, "runs": runs, "load": os.getloadavg()}
    if not clinic.exists():
        print(f"generating {patients:,} patients into {clinic}", flush=True)
        report["generated_s"] = generate(str(clinic), patients=patients, sessions=10, seed=15)
    sessions = _count_sessions(str(clinic))
    size_mb = clinic.stat().st_size / 2**20
    print(f"SQLite, {patients:,} patients, {sessions:,} sessions", flush=True)
    copy = folder / "signing.sqlite"
    shutil.copy(clinic, copy)
    window = _with_account(clinic, folder / "window.sqlite")
    rows = _measure(str(clinic), runs, env, str(copy), window)
    copy.unlink()
    _row(rows, "database size per 100,000 sessions", [size_mb * 100_000 / sessions], "MB")
    pdf = _step("pdf", str(clinic), runs, env)
    _row(rows, "100-session PDF", pdf["times"], baseline=pdf["baseline"])
    digests = _step("digests", str(clinic), runs, env)
    _row(rows, "session digest, Core vs ORM", digests["times"], "µs", digests["baseline"])
    rows += _import_rows(folder, args.quick, env)
    report["sqlite"] = rows
    if args.postgresql:
        report["postgresql"] = _on_postgresql(clinic, patients, runs, env)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False))


def _real_start(
    database: Path, runs: int, env: dict[str, str], bare: list[float]
) -> list[dict[str, Any]]:
    """`mesolog --db` on a copy of the clinic with an account (so the log-in dialog shows, and
    is answered at once), its workstation settings kept beside it: the start shell's first
    paint and the main window's, against the bare window measured in the same run."""
    home = database.parent / "window-home"
    home.mkdir(mode=0o700, exist_ok=True)
    env = {**env, "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home)}
    _step("window", str(database), 1, env)
    started = [_step("window", str(database), 1, env) for _ in range(runs)]
    rows: list[dict[str, Any]] = []
    _row(rows, "first paint (shell), real path", [s["times"][0] for s in started], "ms", bare)
    checks = [s["password_check"] for s in started]
    _row(
        rows,
        "main window painted, real path",
        [s["window"] for s in started],
        "ms",
        bare,
        password_check_ms=round(statistics.median(checks) * 1000),
    )
    return rows


def _with_account(clinic: Path, target: Path) -> Path:
    shutil.copy(clinic, target)
    with Clinic.open(str(target), actor=ACTOR) as opened:
        opened.accounts.create_first_admin(WINDOW_USER[0], "Bench", WINDOW_USER[1])
    return target


def export_clinic(database: str, target: Path) -> int:
    """The whole clinic as an interchange file, for timing an import; returns its sessions."""
    with Clinic.open(database, actor=ACTOR) as clinic:
        document = clinic.exports.export_document()
    write_export(target, document)
    return sum(len(patient["sessions"]) for patient in document["patients"])


def _count_sessions(database: str) -> int:
    from sqlalchemy import func, select

    from mesolog.persistence.models import SessionRow

    with Clinic.open(database, actor="bench") as clinic, clinic.context.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(SessionRow)) or 0)


def _import_rows(folder: Path, quick: bool, env: dict[str, str]) -> list[dict[str, Any]]:
    patients = IMPORT_PATIENTS[quick]
    source = folder / f"import-{patients}.sqlite"
    document = folder / f"import-{patients}.json"
    if not document.exists():
        generate(str(source), patients=patients, sessions=10, seed=16)
        export_clinic(str(source), document)
        source.unlink()
    sessions = sum(len(p["sessions"]) for p in json.loads(document.read_bytes())["patients"])
    imported = _step("import", str(document), 1, env)
    rows: list[dict[str, Any]] = []
    seconds = imported["times"][0]
    _row(rows, f"import rate ({sessions:,} sessions)", [sessions / seconds], "/s")
    _row(rows, "import peak memory", [imported["peak_mb"]], "MB")
    return rows


def _on_postgresql(
    clinic: Path, patients: int, runs: int, env: dict[str, str]
) -> list[dict[str, Any]]:
    sys.path.insert(0, str(ROOT))
    from tests.postgresql import postgresql_cluster

    with ExitStack() as stack:
        url = stack.enter_context(postgresql_cluster())
        print(f"PostgreSQL, generating {patients:,} patients", flush=True)
        generate(url, patients=patients, sessions=10, seed=15)
        sessions = _count_sessions(url)
        print(f"PostgreSQL, {patients:,} patients, {sessions:,} sessions", flush=True)
        rows = _measure(url, runs, env, url)
    assert clinic.exists()
    return rows


if __name__ == "__main__":
    main()
