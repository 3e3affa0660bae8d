"""A fast first look at a document against its schema, by jsonschema-rs: when it finds the
document valid, the slow check (jsonschema, which words every message) is skipped.

It may only ever accept what jsonschema accepts; where the two differ it must refuse, so
that jsonschema decides. So its schema differs from the shipped one where the regex
dialects do: Rust's `\\S` takes U+001C–U+001F for text, Python's for space, and the fast
schema spells out Python's. A `$` that Python lets match before a final newline and Rust
does not only makes the fast check refuse more. A document jsonschema-rs cannot take at
all (a lone surrogate for the whole document) is refused too.
tests/properties/test_schema_fast_path.py holds it to this.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import jsonschema_rs

PYTHON_SPACES = (
    (0x09, 0x0D),
    (0x1C, 0x20),
    (0x85, 0x85),
    (0xA0, 0xA0),
    (0x1680, 0x1680),
    (0x2000, 0x200A),
    (0x2028, 0x2029),
    (0x202F, 0x202F),
    (0x205F, 0x205F),
    (0x3000, 0x3000),
)
"""The code points `str.isspace` takes, as ranges: written out, since finding them among all
of Unicode took a tenth of a second of every import (tests/interchange/test_schema_spaces.py
holds them to this Python's)."""
_PYTHON_NON_SPACE = "[^{}]".format(
    "".join(f"\\u{{{low:x}}}-\\u{{{high:x}}}" for low, high in PYTHON_SPACES)
)


def _python_regexes(node: Any) -> Any:
    if isinstance(node, list):
        return [_python_regexes(item) for item in node]
    if not isinstance(node, dict):
        return node
    changed = {key: _python_regexes(value) for key, value in node.items()}
    if changed.get("pattern") == "\\S":
        changed["pattern"] = _PYTHON_NON_SPACE
    return changed


def fast_validator(schema: Any, formats: Mapping[str, Callable[[object], bool]]) -> Any:
    """jsonschema-rs's validator of `schema` with these format checks."""
    return jsonschema_rs.validator_for(
        _python_regexes(schema), formats=dict(formats), validate_formats=True
    )


def accepts(validator: Any, document: object) -> bool:
    """True when the document surely meets the validator's schema; False when jsonschema
    must look."""
    try:
        return bool(validator.is_valid(document))
    except ValueError:
        return False
