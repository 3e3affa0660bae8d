"""Times the session editor's chart: a click on a zone to its line appearing, and painting
the chart with 200 injection points.

    .venv/bin/python benchmarks/chart_editor.py [--runs R] [--size 1280x720]

Runs offscreen on a screen of the size given, on a fresh clinic database, the editor open
on a new session as the clinician sees it. Each figure is the median (and the slowest)
of R runs:

- a click on a zone no line covers (the right thigh): the mouse press and release sent
  to the chart, the line added, marked and laid out, and the window painted (the events
  processed), until the line's editor is on screen; the line is removed between runs;
- a click on a zone of a line there already (selecting it and marking the zone);
- the chart with 200 points on the face (four lines, every face zone) painted: the
  canvas repainted at its size in the editor, and the same drawn into an image.

Targets (issue 12): a click to its line 50 ms or less; 200 points painted in 16 ms or less.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--size", default="1280x720")
    return parser.parse_args()


ARGUMENTS = _arguments()
WIDTH, HEIGHT = (int(part) for part in ARGUMENTS.size.lower().split("x"))
if "QT_QPA_PLATFORM" not in os.environ:
    SCREEN = {"name": "screen", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT}
    CONFIG = Path(tempfile.mkdtemp()) / "screen.json"
    CONFIG.write_text(json.dumps({"screens": [{**SCREEN, "logicalDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={CONFIG}"

from PySide6.QtCore import (  # noqa: E402 - after the platform is chosen
    QCoreApplication,
    QEvent,
    QRectF,
    QSettings,
    Qt,
)
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mesolog.diagrams import hits  # noqa: E402
from mesolog.diagrams.loading import drawing  # noqa: E402
from mesolog.domain.charts import ChartPoint  # noqa: E402
from mesolog.domain.diagram_ids import DIAGRAM_ZONES, Diagram, Side, ZoneRef  # noqa: E402
from mesolog.domain.enums import Area, Indication, Solution  # noqa: E402
from mesolog.domain.records import (  # noqa: E402
    CourseInput,
    NeedleTechnique,
    PatientInput,
    ProductUse,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic  # noqa: E402
from mesolog.ui.common.diagram_painting import (  # noqa: E402
    fitted_rect,
    paint_diagram,
    paint_points,
    to_widget,
)
from mesolog.ui.common.operations import ChangeBus  # noqa: E402
from mesolog.ui.sessions.chart_panel import ChartPanel  # noqa: E402
from mesolog.ui.sessions.session_editor import SessionEditor  # noqa: E402

THIGH = ZoneRef(Diagram.BODY_FRONT, Area.THIGHS, Side.RIGHT)
CHEEK = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.LEFT)


def _show(panel: ChartPanel, diagram: Diagram) -> None:
    picker = panel.diagram_picker
    index = picker.findData(diagram.value)
    picker.setCurrentIndex(index)
    picker.activated.emit(index)


def _click(panel: ChartPanel, zone: ZoneRef) -> None:
    canvas = panel.canvas
    where = to_widget(canvas.diagram_rect(), *hits.centroid(zone)).toPoint()
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QApplication.processEvents()


def _timed(work: Callable[[], None], runs: int, between: Callable[[], None]) -> list[float]:
    times = []
    for _ in range(runs):
        between()
        began = time.perf_counter()
        work()
        times.append((time.perf_counter() - began) * 1000)
    return times


def _say(what: str, times: list[float], target: float) -> None:
    median = statistics.median(times)
    verdict = "within" if median <= target else "OVER"
    print(
        f"{what:<58} median {median:6.1f} ms  slowest {max(times):6.1f} ms  "
        f"({verdict} the {target:g} ms target)"
    )


def _face_lines(count: int) -> list[TreatmentLine]:
    """Four face lines, each with a product, `count` points spread over every face zone."""
    rng = random.Random(12)
    zones = DIAGRAM_ZONES[Diagram.FACE_FRONT]
    groups: list[list[ChartPoint]] = [[] for _ in range(4)]
    while sum(len(group) for group in groups) < count:
        zone = zones[len(groups[0]) % len(zones)]
        x, y = rng.random(), rng.random()
        if hits.contains(zone, x, y):
            groups[sum(len(g) for g in groups) % 4].append(ChartPoint(zone, x, y, 0, 0.05))
    lines = []
    for group in groups:
        zones_used = tuple(dict.fromkeys(point.zone for point in group))
        volume = round(0.05 * len(group), 3)
        product = ProductUse(Solution.HYALURONIC_ACID, volume, "AquaVeil")
        lines.append(
            TreatmentLine(
                Area.FULL_FACE,
                NeedleTechnique(1.5),
                (product,),
                zones=zones_used,
                points=tuple(group),
            )
        )
    return lines


def _clicks(editor: SessionEditor, runs: int) -> None:
    panel = editor.session_form.treatments.chart
    treatments = editor.session_form.treatments

    def drop_added() -> None:
        while len(treatments.line_editors) > 1:
            treatments.remove_line(treatments.line_editors[-1])
        _show(panel, Diagram.BODY_FRONT)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()

    def added() -> None:
        _click(panel, THIGH)
        assert len(treatments.line_editors) == 2, "the click added no line"

    _timed(added, 3, drop_added)  # warm: the diagram read, the first line built
    _say(
        "click on a zone no line covers -> its line on screen", _timed(added, runs, drop_added), 50
    )

    def on_the_face() -> None:
        treatments.line_editors[0].chart.set([], [])
        _show(panel, Diagram.FACE_FRONT)
        QApplication.processEvents()

    def selected() -> None:
        _click(panel, CHEEK)
        assert CHEEK in treatments.line_editors[0].chart.zones

    _say(
        "click on a zone of a line there -> selected, marked",
        _timed(selected, runs, on_the_face),
        50,
    )


def _painting(editor: SessionEditor, runs: int) -> None:
    editor.session_form.set_lines(_face_lines(200))
    QApplication.processEvents()
    canvas = editor.session_form.treatments.chart.canvas
    assert len(canvas.markers) == 200, len(canvas.markers)
    _timed(canvas.repaint, 3, lambda: None)
    size = f"{canvas.width()}x{canvas.height()} px"
    _say(f"chart with 200 points repainted ({size})", _timed(canvas.repaint, runs, _nothing), 16)
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)
    _say(
        "the same rendered into an image", _timed(lambda: canvas.render(image), runs, _nothing), 16
    )
    large = QImage(800, 1000, QImage.Format.Format_ARGB32_Premultiplied)
    rect = fitted_rect(drawing(Diagram.FACE_FRONT), QRectF(0, 0, 800, 1000))

    def large_chart() -> None:
        painter = QPainter(large)
        paint_diagram(painter, drawing(Diagram.FACE_FRONT), rect, fills=canvas.fills)
        paint_points(painter, rect, canvas.markers, selected=0)
        painter.end()

    large_chart()
    _say("the diagram and 200 points painted 800x1000 px", _timed(large_chart, runs, _nothing), 16)


def _nothing() -> None:
    pass


def main() -> None:
    folder = tempfile.mkdtemp()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    app = QApplication(sys.argv)
    with Clinic.open(str(Path(folder) / "bench.sqlite"), actor="benchmark") as clinic:
        patient = clinic.patients.create(PatientInput("Λεφέβρ", "Χλόη", dt.date(1975, 9, 22)))
        clinic.courses.plan(
            patient.id,
            CourseInput(Indication.WRINKLES, 6, dt.date(2026, 1, 5), areas=(Area.FULL_FACE,)),
        )
        editor = SessionEditor(clinic, ChangeBus(), patient, clinician="Dr. Markou")
        editor.show()
        QApplication.processEvents()
        runs = ARGUMENTS.runs
        print(f"screen {WIDTH}x{HEIGHT}, editor {editor.width()}x{editor.height()}, {runs} runs")
        _clicks(editor, runs)
        _painting(editor, runs)
        editor.done(0)
    app.quit()


if __name__ == "__main__":
    main()
