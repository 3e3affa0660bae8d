"""A locked session's chart stays readable: the diagram picked by keyboard, a zone clicked
selects the line that marks it and says which, a point clicked says its product and amount;
nothing on it changes (no marking, no point dropped, dragged, nudged or deleted, no points
mode), nor anywhere else in the form. Amending makes all of it editable again, as before."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mesolog.diagrams import hits
from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area, Solution
from mesolog.domain.records import (
    NeedleTechnique,
    PenTechnique,
    ProductUse,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.ui.common.diagram_painting import MARKER_RADIUS, to_widget
from mesolog.ui.sessions.chart_panel import ChartPanel
from mesolog.ui.sessions.recovered_copy import RecoveredCopy
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.locale_support import decimal
from tests.typing_support import focus, type_into
from tests.ui.sessions.chart_clicks import (
    chart,
    click_at,
    click_zone,
    drag,
    place,
    points_of,
    show_diagram,
)
from tests.ui.sessions.locked_form import assert_nothing_changes, typable
from tests.ui.sessions.typed_session import CLINICIAN, Chair

CHEEK = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.LEFT)
ABDOMEN = ZoneRef(Diagram.BODY_FRONT, Area.ABDOMEN)
THIGH = ZoneRef(Diagram.BODY_FRONT, Area.THIGHS, Side.LEFT)


POINT_1, POINT_2, OFF_THE_POINTS = (0.5, 0.335), (0.5, 0.385), (0.5, 0.455)
"""The abdomen's two points, and a place in the abdomen on neither's marker."""


def abdomen_points() -> tuple[ChartPoint, ChartPoint]:
    return ChartPoint(ABDOMEN, *POINT_1, 0, 0.1), ChartPoint(ABDOMEN, *POINT_2, 1, 0.25)


def apart(editor: SessionEditor) -> None:
    """The points and the place beside them are inside the abdomen, and each a marker's
    height from the others, as drawn now."""
    spots = [POINT_1, POINT_2, OFF_THE_POINTS]
    assert all(hits.contains(ABDOMEN, x, y) for x, y in spots)
    drawn = [place(editor, x, y).y() for x, y in spots]
    assert all(b - a > MARKER_RADIUS + 2 for a, b in itertools.pairwise(drawn)), drawn


def menu_shown(qtbot: QtBot, editor: SessionEditor, x: float, y: float) -> bool:
    """Whether the canvas opens a menu (closed at once) where the mouse's right button is
    pressed at (x, y)."""
    canvas = chart(editor).canvas
    at = place(editor, x, y)
    seen: list[object] = []

    def close() -> None:
        popup = QApplication.activePopupWidget()
        seen.append(popup)
        if popup is not None:
            popup.close()

    QTimer.singleShot(200, close)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, canvas.mapToGlobal(at))
    QApplication.sendEvent(canvas, event)
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0] is not None


def two_diagrams(chair: Chair) -> Session:
    """A signed session: line 1 the left cheek (face, front) with a needle, no point;
    line 2 the abdomen (body, front) with a pen and two points of two products."""
    cheeks = TreatmentLine(
        Area.CHEEKS,
        NeedleTechnique(1.5),
        (ProductUse(Solution.HYALURONIC_ACID, 1.0, "AquaVeil", lot_number="AV-1"),),
        zones=(CHEEK,),
    )
    abdomen = TreatmentLine(
        Area.ABDOMEN,
        PenTechnique(0.5, 80),
        (
            ProductUse(Solution.PHOSPHATIDYLCHOLINE, 0.1, "Lipodissolve", lot_number="LD-7"),
            ProductUse(Solution.CAFFEINE, 0.25, "Caffeine 2%", lot_number="C-3"),
        ),
        zones=(ABDOMEN,),
        points=abdomen_points(),
    )
    when = chair.clinic.context.now() - dt.timedelta(days=2)
    draft = chair.clinic.sessions.create_draft(
        chair.patient.id, SessionInput(when, CLINICIAN, (cheeks, abdomen), chair.course.id)
    )
    return chair.clinic.sessions.sign(draft.id)


def pick_by_keyboard(qtbot: QtBot, panel: ChartPanel, diagram: Diagram) -> None:
    """Home, then Down in the diagram list until `diagram` is shown, as a clinician would."""
    picker = panel.diagram_picker
    focus(qtbot, picker)
    QTest.keyClick(picker, Qt.Key.Key_Home)
    for _ in range(picker.count()):
        if panel.diagram is diagram:
            return
        QTest.keyClick(picker, Qt.Key.Key_Down)
    assert panel.diagram is diagram


def stored(chair: Chair, session: Session) -> Session:
    return chair.clinic.sessions.get(session.id)


def test_a_locked_chart_is_read_on_every_diagram(chair: Chair) -> None:
    signed = two_diagrams(chair)
    editor = chair.open(stored(chair, signed))
    panel = chart(editor)
    first, second = editor.line_editors
    assert panel.read_only
    assert panel.diagram is Diagram.FACE_FRONT and panel.line is first
    assert "read-only" in panel.message.text()

    pick_by_keyboard(chair.qtbot, panel, Diagram.BODY_FRONT)
    assert [label for *_, label in panel.canvas.markers] == ["1", "2"]
    click_zone(chair.qtbot, editor, THIGH)
    assert panel.line is first
    assert panel.message.text() == "Thighs, left: no line marks it."

    apart(editor)
    click_at(chair.qtbot, editor, *POINT_1)
    assert panel.line is second
    assert panel.message.text() == (
        f"Point 1: 1. Lipodissolve, {decimal('0.1')} ml (Abdomen, line 2)."
    )
    assert panel.canvas.selected == 0
    click_at(chair.qtbot, editor, *OFF_THE_POINTS)
    assert panel.line is second
    assert panel.diagram is Diagram.BODY_FRONT
    assert panel.line_label.text() == "Chart of line 2 · Abdomen"
    assert list(panel.canvas.outlined) == [ABDOMEN]
    assert panel.message.text() == (
        f"Abdomen: line 2, Micro-needling pen, depth {decimal('0.5')} mm."
    )

    pick_by_keyboard(chair.qtbot, panel, Diagram.FACE_FRONT)
    click_zone(chair.qtbot, editor, CHEEK)
    assert panel.line is first
    assert list(panel.canvas.outlined) == [CHEEK]
    assert panel.message.text() == f"Cheeks, left: line 1, Needle, depth {decimal('1.5')} mm."
    assert stored(chair, signed) == signed
    assert chair.clinic.history.patient_history(chair.patient.id).sessions == (signed,)


def test_nothing_on_a_locked_chart_changes_it(chair: Chair) -> None:
    signed = two_diagrams(chair)
    editor = chair.open(stored(chair, signed))
    panel = chart(editor)
    before = points_of(editor)
    zones = [list(line.chart.zones) for line in editor.line_editors]
    assert not panel.points_button.isEnabled()
    assert not panel.product_choice.isEnabled()
    assert not panel.amount.isEnabled()
    assert panel.diagram_picker.isEnabled() and panel.canvas.isEnabled()

    click_zone(chair.qtbot, editor, CHEEK)  # a marked zone clicked again is not unmarked
    click_zone(chair.qtbot, editor, ZoneRef(Diagram.FACE_FRONT, Area.FOREHEAD))
    show_diagram(editor, Diagram.BODY_FRONT)
    apart(editor)
    click_at(chair.qtbot, editor, *POINT_1)
    focus(chair.qtbot, panel.canvas)
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Right, Qt.Key.Key_Down):
        QTest.keyClick(panel.canvas, key)
        assert "read-only" in panel.message.text()
    QTest.keyClick(panel.canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(panel.canvas, Qt.Key.Key_P)
    assert not panel.canvas.points_mode
    assert "read-only" in panel.message.text()
    QTest.keyClick(panel.canvas, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert not panel.canvas.points_mode and not panel.points_button.isChecked()
    x, y = POINT_1
    drag(editor, POINT_1, (x + 0.04, y + 0.03))
    assert panel.canvas.selected == 0
    click_at(chair.qtbot, editor, *hits.centroid(THIGH))  # a zone no line marks: not added
    assert not menu_shown(chair.qtbot, editor, x, y), "no menu to delete the point"
    QTest.keyClick(panel.canvas, Qt.Key.Key_PageDown)
    assert panel.canvas.selected == 1
    assert panel.message.text() == (
        f"Point 2: 2. Caffeine 2%, {decimal('0.25')} ml (Abdomen, line 2)."
    )

    assert len(editor.line_editors) == 2
    assert points_of(editor) == before
    assert [list(line.chart.zones) for line in editor.line_editors] == zones
    assert stored(chair, signed) == signed
    assert_nothing_changes(editor.session_form)


def test_amending_makes_the_chart_and_the_form_editable_as_before(chair: Chair) -> None:
    signed = two_diagrams(chair)
    editor = chair.open(stored(chair, signed))
    panel = chart(editor)
    form = editor.session_form
    assert not form.given_despite.isEnabled()
    editor.start_amendment()
    assert not panel.read_only
    assert not form.given_despite.isEnabled(), "disabled for its own reason: no warning"
    assert form.treatments.add_line_button.isEnabled()
    assert all(line.remove_button.isEnabled() for line in editor.line_editors)
    assert panel.points_button.isEnabled() and panel.amount.isEnabled()
    assert panel.product_choice.isEnabled()
    assert "given_despite" not in typable(form)
    assert {"clinician", "notes", "point_amount", "product_name"} <= set(typable(form))

    x, y = POINT_1
    show_diagram(editor, Diagram.BODY_FRONT)
    apart(editor)
    assert menu_shown(chair.qtbot, editor, x, y)
    click_at(chair.qtbot, editor, x, y)  # point 1
    focus(chair.qtbot, panel.canvas)
    QTest.keyClick(panel.canvas, Qt.Key.Key_Delete)
    assert len(points_of(editor)) == 1
    QTest.keyClick(panel.canvas, Qt.Key.Key_P)
    assert panel.canvas.points_mode
    type_into(chair.qtbot, panel.amount, decimal("0.1"))
    click_at(chair.qtbot, editor, x, y)
    assert len(points_of(editor)) == 2
    type_into(chair.qtbot, editor.frame.amendment_reason, "Point 1 was given again")
    editor.frame.sign_amendment_button.click()
    assert editor.saved_session is not None
    [_, amended] = stored(chair, editor.saved_session).entry.treatments
    assert [point.product for point in amended.points] == [1, 0]
    assert stored(chair, signed).entry == signed.entry


def test_a_single_lines_remove_button_stays_disabled_after_amending(chair: Chair) -> None:
    line = TreatmentLine(
        Area.CHEEKS, NeedleTechnique(1.5), (ProductUse(Solution.VITAMINS, 1.0),), zones=(CHEEK,)
    )
    when = chair.clinic.context.now() - dt.timedelta(days=2)
    draft = chair.clinic.sessions.create_draft(
        chair.patient.id, SessionInput(when, CLINICIAN, (line,), chair.course.id)
    )
    editor = chair.open(chair.clinic.sessions.sign(draft.id))
    assert_nothing_changes(editor.session_form)
    editor.start_amendment()
    [only] = editor.line_editors
    assert not only.remove_button.isEnabled()
    assert only.add_product_button.isEnabled()


def test_screenshot_of_a_locked_chart_on_its_second_diagram(chair: Chair, tmp_path: Path) -> None:
    editor: SessionEditor = chair.open(stored(chair, two_diagrams(chair)))
    editor.resize(1366, 768)
    chair.qtbot.waitExposed(editor)
    panel = chart(editor)
    editor.frame.scroll_area.ensureWidgetVisible(panel)
    pick_by_keyboard(chair.qtbot, panel, Diagram.BODY_FRONT)
    click_at(chair.qtbot, editor, *OFF_THE_POINTS)
    assert panel.line is editor.line_editors[1]
    chair.qtbot.wait(50)
    folder = Path(os.environ.get("MESOLOG_SCREENSHOTS", tmp_path))
    assert editor.grab().save(str(folder / "editor_locked_chart_second_diagram.png"))


def test_the_copy_recovered_beside_a_locked_session_has_a_read_only_chart(chair: Chair) -> None:
    signed = stored(chair, two_diagrams(chair))
    editor = chair.open(signed)
    typed = editor.session_form.to_payload() | {"notes": "Typed before the crash"}
    copy = RecoveredCopy(
        editor,
        chair.clinic,
        session=signed,
        shown=editor.session_form,
        payload=typed,
        kept_at=chair.clinic.context.now(),
        forget=lambda: None,
    )
    chair.qtbot.addWidget(copy)
    copy.show_beside(editor)
    chair.qtbot.waitExposed(copy)
    panel = copy.form.treatments.chart
    assert panel.read_only
    assert not panel.points_button.isEnabled()
    pick_by_keyboard(chair.qtbot, panel, Diagram.BODY_FRONT)
    canvas = panel.canvas
    at = to_widget(canvas.diagram_rect(), *hits.centroid(THIGH)).toPoint()
    chair.qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at)
    assert panel.message.text() == "Thighs, left: no line marks it."
    at = to_widget(canvas.diagram_rect(), *OFF_THE_POINTS).toPoint()
    chair.qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at)
    assert panel.line is copy.form.treatments.line_editors[1]
    assert copy.form.to_payload() == typed
