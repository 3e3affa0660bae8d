"""The steps of benchmarks/scale.py, each run in a process of its own:

    .venv/bin/python benchmarks/scale_steps.py STEP DATABASE [--runs N] [--spawned T]

prints one line of JSON: {"times": [seconds...], ...} and whatever else the step measured
(its baseline's times, peak memory, counts). DATABASE is a file path or a URL; steps that
write (sign, import) are given a copy.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

Result = dict[str, Any]
STEPS: dict[str, Callable[[argparse.Namespace], Result]] = {}
KEYS = ("π", "πα", "παπ", "παπα", "m", "mu", "mul", "mull", "6", "69", "694", "κ", "κα", "καρ")


def step(
    function: Callable[[argparse.Namespace], Result],
) -> Callable[[argparse.Namespace], Result]:
    STEPS[function.__name__.removeprefix("step_")] = function
    return function


def _times(run: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return times


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    with Path("/proc/self/statm").open() as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _first_paint(window: Any, spawned: float) -> float:
    """Seconds from the process's spawn to `window`'s first paint event."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
            return False

    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    while not painted:
        QApplication.processEvents()
    return painted[0] - spawned


@step
def step_start(args: argparse.Namespace) -> Result:
    """mesolog's window, as `run_gui` opens it on a database without accounts."""
    from mesolog.app import application, window_on
    from mesolog.services.clinic import Clinic

    application()
    clinic = Clinic.open(args.database)
    clinic.templates.add_shipped()
    window = window_on(clinic)
    return {"times": [_first_paint(window, args.spawned)]}


WINDOW_USER = ("bench", "a passphrase long enough 15")
"""The account scale.py gives the copy `window` starts on, and its password."""


