"""Text fields (issue 11, defect 7): no control character or bidirectional control in any of
them, line breaks and tabs only in the multi-line ones, and a text that breaks a rule is
reported by its field, its length or the code point of the character, never its content."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from mesolog.domain.enums import Area, Indication, ReactionKind, Severity, Solution
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.ids import PatientId
from mesolog.domain.records import (
    CourseInput,
    GivenDespite,
    NeedleTechnique,
    PatientInput,
    PreTreatment,
    ProductUse,
    Reaction,
    SessionInput,
    TreatmentLine,
)
from mesolog.domain.text import character_name, control_character, visible
from mesolog.domain.text_rules import name_violations, reason_violations, text_violations
from mesolog.domain.validation import validate_course, validate_patient, validate_session
from mesolog.domain.warnings import WarningKind
from mesolog.services.chart_shapes import SHAPES

ATHENS = ZoneInfo("Europe/Athens")
NOW = dt.datetime(2024, 6, 10, 15, 0, tzinfo=ATHENS)
PATIENT = PatientInput("Καρμίρης", "Ελένη", dt.date(1985, 3, 14))
SECRET = "HIV positive since 2019"

REFUSED = {
    "NUL": "\x00",
    "BEL": "\x07",
    "backspace": "\x08",
    "vertical tab": "\x0b",
    "form feed": "\x0c",
    "carriage return": "\r",
    "ESC": "\x1b",
    "unit separator": "\x1f",
    "DEL": "\x7f",
    "C1 first": "\x80",
    "next line (C1)": "\x85",
    "CSI (C1)": "\x9b",
    "C1 last": "\x9f",
    "LRE": "\u202a",
    "RLE": "\u202b",
    "PDF": "\u202c",
    "LRO": "\u202d",
    "RLO": "\u202e",
    "LRI": "\u2066",
    "RLI": "\u2067",
    "FSI": "\u2068",
    "PDI": "\u2069",
}
ONE_LINE_BREAKS = {"line break": "\n", "tab": "\t"}


def with_text(field: str, text: str) -> list[Violation]:
    """The violations of a record whose `field` (a dotted place) holds `text`."""
    kind, name = field.split(".")
    if kind == "patient":
        return validate_patient(replace(PATIENT, **{name: text}), today=NOW.date())
    if kind == "course":
        plan = CourseInput(Indication.WRINKLES, planned_sessions=6, started_on=dt.date(2024, 5, 1))
        return validate_course(replace(plan, **{name: text}), date_of_birth=PATIENT.date_of_birth)
    product = ProductUse(Solution.HYALURONIC_ACID, volume_ml=1.0)
    line = TreatmentLine(Area.CHEEKS, NeedleTechnique(depth_mm=1.0), (product,))
    reaction = Reaction(ReactionKind.REDNESS, Severity.MILD)
    given = GivenDespite(WarningKind.ALLERGY_RECORDED.value, "Allergies: latex", "asked")
    entry = SessionInput(dt.datetime(2024, 6, 10, 11, 30, tzinfo=ATHENS), "Dr Papadaki", (line,))
    if kind == "product":
        entry = replace(
            entry, treatments=(replace(line, products=(replace(product, **{name: text}),)),)
        )
    elif kind == "line":
        entry = replace(entry, treatments=(replace(line, **{name: text}),))
    elif kind == "reaction":
        entry = replace(entry, reactions=(replace(reaction, **{name: text}),))
    elif kind == "given":
        entry = replace(entry, given_despite=(replace(given, **{name: text}),))
    elif kind == "pre":
        entry = replace(entry, pre_treatment=PreTreatment(**{name: text}))
    else:
        entry = replace(entry, **{name: text})
    return validate_session(
        entry,
        patient_id=PatientId(uuid.UUID(int=1)),
        patient=PATIENT,
        course=None,
        now=NOW,
        shapes=SHAPES,
    )


MULTI_LINE = [
    "patient.allergies",
    "patient.medications",
    "patient.medical_history",
    "patient.notes",
    "course.notes",
    "session.notes",
    "reaction.notes",
    "given.warning",
]
ONE_LINE = [
    "patient.family_name",
    "patient.given_name",
    "patient.record_number",
    "patient.phone",
    "patient.email",
    "course.protocol",
    "session.clinician",
    "pre.topical_anaesthetic",
    "line.area_detail",
    "product.product_name",
    "product.concentration",
    "product.lot_number",
    "given.reason",
]


@pytest.mark.parametrize("field", MULTI_LINE + ONE_LINE)
@pytest.mark.parametrize("character", REFUSED.values(), ids=REFUSED.keys())
def test_a_control_character_is_refused_in_every_text_by_its_code_point(
    field: str, character: str
) -> None:
    text = f"{SECRET}{character}[31m red"
    [found] = with_text(field, text)
    assert found.field == field.split(".")[1]
    position = len(SECRET) + 1
    assert found.value == f"character {position}, U+{ord(character):04X} ({_name(character)})"
    message = str(ValidationError([found]))
    assert SECRET not in message and "red" not in message
    assert character not in message


def _name(character: str) -> str:
    return character_name(character).split(" (", 1)[1].rstrip(")")


@pytest.mark.parametrize("field", MULTI_LINE)
def test_line_breaks_and_tabs_are_text_in_a_multi_line_field(field: str) -> None:
    assert with_text(field, "Latex:\thives\nPenicillin:\tnone since 2010\n") == []


@pytest.mark.parametrize("field", ONE_LINE)
@pytest.mark.parametrize("character", ONE_LINE_BREAKS.values(), ids=ONE_LINE_BREAKS.keys())
def test_a_one_line_field_refuses_a_line_break_or_a_tab(field: str, character: str) -> None:
    [found] = with_text(field, f"Papa{character}dopoulou")
    assert found.value == f"character 5, {character_name(character)}"
    assert str(found.allowed).startswith("one line of text")


def test_the_character_is_named_for_people() -> None:
    named = {c: character_name(c) for c in ("\x00", "\x07", "\x1b", "\x7f", "\u202e", "\x9b")}
    assert named == {
        "\x00": "U+0000 (NUL)",
        "\x07": "U+0007 (BEL)",
        "\x1b": "U+001B (ESC)",
        "\x7f": "U+007F (DEL)",
        "\u202e": "U+202E (right-to-left override)",
        "\x9b": "U+009B (a control character)",
    }


def test_text_that_is_only_letters_marks_and_spaces_passes() -> None:
    for text in ("Ζωή Παπαδοπούλου-Müller", "O’Brien", "Nguyễn", "名前", "‎", "a\u00a0b", "😀"):
        assert control_character(text) is None
        assert name_violations("name", text) == []


@pytest.mark.parametrize("field", ["patient.notes", "patient.medications"])
def test_a_ten_megabyte_text_is_reported_by_its_length_alone(field: str) -> None:
    secret = "SECRET" * (10_485_758 // 6)
    [found] = with_text(field, secret)
    message = str(ValidationError([found]))
    assert message == (
        f"1 problem:\n  {field.split('.')[1]}: '({len(secret)} characters)' is not allowed; "
        "at most 10000 characters"
    )


def test_a_long_name_is_reported_by_its_length_alone() -> None:
    [found] = with_text("patient.family_name", SECRET * 10)
    assert str(found) == "family_name: '(230 characters)' is not allowed; at most 100 characters"


def test_a_long_text_with_a_control_character_is_said_where_the_character_is() -> None:
    """One problem a field, as the format's schema reports: the character first."""
    found = text_violations("notes", "x" * 20_000 + "\x1b", multiline=True)
    assert [v.value for v in found] == ["character 20001, U+001B (ESC)"]


