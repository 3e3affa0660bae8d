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
    number_shown(),
    "32",
)
LENGTH = Field(
    "needle-length",
    lambda editor: needle(editor).length_mm,
    lambda entry: needle_stored(entry).length_mm,
    number_shown(),
    "6",
)
NEEDLE_DEPTH = Field(
    "needle-depth",
    lambda editor: needle(editor).depth_mm,
    lambda entry: needle_stored(entry).depth_mm,
    number_shown(),
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
    number_shown(),
    "36",
)
PEN_DEPTH = Field(
    "pen-depth",
    lambda editor: pen(editor).depth_mm,
    lambda entry: pen_stored(entry).depth_mm,
    number_shown(),
    "1,25",
)
SPEED = Field(
    "pen-speed",
    lambda editor: pen(editor).penetrations_per_second,
    lambda entry: pen_stored(entry).penetrations_per_second,
    number_shown(),
    "80",
)
PASSES = Field(
    "pen-passes",
    lambda editor: pen(editor).passes,
    lambda entry: pen_stored(entry).passes,
    number_shown(),
    "3",
)


@pytest.mark.parametrize(
    ("field_", "typed"),
    [
        case(GAUGE, Typed("valid", "32", 32)),
        case(GAUGE, Typed("too-high", "40", refused="27 to 34")),
        case(GAUGE, Typed("too-low", "25", refused="27 to 34")),
        case(GAUGE, Typed("garbage", "3o", refused="27 to 34")),
        case(GAUGE, Typed("empty", "", refused="27 to 34")),
        case(LENGTH, Typed("valid-comma", "6,5", 6.5)),
        case(LENGTH, Typed("valid-point", "6.5", 6.5)),
        case(LENGTH, Typed("too-high", "15", refused="2 to 13")),
        case(LENGTH, Typed("too-low", "1", refused="2 to 13")),
        case(LENGTH, Typed("garbage", "1O", refused="2 to 13")),
        case(LENGTH, Typed("empty", "", refused="2 to 13")),
        case(NEEDLE_DEPTH, Typed("valid-comma", "1,5", 1.5)),
        case(NEEDLE_DEPTH, Typed("valid-point", "1.5", 1.5)),
        case(NEEDLE_DEPTH, Typed("too-high", "6", refused="1 to 4")),
        case(NEEDLE_DEPTH, Typed("too-low", "0,5", refused="1 to 4")),
        case(NEEDLE_DEPTH, Typed("garbage", "l,5", refused="1 to 4")),
        case(NEEDLE_DEPTH, Typed("empty", "", refused="1 to 4")),
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
        case(NEEDLE_COUNT, Typed("too-high", "50", refused="1 to 42")),
        case(NEEDLE_COUNT, Typed("too-low", "0", refused="1 to 42")),
        case(NEEDLE_COUNT, Typed("garbage", "1O", refused="1 to 42")),
        case(NEEDLE_COUNT, Typed("empty", "", refused="1 to 42")),
        case(PEN_DEPTH, Typed("valid-comma", "1,25", 1.25)),
        case(PEN_DEPTH, Typed("valid-point", "1.25", 1.25)),
        case(PEN_DEPTH, Typed("too-high", "3", refused="0.25 to 2.5")),
        case(PEN_DEPTH, Typed("too-low", "0,1", refused="0.25 to 2.5")),
        case(PEN_DEPTH, Typed("garbage", "l,75", refused="0.25 to 2.5")),
        case(PEN_DEPTH, Typed("empty", "", refused="0.25 to 2.5")),
        case(SPEED, Typed("valid", "80", 80)),
        case(SPEED, Typed("too-high", "150", refused="1 to 100")),
        case(SPEED, Typed("too-low", "0", refused="1 to 100")),
        case(SPEED, Typed("garbage", "8O", refused="1 to 100")),
        case(SPEED, Typed("empty", "", refused="1 to 100")),
        case(PASSES, Typed("valid", "3", 3)),
        case(PASSES, Typed("too-high", "25", refused="1 to 20")),
        case(PASSES, Typed("too-low", "0", refused="1 to 20")),
        case(PASSES, Typed("garbage", "2O", refused="1 to 20")),
        case(PASSES, Typed("empty", "", None)),
    ],
)
def test_the_pen(chair: Chair, field_: Field, typed: Typed) -> None:
    check_typed(chair, field_, typed)