@step
def step_window(args: argparse.Namespace) -> Result:
    """The real start, `mesolog --db DATABASE`: seconds from spawn to the first paint of the
    start shell and of the main window, the log-in dialog answered as soon as it shows (the
    password's check, counted in the window's time, is given apart)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    import mesolog.app
    from mesolog.cli.main import main as mesolog_main

    painted: dict[str, float] = {}
    checked: list[float] = []

    def log_in(dialog: Any) -> None:
        dialog.username.setText(WINDOW_USER[0])
        dialog.password.setText(WINDOW_USER[1])
        began = time.perf_counter()
        dialog.submit()
        checked.append(time.perf_counter() - began)

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
            name = type(watched).__name__
            kind = event.type()
            if kind == QEvent.Type.Show and name == "LogInDialog":
                QTimer.singleShot(0, lambda: log_in(watched))
            elif kind == QEvent.Type.Paint and name not in painted and watched.isWidgetType():
                painted[name] = time.time() - args.spawned
                if name == "MainWindow":
                    QTimer.singleShot(0, lambda: QApplication.exit(0))
            return False

    watch = Watch()
    make = mesolog.app._new_application  # the one seam: the filter goes on the app it makes

    def watched_application(language: str | None) -> QApplication:
        app = make(language)
        app.installEventFilter(watch)
        return app

    mesolog.app._new_application = watched_application
    mesolog_main(["--db", args.database])
    return {
        "times": [painted["StartShell"]],
        "window": painted["MainWindow"],
        "log_in": painted.get("LogInDialog"),
        "password_check": checked[0] if checked else None,
    }


@step
def step_bare(args: argparse.Namespace) -> Result:
    """The baseline: a bare PySide6 window with a table, and sqlalchemy.orm imported."""
    import sqlalchemy.orm
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    assert sqlalchemy.orm
    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    assert app
    return {"times": [_first_paint(window, args.spawned)]}


@step
def step_keystroke(args: argparse.Namespace) -> Result:
    """Keys typed into the window's search, each to the list searched and painted (the
    search called at once: the 0 ms timer that gathers keys typed during a search is not
    counted)."""
    from PySide6.QtWidgets import QApplication

    from mesolog.app import application
    from mesolog.services.clinic import Clinic
    from mesolog.ui.patients.patient_lists import PatientLists
    from mesolog.ui.window.start_freeze import freeze_start

    application()
    with Clinic.open(args.database) as clinic:
        lists = PatientLists(clinic)
        lists.resize(540, 700)
        lists.show()
        QApplication.processEvents()
        freeze_start()  # as the window does once it has painted
        times = []
        for _ in range(args.runs):
            for text in ("", *KEYS):
                began = time.perf_counter()
                lists.search_field.setText(text)
                lists.search()
                lists.patient_list.viewport().repaint()
                QApplication.processEvents()
                times.append(time.perf_counter() - began)
        return {"times": times}


@step
def step_due(args: argparse.Namespace) -> Result:
    from mesolog.services.clinic import Clinic
    from mesolog.ui.patients.patient_table_model import PAGE_SIZE

    def tab() -> None:  # what the Due tab reads: its first page and its count
        clinic.patients.due(limit=PAGE_SIZE)
        clinic.patients.due_count()

    with Clinic.open(args.database) as clinic:
        due = clinic.patients.due_count()
        return {"times": _times(tab, args.runs), "patients": due}


@step
def step_open300(args: argparse.Namespace) -> Result:
    """The 300-session patient's history read and shown (HistoryView, painted once)."""
    from PySide6.QtWidgets import QApplication

    from mesolog.app import application
    from mesolog.services.clinic import Clinic
    from mesolog.ui.history.history_view import HistoryView
    from mesolog.ui.window.start_freeze import freeze_start

    application()
    view = HistoryView()
    view.resize(1400, 800)
    view.show()
    with Clinic.open(args.database) as clinic:
        QApplication.processEvents()
        freeze_start()  # as the window does once it has painted
        history = clinic.history.patient_history("MC-000000")

        def run() -> None:
            view.set_history(clinic.history.patient_history("MC-000000"))
            view.repaint()
            QApplication.processEvents()

        service = _times(lambda: clinic.history.patient_history("MC-000000"), args.runs)
        return {
            "times": _times(run, args.runs),
            "service": service,
            "sessions": len(history.sessions),
        }


@step
def step_sign(args: argparse.Namespace) -> Result:
    """Sessions signed for patients across the clinic (a draft made, then signed: the
    signing timed), on a copy of the database."""
    import datetime as dt
    import random

    from mesolog.domain.enums import Area, NeedleMethod, Solution
    from mesolog.domain.records import (
        NeedleTechnique,
        PreTreatment,
        ProductUse,
        SessionInput,
        TreatmentLine,
    )
    from mesolog.services.clinic import Clinic

    rng = random.Random(3)
    needle = NeedleTechnique(1.5, 30, 4.0, NeedleMethod.NAPPAGE)
    with Clinic.open(args.database, actor="bench") as clinic:
        patients = clinic.patients.search("", limit=2000)
        times = []
        for number in range(args.runs):
            patient = rng.choice(patients)
            moment = dt.datetime(2026, 3, 2, 10, tzinfo=dt.UTC) + dt.timedelta(minutes=number)
            use = ProductUse(Solution.HYALURONIC_ACID, 1.0, "HydraBoost 1.5%", "", "P00-2603")
            entry = SessionInput(
                moment,
                "Dr Eleni Vasileiou",
                (TreatmentLine(Area.NECK, needle, (use,)),),
                pre_treatment=PreTreatment(consent_confirmed=True),
            )
            draft = clinic.sessions.create_draft(patient.id, entry)
            began = time.perf_counter()
            clinic.sessions.sign(draft.id)
            times.append(time.perf_counter() - began)
        return {"times": times}


