"""A treatment line's technique typed key by key: the needle's gauge, length, depth and
method, the pen's needles, depth, speed and passes. Each value typed is stored exactly,
or refused beside its field with nothing stored (tests/ui/sessions/typed_session.py).

The editor opens on the clinic's usual needle (30 G, 4 mm long, 2 mm deep) and pen (12
needles, 0.5 mm, 100 /s, passes not recorded); every valid value differs from these."""

from __future__ import annotations

from typing import Any

import pytest

from mesolog.domain.enums import NeedleMethod, TechniqueKind
from mesolog.domain.records import NeedleTechnique, PenTechnique, SessionInput
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.sessions.treatment_technique import NeedleFields, PenFields
from tests.typing_support import Typed
from tests.ui.sessions.typed_session import (
    Chair,
    Field,
    case,
    check_typed,
    number_shown,
    tab_in_and_type,
)


def needle(editor: SessionEditor) -> NeedleFields:
    return editor.line_editors[0].needle_fields


def pen(editor: SessionEditor) -> PenFields:
    """The pen's fields, shown by clicking Pen on the first line."""
    line = editor.line_editors[0]
    line.kind.buttons[TechniqueKind.PEN].click()
    return line.pen_fields


def needle_stored(entry: SessionInput) -> NeedleTechnique:
    technique = entry.treatments[0].technique
    assert isinstance(technique, NeedleTechnique)
    return technique


def pen_stored(entry: SessionInput) -> PenTechnique:
    technique = entry.treatments[0].technique
    assert isinstance(technique, PenTechnique)
    return technique


def method_shown(method: Any) -> str:
    return {NeedleMethod.PAPULE: "papule", None: "—"}[method]


GAUGE = Field(
    "gauge",
    lambda editor: needle(editor).gauge,
    lambda entry: needle_stored(entry).gauge,
    number_shown(" G"),
    "32",
)
LENGTH = Field(
    "needle-length",
    lambda editor: needle(editor).length_mm,
    lambda entry: needle_stored(entry).length_mm,
    number_shown(" mm"),
    "6",
)
NEEDLE_DEPTH = Field(
    "needle-depth",
    lambda editor: needle(editor).depth_mm,
    lambda entry: needle_stored(entry).depth_mm,
    number_shown(" mm"),
    "1,5",
)
METHOD = Field(
    "method",
    lambda editor: needle(editor).method,
    lambda entry: needle_stored(entry).method,
    method_shown,
    "pa",
)
NEEDLE_COUNT = Field(
    "pen-needles",
    lambda editor: pen(editor).needle_count,
    lambda entry: pen_stored(entry).needle_count,
    number_shown(""),
    "36",
)
PEN_DEPTH = Field(
    "pen-depth",
    lambda editor: pen(editor).depth_mm,
    lambda entry: pen_stored(entry).depth_mm,
    number_shown(" mm"),
    "1,25",
)
SPEED = Field(
    "pen-speed",
    lambda editor: pen(editor).penetrations_per_second,
    lambda entry: pen_stored(entry).penetrations_per_second,
    number_shown(" /s"),
    "80",
)
PASSES = Field(
    "pen-passes",
    lambda editor: pen(editor).passes,
    lambda entry: pen_stored(entry).passes,
    number_shown("", "—"),
    "3",
)


def kept(old: str) -> str:
    return f"Tab puts the old value back ({old}) and it is stored"


def cut(typed: str, stored: str) -> str:
    return f"{typed} loses its last key and {stored} is stored"


def put_back(old: str) -> str:
    return f"emptied, the field puts {old} back and it is stored"


