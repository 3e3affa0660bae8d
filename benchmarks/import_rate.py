"""An import's rate and peak memory at two file sizes: is memory flat in the file's size?

Generates a seeded clinic of each size (benchmarks/clinic_generator.py, 10 sessions a
patient), exports it as a plain document once (kept in FOLDER), then imports it into a new
SQLite database in a fresh process per run (`ImportService.import_file`), and prints the
median of the runs: sessions a second by wall clock and by the importing process's CPU time,
the CPU time of the process that checks a large file meanwhile
(services.transfer_check_process), and each process's peak resident memory. --checkout
times another checkout's code (the one before a change, say) on the same files; --before
times a second checkout too, its runs interleaved with the first's, and prints the ratios
of their median CPU and wall times (on a shared machine the load changes from one minute
to the next: pairs see the same).

    PYTHONPATH=. .venv/bin/python benchmarks/import_rate.py /tmp/import-bench
    PYTHONPATH=. .venv/bin/python benchmarks/import_rate.py /tmp/import-bench --checkout ../main
    PYTHONPATH=. .venv/bin/python benchmarks/import_rate.py /tmp/import-bench --before ../main
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from mesolog.services.clinic import Clinic
source, target = Path(sys.argv[1]), sys.argv[2]
def checks():
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime
with Clinic.open(target, actor="bench") as clinic:
    wall, cpu, check = time.perf_counter(), time.process_time(), checks()
    report = clinic.imports.import_file(source)
    wall, cpu, check = time.perf_counter() - wall, time.process_time() - cpu, checks() - check
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
peak_check = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"wall": wall, "cpu": cpu, "check_cpu": check, "peak_mb": peak,
                  "check_peak_mb": peak_check, "sessions": report.sessions_added}))
"""


def _document(folder: Path, patients: int) -> Path:
    from clinic_generator import generate
    from scale import export_clinic

    document = folder / f"import-{patients}.json"
    if not document.exists():
        source = folder / f"import-{patients}.sqlite"
        generate(str(source), patients=patients, sessions=10, seed=16)
        export_clinic(str(source), document)
        for leftover in folder.glob(source.name + "*"):
            leftover.unlink()
    return document


def _run(document: Path, checkout: Path) -> dict[str, float]:
    target = document.with_suffix(f".run{os.getpid()}.sqlite")
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(document), str(target)],
            env=env,
            cwd=checkout,
            check=True,
            capture_output=True,
            text=True,
        )
    finally:
        for leftover in target.parent.glob(target.name + "*"):
            leftover.unlink()
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where the generated files are kept")
    parser.add_argument("--patients", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--checkout", type=Path, default=ROOT, help="the code to time")
    parser.add_argument("--before", type=Path, help="a second checkout, timed in turn")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    checkouts = [args.checkout.resolve()]
    if args.before is not None:
        checkouts.insert(0, args.before.resolve())
    print(f"code: {', '.join(map(str, checkouts))}, load {os.getloadavg()[0]:.1f}", flush=True)
    for patients in args.patients:
        document = _document(args.folder, patients)
        runs: dict[Path, list[dict[str, float]]] = {checkout: [] for checkout in checkouts}
        for _ in range(args.runs):
            for checkout in checkouts:
                runs[checkout].append(_run(document, checkout))
        size = document.stat().st_size / 2**20
        for checkout in checkouts:
            _print(f"{patients:,} patients, {size:.1f} MB, {checkout.name}", runs[checkout])
        if args.before is not None:
            before, after = (statistics.median(r["cpu"] for r in runs[c]) for c in checkouts)
            print(f"CPU {before:.2f} -> {after:.2f} s (x{before / after:.2f})", flush=True)
            before, after = (statistics.median(r["wall"] for r in runs[c]) for c in checkouts)
            print(f"wall {before:.2f} -> {after:.2f} s (x{before / after:.2f})", flush=True)
        print(f"load {os.getloadavg()[0]:.1f}", flush=True)


def _print(what: str, runs: list[dict[str, float]]) -> None:
    sessions = runs[0]["sessions"]
    wall = statistics.median(sessions / run["wall"] for run in runs)
    cpu = statistics.median(sessions / run["cpu"] for run in runs)
    check = statistics.median(run.get("check_cpu", 0.0) for run in runs)
    peak = statistics.median(run["peak_mb"] for run in runs)
    peak_check = statistics.median(run.get("check_peak_mb", 0.0) for run in runs)
    walls = ", ".join(f"{run['wall']:.1f}" for run in runs)
    print(
        f"{what}, {sessions:,.0f} sessions: {wall:,.0f} sessions/s wall, {cpu:,.0f}/s CPU "
        f"(the importing process; the check's process {check:.2f} s CPU), peak RSS "
        f"{peak:,.0f} MB and {peak_check:,.0f} MB (median of {len(runs)}; walls {walls} s)",
        flush=True,
    )


if __name__ == "__main__":
    main()
