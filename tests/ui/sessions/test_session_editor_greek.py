"""The session editor in Greek: a catalogue made from what pyside6-lupdate extracts of
mesolog/ui/sessions (as tools/translations.sh runs it), a few of its messages translated,
compiled by lrelease and installed in the application, turns those words Greek in the real
widgets (a group's title, buttons, a label, words typed key by key refused, plurals), and
leaves every other word English. So each of them is extracted under the context the code
looks it up with at run time. Without a catalogue the words are the English they were."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QPushButton

from mesolog.domain.enums import Area
from mesolog.domain.records import (
    NeedleTechnique,
    PreTreatment,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.ui.common.dates import shown_date
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.language.qm_support import compiled
from tests.locale_support import date_keys
from tests.typing_support import focus, type_into, type_keys
from tests.ui.sessions.typed_session import CLINICIAN, Chair, error_beside

ROOT = Path(__file__).parents[3]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

GREEK: dict[tuple[str, str], str | tuple[str, str]] = {
    ("SessionForm", "Session"): "Συνεδρία",
    ("SessionForm", "Treatment"): "Θεραπεία",
    ("SessionForm", "&Date and time"): "&Ημερομηνία και ώρα",
    ("SessionEditor", "Save draft"): "Αποθήκευση πρόχειρου",
    ("SessionEditor", "Cancel"): "Άκυρο",
    ("SessionEditor", "A&mend…"): "&Διόρθωση…",
    ("SessionEditor", "&Back to the session"): "&Πίσω στη συνεδρία",
    ("SessionEditor", "Not saved: a lot has expired; change it, then save."): (
        "Δεν αποθηκεύτηκε: μια παρτίδα έχει λήξει· αλλάξτε την και αποθηκεύστε."
    ),
    ("SessionEditor", "the reason for the amendment is required"): (
        "ο λόγος της διόρθωσης είναι υποχρεωτικός"
    ),
    (
        "SessionEditor",
        "Last aspirin/NSAID: %1 before the session of %2, so %3 if none was taken since; "
        "ask again.",
    ): "Τελευταία ασπιρίνη/ΜΣΑΦ: %1 πριν από τη συνεδρία της %2, άρα %3 αν δεν ελήφθη "
    "άλλη από τότε· ρωτήστε ξανά.",
    ("ProductRow", "This lot expired on %1, before the session (%2): use a lot in date."): (
        "Η παρτίδα έληξε στις %1, πριν από τη συνεδρία (%2): χρησιμοποιήστε παρτίδα σε ισχύ."
    ),
    ("SessionCounts", "Not saved: %n value(s) to correct, marked in red."): (
        "Δεν αποθηκεύτηκε: %n τιμή προς διόρθωση, σημειωμένη με κόκκινο.",
        "Δεν αποθηκεύτηκε: %n τιμές προς διόρθωση, σημειωμένες με κόκκινο.",
    ),
    ("SessionCounts", "&Sign with %n warnings"): (
        "&Υπογραφή με %n προειδοποίηση",
        "&Υπογραφή με %n προειδοποιήσεις",
    ),
    ("SessionCounts", "%n days"): ("%n ημέρα", "%n ημέρες"),
    ("SessionCounts", "%n days ago"): ("πριν από %n ημέρα", "πριν από %n ημέρες"),
}


def lupdate(ts: Path) -> ET.Element:
    """The catalogue pyside6-lupdate makes of mesolog/ui/sessions, told of the markers as
    tools/translations.sh tells it."""
    script = (ROOT / "tools" / "translations.sh").read_text(encoding="utf-8")
    aliases = re.search(r"^ALIASES=(\S+)$", script, re.MULTILINE)
    assert aliases is not None
    modules = sorted(str(path) for path in (ROOT / "mesolog" / "ui" / "sessions").glob("*.py"))
    options = ["-silent", "-locations", "none", "-tr-function-alias", aliases[1]]
    subprocess.run(
        [str(LUPDATE), *options, *modules, "-target-language", "el_GR", "-ts", str(ts)], check=True
    )
    return ET.parse(ts).getroot()


def translated(root: ET.Element) -> set[tuple[str, str]]:
    """Fills in GREEK where lupdate put each message; returns the messages it found."""
    found = set()
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            greek = GREEK.get(key)
            translation = message.find("translation")
            if greek is None or translation is None:
                continue
            assert (message.get("numerus") == "yes") == isinstance(greek, tuple), key
            translation.attrib.pop("type", None)
            if isinstance(greek, tuple):
                for form in list(translation):
                    translation.remove(form)
                for text in greek:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = greek
            found.add(key)
    return found


@pytest.fixture(scope="module")
def greek_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("greek")
    ts = folder / "sessions_el.ts"
    root = lupdate(ts)
    assert translated(root) == set(GREEK), "each is extracted under the context it is read in"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    return compiled(ts, folder)


@pytest.fixture
def greek(qapp: QCoreApplication, greek_qm: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(greek_qm))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def button(editor: SessionEditor, name: str) -> QPushButton:
    found = editor.findChild(QPushButton, name)
    assert found is not None, name
    return found


def group_titles(editor: SessionEditor) -> list[str]:
    return [box.title() for box in editor.session_form.findChildren(QGroupBox)]


def reason_error(editor: SessionEditor) -> QLabel:
    found = editor.findChild(QLabel, "reason_error")
    assert found is not None
    return found


def buddy_texts(editor: SessionEditor) -> set[str]:
    return {label.text() for label in editor.findChildren(QLabel) if label.buddy() is not None}


def signed_with_nsaids(chair: Chair, days_paused: int, days_ago: int) -> Session:
    when = chair.clinic.context.now() - dt.timedelta(days=days_ago)
    line = TreatmentLine(Area.FULL_FACE, NeedleTechnique(2.0))
    entry = SessionInput(
        when, CLINICIAN, (line,), chair.course.id, pre_treatment=PreTreatment(days_paused, None)
    )
    return chair.clinic.sessions.sign(
        chair.clinic.sessions.create_draft(chair.patient.id, entry).id
    )


def warned(chair: Chair) -> None:
    """The chair's patient with allergies and an NSAID among the medications: warnings."""
    careful = replace(chair.patient.details, medications="Nurofen", allergies="latex")
    saved = chair.clinic.patients.update(chair.patient.id, careful, read=chair.patient)
    chair.patient = saved.record


