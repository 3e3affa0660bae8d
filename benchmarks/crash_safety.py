"""Kills a writing mesolog process with SIGKILL again and again over one database file,
and checks after the kills that nothing it reported saved was lost or half-written.

    .venv/bin/python benchmarks/crash_safety.py [--kills N] [--max-delay S] [--seed N]
                                                [--keep FOLDER]

The same trial as tests/integrity/test_crash_safety.py (tests/integrity/crash_harness.py),
at full size. Exits with status 1 if any promise was broken.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.integrity

from tests.integrity.crash_harness import CrashReport, run_crash_trial


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--max-delay", type=float, default=0.2, help="seconds before a kill")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="write the database here")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)
    step = max(1, args.kills // 20)

    def progress(report: CrashReport) -> None:
        if report.kills % step == 0:
            print(
                f"  {report.kills} kills, {report.session_ids_printed} sessions printed,"
                f" {report.lost} lost, {report.half_written} half-written",
                flush=True,
            )

    print(f"seed {seed}, {args.kills} kills, up to {args.max_delay} s of writing each")
    with tempfile.TemporaryDirectory() as folder:
        where = args.keep if args.keep is not None else Path(folder)
        where.mkdir(parents=True, exist_ok=True)
        report = run_crash_trial(
            where / "crash.sqlite",
            kills=args.kills,
            seed=seed,
            max_delay_s=args.max_delay,
            progress=progress,
        )
    print(report.figures())
    for problem in report.problems:
        print(problem)
    print("OK" if report.ok else "FAILED")
    sys.exit(0 if report.ok else 1)


if __name__ == "__main__":
    main()
