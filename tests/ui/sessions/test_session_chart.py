"""The chart beside the treatment lines, clicked at real zones: a zone selects its area's
line or adds one, and is marked on it; the area field moves the chart to its diagram;
the selected line's zones are outlined; a click in a curved zone's box but outside its
shape marks nothing; the chart is reached with Tab and its points mode with a key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mesolog.diagrams import hits
from mesolog.diagrams.loading import drawing
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area
from mesolog.domain.records import NeedleTechnique, TechniqueDefaults
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.typing_support import focus
from tests.ui.sessions.chart_clicks import chart, click_at, click_zone, line_with
from tests.ui.sessions.typed_session import Chair

CHEEK_LEFT = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.LEFT)
FOREHEAD = ZoneRef(Diagram.FACE_FRONT, Area.FOREHEAD)
THIGH_RIGHT = ZoneRef(Diagram.BODY_FRONT, Area.THIGHS, Side.RIGHT)
THIGH_LEFT = ZoneRef(Diagram.BODY_FRONT, Area.THIGHS, Side.LEFT)
NECK = ZoneRef(Diagram.NECK_DECOLLETAGE, Area.NECK)


def _lines(editor: SessionEditor) -> list[tuple[Area, tuple[ZoneRef, ...]]]:
    """The lines of the entry the editor builds, by area and zones."""
    return [(line.area, line.zones) for line in editor.session_form.to_input().treatments]


def test_a_face_zone_is_marked_on_the_full_face_line(chair: Chair) -> None:
    editor = chair.open()
    assert _lines(editor) == [(Area.FULL_FACE, ())]
    click_zone(chair.qtbot, editor, CHEEK_LEFT)
    click_zone(chair.qtbot, editor, FOREHEAD)
    assert _lines(editor) == [(Area.FULL_FACE, (CHEEK_LEFT, FOREHEAD))]
    assert chart(editor).canvas.outlined == [CHEEK_LEFT, FOREHEAD]
    assert chart(editor).canvas.fills.keys() == {CHEEK_LEFT, FOREHEAD}


def test_a_zone_no_line_covers_adds_its_line_with_the_clinics_technique(chair: Chair) -> None:
    editor = chair.open()
    click_zone(chair.qtbot, editor, THIGH_RIGHT)
    assert _lines(editor) == [(Area.FULL_FACE, ()), (Area.THIGHS, (THIGH_RIGHT,))]
    added = editor.line_editors[1]
    assert chart(editor).line is added
    assert added.technique() == TechniqueDefaults().needle()
    assert "Line 2" in chart(editor).message.text()
    click_zone(chair.qtbot, editor, THIGH_LEFT)
    assert _lines(editor)[1] == (Area.THIGHS, (THIGH_RIGHT, THIGH_LEFT))
    assert len(editor.line_editors) == 2

    chair.save(editor)
    assert editor.saved_session is not None
    [stored] = chair.sessions()
    assert [line.zones for line in stored.entry.treatments] == [(), (THIGH_RIGHT, THIGH_LEFT)]


def test_a_zone_clicked_selects_the_line_that_has_its_area(chair: Chair) -> None:
    editor = chair.open()
    click_zone(chair.qtbot, editor, THIGH_RIGHT)
    click_zone(chair.qtbot, editor, CHEEK_LEFT)
    first = editor.line_editors[0]
    assert chart(editor).line is first
    assert first.chart.zones == [CHEEK_LEFT]
    assert first.title.styleSheet() and not editor.line_editors[1].title.styleSheet()
    click_zone(chair.qtbot, editor, THIGH_RIGHT)
    assert chart(editor).line is editor.line_editors[1]
    assert len(editor.line_editors) == 2


def test_clicking_a_marked_zone_again_unmarks_it(chair: Chair) -> None:
    editor = chair.open()
    click_zone(chair.qtbot, editor, CHEEK_LEFT)
    click_zone(chair.qtbot, editor, CHEEK_LEFT)
    assert _lines(editor) == [(Area.FULL_FACE, ())]


def _in_box_outside_shape(zone: ZoneRef) -> tuple[float, float]:
    """A point inside the zone's box that lies in no zone, well away from the zone's edge."""
    left, top, right, bottom = drawing(zone.diagram).zones[zone].box
    for i in range(1, 40):
        for j in range(1, 40):
            x, y = left + (right - left) * i / 40, top + (bottom - top) * j / 40
            near = [(x + dx, y + dy) for dx in (-0.01, 0, 0.01) for dy in (-0.01, 0, 0.01)]
            if all(hits.zone_at(zone.diagram, *p) is None for p in near):
                return x, y
    raise AssertionError(f"{zone.zone_id} fills its box")


@pytest.mark.parametrize("zone", [CHEEK_LEFT, THIGH_RIGHT], ids=lambda zone: zone.zone_id)
def test_a_click_in_a_curved_zones_box_but_outside_its_shape_marks_nothing(
    chair: Chair, zone: ZoneRef
) -> None:
    editor = chair.open()
    click_zone(chair.qtbot, editor, zone)
    click_zone(chair.qtbot, editor, zone)  # shown, and unmarked again
    click_at(chair.qtbot, editor, *_in_box_outside_shape(zone))
    assert all(not zones for _, zones in _lines(editor))
    assert len(editor.line_editors) == 1 + (zone.area is not Area.CHEEKS)
    assert "inside a zone" in chart(editor).message.text()


def test_the_area_field_moves_the_chart_to_its_diagram(chair: Chair) -> None:
    editor = chair.open()
    line = editor.line_editors[0]
    click_zone(chair.qtbot, editor, CHEEK_LEFT)
    line.area.set_value(Area.NECK)
    assert chart(editor).diagram is Diagram.NECK_DECOLLETAGE
    assert chart(editor).diagram_picker.currentData() == Diagram.NECK_DECOLLETAGE.value
    assert line.chart.zones == [], "a cheek is no zone of a neck line"
    assert "Cheeks" in chart(editor).message.text()
    click_zone(chair.qtbot, editor, NECK)
    assert _lines(editor) == [(Area.NECK, (NECK,))]
    line.area.set_value(Area.THIGHS)
    assert chart(editor).diagram is Diagram.BODY_FRONT
    first = [chart(editor).diagram_picker.itemData(i) for i in range(2)]
    assert first == [Diagram.BODY_FRONT.value, Diagram.BODY_BACK.value]


def test_working_in_a_line_shows_its_chart_outlined(chair: Chair) -> None:
    editor = chair.open()
    click_zone(chair.qtbot, editor, THIGH_RIGHT)
    click_zone(chair.qtbot, editor, CHEEK_LEFT)
    face, thighs = editor.line_editors
    assert chart(editor).canvas.outlined == [CHEEK_LEFT]
    focus(chair.qtbot, thighs.depth_field())
    assert chart(editor).line is thighs
    assert chart(editor).diagram is Diagram.BODY_FRONT
    assert chart(editor).canvas.outlined == [THIGH_RIGHT]
    focus(chair.qtbot, face.area_detail)
    assert chart(editor).diagram is Diagram.FACE_FRONT
    assert line_with(editor, CHEEK_LEFT) is face


def test_the_technique_colours_the_zone(chair: Chair) -> None:
    editor = chair.open()
    click_zone(chair.qtbot, editor, CHEEK_LEFT)
    needle = chart(editor).canvas.fills[CHEEK_LEFT]
    editor.line_editors[0].set_technique(NeedleTechnique(3.5))
    deeper = chart(editor).canvas.fills[CHEEK_LEFT]
    assert deeper.lightness() < needle.lightness()
    editor.line_editors[0].kind.buttons[editor.line_editors[0].kind.value().PEN].click()
    pen = chart(editor).canvas.fills[CHEEK_LEFT]
    assert pen.hue() != needle.hue()
    legend = chart(editor).legend.text()
    assert "Needle" in legend and "Pen" in legend and "darker" in legend


def test_tab_reaches_the_chart_and_a_key_turns_points_on(chair: Chair) -> None:
    editor = chair.open()
    canvas = chart(editor).canvas
    focus(chair.qtbot, editor.session_form.add_line_button)
    for _ in range(3):
        if QApplication.focusWidget() is canvas:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is canvas
    QTest.keyClick(canvas, Qt.Key.Key_P)
    assert chart(editor).points_button.isChecked() and canvas.points_mode
    QTest.keyClick(canvas, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    chair.qtbot.waitUntil(lambda: not chart(editor).points_button.isChecked(), timeout=2_000)
    assert not canvas.points_mode
