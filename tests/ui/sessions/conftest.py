"""The fixture of the session editor's typed-input tests (tests/ui/sessions/typed_session.py)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from mesolog.services.clinic import Clinic
from tests.qt_fixtures import Boxes

pytest.register_assert_rewrite("tests.ui.sessions.typed_session")

from tests.ui.sessions.typed_session import Chair, answer_questions  # noqa: E402


@pytest.fixture
def chair(qtbot: QtBot, clinic: Clinic, boxes: Boxes, monkeypatch: pytest.MonkeyPatch) -> Chair:
    return Chair(qtbot, clinic, boxes, answer_questions(monkeypatch))
