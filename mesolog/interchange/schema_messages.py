"""The words of a schema refusal: where (the JSON path), what is there, and what is allowed.

A refusal never repeats the file's free text: patients' names, notes, histories and
medication are health data, and a message reaches the screen, a terminal, a log. What a
value is shown as (`shown`):

- a number, true, false or null: itself (a whole number of more than 20 digits by its
  number of digits);
- a text in a field of a fixed list (an enum or const: area, solution, sex, status…),
  when it reads like a code (one word of letters, digits, `_` or `-`, at most 40
  characters): quoted, so that a misspelt code can be corrected;
- a text in a date, date-time, id, hash, GTIN or price field, when it is made only of digits, the
  letters a–f, T and Z and the signs `-:+./` and spaces (at most 64 characters):
  quoted, so that a wrong date can be found;
- any other text: its length only, `(12 characters)`;
- an object or a list: what it is and its size, `(an object of 3 keys)`, `(a list of 2
  entries)`.

A key of the file is named in a path when it is a plain name (letters, digits and `_`,
at most 40 characters, like every key of the format); any other key by its length.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from mesolog.domain import limits

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
UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
HASH_PATTERN = "^[0-9a-f]{64}$"
UTC_PATTERN = "Z$"
GTIN_PATTERN = "^[0-9]{14}$"
PRICE_PATTERN = r"^(0|[1-9][0-9]{0,5})(\.[0-9]{1,2})?$"
_PATTERNS = {
    UUID_PATTERN: UUID,
    r"\S": "some text other than spaces",
    HASH_PATTERN: "64 lowercase hex digits (a SHA-256 hash)",
    UTC_PATTERN: "a time in UTC, ending in Z",
    GTIN_PATTERN: "a GTIN of 14 digits (a shorter one padded with zeros on the left)",
    PRICE_PATTERN: 'a price as text, a number with at most 2 decimals, e.g. "12.50"',
}
_STRUCTURED = (UUID_PATTERN, HASH_PATTERN, UTC_PATTERN, GTIN_PATTERN, PRICE_PATTERN)
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")
_CODE = re.compile(r"[A-Za-z0-9_-]{1,40}")
_STAMP = re.compile(r"[0-9a-fA-FTZ:+./ -]{1,64}")
_STAMP_FORMATS = ("date", "date-time")
_MOST_DIGITS = 20
_TYPES = {
    "boolean": "true or false",
    "null": "null",
    "array": "a list",
    "object": "an object",
}


def shown(value: object, schema: Mapping[str, Any] | None) -> object:
    """What a refusal shows of `value`, found where `schema` applies (None: no schema)."""
    if value is None or isinstance(value, bool | float):
        return value
    if isinstance(value, int):
        digits = len(str(abs(value)))
        return value if digits <= _MOST_DIGITS else f"(a whole number of {digits} digits)"
    if isinstance(value, str):
        return value if _quotable(value, schema or {}) else f"({len(value)} characters)"
    if isinstance(value, Mapping):
        return f"(an object of {len(value)} key{'' if len(value) == 1 else 's'})"
    if isinstance(value, Sequence):
        return f"(a list of {len(value)} entr{'y' if len(value) == 1 else 'ies'})"
    return f"({type(value).__name__})"


def _quotable(text: str, schema: Mapping[str, Any]) -> bool:
    if "enum" in schema or "const" in schema:
        return _CODE.fullmatch(text) is not None
    structured = schema.get("format") in _STAMP_FORMATS or schema.get("pattern") in _STRUCTURED
    return structured and _STAMP.fullmatch(text) is not None


def key_name(key: str) -> str:
    """A key as a refusal names it: quoted when a plain name, else by its length."""
    return repr(key) if _PLAIN_NAME.fullmatch(key) else f"key of {len(key)} characters"


def format_path(path: Sequence[str | int]) -> str:
    """`patients[3].sessions[2].notes` from ("patients", 3, "sessions", 2, "notes")."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _PLAIN_NAME.fullmatch(part):
            text += f".{part}" if text else part
        else:
            text += f"[({len(part)} characters)]"
    return text or ROOT_PATH


def allowed(keyword: str, bound: Any, schema: Mapping[str, Any], root: Mapping[str, Any]) -> str:
    """What a schema keyword allows, in plain English (`root` resolves `$ref`s)."""
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return _range(schema)
    if keyword == "maxLength":
        return f"at most {bound} characters"
    if keyword == "minLength":
        return f"at least {bound} character{'' if bound == 1 else 's'}"
    if keyword == "pattern":
        return _PATTERNS.get(bound, "text of the form the format gives")
    if keyword == "format":
        return {"date": DATE, "date-time": DATE_TIME}.get(bound, f"a valid {bound}")
    if keyword == "minItems":
        return f"at least {bound} entr{'y' if bound == 1 else 'ies'}"
    if keyword == "maxItems":
        return f"at most {bound} entr{'y' if bound == 1 else 'ies'}"
    if keyword == "uniqueItems":
        return "each entry at most once"
    if keyword in ("type", "enum", "const", "oneOf", "anyOf"):
        return describe(schema, root)
    return f"a value the schema allows ({keyword})"


def describe(schema: Mapping[str, Any], root: Mapping[str, Any]) -> str:
    """What a (sub)schema allows, in plain English."""
    if "$ref" in schema:
        return describe(resolve(schema["$ref"], root), root)
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return ", or ".join(describe(branch, root) for branch in schema[combinator])
    if "const" in schema:
        return f"exactly {json.dumps(schema['const'])}"
    if "enum" in schema:
        return "one of: " + ", ".join(_literal(value) for value in schema["enum"])
    kinds = schema.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return ", or ".join(_describe_type(kind, schema, root) for kind in kinds) or "any value"


def _describe_type(kind: str, schema: Mapping[str, Any], root: Mapping[str, Any]) -> str:
    if kind == "string":
        if schema.get("format") in _STAMP_FORMATS:
            return allowed("format", schema["format"], schema, root)
        if schema.get("pattern") in (UUID_PATTERN, HASH_PATTERN, GTIN_PATTERN, PRICE_PATTERN):
            return _PATTERNS[schema["pattern"]]
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
        return str(limits.Range(low, high, low_exclusive=exclusive).describe())
    if low is not None:
        return f"{'more than' if exclusive else 'at least'} {_number(low)}"
    return f"at most {_number(high)}" if high is not None else "any number"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _literal(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def resolve(reference: str, root: Mapping[str, Any]) -> Mapping[str, Any]:
    """A local `#/$defs/...` reference of the schema (the only kind it uses)."""
    node: Any = root
    for part in reference.removeprefix("#/").split("/"):
        node = node[part]
    assert isinstance(node, Mapping)
    return node
