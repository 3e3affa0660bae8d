"""The interchange JSON Schemas (mesolog-export-v1 and -v2), and every way a document breaks them.

`schema_violations` reports what the schema of the document's version forbids (version 1
for `"version": 1`, else version 2, the one mesolog writes). Each problem is a
`Violation` whose path reads like
`patients[3].sessions[2].treatments[0].technique.depth_mm`, whose value shows no free
text (interchange.schema_messages says what it shows) and whose `allowed` is plain
English. The file's rules the schemas cannot express are in interchange.file_rules.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any, cast

from mesolog.domain import limits
from mesolog.domain.errors import Violation
from mesolog.domain.texts import Text, phrase
from mesolog.interchange.schema_fast import accepts, fast_validator
from mesolog.interchange.schema_messages import (
    REQUIRED,
    YEARS,
    allowed,
    format_path,
    joined,
    resolve,
    shown,
)
from mesolog.resource_files import resource

VERSIONS = (1, 2)
"""The format versions mesolog reads; it writes the last."""
CURRENT = VERSIONS[-1]
VERSIONS_ALLOWED = phrase("Interchange", "1 or 2 (the versions of the format this mesolog reads)")

_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME_MAX = 64

Path = tuple[str | int, ...]


@functools.cache
def load_schema(version: int = CURRENT) -> dict[str, Any]:
    """The schema of a format version shipped with the package, read once (callers must not
    modify it)."""
    text = resource("schema", f"mesolog-export-v{version}.schema.json").read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(text))


def version_of(document: object) -> int:
    """The format version a document is checked as: 1 when it says so, else the current."""
    return 1 if isinstance(document, dict) and _is_one(document.get("version")) else CURRENT


def _is_one(value: object) -> bool:
    return value == 1 and not isinstance(value, bool)


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
            from jsonschema.exceptions import ValidationError

            yield ValidationError("NaN is not a number")
        else:
            yield from keyword(validator, bound, instance, schema)

    return check


@functools.cache
def _validator(version: int) -> Any:
    # jsonschema (~0.1 s to import, with what it imports) words a refusal: a document
    # jsonschema-rs accepts never needs it.
    from jsonschema import Draft202012Validator, FormatChecker, validators

    checker = FormatChecker(formats=())
    checker.checks("date")(_is_date)
    checker.checks("date-time")(_is_date_time)
    keywords = Draft202012Validator.VALIDATORS
    cls = validators.extend(
        Draft202012Validator,
        {name: _rejecting_nan(keywords[name]) for name in ("minimum", "exclusiveMinimum")},
    )
    return cls(_inline(load_schema(version), load_schema(version)), format_checker=checker)


@functools.cache
def _fast_validator(version: int) -> Any:
    schema = _inline(load_schema(version), load_schema(version))
    return fast_validator(schema, {"date": _is_date, "date-time": _is_date_time})


def _inline(node: Any, root: Mapping[str, Any]) -> Any:
    """The schema with each local `$ref` replaced by its definition: a third faster to check."""
    if isinstance(node, list):
        return [_inline(item, root) for item in node]
    if not isinstance(node, dict):
        return node
    inlined = {
        key: _inline(value, root) for key, value in node.items() if key not in ("$ref", "$defs")
    }
    if "$ref" in node:
        return {**_inline(resolve(node["$ref"], root), root), **inlined}
    return inlined


@dataclass(slots=True)
class _Found:
    path: Path
    value: object
    allowed: Text
    in_branch: bool
    """Raised by a technique's then/else branch (pen or needle fields)."""


def schema_violations(document: object) -> list[Violation]:
    """Every place `document` breaks the schema of its version, sorted by path, one
    Violation per path.

    Several problems at one path are joined in one `allowed` ("; "). When a
    technique's `kind` is itself missing or unknown, the pen/needle field
    checks of that technique are left out: they would only add noise. A version
    that is neither 1 nor 2 is said so, and the rest checked as version 2.
    """
    if fast_accepts(document):
        return []
    return worded_violations(document)


def fast_accepts(document: object) -> bool:
    """True when jsonschema-rs finds the document meets its version's schema: then
    jsonschema would find nothing either (interchange.schema_fast)."""
    return accepts(_fast_validator(version_of(document)), document)


