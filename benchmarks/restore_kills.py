"""Kills `mesolog restore` with SIGKILL at random moments, each time on a fresh copy of a
clinic, and counts what each kill left: the old database, the restored one with its
restore entry, or (never) a restored one without it; and the files left behind.

    .venv/bin/python benchmarks/restore_kills.py [--kills N] [--patients N]
                                                 [--backed-up N] [--seed N]

The same trial as tests/integrity/test_restore_kills.py
(tests/integrity/restore_kill_harness.py), at full size: a clinic of 900 patients
restored from a backup of 40, as in issue 11. The kills fall uniformly over the time a
whole restore takes (measured first, from go to exit, in a process already started).
Exits with status 1 if any kill left anything but the two allowed states.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.integrity

from tests.integrity.restore_kill_harness import (
    RestoreKillReport,
    kill_once,
    prepare,
    run_whole,
)

WHOLE_RUNS = 5


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--patients", type=int, default=900)
    parser.add_argument("--backed-up", type=int, default=40)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)
    rng = random.Random(seed)
    step = max(1, args.kills // 10)
    print(f"seed {seed}, {args.kills} kills, {args.patients} patients, backup of {args.backed_up}")
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        template = prepare(where, patients=args.patients, backed_up=args.backed_up, seed=seed)
        wholes = []
        for number in range(WHOLE_RUNS):
            wholes.append(run_whole(template, where / f"whole{number}"))
            shutil.rmtree(where / f"whole{number}")
        report = RestoreKillReport(restore_s=statistics.median(wholes))
        for number in range(1, args.kills + 1):
            delay = rng.uniform(0.0, 1.1 * report.restore_s)
            run = where / f"run{number}"
            report.add(kill_once(template, run, delay_s=delay), f"{delay:.3f} s")
            shutil.rmtree(run)
            if number % step == 0:
                print(
                    f"  {number} kills: {report.states['old']} old,"
                    f" {report.states['restored']} restored, {report.states['unaudited']}"
                    f" unaudited, {report.files_left_after_tidy} files left once tidied",
                    flush=True,
                )
    print(report.figures())
    for problem in report.problems:
        print(problem)
    print("OK" if report.ok else "FAILED")
    sys.exit(0 if report.ok else 1)


if __name__ == "__main__":
    main()
