"""Injection points on the session's chart: dropped in a marked zone with the product
chosen and the amount typed key by key, numbered across the session, dragged and nudged
within their zone (refused outside it), deleted with the Delete key and the menu; the
product's volume is their sum, read-only; Save stores them as read back through the
services, and a point refused stores nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from mesolog.diagrams import hits
from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area
from mesolog.ui.sessions.chart_canvas import NUDGE_STEP
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.locale_support import decimal
from tests.typing_support import focus, shown, type_into
from tests.ui.sessions.chart_clicks import (
    chart,
    click_at,
    click_zone,
    drag,
    near_centroid,
    place,
    points_of,
    spots,
)
from tests.ui.sessions.typed_session import Chair, errors_shown

ZONE = ZoneRef(Diagram.FACE_FRONT, Area.FOREHEAD)
"""The zone points are dropped in: the widest of the face (the test screen is small)."""
CHEEK = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.LEFT)


def ready(chair: Chair, products: tuple[str, ...] = ("AquaVeil",)) -> SessionEditor:
    """A new session: its full-face line with `products`, the forehead marked, points on."""
    editor = chair.open()
    line = editor.line_editors[0]
    for name in products:
        line.add_product_button.click()
        type_into(chair.qtbot, line.products[-1].product_name, name)
    click_zone(chair.qtbot, editor, ZONE)
    focus(chair.qtbot, chart(editor).canvas)
    QTest.keyClick(chart(editor).canvas, Qt.Key.Key_P)
    assert chart(editor).canvas.points_mode
    return editor


def amount(chair: Chair, editor: SessionEditor, typed: str) -> None:
    type_into(chair.qtbot, chart(editor).amount, decimal(typed))


def stored_line(chair: Chair, editor: SessionEditor) -> object:
    chair.save(editor)
    assert editor.saved_session is not None, errors_shown(editor)
    [session] = chair.sessions()
    return session.entry.treatments[0]


def test_points_are_stored_with_their_product_and_amount_and_sum_the_volume(
    chair: Chair,
) -> None:
    editor = ready(chair, ("AquaVeil", "NCTF"))
    first, second, third = spots(editor, ZONE, 3)
    amount(chair, editor, "0.05")
    click_at(chair.qtbot, editor, *first)
    chart(editor).product_choice.setCurrentIndex(1)
    amount(chair, editor, "0.125")
    click_at(chair.qtbot, editor, *second)
    chart(editor).product_choice.setCurrentIndex(0)
    amount(chair, editor, "0.3")
    click_at(chair.qtbot, editor, *third)
    points = points_of(editor)
    assert [(p.product, p.amount_ml) for p in points] == [(0, 0.05), (1, 0.125), (0, 0.3)]
    assert [label for *_, label in chart(editor).canvas.markers] == ["1", "2", "3"]
    rows = editor.line_editors[0].products
    assert shown(rows[0].volume_ml) == decimal("0.35")
    assert shown(rows[1].volume_ml) == decimal("0.125")
    assert rows[0].volume_ml.isReadOnly() and "points" in rows[0].volume_ml.toolTip()

    line = stored_line(chair, editor)
    assert line.zones == (ZONE,)  # type: ignore[attr-defined]
    assert line.points == tuple(points)  # type: ignore[attr-defined]
    assert [p.volume_ml for p in line.products] == [0.35, 0.125]  # type: ignore[attr-defined]


def test_points_are_numbered_across_the_sessions_lines(chair: Chair) -> None:
    editor = ready(chair)
    amount(chair, editor, "0.1")
    click_zone(chair.qtbot, editor, ZONE)
    QTest.keyClick(chart(editor).canvas, Qt.Key.Key_P)
    thigh = ZoneRef(Diagram.BODY_FRONT, Area.THIGHS, Side.RIGHT)
    click_zone(chair.qtbot, editor, thigh)
    second = editor.line_editors[1]
    second.add_product_button.click()
    QTest.keyClick(chart(editor).canvas, Qt.Key.Key_P)
    for spot in spots(editor, thigh, 2):
        click_at(chair.qtbot, editor, *spot)
    assert [label for *_, label in chart(editor).canvas.markers] == ["2", "3"]
    assert "Point 3 added" in chart(editor).message.text()


@pytest.mark.parametrize(
    "where", ["unmarked-zone", "no-zone"], ids=["in-an-unmarked-zone", "outside-every-zone"]
)
def test_a_point_outside_the_marked_zones_is_refused_and_nothing_stored(
    chair: Chair, where: str
) -> None:
    editor = ready(chair)
    amount(chair, editor, "0.05")
    if where == "unmarked-zone":
        click_zone(chair.qtbot, editor, CHEEK)
    else:
        click_at(chair.qtbot, editor, 0.02, 0.02)
    assert points_of(editor) == []
    assert "No point there" in chart(editor).message.text()
    line = stored_line(chair, editor)
    assert line.points == ()  # type: ignore[attr-defined]
    assert line.zones == (ZONE,)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("typed", "said"), [("6", "5"), ("0", "5"), ("0.0005", "3"), ("x", "5")])
def test_an_amount_not_allowed_refuses_the_point_visibly(
    chair: Chair, typed: str, said: str
) -> None:
    editor = ready(chair)
    amount(chair, editor, typed)
    click_zone(chair.qtbot, editor, ZONE)
    assert points_of(editor) == []
    error = errors_shown(editor).get("point_amount_error", "")
    assert said in error
    assert shown(chart(editor).amount) == decimal(typed), "kept as typed, never clamped"
    before = chair.sessions()
    chair.save(editor)
    assert chair.sessions() == before, "Save refused while the amount is not one allowed"
    amount(chair, editor, "0.5")
    click_zone(chair.qtbot, editor, ZONE)
    assert [p.amount_ml for p in points_of(editor)] == [0.5]


def test_a_line_without_a_product_takes_no_point(chair: Chair) -> None:
    editor = ready(chair, products=())
    amount(chair, editor, "0.05")
    click_zone(chair.qtbot, editor, ZONE)
    assert points_of(editor) == []
    assert "no product" in chart(editor).message.text()


def test_a_point_is_dragged_within_its_zone_and_refused_outside_it(chair: Chair) -> None:
    editor = ready(chair)
    amount(chair, editor, "0.05")
    click_zone(chair.qtbot, editor, ZONE)
    start = hits.centroid(ZONE)
    target = near_centroid(ZONE, 0.015, 0.01)
    drag(editor, start, target)
    [moved] = points_of(editor)
    assert (moved.x, moved.y) == pytest.approx(target, abs=0.005)
    assert hits.contains(ZONE, moved.x, moved.y)
    drag(editor, (moved.x, moved.y), hits.centroid(CHEEK))
    assert points_of(editor) == [moved]
    assert "stays where it was" in chart(editor).message.text()
    line = stored_line(chair, editor)
    assert line.points == (moved,)  # type: ignore[attr-defined]


def test_arrows_nudge_the_selected_point_and_delete_removes_it(chair: Chair) -> None:
    editor = ready(chair)
    amount(chair, editor, "0.05")
    click_zone(chair.qtbot, editor, ZONE)
    canvas = chart(editor).canvas
    [first] = points_of(editor)
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    [nudged] = points_of(editor)
    assert (nudged.x, nudged.y) == pytest.approx((first.x + NUDGE_STEP, first.y + NUDGE_STEP))
    volume = editor.line_editors[0].products[0].volume_ml
    assert volume.isReadOnly()
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert points_of(editor) == []
    assert not volume.isReadOnly(), "the last point gone, the volume is typed again"
    assert shown(volume) == decimal("1"), "the volume it held before its points"
    assert editor.line_editors[0].products[0].remove_button.isEnabled()


def test_a_typed_volume_taken_over_by_points_is_said_and_given_back(chair: Chair) -> None:
    editor = ready(chair)
    row = editor.line_editors[0].products[0]
    type_into(chair.qtbot, row.volume_ml, decimal("2"))
    amount(chair, editor, "0.05")
    first, second = spots(editor, ZONE, 2)
    click_at(chair.qtbot, editor, *first)
    assert shown(row.volume_ml) == decimal("0.05") and row.volume_ml.isReadOnly()
    message = chart(editor).message.text()
    assert "Point 1 added in Forehead." in message
    assert (
        f"Product 1's volume is now the sum of its points, {decimal('0.05')} ml "
        "(2 ml before" in message
    )
    click_at(chair.qtbot, editor, *second)  # nothing more taken over
    assert "volume" not in chart(editor).message.text()
    canvas = chart(editor).canvas
    focus(chair.qtbot, canvas)
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert "volume" not in chart(editor).message.text(), "a point is left"
    QTest.keyClick(canvas, Qt.Key.Key_PageUp)
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert points_of(editor) == []
    assert shown(row.volume_ml) == decimal("2") and not row.volume_ml.isReadOnly()
    assert "Product 1 has no points left: its volume is 2 ml again" in (
        chart(editor).message.text()
    )
    line = stored_line(chair, editor)
    assert [p.volume_ml for p in line.products] == [2.0]  # type: ignore[attr-defined]


def test_the_menu_of_a_point_deletes_it(chair: Chair) -> None:
    editor = ready(chair)
    amount(chair, editor, "0.05")
    first, second = spots(editor, ZONE, 2)
    click_at(chair.qtbot, editor, *first)
    click_at(chair.qtbot, editor, *second)
    menu = chart(editor).canvas.point_menu(QPointF(place(editor, *first)))
    assert menu is not None
    [delete] = menu.actions()
    assert delete.text() == "Delete point 1"
    delete.trigger()
    assert [p.x for p in points_of(editor)] == [pytest.approx(second[0], abs=0.005)]
    assert chart(editor).canvas.markers[0][2] == "1", "renumbered"


def test_a_selected_points_amount_and_product_are_changed_in_the_tools(chair: Chair) -> None:
    editor = ready(chair, ("AquaVeil", "NCTF"))
    amount(chair, editor, "0.05")
    first, second = spots(editor, ZONE, 2)
    click_at(chair.qtbot, editor, *first)
    click_at(chair.qtbot, editor, *second)
    QTest.keyClick(chart(editor).canvas, Qt.Key.Key_P)  # points off: clicks select
    click_zone(chair.qtbot, editor, ZONE)  # on point 1's marker
    assert chart(editor).point == 0
    amount(chair, editor, "0.2")
    panel = chart(editor)
    panel.product_choice.setCurrentIndex(1)
    panel.product_choice.activated.emit(1)
    assert [(p.product, p.amount_ml) for p in points_of(editor)] == [(1, 0.2), (0, 0.05)]
    assert "Product 2's volume is now the sum of its points" in panel.message.text()
    rows = editor.line_editors[0].products
    assert [shown(row.volume_ml) for row in rows] == [decimal("0.05"), decimal("0.2")]


def test_a_product_with_points_is_not_removed_and_an_earlier_ones_removal_keeps_them(
    chair: Chair,
) -> None:
    editor = ready(chair, ("AquaVeil", "NCTF"))
    chart(editor).product_choice.setCurrentIndex(1)
    amount(chair, editor, "0.05")
    click_zone(chair.qtbot, editor, ZONE)
    first, second = editor.line_editors[0].products
    assert not second.remove_button.isEnabled()
    first.remove_button.click()
    [point] = points_of(editor)
    assert point.product == 0
    line = stored_line(chair, editor)
    assert [p.product_name for p in line.products] == ["NCTF"]  # type: ignore[attr-defined]
    assert line.points == (ChartPoint(ZONE, point.x, point.y, 0, 0.05),)  # type: ignore[attr-defined]


def test_an_area_with_points_outside_it_is_kept(chair: Chair) -> None:
    editor = ready(chair)
    amount(chair, editor, "0.05")
    click_zone(chair.qtbot, editor, ZONE)
    line = editor.line_editors[0]
    line.area.set_value(Area.NECK)
    assert line.area.value() == Area.FULL_FACE.value
    assert "Forehead" in chart(editor).message.text()
    assert len(points_of(editor)) == 1


def test_page_keys_pick_the_points_for_the_arrows_and_delete(chair: Chair) -> None:
    editor = ready(chair)
    amount(chair, editor, "0.05")
    for spot in spots(editor, ZONE, 2):
        click_at(chair.qtbot, editor, *spot)
    canvas = chart(editor).canvas
    QTest.keyClick(canvas, Qt.Key.Key_P)
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.selected is None
    QTest.keyClick(canvas, Qt.Key.Key_PageDown)
    assert canvas.selected == 0 and "Point 1 selected" in chart(editor).message.text()
    QTest.keyClick(canvas, Qt.Key.Key_PageDown)
    assert canvas.selected == 1
    first, second = points_of(editor)
    towards_first = -1 if second.x > first.x else 1
    arrow = Qt.Key.Key_Left if towards_first < 0 else Qt.Key.Key_Right
    QTest.keyClick(canvas, arrow, Qt.KeyboardModifier.ShiftModifier)
    assert points_of(editor)[1].x == pytest.approx(second.x + towards_first * 4 * NUDGE_STEP)
    QTest.keyClick(canvas, Qt.Key.Key_PageUp)
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert [p.y for p in points_of(editor)] == [pytest.approx(second.y)]