@step
def step_pdf(args: argparse.Namespace) -> Result:
    """A 100-session summary against a bare reportlab table (benchmarks/summary_pdf.py)."""
    from summary_pdf import _bare, _data

    from mesolog.reports.treatment_summary import render_summary

    data = _data(100)
    render_summary(data)
    _bare(data)
    return {
        "times": _times(lambda: render_summary(data), args.runs),
        "baseline": _times(lambda: _bare(data), args.runs),
    }


@step
def step_verify(args: argparse.Namespace) -> Result:
    from mesolog.services.clinic import Clinic

    with Clinic.open(args.database) as clinic:
        results = []

        def run() -> None:
            results.append(clinic.audit.verify())

        times = _times(run, args.runs)
        verified = results[-1]
        return {
            "times": times,
            "intact": verified.intact,
            "entries": verified.entries,
            "records": verified.records_checked,
        }


@step
def step_digests(args: argparse.Namespace) -> Result:
    """µs a session of reading 5,000 sessions with their parts and digesting them: Core and
    row_digest (times) against ORM loading and record_digest (baseline)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session, selectinload

    from mesolog.persistence.digests import record_digest
    from mesolog.persistence.models import SessionRow, TreatmentLineRow
    from mesolog.persistence.row_digests import read_parts, row_digest
    from mesolog.services.clinic import Clinic

    count = 5_000
    with Clinic.open(args.database) as clinic:
        engine = clinic.context.db.engine
        table = SessionRow.__table__

        def core() -> None:
            with engine.connect() as connection:
                for first in range(1, count + 1, 500):
                    query = select(table).where(table.c.id.between(first, first + 499))
                    rows = list(connection.execute(query).mappings())
                    parts = read_parts(connection, "sessions", [row["id"] for row in rows])
                    for row in rows:
                        row_digest("sessions", row, parts[row["id"]])

        def orm() -> None:
            loads = (
                selectinload(SessionRow.treatments).selectinload(TreatmentLineRow.products),
                selectinload(SessionRow.reactions),
            )
            with Session(engine) as s:
                for first in range(1, count + 1, 500):
                    query = select(SessionRow).where(SessionRow.id.between(first, first + 499))
                    for row in s.scalars(query.options(*loads)):
                        record_digest(row)
                    s.expunge_all()

        return {
            "times": [t / count for t in _times(core, args.runs)],
            "baseline": [t / count for t in _times(orm, args.runs)],
        }


@step
def step_import(args: argparse.Namespace) -> Result:
    """DATABASE is the interchange file; imported into a new SQLite database beside it."""
    from mesolog.services.clinic import Clinic

    source = Path(args.database)
    target = source.with_suffix(f".imported{os.getpid()}.sqlite")
    try:
        with Clinic.open(str(target), actor="bench") as clinic:
            began = time.perf_counter()
            clinic.imports.import_file(source)
            seconds = time.perf_counter() - began
        return {"times": [seconds], "peak_mb": _peak_mb()}
    finally:
        for leftover in target.parent.glob(target.name + "*"):
            leftover.unlink()


@step
def step_memory(args: argparse.Namespace) -> Result:
    """The window's resident memory after opening 100 patients one after another."""
    from PySide6.QtWidgets import QApplication

    from mesolog.app import application, window_on
    from mesolog.services.clinic import Clinic
    from mesolog.ui.window.start_freeze import freeze_start

    application()
    window = window_on(Clinic.open(args.database))
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    freeze_start()  # as the window does once it has painted
    started = _rss_mb()
    patients = window.clinic.patients.search("", limit=100)
    for patient in patients:
        window.open_patient(patient.id)
        QApplication.processEvents()
    return {"times": [_rss_mb()], "at_start_mb": started, "patients": len(patients)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=sorted(STEPS))
    parser.add_argument("database")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--spawned", type=float, default=0.0)
    args = parser.parse_args()
    print(json.dumps(STEPS[args.step](args)), flush=True)
    os._exit(0)  # the window's threads and Qt's teardown are not measured


if __name__ == "__main__":
    main()
