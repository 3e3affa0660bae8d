"""The mesolog-export-v1 JSON Schema, and every way a document breaks it or the file's rules.

`schema_violations` reports what the schema forbids, `file_rule_violations` what
it cannot express (ids unique in the file, sessions naming their own patient's
courses). Each problem is a `Violation` whose path reads like
`patients[3].sessions[2].treatments[0].technique.depth_mm` and whose `allowed`
is plain English.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError as JsonSchemaError
from jsonschema.exceptions import best_match

from mesolog.domain import limits
from mesolog.domain.errors import Violation
from mesolog.resource_files import resource

SCHEMA_FILE = "mesolog-export-v1.schema.json"
ROOT_PATH = "(file)"
"""The path shown for a problem with the document as a whole."""

REQUIRED = "a value is required"
DATE = "a date as YYYY-MM-DD"
YEARS = (1900, 2999)
"""Date-times outside these years cannot be a session's (and would overflow in UTC)."""
DATE_TIME = (
    f"a date and time with UTC offset, years {YEARS[0]} to {YEARS[1]}, "
    "e.g. 2026-03-01T10:30:00+02:00"
)
UUID = "an id in UUID form (lowercase), e.g. 3f2b8c1e-5d7a-4c2b-9e1f-0a6b7c8d9e0f"
SAME_PATIENT_COURSE = "a course of the same patient, or null"

_UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_PATTERNS = {_UUID_PATTERN: UUID, r"\S": "some text other than spaces"}
_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME_MAX = 64
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_KEY_SHOWN = 40
_TYPES = {
    "boolean": "true or false",
    "null": "null",
    "array": "a list",
    "object": "an object",
}

Path = tuple[str | int, ...]


@functools.cache
def load_schema() -> dict[str, Any]:
    """The schema shipped with the package, read once (callers must not modify it)."""
    text = resource("schema", SCHEMA_FILE).read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(text))


def parse_date(value: str) -> dt.date | None:
    """The date in `YYYY-MM-DD` form, or None when `value` is not one."""
    if not _DATE_SHAPE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def parse_date_time(value: str) -> dt.datetime | None:
    """The ISO 8601 date-time with a UTC offset, or None when `value` is not one."""
    if len(value) > _DATE_TIME_MAX or not _DATE_SHAPE.match(value):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.utcoffset() is None or not YEARS[0] <= parsed.year <= YEARS[1]:
        return None
    return parsed


def _is_date(value: object) -> bool:
    return not isinstance(value, str) or parse_date(value) is not None


def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or parse_date_time(value) is not None


_Keyword = Callable[[Any, Any, Any, Any], Iterator[Any]]


def _rejecting_nan(keyword: _Keyword) -> _Keyword:
    """A bound keyword that also rejects NaN, which passes every comparison."""

    def check(validator: Any, bound: Any, instance: Any, schema: Any) -> Iterator[Any]:
        if isinstance(instance, float) and math.isnan(instance):
            yield JsonSchemaError("NaN is not a number")
        else:
            yield from keyword(validator, bound, instance, schema)

    return check


@functools.cache
def _validator() -> Any:
    checker = FormatChecker(formats=())
    checker.checks("date")(_is_date)
    checker.checks("date-time")(_is_date_time)
    keywords = Draft202012Validator.VALIDATORS
    cls = validators.extend(
        Draft202012Validator,
        {name: _rejecting_nan(keywords[name]) for name in ("minimum", "exclusiveMinimum")},
    )
    return cls(_inline(load_schema()), format_checker=checker)


def _inline(node: Any) -> Any:
    """The schema with each local `$ref` replaced by its definition: a third faster to check."""
    if isinstance(node, list):
        return [_inline(item) for item in node]
    if not isinstance(node, dict):
        return node
    inlined = {key: _inline(value) for key, value in node.items() if key not in ("$ref", "$defs")}
    if "$ref" in node:
        return {**_inline(_resolve(node["$ref"])), **inlined}
    return inlined


