"""A session's reactions typed key by key: the severity, the day a reaction resolved on and
its notes. Each value typed is stored exactly, or refused beside its field with nothing
stored (tests/ui/sessions/typed_session.py).

The session edited is a draft of five days ago (5 March 2026): a reaction resolved on a
day from then to today (10 March)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import ReactionKind, Severity
from mesolog.domain.records import Reaction, SessionInput
from mesolog.ui.common.dates import shown_date
from mesolog.ui.sessions.reaction_editor import ReactionEditor, ReactionRow
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.locale_support import date_keys
from tests.typing_support import Typed, shown, type_into
from tests.ui.sessions.typed_session import (
    Chair,
    Field,
    case,
    check_typed,
    date_shown,
    no_such_day_keys,
    tab_in_and_type,
    text_shown,
)

TODAY = dt.date(2026, 3, 10)
SESSION_DAY = dt.date(2026, 3, 5)
DAYS_AGO = (TODAY - SESSION_DAY).days


def bruising(editor: SessionEditor) -> ReactionRow:
    """The bruising row, shown by pressing its toggle."""
    reactions = editor.reaction_editor
    reactions.toggles[ReactionKind.BRUISING].click()
    return reactions.row_for(ReactionKind.BRUISING)


def reaction_stored(entry: SessionInput) -> Reaction:
    [reaction] = entry.reactions
    return reaction


def severity_shown(severity: Any) -> str:
    return {Severity.SEVERE: "severe", Severity.MODERATE: "moderate"}[severity]


SEVERITY = Field(
    "severity",
    lambda editor: bruising(editor).severity,
    lambda entry: reaction_stored(entry).severity,
    severity_shown,
    "s",
)
RESOLVED_ON = Field(
    "resolved-on",
    lambda editor: bruising(editor).resolved_on,
    lambda entry: reaction_stored(entry).resolved_on,
    date_shown,
    date_keys(dt.date(2026, 3, 8)),
)
NOTES = Field(
    "reaction-notes",
    lambda editor: bruising(editor).notes,
    lambda entry: reaction_stored(entry).notes,
    text_shown,
    "Μώλωπας",
)


@pytest.mark.parametrize(
    ("field_", "typed"),
    [
        case(SEVERITY, Typed("valid-s", "s", Severity.SEVERE)),
        case(SEVERITY, Typed("valid-mo", "mo", Severity.MODERATE)),
    ],
)
def test_the_severity_is_chosen_by_typing_its_first_letters(
    chair: Chair, field_: Field, typed: Typed
) -> None:
    check_typed(chair, field_, typed, session=chair.draft(DAYS_AGO), way=tab_in_and_type)


@pytest.mark.parametrize(
    ("field_", "typed"),
    [
        case(RESOLVED_ON, Typed("valid", date_keys(dt.date(2026, 3, 8)), dt.date(2026, 3, 8))),
        case(RESOLVED_ON, Typed("too-high", date_keys(dt.date(2026, 3, 11)), refused="today")),
        case(
            RESOLVED_ON,
            Typed("too-low", date_keys(dt.date(2026, 3, 4)), refused=SESSION_DAY.isoformat()),
        ),
        case(RESOLVED_ON, Typed("garbage", no_such_day_keys(31, 2, 2026), refused="")),
        case(RESOLVED_ON, Typed("empty", "", None)),
        case(NOTES, Typed("valid", "Μώλωπας αριστερά, 2 cm", "Μώλωπας αριστερά, 2 cm")),
        case(NOTES, Typed("empty", "", "")),
    ],
)
def test_the_resolution_date_and_the_notes(chair: Chair, field_: Field, typed: Typed) -> None:
    check_typed(chair, field_, typed, session=chair.draft(DAYS_AGO))


def test_a_resolution_date_typed_over_another(chair: Chair) -> None:
    typed = Typed("retyped", date_keys(dt.date(2026, 3, 9)), dt.date(2026, 3, 9))
    check_typed(chair, RESOLVED_ON, typed, session=chair.draft(DAYS_AGO), over=True)


def test_the_resolution_date_typed_is_kept_in_the_draft(qtbot: QtBot) -> None:
    editor = ReactionEditor(lambda: TODAY)
    qtbot.addWidget(editor)
    editor.show()
    editor.toggles[ReactionKind.BRUISING].click()
    resolved = editor.row_for(ReactionKind.BRUISING).resolved_on
    assert shown(resolved) == ""
    assert editor.reactions() == (Reaction(ReactionKind.BRUISING, Severity.MILD),)

    with qtbot.waitSignal(editor.changed):
        type_into(qtbot, resolved, date_keys(dt.date(2026, 3, 8)))

    assert shown(resolved) == shown_date(dt.date(2026, 3, 8))
    stored = Reaction(ReactionKind.BRUISING, Severity.MILD, resolved_on=dt.date(2026, 3, 8))
    assert editor.reactions() == (stored,)
    copy = ReactionEditor(lambda: TODAY)
    qtbot.addWidget(copy)
    copy.load_payload(editor.to_payload())
    assert copy.reactions() == (stored,)