def sign_buttons(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The question before signing answered "Back to the session"; the texts of its buttons
    are kept, the signing one first."""
    asked: list[list[str]] = []

    def exec_(box: QMessageBox) -> int:
        accept = QMessageBox.ButtonRole.AcceptRole
        texts = sorted(box.buttons(), key=lambda b: box.buttonRole(b) != accept)
        asked.append([b.text() for b in texts])
        box.escapeButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


@pytest.mark.usefixtures("greek")
def test_its_groups_buttons_and_labels_are_greek_and_the_rest_english(chair: Chair) -> None:
    editor = chair.open()
    titles = group_titles(editor)
    assert titles[:2] == ["Συνεδρία", "Θεραπεία"]
    assert "Reactions" in titles, "not translated in the catalogue: English"
    assert button(editor, "save_draft").text() == "Αποθήκευση πρόχειρου"
    assert button(editor, "cancel").text() == "Άκυρο"
    assert button(editor, "sign").text() == "Sign…"
    assert "&Ημερομηνία και ώρα" in buddy_texts(editor)


@pytest.mark.usefixtures("greek")
def test_an_expired_lot_typed_key_by_key_is_refused_in_greek(chair: Chair) -> None:
    editor = chair.open()
    row = editor.line_editors[0].add_product()
    day = chair.clinic.context.today()
    expired = day - dt.timedelta(days=3)
    type_into(chair.qtbot, row.expiry_date, date_keys(expired))
    label = error_beside(row.expiry_date)
    assert label.isVisible(), "said at once"
    assert label.text() == (
        f"Η παρτίδα έληξε στις {shown_date(expired)}, πριν από τη συνεδρία "
        f"({shown_date(day)}): χρησιμοποιήστε παρτίδα σε ισχύ."
    )
    chair.save(editor)
    assert editor.frame.status.text() == (
        "Δεν αποθηκεύτηκε: μια παρτίδα έχει λήξει· αλλάξτε την και αποθηκεύστε."
    )


@pytest.mark.usefixtures("greek")
def test_an_amendment_without_a_reason_is_refused_in_greek_in_the_singular(
    chair: Chair,
) -> None:
    session = chair.clinic.sessions.sign(chair.draft(3).id)
    editor = chair.open(session)
    amend = button(editor, "amend")
    assert amend.text() == "&Διόρθωση…"
    amend.click()
    reason = editor.frame.amendment_reason
    focus(chair.qtbot, reason)
    type_keys(reason, "   ")
    button(editor, "sign_amendment").click()
    assert reason_error(editor).text() == "Ο λόγος της διόρθωσης είναι υποχρεωτικός"
    assert editor.frame.status.text() == (
        "Δεν αποθηκεύτηκε: 1 τιμή προς διόρθωση, σημειωμένη με κόκκινο."
    )


@pytest.mark.usefixtures("greek")
def test_signing_with_warnings_counts_them_in_greek(
    chair: Chair, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned(chair)
    asked = sign_buttons(monkeypatch)
    editor = chair.open()
    warnings = editor.session_form.warnings()
    assert len(warnings) > 1
    chair.sign(editor)
    assert asked == [[f"&Υπογραφή με {len(warnings)} προειδοποιήσεις", "&Πίσω στη συνεδρία"]]
    assert chair.sessions() == (), "gone back to the session"


@pytest.mark.usefixtures("greek")
def test_the_nsaid_answer_carried_forward_counts_days_in_greek(chair: Chair) -> None:
    then = signed_with_nsaids(chair, days_paused=1, days_ago=10)
    notice = chair.open().frame.notice.text()
    assert (
        f"Τελευταία ασπιρίνη/ΜΣΑΦ: 1 ημέρα πριν από τη συνεδρία της {shown_date(then.performed_on)}"
        ", άρα πριν από 11 ημέρες αν δεν ελήφθη άλλη από τότε· ρωτήστε ξανά."
    ) in notice


def test_without_a_catalogue_the_same_words_are_english(
    chair: Chair, monkeypatch: pytest.MonkeyPatch
) -> None:
    then = signed_with_nsaids(chair, days_paused=1, days_ago=10)
    warned(chair)
    editor = chair.open()
    assert group_titles(editor) == ["Session", "Treatment", "Reactions", "Outcome"]
    assert button(editor, "save_draft").text() == "Save draft"
    assert "&Date and time" in buddy_texts(editor)
    assert (
        f"Last aspirin/NSAID: 1 days before the session of {shown_date(then.performed_on)}, "
        "so 11 days ago if none was taken since; ask again."
    ) in editor.frame.notice.text()
    asked = sign_buttons(monkeypatch)
    chair.sign(editor)
    count = len(editor.session_form.warnings())
    assert asked == [[f"&Sign with {count} warnings", "&Back to the session"]]

    amended = chair.open(then)
    button(amended, "amend").click()
    button(amended, "sign_amendment").click()
    assert reason_error(amended).text() == "The reason for the amendment is required"
    assert amended.frame.status.text() == "Not saved: 1 value(s) to correct, marked in red."
