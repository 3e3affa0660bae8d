"""No English in a Greek window (issue 14, docs/translation-plan.md §5.3).

mesolog started in Greek as the application starts it (`mesolog.app.start_language("el")`:
the shipped `mesolog_el.qm` and `qtbase_el.qm`, the el_GR locale), on a demo clinic filled
in Greek; every window and dialog of mesolog.ui opened in a state that shows its content
(tests/ui/greek_screens.py) and walked (tests/ui/greek_walker.py). Two checks:

- no text a window shows is the English source of a message the Greek catalogue translates
  (nor its English plural forms, nor Qt's own words);
- no text has a Latin-script word of four letters or more that is neither the clinic's own
  data (every text the demo database holds) nor a word the Greek catalogue itself writes in
  Latin script, nor on `ALLOWED`: English never marked for translation.

Everything is opened once, in a module fixture that removes the translations again and
puts English back before the first test runs. Skipped only when `mesolog_el.qm` was not
built (`bash tools/translations.sh release`).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlalchemy import MetaData, select

from mesolog import resource_files
from mesolog.app import start_language
from mesolog.language import preference
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.ui.records.passphrase_dialog import PassphraseDialog
from mesolog.ui.settings.settings_dialog import SettingsDialog
from tests.ui.common.catalogue_support import extraction, greek_catalogue
from tests.ui.conftest import Speak
from tests.ui.greek_screens import Screens
from tests.ui.greek_walker import (
    LATIN_WORD,
    Seen,
    english_sources,
    latin_words,
    shown_texts,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TRANSLATIONS = resource_files.resources_folder() / "translations"
ALLOWED = {
    "mesolog",  # the program's name
    "postgresql",  # the database servers' names
    "sqlite",
    "ctrl",  # a shortcut's keys, as the keyboard writes them
    "shift",
    "english",  # the language's own name in the language choice, never translated
    "sqlcipher",  # the encryption library's name
    "backups",  # the backup folder's name on disk
}


WINDOWS = {
    "MainWindow",
    "SessionEditor",
    "RecoveredCopy",
    "PatientDialog",
    "CourseDialog",
    "SummaryOptionsDialog",
    "SettingsDialog",
    "AuditDialog",
    "AnchorCheckDialog",
    "BackupDialog",
    "EncryptDialog",
    "PassphraseDialog",
    "ImportProblemsDialog",
    "JobProgressDialog",
    "ProductsWindow",
    "ProductDialog",
    "LotDialog",
    "TemplatesWindow",
    "TemplateDialog",
    "RecallWindow",
    "ReactionsDialog",
    "PhotoViewer",
    "CompareDialog",
    "AddPhotosDialog",
    "UsersDialog",
    "AccountDialog",
    "ChangePasswordDialog",
    "ResetPasswordDialog",
    "FirstAccountDialog",
    "LogInDialog",
    "LockDialog",
    "QInputDialog",
}
"""mesolog.ui's windows and dialogs (AccountForm's four kinds each), and a question asked."""


def _missing_catalogue() -> bool:
    return not (TRANSLATIONS / "mesolog_el.qm").is_file()


@pytest.fixture(scope="module")
def walked(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> list[Seen]:
    if _missing_catalogue():
        pytest.skip("mesolog_el.qm is not built: run bash tools/translations.sh release")
    folder = tmp_path_factory.mktemp("greek")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qt"))
    before, locale = set(qapp.findChildren(QTranslator)), QLocale()
    seen: list[Seen] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(preference, "preference_file", lambda: folder / "language")
        try:
            start_language(qapp, "el")
            with Clinic.open(str(folder / "demo.sqlite"), actor="δοκιμή") as clinic:
                DemoService(clinic.context).fill(language="el")
                clinic.templates.add_shipped("el")
                SettingsDialog.set_clinician_name("Δρ Ελένη Μάρκου")

                def visit(screen: str, top: QWidget) -> None:
                    QApplication.processEvents()
                    seen.extend(shown_texts(screen, top))

                screens = Screens(clinic, folder, visit)
                screens.open_all()
                screens.window.close()
                seen.append(Seen("(data)", "", "\n".join(_data_texts(clinic))))
        finally:
            for translator in set(qapp.findChildren(QTranslator)) - before:
                qapp.removeTranslator(translator)
                translator.setParent(None)
            QLocale.setDefault(locale)
    return seen


def _data_texts(clinic: Clinic) -> Iterator[str]:
    """Every text the clinic's database holds (names, products, notes, audit details)."""
    engine = clinic.context.db.engine
    tables = MetaData()
    tables.reflect(engine)
    with engine.connect() as connection:
        for table in tables.sorted_tables:
            for row in connection.execute(select(table)):
                yield from (value for value in row if isinstance(value, str))


