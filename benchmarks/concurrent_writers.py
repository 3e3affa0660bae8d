"""Several processes write to one clinic file at once through the services, then every
record is read back (tests/integrity/test_concurrency.py at full size).

    .venv/bin/python benchmarks/concurrent_writers.py [--processes N] [--writes N]
                                                      [--seed N] [--keep FOLDER]

Prints the errors the writers saw (there must be none), the throughput and the time
each call took while the others wrote. Exits with status 1 on any error.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.integrity

from tests.integrity.concurrency_harness import run_concurrent_writers


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--writes", type=int, default=500, help="service calls per process")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="write the database here")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)
    print(f"seed {seed}")
    with tempfile.TemporaryDirectory() as folder:
        where = args.keep if args.keep is not None else Path(folder)
        where.mkdir(parents=True, exist_ok=True)
        report = run_concurrent_writers(
            where / "concurrent.sqlite", processes=args.processes, writes=args.writes, seed=seed
        )
    print(report.figures())
    for error in report.errors[:50]:
        print(error)
    print("OK" if report.ok else "FAILED")
    sys.exit(0 if report.ok else 1)


if __name__ == "__main__":
    main()
