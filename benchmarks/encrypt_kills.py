"""Kills `mesolog encrypt` and `mesolog passphrase` with SIGKILL at random moments, each
time on a fresh copy of a clinic, and counts what each kill left: the old database, the
new one with its audit entry, or (never) a new one without it; and the files left behind,
right after the kill and once the command ran again.

    .venv/bin/python benchmarks/encrypt_kills.py [--kills N] [--patients N] [--seed N]
                                                 [--command encrypt|passphrase]

The same trial as tests/integrity/test_encrypt_kills.py
(tests/integrity/encrypt_kill_harness.py), at full size: a clinic of 900 patients, N
kills of each command. The kills fall uniformly over the time a whole command takes
(measured first, from go to exit, in a process already started). Exits with status 1 if
any kill left anything but the two allowed states, or a hidden file once run again.
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

from tests.integrity.encrypt_kill_harness import (
    COMMANDS,
    EncryptKillReport,
    kill_once,
    prepare,
    run_whole,
)

WHOLE_RUNS = 5


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--patients", type=int, default=900)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--command", choices=COMMANDS, action="append")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)
    rng = random.Random(seed)
    step = max(1, args.kills // 10)
    ok = True
    print(f"seed {seed}, {args.kills} kills of each command, {args.patients} patients")
    for command in args.command or COMMANDS:
        with tempfile.TemporaryDirectory() as folder:
            where = Path(folder)
            template = prepare(where, command, patients=args.patients, seed=seed)
            wholes = []
            for number in range(WHOLE_RUNS):
                wholes.append(run_whole(template, where / f"whole{number}"))
                shutil.rmtree(where / f"whole{number}")
            report = EncryptKillReport(command_s=statistics.median(wholes))
            print(f"mesolog {command}:")
            for number in range(1, args.kills + 1):
                delay = rng.uniform(0.0, 1.1 * report.command_s)
                run = where / f"run{number}"
                report.add(kill_once(template, run, delay_s=delay), f"{delay:.3f} s")
                shutil.rmtree(run)
                if number % step == 0:
                    print(
                        f"  {number} kills: {report.states['old']} old,"
                        f" {report.states['new']} new, {report.states['unaudited']} unaudited,"
                        f" {report.files_left_after_again} files left once run again",
                        flush=True,
                    )
            print(report.figures())
            for problem in report.problems:
                print(problem)
            ok = ok and report.ok
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
