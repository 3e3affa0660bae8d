"""Two workstations (processes) append lines to one patient's notes at once, each a
read-modify-write through the services based on the version it read, then every line a
writer was told was saved is looked for in the notes (tests/integrity/test_lost_updates.py
at full size). On SQLite, and on PostgreSQL when its binaries are installed.

    .venv/bin/python benchmarks/lost_updates.py [--processes N] [--appends N] [--runs N]

Prints, per backend and run: acknowledged, present, refused, lost (acknowledged but
absent: there must be none) and present unacknowledged (a refused save that wrote: none).
Exits with status 1 on any loss.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.integrity

from sqlalchemy import create_engine, make_url

from tests.integrity.lost_update_harness import AppendReport, run_appends
from tests.postgresql import postgresql_cluster


def _sqlite(folder: Path, run: int, processes: int, appends: int) -> AppendReport:
    return run_appends(str(folder / f"lost-{run}.sqlite"), processes=processes, appends=appends)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--appends", type=int, default=100, help="appends per process")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    reports: dict[str, list[AppendReport]] = {"SQLite": [], "PostgreSQL": []}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs):
            report = _sqlite(Path(folder), run, args.processes, args.appends)
            reports["SQLite"].append(report)
            print(report.figures(), flush=True)
    try:
        with postgresql_cluster() as server:
            for run in range(args.runs):
                url = _fresh_database(server, run)
                report = run_appends(url, processes=args.processes, appends=args.appends)
                reports["PostgreSQL"].append(report)
                print(report.figures(), flush=True)
    except RuntimeError as missing:
        print(f"PostgreSQL skipped: {missing}")
    lost = 0
    for backend, done in reports.items():
        if not done:
            continue
        lost += sum(len(r.lost) + len(r.unacknowledged) for r in done)
        refused = statistics.median(len(r.refused) for r in done)
        present = statistics.median(len(r.present) for r in done)
        print(
            f"{backend:<10} median of {len(done)} runs: present {present:.0f} of "
            f"{args.processes * args.appends} attempts, refused {refused:.0f}, "
            f"lost {sum(len(r.lost) for r in done)} in all"
        )
    print("OK: nothing lost" if not lost else f"FAILED: {lost} lines lost or written unasked")
    sys.exit(0 if not lost else 1)


def _fresh_database(server: str, run: int) -> str:
    name = f"lost_updates_{run}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


if __name__ == "__main__":
    main()
