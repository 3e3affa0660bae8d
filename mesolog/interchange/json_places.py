"""Finding, in JSON text, the place of what JSON readers take but the format refuses.

Python's JSON reader accepts NaN and Infinity, a key twice in one object and nesting
as deep as its stack allows, and gives up on an integer of more digits than it converts;
none of these says where in the file it is. `first_refused` reads the text again,
token by token, and returns the first such place in the file's order: its line and
column, and its JSON path. It is called only once a file was refused, so its speed
matters little.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass

from mesolog.domain.texts import Text, phrase

MAX_NESTING = 64
"""Levels of objects and lists a file may nest: a mesolog file needs fewer than 12."""
NOT_A_NUMBER = phrase("Interchange", "numbers only; NaN and Infinity are not JSON")
REPEATED_KEY = phrase("Interchange", "each key once per object")
TOO_DEEP = phrase(
    "Interchange", "JSON of the mesolog format (at most {levels} levels deep)"
).having(levels=MAX_NESTING)

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
    | (?P<string>"[^"\\]*(?:\\.[^"\\]*)*")
    | (?P<open>[\[{])
    | (?P<close>[\]}])
    | (?P<colon>:)
    | (?P<comma>,)
    | (?P<constant>NaN|-?Infinity)
    | (?P<number>-?[0-9]+(?P<fraction>(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?))
    | (?P<word>true|false|null)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Place:
    """Where the first refused construct of a text is, and what it is."""

    what: str
    """In words, without the file's own text: 'NaN', "a second 'notes'"."""
    allowed: Text
    path: tuple[str | int, ...]
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.what} at line {self.line}, column {self.column}"


class _Container:
    """An object or list being read: its keys so far, or the index of its next item."""

    def __init__(self, is_object: bool) -> None:
        self.is_object = is_object
        self.keys: set[str] = set()
        self.index = 0
        self.key: str | None = None
        self.expecting_key = is_object


def first_refused(text: str, *, name_key: Callable[[str], str] = repr) -> Place | None:
    """The first NaN or ±Infinity, repeated key, integer past Python's digit limit, or
    nesting deeper than MAX_NESTING in `text`; None when there is none (or the text stops
    being JSON before one). `name_key(key)` says how a repeated key is named."""
    digits_limit = sys.get_int_max_str_digits()
    stack: list[_Container] = []
    position = 0

    def path() -> tuple[str | int, ...]:
        parts: list[str | int] = []
        for container in stack:
            if container.is_object:
                if container.key is not None:
                    parts.append(container.key)
            else:
                parts.append(container.index)
        return tuple(parts)

    def place(what: str, allowed: Text, at: int) -> Place:
        line = text.count("\n", 0, at) + 1
        return Place(what, allowed, path(), line, at - text.rfind("\n", 0, at))

    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            return None
        start, position = match.start(), match.end()
        kind = match.lastgroup
        top = stack[-1] if stack else None
        if kind == "space":
            continue
        if kind == "string" and top is not None and top.is_object and top.expecting_key:
            key = _key(match.group())
            if key is None:
                return None
            top.key, top.expecting_key = key, False
            if key in top.keys:
                return place(f"a second {name_key(key)}", REPEATED_KEY, start)
            top.keys.add(key)
        elif kind == "open":
            if len(stack) >= MAX_NESTING:
                return place(f"more than {MAX_NESTING} levels of nesting", TOO_DEEP, start)
            stack.append(_Container(match.group() == "{"))
        elif kind == "close":
            if not stack:
                return None
            stack.pop()
        elif kind == "comma" and top is not None:
            top.index += 1
            top.expecting_key = top.is_object
            top.key = None if top.is_object else top.key
        elif kind == "constant":
            return place(match.group(), NOT_A_NUMBER, start)
        elif kind == "number" and not match.group("fraction"):
            count = len(match.group().lstrip("-"))
            if digits_limit and count > digits_limit:
                allowed = phrase(
                    "Interchange",
                    "numbers of the mesolog format (whole numbers of at most {digits} digits)",
                ).having(digits=str(digits_limit))  # written as Python says it: never grouped
                return place(f"a whole number of {count} digits", allowed, start)
    return None


def _key(token: str) -> str | None:
    """The key a string token spells (escapes read), None when it is not valid JSON."""
    try:
        value = json.loads(token)
    except ValueError:
        return None
    return value if isinstance(value, str) else None
