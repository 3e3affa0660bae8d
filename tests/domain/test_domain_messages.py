"""The domain's messages for people (what a rule allows, a clinical warning, a refusal) are
`Text`s that lupdate extracts where they are marked, read in English as before, and read in
Greek once a catalogue translates them, numbers and dates written the Greek way."""

from __future__ import annotations

import ast
import datetime as dt
import re
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mesolog.domain import aftercare, limits
from mesolog.domain.conflicts import ConflictError
from mesolog.domain.enums import Indication
from mesolog.domain.ids import CourseId, PatientId
from mesolog.domain.logo import refused_before_reading
from mesolog.domain.records import Course, CourseInput, PatientInput, PreTreatment
from mesolog.domain.session_timing import SessionTiming
from mesolog.domain.text_rules import text_violations
from mesolog.domain.texts import Text
from mesolog.domain.validation import validate_course
from mesolog.domain.warnings import WarningKind, session_warnings
from mesolog.language.choice import language
from mesolog.language.qm_file import Catalogue
from mesolog.language.render import Renderer
from tests.language.qm_support import compiled

ROOT = Path(__file__).parent.parent.parent
DOMAIN = ROOT / "mesolog" / "domain"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
NOT_HERE = {"texts.py", "errors.py", "enum_words.py"}
"""Modules of other work: the markers themselves, the errors, the enum words."""
MODULES = sorted(path for path in DOMAIN.glob("*.py") if path.name not in NOT_HERE)

Marked = tuple[str, str, str | None, bool]
"""(context, source, comment, plural)"""


def marked_in_the_sources() -> set[Marked]:
    """Every phrase() and phrase_n() call of the domain's modules, read with ast."""
    found: set[Marked] = set()
    for path in MODULES:
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
                continue
            if call.func.id in ("phrase", "phrase_n"):
                args = [ast.literal_eval(arg) for arg in call.args]
                comment = args[2] if len(args) > 2 else None
                found.add((args[0], args[1], comment, call.func.id == "phrase_n"))
    return found


def lupdate(ts: Path) -> ET.Element:
    """The catalogue pyside6-lupdate makes of the domain's modules, told of the markers as
    tools/translations.sh tells it."""
    script = (ROOT / "tools" / "translations.sh").read_text(encoding="utf-8")
    aliases = re.search(r"^ALIASES=(\S+)$", script, re.MULTILINE)
    assert aliases is not None
    subprocess.run(
        [
            str(LUPDATE),
            "-silent",
            "-locations",
            "none",
            "-tr-function-alias",
            aliases[1],
            *map(str, MODULES),
            "-target-language",
            "el_GR",
            "-ts",
            str(ts),
        ],
        check=True,
    )
    return ET.parse(ts).getroot()


def test_lupdate_extracts_every_message_with_its_context_comment_and_plural(
    tmp_path: Path,
) -> None:
    root = lupdate(tmp_path / "domain_el.ts")
    extracted = {
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.findtext("comment"),
            message.get("numerus") == "yes",
        )
        for context in root.iter("context")
        for message in context.iter("message")
    }
    marked = marked_in_the_sources()
    assert ("TextRules", "at most %n characters", None, True) in marked
    assert len(marked) > 100
    assert extracted == marked


GREEK: dict[tuple[str, str], str | tuple[str, str]] = {
    ("Limits", "{low} to {high} {unit}"): "{low} έως {high} {unit}",
    ("Limits", "more than {low} and at most {high} {unit}"): "πάνω από {low} και έως {high} {unit}",
    ("Limits", "days"): "ημέρες",
    ("Validation", "a whole number, {range}"): "ακέραιος αριθμός, {range}",
    # %Ln: the count written as the language writes numbers (10.000); %n would be its digits
    ("TextRules", "at most %n characters"): ("έως %Ln χαρακτήρας", "έως %Ln χαρακτήρες"),
    (
        "Warnings",
        "Aspirin or another NSAID taken %n day(s) ago, less than {least}: higher risk of bruising.",
    ): (
        "Ασπιρίνη ή άλλο ΜΣΑΦ πριν από %n ημέρα, λιγότερες από {least}: μεγαλύτερος κίνδυνος "
        "εκχύμωσης.",
        "Ασπιρίνη ή άλλο ΜΣΑΦ πριν από %n ημέρες, λιγότερες από {least}: μεγαλύτερος κίνδυνος "
        "εκχύμωσης.",
    ),
    (
        "SessionTiming",
        "Early for this course: its first session is due from {start} to {end}.",
    ): "Νωρίς για αυτό το πρόγραμμα: η πρώτη του συνεδρία είναι από {start} έως {end}.",
    ("Aftercare", "{days} days before each session"): "{days} ημέρες πριν από κάθε συνεδρία",
}


@pytest.fixture(scope="module")
def greek(tmp_path_factory: pytest.TempPathFactory) -> Renderer:
    """A renderer for Greek with a catalogue made from lupdate's extraction of the domain,
    the messages of GREEK translated, compiled by lrelease."""
    folder = tmp_path_factory.mktemp("domain_greek")
    ts = folder / "domain_el.ts"
    root = lupdate(ts)
    translated = set()
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            if key not in GREEK:
                continue
            translation = message.find("translation")
            assert translation is not None
            del translation.attrib["type"]
            for empty in translation.findall("numerusform"):
                translation.remove(empty)
            forms = GREEK[key]
            if isinstance(forms, tuple):
                assert message.get("numerus") == "yes", key
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms
            translated.add(key)
    assert translated == set(GREEK)
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    catalogue = Catalogue.from_qm(compiled(ts, folder).read_bytes())
    return Renderer(language("el", "el_GR.UTF-8"), lambda: catalogue)


