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
from mesolog.domain.texts import Text, phrase, verbatim

ROOT_PATH = "(file)"
"""The path shown for a problem with the document as a whole."""

REQUIRED = phrase("Interchange", "a value is required")
DATE = phrase("Interchange", "a date as YYYY-MM-DD")
YEARS = (1900, 2999)
"""Date-times outside these years cannot be a session's (and would overflow in UTC)."""
DATE_TIME = phrase(
    "Interchange",
    "a date and time with UTC offset, years {first} to {last}, e.g. 2026-03-01T10:30:00+02:00",
).having(first=str(YEARS[0]), last=str(YEARS[1]))  # years: never grouped
UUID = phrase(
    "Interchange", "an id in UUID form (lowercase), e.g. 3f2b8c1e-5d7a-4c2b-9e1f-0a6b7c8d9e0f"
)
UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
HASH_PATTERN = "^[0-9a-f]{64}$"
UTC_PATTERN = "Z$"
GTIN_PATTERN = "^[0-9]{14}$"
PRICE_PATTERN = r"^(0|[1-9][0-9]{0,5})(\.[0-9]{1,2})?$"
_PATTERNS = {
    UUID_PATTERN: UUID,
    r"\S": phrase("Interchange", "some text other than spaces"),
    HASH_PATTERN: phrase("Interchange", "64 lowercase hex digits (a SHA-256 hash)"),
    UTC_PATTERN: phrase("Interchange", "a time in UTC, ending in Z"),
    GTIN_PATTERN: phrase(
        "Interchange", "a GTIN of 14 digits (a shorter one padded with zeros on the left)"
    ),
    PRICE_PATTERN: phrase(
        "Interchange", 'a price as text, a number with at most 2 decimals, e.g. "12.50"'
    ),
}
_STRUCTURED = (UUID_PATTERN, HASH_PATTERN, UTC_PATTERN, GTIN_PATTERN, PRICE_PATTERN)
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")
_CODE = re.compile(r"[A-Za-z0-9_-]{1,40}")
_STAMP = re.compile(r"[0-9a-fA-FTZ:+./ -]{1,64}")
_STAMP_FORMATS = ("date", "date-time")
_MOST_DIGITS = 20
_TYPES = {
    "boolean": phrase("Interchange", "true or false"),
    "null": verbatim("null"),
    "array": phrase("Interchange", "a list"),
    "object": phrase("Interchange", "an object"),
}
_UNKNOWN_FORM = phrase("Interchange", "text of the form the format gives")


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


def allowed(
    keyword: str,
    bound: Any,
    schema: Mapping[str, Any],
    root: Mapping[str, Any],
    unit: str | Text = "",
) -> Text:
    """What a schema keyword allows, for people (`root` resolves `$ref`s; `unit` follows a
    range: a symbol such as "mm", or a word marked with phrase)."""
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return _range(schema, unit)
    if keyword == "maxLength":
        return phrase("Interchange", "at most {count} characters").having(count=bound)
    if keyword == "minLength":
        if bound == 1:
            return phrase("Interchange", "at least 1 character")
        return phrase("Interchange", "at least {count} characters").having(count=bound)
    if keyword == "pattern":
        return _PATTERNS.get(bound, _UNKNOWN_FORM)
    if keyword == "format":
        if bound in ("date", "date-time"):
            return DATE if bound == "date" else DATE_TIME
        return phrase("Interchange", "a valid {format}").having(format=bound)
    if keyword in ("minItems", "maxItems"):
        return _entries(keyword, bound)
    if keyword == "uniqueItems":
        return phrase("Interchange", "each entry at most once")
    if keyword in ("type", "enum", "const", "oneOf", "anyOf"):
        return describe(schema, root)
    return phrase("Interchange", "a value the schema allows ({keyword})").having(keyword=keyword)