def worded_violations(document: object) -> list[Violation]:
    """`schema_violations` as jsonschema finds them, without the fast first look."""
    return [violation for _, violation in _worded(document)]


def _worded(document: object) -> list[tuple[Path, Violation]]:
    version = version_of(document)
    found: list[_Found] = []
    for error in _validator(version).iter_errors(document):
        in_branch = _in_branch(error)
        found += (_Found(p, v, a, in_branch) for p, v, a in _convert(error, version))
    bad_kinds = {f.path[:-1] for f in found if not f.in_branch and f.path[-1:] == ("kind",)}
    merged: dict[Path, tuple[object, list[Text]]] = {}
    for item in found:
        if item.in_branch and any(item.path[: len(t)] == t for t in bad_kinds):
            continue
        _, allowed_here = merged.setdefault(item.path, (item.value, []))
        if item.allowed not in allowed_here:
            allowed_here.append(item.allowed)
    return [
        (path, Violation(format_path(path), value, joined(allowed_here, "; ")))
        for path, (value, allowed_here) in sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    ]


def head_violations(head: Mapping[str, Any]) -> tuple[list[Violation], list[Violation]]:
    """`schema_violations` of a document whose `patients` is [] (its patients are checked
    by `patient_violations`): those whose path comes before `patients`, and those after."""
    if fast_accepts(head):
        return [], []
    found = _worded(head)
    before = [violation for path, violation in found if _sort_key(path) < _PATIENTS_KEY]
    return before, [violation for path, violation in found if _sort_key(path) > _PATIENTS_KEY]


_PATIENTS_KEY = ((1, 0, "patients"),)


def patient_violations(patient: object, index: int, version: int) -> list[Violation]:
    """`schema_violations` of the document's patient at `index`, worded and sorted as the
    check of the whole document words and sorts them."""
    if accepts(_fast_patient_validator(version), patient):
        return []
    return [
        replace(violation, path=format_path(("patients", index, *path[2:])))
        for path, violation in _worded({"version": version, "patients": [patient]})
        if path[:1] == ("patients",) and len(path) > 1
    ]


@functools.cache
def _fast_patient_validator(version: int) -> Any:
    root = load_schema(version)
    schema = _inline(root, root)["properties"]["patients"]["items"]
    schema["$schema"] = root["$schema"]
    return fast_validator(schema, {"date": _is_date, "date-time": _is_date_time})


def _sort_key(path: Path) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in path)


def _in_branch(error: Any) -> bool:
    schema_path = list(error.absolute_schema_path)
    return "then" in schema_path or "else" in schema_path


def _convert(error: Any, version: int) -> list[tuple[Path, object, Text]]:
    """The (path, value shown, allowed) of one jsonschema error; usually one, more for a few
    keywords. Built from the path, the keyword and its bound, never from jsonschema's own
    message (which quotes the value)."""
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
        others = phrase("Interchange", "no properties other than: {names}")
        allowed_here = others.having(names=", ".join(known))
        found, seen = [], set()
        for key in error.instance:
            # Keys that are not names show by their length alone: one line for each length.
            if key not in known and (shown_as := format_path((key,))) not in seen:
                seen.add(shown_as)
                found.append(((*path, key), shown(error.instance[key], None), allowed_here))
        return found
    if keyword in ("oneOf", "anyOf") and any(each.relative_path for each in error.context):
        from jsonschema.exceptions import best_match

        return _convert(best_match(error.context), version)
    if path == ("version",):
        return [(path, shown(error.instance, error.schema), VERSIONS_ALLOWED)]
    bound, schema = error.validator_value, error.schema
    allowed_here = allowed(keyword, bound, schema, load_schema(version), _unit(path))
    return [(path, shown(error.instance, error.schema), allowed_here)]


_UNITS: dict[str, str | Text] = {
    "_mm": "mm",
    "_ml": "ml",
    "_days": limits.DAYS,
    "penetrations_per_second": limits.PER_SECOND,
}


def _unit(path: Path) -> str | Text:
    """The unit a field's name carries (`depth_mm` → "mm"), for range messages."""
    name = str(path[-1]) if path else ""
    return next((unit for end, unit in _UNITS.items() if name.endswith(end)), "")