def test_any_value_too_long_for_a_message_is_shown_by_its_length() -> None:
    """The message of a violation made anywhere (a schema, a service) shows no beginning of
    a long value: it may be a note."""
    assert (
        str(Violation("p.notes", SECRET * 10, "x")) == "p.notes: (230 characters) is not allowed; x"
    )
    assert SECRET not in str(Violation("p.tags", [SECRET] * 4, "x"))


def test_a_reason_is_required_on_one_line_without_control_characters() -> None:
    assert reason_violations("reason", "entered on the wrong patient") == []
    assert [str(v.allowed) for v in reason_violations("reason", "  ")] == ["a reason is required"]
    [found] = reason_violations("reason", "wrong\x1b[2J patient")
    assert found.value == "character 6, U+001B (ESC)"
    [long] = reason_violations("reason", "x" * 10_001)
    assert long.value == "(10001 characters)"


def test_visible_writes_every_control_as_its_escape_and_keeps_what_it_is_told() -> None:
    raw = "Evil\x1b]0;owned\x07\u202eA\tB\nC\x00\x85\ud800"
    assert visible(raw) == "Evil\\u001b]0;owned\\u0007\\u202eA\\u0009B\\u000aC\\u0000\\u0085\\ud800"
    assert (
        visible(raw, keep="\t\n") == "Evil\\u001b]0;owned\\u0007\\u202eA\tB\nC\\u0000\\u0085\\ud800"
    )
    assert visible("Καρμίρης, Ελένη") == "Καρμίρης, Ελένη"


def test_visible_json_is_the_same_json() -> None:
    """An export written to a terminal keeps its meaning: the escapes are JSON's."""
    document = {"family_name": "A\u202eB\x85\x7f"}
    printed = visible(json.dumps(document, ensure_ascii=False))
    assert json.loads(printed) == document
    assert control_character(printed) is None