@pytest.mark.parametrize(
    ("field_", "typed"),
    [
        case(GAUGE, Typed("valid", "32", 32)),
        case(GAUGE, Typed("too-high", "40", refused="27 to 34"), kept("30 G")),
        case(GAUGE, Typed("too-low", "25", refused="27 to 34"), kept("30 G")),
        case(GAUGE, Typed("garbage", "3o", refused="27 to 34"), kept("30 G")),
        case(GAUGE, Typed("empty", "", refused="27 to 34"), put_back("32 G")),
        case(LENGTH, Typed("valid-comma", "6,5", 6.5)),
        case(LENGTH, Typed("valid-point", "6.5", 6.5)),
        case(LENGTH, Typed("too-high", "15", refused="2 to 13"), kept("4 mm")),
        case(LENGTH, Typed("too-low", "1", refused="2 to 13"), kept("4 mm")),
        case(LENGTH, Typed("garbage", "1O", refused="2 to 13"), kept("4 mm")),
        case(LENGTH, Typed("empty", "", refused="2 to 13"), put_back("6 mm")),
        case(NEEDLE_DEPTH, Typed("valid-comma", "1,5", 1.5)),
        case(NEEDLE_DEPTH, Typed("valid-point", "1.5", 1.5)),
        case(NEEDLE_DEPTH, Typed("too-high", "6", refused="1 to 4"), kept("2 mm")),
        case(NEEDLE_DEPTH, Typed("too-low", "0,5", refused="1 to 4"), kept("2 mm")),
        case(NEEDLE_DEPTH, Typed("garbage", "l,5", refused="1 to 4"), kept("2 mm")),
        case(NEEDLE_DEPTH, Typed("empty", "", refused="1 to 4"), put_back("1.5 mm")),
    ],
)
def test_the_needle(chair: Chair, field_: Field, typed: Typed) -> None:
    check_typed(chair, field_, typed)


@pytest.mark.parametrize(
    ("field_", "typed"),
    [case(METHOD, Typed("valid", "pa", NeedleMethod.PAPULE))],
)
def test_the_method_is_chosen_by_typing_its_first_letters(
    chair: Chair, field_: Field, typed: Typed
) -> None:
    check_typed(chair, field_, typed, way=tab_in_and_type)


@pytest.mark.parametrize(
    ("field_", "typed"),
    [
        case(NEEDLE_COUNT, Typed("valid", "36", 36)),
        case(NEEDLE_COUNT, Typed("too-high", "50", refused="1 to 42"), cut("50", "5")),
        case(NEEDLE_COUNT, Typed("too-low", "0", refused="1 to 42"), kept("12 needles")),
        case(
            NEEDLE_COUNT,
            Typed("garbage", "1O", refused="1 to 42"),
            "the letter O is dropped and 1 is stored",
        ),
        case(NEEDLE_COUNT, Typed("empty", "", refused="1 to 42"), put_back("36")),
        case(PEN_DEPTH, Typed("valid-comma", "1,25", 1.25)),
        case(PEN_DEPTH, Typed("valid-point", "1.25", 1.25)),
        case(PEN_DEPTH, Typed("too-high", "3", refused="0.25 to 2.5"), kept("0.5 mm")),
        case(PEN_DEPTH, Typed("too-low", "0,1", refused="0.25 to 2.5"), kept("0.5 mm")),
        case(
            PEN_DEPTH,
            Typed("garbage", "l,75", refused="0.25 to 2.5"),
            "the letter l is dropped and 0.75 mm is stored",
        ),
        case(PEN_DEPTH, Typed("empty", "", refused="0.25 to 2.5"), put_back("1.25 mm")),
        case(SPEED, Typed("valid", "80", 80)),
        case(SPEED, Typed("too-high", "150", refused="1 to 100"), cut("150", "15 /s")),
        case(SPEED, Typed("too-low", "0", refused="1 to 100"), kept("100 /s")),
        case(
            SPEED,
            Typed("garbage", "8O", refused="1 to 100"),
            "the letter O is dropped and 8 /s is stored",
        ),
        case(SPEED, Typed("empty", "", refused="1 to 100"), put_back("80 /s")),
        case(PASSES, Typed("valid", "3", 3)),
        case(PASSES, Typed("too-high", "25", refused="1 to 20"), cut("25", "2")),
        case(
            PASSES,
            Typed("too-low", "0", refused="1 to 20"),
            "0 is the 'not recorded' value, stored as none",
        ),
        case(
            PASSES,
            Typed("garbage", "2O", refused="1 to 20"),
            "the letter O is dropped and 2 is stored",
        ),
        case(PASSES, Typed("empty", "", None), put_back("3")),
    ],
)
def test_the_pen(chair: Chair, field_: Field, typed: Typed) -> None:
    check_typed(chair, field_, typed)