def test_a_range_is_described_in_greek_with_the_decimal_comma(greek: Renderer) -> None:
    assert greek(limits.PEN_DEPTH_MM.describe("mm")) == "0,25 έως 2,5 mm"
    assert greek(limits.VOLUME_ML.describe("ml")) == "πάνω από 0 και έως 50 ml"
    assert str(limits.PEN_DEPTH_MM.describe("mm")) == "0.25 to 2.5 mm"


def test_a_whole_number_of_days_is_refused_in_greek(greek: Renderer) -> None:
    plan = CourseInput(Indication.WRINKLES, 6, dt.date(2024, 5, 1), initial_interval_days=1.5)
    [violation] = validate_course(plan, date_of_birth=dt.date(1980, 1, 1))
    assert greek(violation.allowed) == "ακέραιος αριθμός, 7 έως 60 ημέρες"
    assert str(violation.allowed) == "a whole number, 7 to 60 days"


@pytest.mark.parametrize(
    ("maximum", "greek_words", "english"),
    [
        (1, "έως 1 χαρακτήρας", "at most 1 characters"),
        (40, "έως 40 χαρακτήρες", "at most 40 characters"),
        (limits.TEXT_MAX, "έως 10.000 χαρακτήρες", "at most 10000 characters"),
    ],
)
def test_at_most_so_many_characters_takes_the_greek_plural_form(
    greek: Renderer, maximum: int, greek_words: str, english: str
) -> None:
    [violation] = text_violations("notes", "x" * (maximum + 1), maximum=maximum)
    assert greek(violation.allowed) == greek_words
    assert str(violation.allowed) == english


@pytest.mark.parametrize(
    ("days", "greek_days", "english_days"),
    [(1, "πριν από 1 ημέρα", "taken 1 day(s) ago"), (3, "πριν από 3 ημέρες", "taken 3 day(s)")],
)
def test_a_clinical_warning_is_shown_in_greek_and_recorded_in_english(
    greek: Renderer, days: int, greek_days: str, english_days: str
) -> None:
    patient = PatientInput("Παπαδάκη", "Ελένη", dt.date(1985, 3, 14))
    pre = PreTreatment(nsaids_paused_days=days, consent_confirmed=True)
    [warning] = session_warnings(patient, pre)
    assert warning.kind is WarningKind.NSAIDS_RECENT
    assert greek_days in greek(warning.text)
    assert greek(warning.text).endswith("λιγότερες από 7: μεγαλύτερος κίνδυνος εκχύμωσης.")
    assert warning.message == str(warning.text)
    assert english_days in warning.message


def test_a_course_timing_warning_writes_its_days_in_greek(greek: Renderer) -> None:
    timing = SessionTiming(
        WarningKind.BEFORE_DUE_WINDOW,
        dt.date(2024, 6, 10),
        done=0,
        planned=6,
        last_session_on=None,
        window_start=dt.date(2024, 6, 20),
        window_end=dt.date(2024, 6, 27),
    )
    warning = timing.warning(lambda day: day.strftime("%d/%m/%Y"))
    assert greek(warning.text) == (
        "Νωρίς για αυτό το πρόγραμμα: η πρώτη του συνεδρία είναι από 20 Ιουν 2024 έως 27 Ιουν 2024."
    )
    assert warning.message == (
        "Early for this course: its first session is due from 20/06/2024 to 27/06/2024."
    )
    assert str(warning.text) == (
        "Early for this course: its first session is due from 2024-06-20 to 2024-06-27."
    )


def test_a_message_not_translated_yet_is_its_english(greek: Renderer) -> None:
    [warning] = session_warnings(PatientInput("Α", "Β", dt.date(1985, 3, 14)), PreTreatment())
    assert isinstance(warning.text, Text)
    assert greek(warning.text) == "Consent was not confirmed for this session."


def test_a_count_of_bytes_is_a_number_each_language_writes_its_own_way(greek: Renderer) -> None:
    refused = refused_before_reading("logo.png", b"\x89PNG\r\n\x1a\n" + bytes(2_000_000))
    assert refused is not None
    assert str(refused).startswith("The logo logo.png (2,000,008 bytes) is too large;")
    assert greek(refused.text).startswith("The logo logo.png (2.000.008 bytes) is too large;")


def test_a_refusal_of_several_lines_is_rendered_line_by_line(greek: Renderer) -> None:
    course = Course(
        CourseId(uuid.UUID(int=3)),
        PatientId(uuid.UUID(int=1)),
        CourseInput(Indication.WRINKLES, 6, dt.date(2024, 5, 1)),
        version=12_000,
    )
    refused = ConflictError(
        record="course",
        current=course,
        read_version=11_999,
        changed_by=None,
        changed_at=None,
        theirs=("notes",),
        mine=(),
        conflicting=(),
    )
    english = [
        "Not saved: the course was changed by someone else after you opened it (version 11999, "
        "now 12000).",
        "They changed: notes.",
        "Reload it to see the new values beside yours, then save again.",
    ]
    assert str(refused).split("\n") == english
    assert greek(refused.text).split("\n")[0].endswith("(version 11.999, now 12.000).")
    assert greek(refused.text).split("\n")[1:] == english[1:]


def test_the_aftercare_advice_is_said_in_the_documents_language(greek: Renderer) -> None:
    nsaids = aftercare.AVOID[-1]
    assert greek(nsaids.how_long) == "7 ημέρες πριν από κάθε συνεδρία"
    assert str(nsaids.how_long) == "7 days before each session"
    assert str(nsaids.what) == (
        "Aspirin and other anti-inflammatory painkillers (NSAIDs such as ibuprofen)"
    )
    assert greek(nsaids.what) == str(nsaids.what)  # not translated yet: its English