def _screens(seen: list[Seen]) -> list[Seen]:
    return [s for s in seen if s.screen != "(data)"]


def test_every_window_and_dialog_was_walked(walked: list[Seen]) -> None:
    names = {s.screen.split(" (")[0].split(":")[0] for s in _screens(walked)}
    assert names >= WINDOWS, ", ".join(sorted(WINDOWS - names))


def test_no_window_shows_the_english_of_a_translated_message(walked: list[Seen]) -> None:
    english = english_sources(
        [TRANSLATIONS / "mesolog_el.ts", TRANSLATIONS / "qtbase_el.ts"],
        TRANSLATIONS / "mesolog_en.ts",
    )
    left = sorted({str(s) for s in _screens(walked) if english.source_in(s.text)})
    assert left == [], f"{len(left)} texts in English:\n" + "\n".join(left)


def test_no_window_shows_latin_words_never_marked_for_translation(walked: list[Seen]) -> None:
    english = english_sources(
        [TRANSLATIONS / "mesolog_el.ts", TRANSLATIONS / "qtbase_el.ts"],
        TRANSLATIONS / "mesolog_en.ts",
    )
    [data] = [s.text for s in walked if s.screen == "(data)"]
    allowed = ALLOWED | english.kept_latin | {w.casefold() for w in LATIN_WORD.findall(data)}
    unmarked = sorted(
        {
            str(s)
            for s in _screens(walked)
            if not english.source_in(s.text)
            and any(w.casefold() not in allowed for w in latin_words(s.text))
        }
    )
    assert unmarked == [], f"{len(unmarked)} texts with Latin words:\n" + "\n".join(unmarked)


# the mechanism, on a catalogue of the test's own


def test_a_translated_context_passes_and_a_text_left_english_is_listed(
    tmp_path: Path, speaking: Speak
) -> None:
    """Every message of PassphraseDialog given Greek but one, and a label built without a
    mark: the walk of the dialog in Greek finds that one as a catalogue's English, and both
    as Latin words; nothing else of it."""
    own = [(context, source) for context, source in _extracted() if context == "PassphraseDialog"]
    left = ("PassphraseDialog", "Show the passphrase")
    assert left in own
    greek = {key: f"Ελληνικό κείμενο {i}" for i, key in enumerate(own) if key != left}
    greek_catalogue(tmp_path, greek)
    ts = (tmp_path / "mesolog_el.ts").read_text(encoding="utf-8")
    speaking("el", ts)
    english = english_sources([tmp_path / "mesolog_el.ts", TRANSLATIONS / "qtbase_el.ts"], None)
    dialog = PassphraseDialog("βάση.sqlite", None, wrong=True, database=True)
    QLabel("Built without a mark", dialog).setObjectName("unmarked")
    dialog.show()
    walked = shown_texts("PassphraseDialog", dialog)
    dialog.close()
    found = [(s.where, s.text) for s in walked if english.source_in(s.text)]
    assert found == [("show_passphrase.accessibleName", left[1])]
    latin = {s.where: latin_words(s.text) for s in walked if latin_words(s.text)}
    assert latin == {
        "show_passphrase.accessibleName": ["Show", "passphrase"],
        "unmarked.text": ["Built", "without", "mark"],
    }, "the looser check sees both, the English of the catalogue and that never marked"


def _extracted() -> list[tuple[str, str]]:
    root = ET.fromstring(extraction())
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    ]