@dataclass(slots=True)
class _Found:
    path: Path
    value: object
    allowed: str
    in_branch: bool
    """Raised by a technique's then/else branch (pen or needle fields)."""


def schema_violations(document: object) -> list[Violation]:
    """Every place `document` breaks the schema, sorted by path, one Violation per path.

    Several problems at one path are joined in one `allowed` ("; "). When a
    technique's `kind` is itself missing or unknown, the pen/needle field
    checks of that technique are left out: they would only add noise.
    """
    found: list[_Found] = []
    for error in _validator().iter_errors(document):
        in_branch = _in_branch(error)
        found += (_Found(p, v, a, in_branch) for p, v, a in _convert(error))
    bad_kinds = {f.path[:-1] for f in found if not f.in_branch and f.path[-1:] == ("kind",)}
    merged: dict[Path, tuple[object, list[str]]] = {}
    for item in found:
        if item.in_branch and any(item.path[: len(t)] == t for t in bad_kinds):
            continue
        _, allowed = merged.setdefault(item.path, (item.value, []))
        if item.allowed not in allowed:
            allowed.append(item.allowed)
    return [
        Violation(format_path(path), value, "; ".join(allowed))
        for path, (value, allowed) in sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    ]


def file_rule_violations(document: Mapping[str, Any]) -> list[Violation]:
    """The file's rules the schema cannot express, in document order.

    Call only on a document without schema violations. Every id (patient,
    course or session) is used once in the whole file; a record number that is
    not blank belongs to one patient (compared without surrounding spaces, as
    the database stores it); a session's course_id names a course of the same
    patient. A repeat is reported where it occurs second.
    """
    found: list[Violation] = []
    first_id: dict[str, str] = {}
    first_number: dict[str, str] = {}

    def once(value: str, path: str, seen: dict[str, str], what: str, key: str = "") -> None:
        key = key or value
        if key in seen:
            found.append(Violation(path, value, f"{what} not used elsewhere (see {seen[key]})"))
        else:
            seen[key] = path

    for p_index, patient in enumerate(document["patients"]):
        base = f"patients[{p_index}]"
        once(patient["id"], f"{base}.id", first_id, "an id")
        number = patient.get("record_number", "")
        if number.strip():  # stored without surrounding spaces, blank as none
            path = f"{base}.record_number"
            once(number, path, first_number, "a record number", number.strip())
        own_courses: set[str] = set()
        for c_index, course in enumerate(patient.get("courses", ())):
            once(course["id"], f"{base}.courses[{c_index}].id", first_id, "an id")
            own_courses.add(course["id"])
        for s_index, session in enumerate(patient.get("sessions", ())):
            session_path = f"{base}.sessions[{s_index}]"
            once(session["id"], f"{session_path}.id", first_id, "an id")
            course_id = session.get("course_id")
            if course_id is not None and course_id not in own_courses:
                found.append(Violation(f"{session_path}.course_id", course_id, SAME_PATIENT_COURSE))
    return found


def format_path(path: Sequence[str | int]) -> str:
    """`patients[3].sessions[2].notes` from ("patients", 3, "sessions", 2, "notes")."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif len(part) <= _KEY_SHOWN and _PLAIN_NAME.fullmatch(part):
            text += f".{part}" if text else part
        else:
            shown = part if len(part) <= _KEY_SHOWN else f"{part[:_KEY_SHOWN]}…"
            text += f"[{json.dumps(shown, ensure_ascii=False)}]"
    return text or ROOT_PATH


def _sort_key(path: Path) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in path)


def _in_branch(error: Any) -> bool:
    schema_path = list(error.absolute_schema_path)
    return "then" in schema_path or "else" in schema_path


def _convert(error: Any) -> list[tuple[Path, object, str]]:
    """The (path, value, allowed) of one jsonschema error; usually one, more for a few keywords."""
    path: Path = tuple(error.absolute_path)
    keyword = error.validator
    if keyword == "required":
        return [
            ((*path, name), None, REQUIRED)
            for name in error.validator_value
            if name not in error.instance
        ]
    if keyword == "additionalProperties":
        known = error.schema.get("properties", {})
        allowed = f"no properties other than: {', '.join(known)}"
        return [
            ((*path, key), error.instance[key], allowed)
            for key in error.instance
            if key not in known
        ]
    if keyword in ("oneOf", "anyOf") and any(each.relative_path for each in error.context):
        return _convert(best_match(error.context))
    allowed = _allowed(keyword, error.validator_value, error.schema)
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        allowed += _unit(path)
    return [(path, error.instance, allowed)]


_UNITS = {"_mm": " mm", "_ml": " ml", "_days": " days", "penetrations_per_second": " per second"}


def _unit(path: Path) -> str:
    """The unit a field's name carries (`depth_mm` → " mm"), for range messages."""
    name = str(path[-1]) if path else ""
    return next((unit for end, unit in _UNITS.items() if name.endswith(end)), "")


