"""A session's reactions: the date a reaction resolved on, typed key by key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import ReactionKind, Severity
from mesolog.domain.records import Reaction
from mesolog.ui.sessions.reaction_editor import ReactionEditor

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def greek_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("el_GR"))
    yield
    QLocale.setDefault(before)


def test_the_resolution_date_is_typed_and_kept_in_the_draft(
    qtbot: QtBot, greek_locale: None
) -> None:
    editor = ReactionEditor(lambda: TODAY)
    qtbot.addWidget(editor)
    editor.show()
    editor.toggles[ReactionKind.BRUISING].click()
    resolved = editor.row_for(ReactionKind.BRUISING).resolved_on
    assert resolved.text() == "—"
    assert editor.reactions() == (Reaction(ReactionKind.BRUISING, Severity.MILD),)
    resolved.setFocus()

    with qtbot.waitSignal(editor.changed):
        qtbot.keyClicks(resolved, "08032026")

    assert resolved.text() == "08/03/2026"
    stored = Reaction(ReactionKind.BRUISING, Severity.MILD, resolved_on=dt.date(2026, 3, 8))
    assert editor.reactions() == (stored,)
    copy = ReactionEditor(lambda: TODAY)
    qtbot.addWidget(copy)
    copy.load_payload(editor.to_payload())
    assert copy.reactions() == (stored,)
