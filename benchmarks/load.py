"""Workstations writing at once (scale plan §3.5): 8 processes on a PostgreSQL server and 4 on
one SQLite file, each making 500 service calls that write, then every record read back.

    .venv/bin/python benchmarks/load.py [--backend postgresql|sqlite|both]
                                        [--writes N] [--pg-processes N] [--sqlite-processes N]
                                        [--url URL] [--seed N] [--json FILE]

PostgreSQL is a throwaway cluster (tests/postgresql.py, which runs with fsync=off) unless
`--url` names an empty database on a server of your own. Prints, per backend, the settings
it ran with, the errors the writers saw (grouped by message; there must be none), the
records lost or wrong (none), the backend's integrity checks, the latency of each call
(p50/p95/p99/max) and the calls per second of all writers together, with the machine's load
before and after. Exits with status 1 on any error, lost record or integrity problem.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.integrity

from sqlalchemy import create_engine

from mesolog.persistence.engine import SQLITE_PRAGMAS, sqlite_library_version
from tests.integrity.concurrency_harness import ConcurrencyReport, run_concurrent_writers
from tests.postgresql import postgresql_cluster

POSTGRESQL_SETTINGS = (
    "server_version",
    "fsync",
    "synchronous_commit",
    "full_page_writes",
    "wal_sync_method",
    "shared_buffers",
    "default_transaction_isolation",
    "deadlock_timeout",
)


@contextmanager
def _server(url: str | None) -> Iterator[str]:
    if url is not None:
        yield url
    else:
        with postgresql_cluster() as throwaway:
            yield throwaway


def _postgresql_settings(url: str) -> str:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            shown = [
                f"{name}={connection.exec_driver_sql(f'SHOW {name}').scalar()}"
                for name in POSTGRESQL_SETTINGS
            ]
    finally:
        engine.dispose()
    return " ".join(shown)


def _sqlite_settings() -> str:
    return f"sqlite {sqlite_library_version()}; " + "; ".join(SQLITE_PRAGMAS)


def _quantile(latencies: list[float], q: float) -> float:
    ordered = sorted(latencies) or [0.0]
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _error_kinds(errors: list[str]) -> list[tuple[int, str]]:
    """The writers' errors counted by message (a database's location left out)."""
    kinds = collections.Counter(
        re.sub(r"postgresql\+psycopg://\S+|/\S+\.sqlite", "…", error.split(": ", 1)[-1])
        for error in errors
    )
    return [(count, message) for message, count in kinds.most_common()]


def _run(
    backend: str, database: Path | str, settings: str, *, processes: int, writes: int, seed: int
) -> dict[str, object]:
    before = os.getloadavg()[0]
    report: ConcurrencyReport = run_concurrent_writers(
        database, processes=processes, writes=writes, seed=seed
    )
    after = os.getloadavg()[0]
    latencies = report.latencies_ms
    figures: dict[str, object] = {
        "backend": backend,
        "settings": settings,
        "processes": processes,
        "writes_each": writes,
        "calls": report.calls,
        "errors": len(report.errors),
        "lost": len(report.lost),
        "integrity": report.integrity,
        "ok": report.ok,
        "p50_ms": statistics.median(latencies or [0.0]),
        "p95_ms": _quantile(latencies, 0.95),
        "p99_ms": _quantile(latencies, 0.99),
        "max_ms": max(latencies or [0.0]),
        "calls_per_s": report.calls / max(report.writing_s, 1e-9),
        "load_before_after": [before, after],
    }
    print(f"\n== {backend}: {processes} × {writes} (seed {seed})")
    print(f"settings                   {settings}")
    print(f"machine load (1 min)       {before:.1f} before, {after:.1f} after")
    print(report.figures())
    for count, message in _error_kinds(report.errors):
        print(f"  {count:4d} × {message}")
    for problem in report.lost[:50]:
        print(f"  lost: {problem}")
    print("OK" if report.ok else "FAILED")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=("postgresql", "sqlite", "both"), default="both")
    parser.add_argument("--writes", type=int, default=500, help="service calls per process")
    parser.add_argument("--pg-processes", type=int, default=8)
    parser.add_argument("--sqlite-processes", type=int, default=4)
    parser.add_argument("--url", default=None, help="an empty PostgreSQL database to use")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)
    runs = []
    if args.backend in ("postgresql", "both"):
        with _server(args.url) as url:
            settings = _postgresql_settings(url)
            size = {"processes": args.pg_processes, "writes": args.writes, "seed": seed}
            runs.append(_run("postgresql", url, settings, **size))
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as folder:
            database = Path(folder) / "load.sqlite"
            size = {"processes": args.sqlite_processes, "writes": args.writes, "seed": seed}
            runs.append(_run("sqlite", database, _sqlite_settings(), **size))
    if args.json is not None:
        args.json.write_text(json.dumps(runs, indent=2) + "\n", encoding="utf-8")
    sys.exit(0 if all(run["ok"] for run in runs) else 1)


if __name__ == "__main__":
    main()