def _allowed(keyword: str, bound: Any, schema: Mapping[str, Any]) -> str:
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return _range(schema)
    if keyword == "maxLength":
        return f"at most {bound} characters"
    if keyword == "minLength":
        return f"at least {bound} character{'' if bound == 1 else 's'}"
    if keyword == "pattern":
        return _PATTERNS.get(bound, f"text matching the pattern {bound}")
    if keyword == "format":
        return {"date": DATE, "date-time": DATE_TIME}.get(bound, f"a valid {bound}")
    if keyword == "minItems":
        return f"at least {bound} entr{'y' if bound == 1 else 'ies'}"
    if keyword == "maxItems":
        return f"at most {bound} entr{'y' if bound == 1 else 'ies'}"
    if keyword == "uniqueItems":
        return "each entry at most once"
    if keyword in ("type", "enum", "const", "oneOf", "anyOf"):
        return describe(schema)
    return f"a value the schema allows ({keyword})"


def describe(schema: Mapping[str, Any]) -> str:
    """What a (sub)schema allows, in plain English."""
    if "$ref" in schema:
        return describe(_resolve(schema["$ref"]))
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return ", or ".join(describe(branch) for branch in schema[combinator])
    if "const" in schema:
        return f"exactly {json.dumps(schema['const'])}"
    if "enum" in schema:
        return "one of: " + ", ".join(_literal(value) for value in schema["enum"])
    kinds = schema.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return ", or ".join(_describe_type(kind, schema) for kind in kinds) or "any value"


def _describe_type(kind: str, schema: Mapping[str, Any]) -> str:
    if kind == "string":
        if schema.get("format") in ("date", "date-time"):
            return _allowed("format", schema["format"], schema)
        if schema.get("pattern") == _UUID_PATTERN:
            return UUID
        low, high = schema.get("minLength"), schema.get("maxLength")
        if high is None:
            return "text"
        return (
            f"text of {low} to {high} characters" if low else f"text of at most {high} characters"
        )
    if kind in ("integer", "number"):
        name = "a whole number" if kind == "integer" else "a number"
        has_range = any(k in schema for k in ("minimum", "maximum", "exclusiveMinimum"))
        return f"{name}, {_range(schema)}" if has_range else name
    return _TYPES.get(kind, kind)


def _range(schema: Mapping[str, Any]) -> str:
    exclusive = "exclusiveMinimum" in schema
    low = schema.get("exclusiveMinimum", schema.get("minimum"))
    high = schema.get("maximum")
    if low is not None and high is not None:
        return limits.Range(low, high, low_exclusive=exclusive).describe()
    if low is not None:
        return f"{'more than' if exclusive else 'at least'} {_number(low)}"
    return f"at most {_number(high)}" if high is not None else "any number"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _literal(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _resolve(reference: str) -> Mapping[str, Any]:
    """A local `#/$defs/...` reference of the schema (the only kind it uses)."""
    node: Any = load_schema()
    for part in reference.removeprefix("#/").split("/"):
        node = node[part]
    return cast(Mapping[str, Any], node)
