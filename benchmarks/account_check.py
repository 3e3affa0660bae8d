"""What the check of the acting account costs on every service call (services.context
`require`): its row as stored now, compared with what the audit log last recorded of it
and with the role it logged in with.

    .venv/bin/python benchmarks/account_check.py [--log-ins N ...] [--calls N] [--runs N]

For an assistant whose account was last changed N log-ins ago (each log-in is an audit
entry naming the account, which the comparison must look past), on an SQLite file and
on PostgreSQL (when installed), times: reading the account's row alone (all `require`
did before the comparison), `require` now, the first `require` of a new log-in (which
reads the log back to the account's last change; later ones read only what was written
since), and a typical service call that checks it (a patient's details saved). Prints
medians of the runs, each run the median of its calls.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.postgresql

from sqlalchemy import create_engine, make_url

from mesolog.domain.accounts import Permission
from mesolog.domain.enums import Role
from mesolog.domain.records import PatientInput
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.services.clinic import Clinic
from tests.postgresql import postgresql_cluster

PASSWORD = "a long enough password"
Figures = tuple[float, float, float, float]


def _median_seconds(action: Callable[[], object], calls: int) -> float:
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _clinic(database: str, log_ins: int) -> Clinic:
    clinic = Clinic.open(database, actor="bench")
    clinic.accounts.create_first_admin("admin", "Dr Eleni Vasileiou", PASSWORD)
    clinic.log_in("admin", PASSWORD)
    clinic.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    with clinic.context.db.write() as s:
        row = queries.account_by_username(s, "nurse")
        assert row is not None
        for _ in range(log_ins):
            clinic.context.audit(s, AuditAction.LOG_IN, "clinician", row.uuid, actor="nurse")
    clinic.log_in("nurse", PASSWORD)
    return clinic


def _figures(clinic: Clinic, calls: int, runs: int) -> Figures:
    context = clinic.context

    def row_alone() -> None:
        with context.db.read() as s:
            queries.account_by_username(s, "nurse")

    def check() -> None:
        with context.db.read() as s:
            context.require(s, Permission.RECORD)

    def first_check() -> None:
        context.recorded.clear()  # as a new log-in finds it
        check()

    patient = clinic.patients.create(PatientInput("Papadopoulou", "Anna", dt.date(1980, 5, 1)))
    saved = [patient]

    def save() -> None:
        saved[0] = clinic.patients.update(saved[0].id, saved[0].details, read=saved[0]).record

    def median(action: Callable[[], object], calls: int) -> float:
        return statistics.median(_median_seconds(action, calls) for _ in range(runs))

    return (
        median(row_alone, calls),
        median(check, calls),
        median(first_check, max(1, calls // 10)),
        median(save, max(1, calls // 10)),
    )


def _print(backend: str, log_ins: int, figures: Figures) -> None:
    row, check, first, save = figures
    print(
        f"{backend:<10} {log_ins:>7} log-ins | row alone {row * 1e6:5.0f} µs | require "
        f"{check * 1e6:5.0f} µs ({check / row:.1f}×) | first require {first * 1e3:6.2f} ms | "
        f"a patient saved {save * 1e3:6.2f} ms",
        flush=True,
    )


def _fresh_database(server: str, name: str) -> str:
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--log-ins", type=int, nargs="+", default=[0, 1000, 10000])
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for log_ins in args.log_ins:
            with _clinic(str(Path(folder) / f"check-{log_ins}.sqlite"), log_ins) as clinic:
                _print("SQLite", log_ins, _figures(clinic, args.calls, args.runs))
    try:
        with postgresql_cluster() as server:
            for log_ins in args.log_ins:
                url = _fresh_database(server, f"account_check_{log_ins}")
                with _clinic(url, log_ins) as clinic:
                    _print("PostgreSQL", log_ins, _figures(clinic, args.calls, args.runs))
    except RuntimeError as missing:
        print(f"PostgreSQL skipped: {missing}")


if __name__ == "__main__":
    main()
