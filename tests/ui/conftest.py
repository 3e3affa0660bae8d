"""Every window test gets its own settings store (tests/qt_fixtures.py has the Qt fixtures)."""

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def isolated_settings(qt_settings: None) -> None:
    """QSettings of every test under tests/ui live in that test's own folder."""


@pytest.fixture(autouse=True)
def unanswered_boxes_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box no test answers would wait for a click that never comes: it
    fails the test at once, naming its text (tests/qt_fixtures.py `answer_signing`
    answers the question before signing)."""

    def unanswered(box: QMessageBox) -> int:
        pytest.fail(f"a message box waited for an answer: {box.text()!r}")

    def unanswered_static(_parent: object, _title: str, text: str, *_: object) -> int:
        pytest.fail(f"a message box waited for an answer: {text!r}")

    monkeypatch.setattr(QMessageBox, "exec", unanswered)
    for kind in ("warning", "critical", "information", "question"):
        # the static ones run their own loop in C++, past the exec above (the `boxes`
        # fixture records them instead)
        monkeypatch.setattr(QMessageBox, kind, staticmethod(unanswered_static))