def _entries(keyword: str, bound: int) -> Text:
    if keyword == "minItems":
        if bound == 1:
            return phrase("Interchange", "at least 1 entry")
        return phrase("Interchange", "at least {count} entries").having(count=bound)
    if bound == 1:
        return phrase("Interchange", "at most 1 entry")
    return phrase("Interchange", "at most {count} entries").having(count=bound)


def either(choices: Sequence[Text]) -> Text:
    """ "a, or b, or c": each choice, the last ones joined to those before."""
    said = choices[0]
    for choice in choices[1:]:
        said = phrase("Interchange", "{before}, or {after}").having(before=said, after=choice)
    return said


def joined(parts: Sequence[Text], separator: str) -> Text:
    """The parts one after another with `separator` (a sign, the same in every language)."""
    names = [f"part{index}" for index in range(len(parts))]
    template = separator.join(f"{{{name}}}" for name in names)
    return verbatim(template).having(**dict(zip(names, parts, strict=True)))


def describe(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Text:
    """What a (sub)schema allows, for people."""
    if "$ref" in schema:
        return describe(resolve(schema["$ref"], root), root)
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return either([describe(branch, root) for branch in schema[combinator]])
    if "const" in schema:
        return phrase("Interchange", "exactly {value}").having(value=json.dumps(schema["const"]))
    if "enum" in schema:
        values = ", ".join(_literal(value) for value in schema["enum"])
        return phrase("Interchange", "one of: {values}").having(values=values)
    kinds = schema.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if not kinds:
        return phrase("Interchange", "any value")
    return either([_describe_type(kind, schema, root) for kind in kinds])


def _describe_type(kind: str, schema: Mapping[str, Any], root: Mapping[str, Any]) -> Text:
    if kind == "string":
        if schema.get("format") in _STAMP_FORMATS:
            return allowed("format", schema["format"], schema, root)
        if schema.get("pattern") in (UUID_PATTERN, HASH_PATTERN, GTIN_PATTERN, PRICE_PATTERN):
            return _PATTERNS[schema["pattern"]]
        low, high = schema.get("minLength"), schema.get("maxLength")
        if high is None:
            return phrase("Interchange", "text")
        if low:
            return phrase("Interchange", "text of {low} to {high} characters").having(
                low=low, high=high
            )
        return phrase("Interchange", "text of at most {high} characters").having(high=high)
    if kind in ("integer", "number"):
        has_range = any(k in schema for k in ("minimum", "maximum", "exclusiveMinimum"))
        if kind == "integer":
            if not has_range:
                return phrase("Interchange", "a whole number")
            return phrase("Interchange", "a whole number, {range}").having(range=_range(schema))
        if not has_range:
            return phrase("Interchange", "a number")
        return phrase("Interchange", "a number, {range}").having(range=_range(schema))
    return _TYPES.get(kind, verbatim(kind))


def _range(schema: Mapping[str, Any], unit: str | Text = "") -> Text:
    exclusive = "exclusiveMinimum" in schema
    low = schema.get("exclusiveMinimum", schema.get("minimum"))
    high = schema.get("maximum")
    if low is not None and high is not None:
        return limits.Range(low, high, low_exclusive=exclusive).describe(unit)
    if low is not None:
        if exclusive:
            said = phrase("Interchange", "more than {low}").having(low=_number(low))
        else:
            said = phrase("Interchange", "at least {low}").having(low=_number(low))
    elif high is not None:
        said = phrase("Interchange", "at most {high}").having(high=_number(high))
    else:
        return phrase("Interchange", "any number")
    if not unit:
        return said
    return phrase("Interchange", "{range} {unit}", "a range, then its unit").having(
        range=said, unit=unit
    )


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _literal(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def resolve(reference: str, root: Mapping[str, Any]) -> Mapping[str, Any]:
    """A local `#/$defs/...` reference of the schema (the only kind it uses)."""
    node: Any = root
    for part in reference.removeprefix("#/").split("/"):
        node = node[part]
    assert isinstance(node, Mapping)
    return node
