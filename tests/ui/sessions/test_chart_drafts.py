"""The chart in what the editor keeps and starts from: a new session copies last time's
zones and points (a repeat is still one key), the copy kept while typing holds them (a
crash loses none), and a copy kept before charts still opens."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from mesolog.domain.diagram_ids import Diagram, ZoneRef
from mesolog.domain.enums import Area
from mesolog.domain.records import SessionInput, TreatmentLine
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.locale_support import decimal
from tests.typing_support import shown
from tests.ui.sessions.chart_clicks import chart, charted_line, click_zone, points_of
from tests.ui.sessions.typed_session import CLINICIAN, Chair


def _last_time(chair: Chair) -> TreatmentLine:
    line = charted_line()
    when = chair.clinic.context.now() - dt.timedelta(days=14)
    chair.clinic.sessions.create_draft(
        chair.patient.id, SessionInput(when, CLINICIAN, (line,), chair.course.id)
    )
    return line


def test_a_new_session_copies_last_times_zones_and_points(chair: Chair) -> None:
    before = _last_time(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    assert line.chart.zones == list(before.zones)
    assert points_of(editor) == list(before.points)
    assert [shown(row.volume_ml) for row in line.products] == [decimal("0.175"), decimal("0.2")]
    assert all(row.volume_ml.isReadOnly() for row in line.products)
    assert chart(editor).diagram is Diagram.FACE_FRONT
    assert [label for *_, label in chart(editor).canvas.markers] == ["1", "2"]

    chair.save(editor)
    assert editor.saved_session is not None
    [new, _old] = chair.sessions()
    assert new.entry.treatments[0].points == before.points
    assert new.entry.treatments[0].zones == before.zones


def _kept(chair: Chair, editor: SessionEditor) -> dict[str, Any]:
    """The copy the editor keeps two seconds after a change, as the database holds it."""
    editor.autosave_timer.timeout.emit()
    [kept] = chair.clinic.editor_drafts.pending()
    payload = json.loads(kept.payload)
    assert isinstance(payload, dict)
    return payload


def _reopened(chair: Chair, payload: dict[str, Any]) -> SessionEditor:
    editor = SessionEditor(
        chair.clinic, ChangeBus(), chair.patient, clinician=CLINICIAN, restored=payload
    )
    chair.qtbot.addWidget(editor)
    return editor


def test_the_copy_kept_while_typing_holds_the_chart(chair: Chair) -> None:
    before = _last_time(chair)
    editor = chair.open()
    editor.autosave_timer.stop()
    click_zone(chair.qtbot, editor, ZoneRef(Diagram.FACE_FRONT, Area.PERIORAL))
    assert editor.autosave_timer.isActive(), "a click on the chart is kept like a key typed"
    payload = _kept(chair, editor)
    editor.close()

    restored = _reopened(chair, payload)
    line = restored.line_editors[0]
    assert line.chart.zones == [*before.zones, ZoneRef(Diagram.FACE_FRONT, Area.PERIORAL)]
    assert points_of(restored) == list(before.points)
    assert all(row.volume_ml.isReadOnly() for row in line.products)
    assert restored.session_form.to_input().treatments[0].points == before.points


def test_a_copy_kept_before_charts_still_opens(chair: Chair) -> None:
    _last_time(chair)
    editor = chair.open()
    payload = _kept(chair, editor)
    for line in payload["treatments"]:
        del line["zones"], line["points"]
    restored = _reopened(chair, payload)
    assert restored.line_editors[0].chart.zones == []
    assert points_of(restored) == []
    assert not restored.line_editors[0].products[0].volume_ml.isReadOnly()


def test_a_saved_drafts_copy_keeps_the_chart_it_was_typed_on(chair: Chair) -> None:
    _last_time(chair)
    [draft] = chair.sessions()
    editor = chair.open(draft)
    click_zone(chair.qtbot, editor, ZoneRef(Diagram.FACE_FRONT, Area.PERIORAL))
    payload = _kept(chair, editor)
    assert payload["base"]["entry"]["treatments"][0]["points"][0]["zone"]["area"] == "forehead"
