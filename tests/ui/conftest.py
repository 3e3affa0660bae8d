"""Every window test gets its own settings store (tests/qt_fixtures.py has the Qt fixtures)
and reads English: a test of another language asks for it (`speaking`) and leaves English
behind."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from mesolog import resource_files
from mesolog.app import start_language
from mesolog.language.choice import Language
from tests.language.qm_support import compiled

Speak = Callable[..., Language]
"""`speak(code, mesolog_ts="")`: the language started, as `mesolog.app` starts it."""

EMPTY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}"></TS>
"""


@pytest.fixture(autouse=True)
def isolated_settings(qt_settings: None) -> None:
    """QSettings of every test under tests/ui live in that test's own folder."""


@pytest.fixture(autouse=True)
def english_left_behind() -> Iterator[None]:
    """After each window test, Qt's own words are English again (no translation of another
    language left installed), so the next test reads what it expects."""
    yield
    left = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert left == "Cancel", f"a translation was left installed: Cancel reads {left!r}"


@pytest.fixture
def speaking(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Speak]:
    """Starts a language as mesolog's start-up does (`mesolog.app.start_language`), with the
    translations folder of this test: the shipped Qt words (`qtbase_*.ts`) compiled, and
    mesolog's own catalogue compiled from the `.ts` text given (a small one of the test's; the
    shipped one is filled by the translators). Undone after the test: the translations
    removed, the default locale as it was."""
    folder = tmp_path / "resources"
    shipped = resource_files.resources_folder() / "translations"
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()

    def speak(code: str, mesolog_ts: str = "") -> Language:
        translations = folder / "translations"
        translations.mkdir(parents=True, exist_ok=True)
        for ts in shipped.glob("qtbase_*.ts"):
            compiled(ts, translations)
        ts = translations / f"mesolog_{code}.ts"
        ts.write_text(mesolog_ts or EMPTY_TS.format(language=code), encoding="utf-8")
        compiled(ts, translations)
        with monkeypatch.context() as patch:
            patch.setattr(resource_files, "resources_folder", lambda: folder)
            return start_language(qapp, code)

    yield speak
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


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
