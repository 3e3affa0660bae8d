"""Times opening a history with many photos and charts (issue 12): from asking the service
for the history to the rows on screen painted with their chart and photo thumbnails.

    .venv/bin/python benchmarks/history_photos.py [--sessions 40] [--photos 200] [--runs 15]

Builds a clinic file once (a patient with photo consent, a course of charted signed
sessions, photos made with Pillow dealt to them; tests/ui/history/charted_records.py),
then, offscreen, on a history view of 1100×600: the service's read, the view's set_history
and one synchronous paint of the viewport (where the visible rows' diagrams are drawn and
their thumbnails decoded). The first run is cold (diagram paths not yet built); the median
and the slowest are of the runs after it. Also the whole patient record (header, courses
with the cumulative map, history). Counts the statements naming photo_images (must be 0).
Target: thumbnails shown within 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mesolog.app import application
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.history.history_view import HistoryView
from mesolog.ui.patients.patient_record import PatientRecord
from tests.ui.history.charted_records import charted_patient

TARGET_MS = 300


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=40)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--runs", type=int, default=15)
    return parser.parse_args()


def _timed(step: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """The first (cold) run, then the median and the slowest of the others, in ms."""
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return times[0], statistics.median(times[1:]), max(times[1:])


def main() -> None:
    args = _arguments()
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        clock = lambda: dt.datetime(2026, 3, 10, 16, 0, tzinfo=dt.UTC)  # noqa: E731
        clinic = Clinic.open(str(Path(folder) / "clinic.sqlite"), actor="bench", clock=clock)
        started = time.perf_counter()
        story = charted_patient(clinic, sessions=args.sessions, photos=args.photos)
        print(
            f"built: {args.sessions} charted sessions, {args.photos} photos in "
            f"{time.perf_counter() - started:.1f} s"
        )
        image_reads = 0

        def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
            nonlocal image_reads
            image_reads += "photo_images" in statement

        event.listen(clinic.context.db.engine, "before_cursor_execute", count)
        view = HistoryView()
        view.resize(1100, 600)
        view.show()
        app.processEvents()
        parts: dict[str, list[float]] = {"service": [], "set_history": [], "paint": []}

        def open_history() -> None:
            marks = [time.perf_counter()]
            history = clinic.history.patient_history(story.patient)
            marks.append(time.perf_counter())
            view.set_history(history)
            marks.append(time.perf_counter())
            view.table.viewport().repaint()
            marks.append(time.perf_counter())
            for name, begin, end in zip(parts, marks, marks[1:], strict=False):
                parts[name].append((end - begin) * 1000)

        cold, median, slowest = _timed(open_history, args.runs)
        rows = view.model.rowCount()
        print(
            f"history to thumbnails shown: cold {cold:.1f} ms, median {median:.1f} ms, "
            f"max {slowest:.1f} ms (target {TARGET_MS} ms) over {args.runs} runs"
        )
        for name, times in parts.items():
            print(f"  {name:12} median {statistics.median(times[1:]):7.1f} ms")
        print(
            f"  {rows} rows, {view.model.pictures.decoded} thumbnails decoded in all "
            f"({view.model.pictures.decoded / (args.runs + 1):.0f} a run, the rows on screen)"
        )

        record = PatientRecord(clinic, ChangeBus())
        record.resize(1100, 700)
        record.show()
        app.processEvents()

        def open_record() -> None:
            record.show_patient(story.patient)
            record.repaint()

        cold, median, slowest = _timed(open_record, args.runs)
        print(
            f"whole record (header, courses and map, history): cold {cold:.1f} ms, "
            f"median {median:.1f} ms, max {slowest:.1f} ms"
        )
        print(f"statements naming photo_images: {image_reads}")
        clinic.close()


if __name__ == "__main__":
    main()
