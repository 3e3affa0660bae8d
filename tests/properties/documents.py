"""Interchange documents for the bad-input properties: walking them, mutating them, writing
them out (repeated keys and NaN included), and checking that a refusal points into them."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from mesolog.domain.errors import Violation
from mesolog.interchange.bundle import BUNDLE
from mesolog.interchange.schema import load_schema
from mesolog.interchange.schema_messages import REQUIRED, ROOT_PATH, format_path
from tests.properties.support import (
    OFFSETS,
    assert_readable,
    characters,
    repeats,
    same,
    unicode_ok,
)

Json = Any
Location = tuple[str | int, ...]


def walk(node: Json, at: Location = ()) -> Iterator[tuple[Location, Json]]:
    """Every node of a document with its location, the root first."""
    yield at, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*at, index))


def node_at(document: Json, at: Location) -> Json:
    node = document
    for part in at:
        node = node[part]
    return node


def is_scalar(node: Json) -> bool:
    return not isinstance(node, dict | list)


def _enum_strings(schema: Json) -> list[str]:
    found = {
        value
        for _, node in walk(schema)
        if isinstance(node, dict)
        for value in node.get("enum", [])
        if isinstance(value, str)
    }
    return sorted(found)


ENUM_WORDS = _enum_strings(load_schema())
FIELD_NAMES = sorted(
    {
        key
        for _, node in walk(load_schema())
        if isinstance(node, dict)
        for key in node.get("properties", {})
    }
)

scalars: st.SearchStrategy[Json] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(),  # NaN and ±Infinity are written as such: not JSON, to be refused
    st.text(characters(surrogates=True), max_size=20),  # a lone one is written \udxxx
)
json_values: st.SearchStrategy[Json] = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _plausible_text(value: str) -> st.SearchStrategy[Json]:
    """Strings a hand-edited or half-broken file holds: edits of the value, dates, ids, words."""
    edits = [
        "",
        " ",
        "\t",
        f" {value} ",
        value.upper(),
        value[:-1],
        value * 2,
        value * 60,
        f"{value}\x00",
        f"é{value}",
        "2026-02-30",
        "2026-13-01",
        "1800-01-01",
        "9999-12-31",
        "2999-12-31T23:59:59-23:59",
        "1900-01-01T00:00:00+14:00",
        "2026-03-10T10:00:00",
        "2026-03-10T10:00:00Z",
        "2026-03-10 10:00:00+02:00",
        value.replace("-", ""),
    ]
    return st.one_of(
        st.sampled_from(edits),
        st.sampled_from(ENUM_WORDS),
        st.dates().map(dt.date.isoformat),
        st.datetimes(timezones=st.none() | OFFSETS).map(dt.datetime.isoformat),
        st.uuids().map(str),
        st.text(characters(surrogates=True), max_size=300),
    )


def _plausible_number(value: float) -> st.SearchStrategy[Json]:
    return st.one_of(
        st.sampled_from(
            [
                value + 1,
                value - 1,
                value + 0.5,
                -value,
                0,
                value * 10,
                value / 2,
                float(value),
                str(value),
                1e308,
                -1e308,
                1e-300,
                10**20,
                True,
                None,
            ]
        ),
        st.integers(-100, 400),
        st.floats(-1000, 1000),
    )


def _plausible_container(value: Json) -> st.SearchStrategy[Json]:
    shapes: list[Json]
    if isinstance(value, list):
        shapes = [[], value[::-1], value + value[:1], value[1:], [value]]
        return st.sampled_from(shapes) | st.lists(json_values, max_size=3)
    shapes = [{}, {**value, "notes": 1}, {**value, "unknown": "x"}, dict(list(value.items())[1:])]
    return st.sampled_from(shapes) | json_values


def replacements(value: Json, document: Json) -> st.SearchStrategy[Json]:
    """What a node may be replaced by: anything, a value from elsewhere in the document, or
    something close to it (that is what reaches the rules beyond the schema)."""
    elsewhere = [node for _, node in walk(document) if is_scalar(node)]
    if isinstance(value, bool) or value is None:
        close = st.sampled_from([not value, 0, 1, "true", None, "null"])
    elif isinstance(value, int | float):
        close = _plausible_number(value)
    elif isinstance(value, str):
        close = _plausible_text(value)
    else:
        close = _plausible_container(value)
    return st.one_of(json_values, st.sampled_from(elsewhere) if elsewhere else st.nothing(), close)


def _shifted(node: Json, by: int) -> Json:
    """A date or date-time moved by `by` days, or a number by `by` / 4; None when `node`
    is none of these (or would leave the calendar)."""
    if isinstance(node, bool):
        return None
    if isinstance(node, int | float):
        return node + by / 4
    if not isinstance(node, str):
        return None
    for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
        try:
            return (parse(node) + dt.timedelta(days=by)).isoformat()
        except (ValueError, OverflowError):
            continue
    return None


@dataclass(frozen=True, slots=True, repr=False)
class Mutated:
    """A document after its mutations, and its text as written out."""

    document: Json
    text: str
    steps: tuple[str, ...]
    repeated_key: bool

    def __repr__(self) -> str:
        # Short: Hypothesis prints it for a failing example (and warns of a long repr,
        # which the suite's filterwarnings turns into an error that hides the failure).
        shown = self.text if len(self.text) <= 300 else f"{self.text[:300]}… ({len(self.text)})"
        return f"Mutated(steps={self.steps!r}, text={shown!r})"


def write(
    node: Json, *, ensure_ascii: bool, repeat: tuple[Location, str] | None = None, at: Location = ()
) -> str:
    """JSON text of `node`, writing NaN and Infinity as Python does, and one key twice
    (at `repeat`) when asked."""
    if isinstance(node, dict):
        items = list(node.items())
        if repeat is not None and repeat[0] == at:
            index = next(i for i, (key, _) in enumerate(items) if key == repeat[1])
            items.insert(index + 1, items[index])
        inner = ", ".join(
            f"{_scalar(key, ensure_ascii=ensure_ascii)}: "
            f"{write(value, ensure_ascii=ensure_ascii, repeat=repeat, at=(*at, key))}"
            for key, value in items
        )
        return "{" + inner + "}"
    if isinstance(node, list):
        inner = ", ".join(
            write(value, ensure_ascii=ensure_ascii, repeat=repeat, at=(*at, index))
            for index, value in enumerate(node)
        )
        return "[" + inner + "]"
    return _scalar(node, ensure_ascii=ensure_ascii)


def _scalar(node: Json, *, ensure_ascii: bool) -> str:
    """A lone surrogate can only be written escaped (\\ud800): JSON text is UTF-8."""
    if isinstance(node, str) and not unicode_ok(node):
        ensure_ascii = True
    return json.dumps(node, ensure_ascii=ensure_ascii)


@st.composite
def mutations(draw: st.DrawFn, base: Json, *, most: int = 3) -> Mutated:
    """`base` with 1 to `most` random changes: a node replaced, deleted or duplicated (a
    list item copied beside itself), and perhaps one key written twice."""
    document = copy.deepcopy(base)
    steps = []
    for _ in range(draw(st.integers(1, most))):
        locations = [at for at, _ in walk(document)]
        at = draw(st.sampled_from(locations))
        operations = ["replace", "replace", "delete", "duplicate", "new id", "shift", "shift"]
        operation = draw(st.sampled_from(operations))
        ids = [place for place in locations if place and place[-1] in ("id", "course_id")]
        movable = [at for at in locations if at and _shifted(node_at(document, at), 0) is not None]
        if operation == "new id" and ids:
            # A record of its own (merged beside the others) or a course link changed.
            at = draw(st.sampled_from(ids))
            node_at(document, at[:-1])[at[-1]] = str(draw(st.uuids()))
        elif operation == "shift" and movable:
            # A date, time or number moved, format kept: what reaches the records' rules.
            at = draw(st.sampled_from(movable))
            by = draw(st.integers(-3, 3) | st.integers(-60_000, 60_000))
            node_at(document, at[:-1])[at[-1]] = _shifted(node_at(document, at), by)
        elif at and operation == "delete":
            parent = node_at(document, at[:-1])
            del parent[at[-1]]
        elif at and operation == "duplicate" and isinstance(at[-1], int):
            parent = node_at(document, at[:-1])
            parent.insert(at[-1] + 1, copy.deepcopy(parent[at[-1]]))
        else:
            operation = "replace"
            new = draw(replacements(node_at(document, at), document))
            if at:
                node_at(document, at[:-1])[at[-1]] = new
            else:
                document = new
        steps.append(f"{operation} {format_path(at)}")
    repeat = None
    objects = [(at, node) for at, node in walk(document) if isinstance(node, dict) and node]
    if objects and draw(st.integers(0, 9)) == 0:
        at, node = draw(st.sampled_from(objects))
        repeat = (at, draw(st.sampled_from(sorted(node))))
        steps.append(f"repeat {format_path((*at, repeat[1]))}")
    text = write(document, ensure_ascii=draw(st.booleans()), repeat=repeat)
    return Mutated(document, text, tuple(steps), repeat is not None)


# --- a refusal points into the document ----------------------------------------------------


def index_paths(document: Json) -> dict[str, list[Json]]:
    """The text path of every node (as violations write it), with the nodes found there."""
    found: dict[str, list[Json]] = {}
    for at, node in walk(document):
        found.setdefault(format_path(at), []).append(node)
    return found


def _as_written(node: Json) -> list[Json]:
    """The ways a rule may repeat a node's value: itself, trimmed, a date (time) re-read, or
    a zone (or a point's zone) by its name, `face_front/cheeks-left`."""
    forms = [node]
    if isinstance(node, dict) and {"diagram", "area"} <= node.keys():
        side = node.get("side")
        forms.append(f"{node['diagram']}/{node['area']}" + (f"-{side}" if side else ""))
    if isinstance(node, str):
        forms.append(node.strip())
        for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
            with contextlib.suppress(ValueError):
                forms.append(parse(node).isoformat())
    return forms


def assert_points_into(found: Sequence[Violation], document: Json) -> None:
    """Each violation of a document names a node of it (or a required one it lacks, or the
    file or its bundle's archive as a whole) and repeats that node's value."""
    nodes = index_paths(document)
    for violation in found:
        assert_readable(violation)
        if violation.path in (ROOT_PATH, BUNDLE):
            continue
        if violation.path in nodes:
            candidates = nodes[violation.path]
            if violation.path.endswith(".x"):  # a place outside its zone: shown as (x, y)
                points = nodes[violation.path.removesuffix(".x")]
                candidates = candidates + [
                    (p["x"], p.get("y")) for p in points if isinstance(p, dict) and "x" in p
                ]
            assert any(
                same(violation.value, form) or repeats(violation.value, node)
                for node in candidates
                for form in _as_written(node)
            ), (violation, candidates)
            continue
        parent, _, name = violation.path.rpartition(".")
        assert str(violation.allowed).startswith(str(REQUIRED)) and violation.value is None, (
            violation
        )
        owners = nodes[parent or ROOT_PATH] if parent else [document]
        assert any(isinstance(owner, dict) and name not in owner for owner in owners), violation
