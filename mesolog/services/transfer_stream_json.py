"""Reading a plain interchange document as a stream: its small members, then its patients
one at a time (ijson), never the whole file in memory.

Only what `transfer_reading.parse_document` would read the same way is streamed: anything
it would refuse, or read otherwise, raises `NotStreamable` and the caller reads the file
whole, so that the refusal says what it always said (its line and column). That is: bytes
that are not UTF-8, NaN or a number ijson cannot hold, a repeated key, an escaped
surrogate (ijson reads a lone one as "?"), nesting deeper than `json_places.MAX_NESTING`,
a root that is not an object whose `patients` is a list, or a member after `patients`
(read only at the end, too late for the patients' checks).

Nesting is counted on the bytes before ijson sees them: ijson's memory grows with the
square of the depth, so a small file nested deep would exhaust memory before any item.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from array import array
from collections.abc import Callable, Iterator
from decimal import Decimal
from itertools import accumulate, compress
from operator import not_
from typing import IO, Any

import ijson

from mesolog.interchange.json_places import MAX_NESTING

Opener = Callable[[], IO[bytes]]
"""Opens the document afresh, at its first byte: it is read once for each pass."""

PATIENTS = "patients"
_CHUNK = 1 << 16
_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_STRUCTURE = bytes(range(256)).translate(None, b"[]{}:")
"""Every byte but brackets and colons, deleted to leave the document's structure."""
_STEPS = bytes.maketrans(b"[]{}:", b"\x01\xff\x01\xff\x00")
"""Brackets as +1 and -1 (signed bytes), a colon as 0."""
_DIGITS = b"0123456789"
_LONG_NUMBER = 1_000
"""Digits in a row that send the document to be read whole: ijson's C reader crashes the
process on a whole number Python will not make (more than 4,300 digits), and no number
the format allows comes near (json.loads refuses it, with its place)."""
_LONG_RUN = re.compile(rb"[0-9]{%d}" % _LONG_NUMBER)


class NotStreamable(Exception):  # noqa: N818 - a way to read, not a failure
    """The document must be read whole: streamed, it would be read otherwise or refused
    with other words."""


def _checked() -> tuple[type[dict[str, Any]], list[str]]:
    """A dict type for ijson to build objects with, and the list of the keys it met twice
    (ijson keeps the last; an exception raised inside its C reader would be lost)."""
    repeated: list[str] = []

    class Checked(dict[str, Any]):
        def __setitem__(self, key: str, value: Any) -> None:
            if key in self:
                repeated.append(key)
            super().__setitem__(key, value)

    return Checked, repeated


class _Guarded:
    """The document's bytes, checked as ijson reads them: UTF-8, no escaped surrogate, no
    nesting past the limit, no long run of digits; counts the root's members and the
    SHA-256 of the bytes."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._tail = b""
        self._slashes = b""
        self._in_string = False
        self._depth = 0
        self._digits = 0
        """Digits the bytes read so far end in."""
        self.members = 0
        """Colons at depth 1: the root object's members."""
        self.sha256 = hashlib.sha256()
        self.chunks: list[bytes] = []
        """Each chunk's digest, for a second reading (`PatientItems.again`)."""

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson's look at the kind of stream
            return b""
        chunk = self._stream.read(size if size > 0 else _CHUNK)
        self.sha256.update(chunk)
        self.chunks.append(_digest(chunk))
        try:
            self._utf8.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            raise NotStreamable from error
        self._numbers(chunk)
        self._structure(chunk)
        return chunk

    def _numbers(self, chunk: bytes) -> None:
        leading = len(chunk) - len(chunk.lstrip(_DIGITS))
        if self._digits + leading >= _LONG_NUMBER or _LONG_RUN.search(chunk):
            raise NotStreamable
        trailing = len(chunk) - len(chunk.rstrip(_DIGITS))
        self._digits = self._digits + trailing if trailing == len(chunk) else trailing

    def _structure(self, chunk: bytes) -> None:
        """Brackets and colons outside strings: a string's quotes are those left once its
        escaped backslashes and quotes are taken out (a backslash the chunk ends in waits
        for the next chunk)."""
        if _SURROGATE.search(self._tail + chunk):
            raise NotStreamable
        self._tail = chunk[-5:]
        data = self._slashes + chunk
        ending = len(data) - len(data.rstrip(b"\\"))
        self._slashes = data[len(data) - ending :]
        parts = data[: len(data) - ending].replace(b"\\\\", b"").replace(b'\\"', b"").split(b'"')
        outside = b"".join(parts[1::2] if self._in_string else parts[0::2])
        self._in_string ^= len(parts) % 2 == 0
        steps = array("b", outside.translate(None, _STRUCTURE).translate(_STEPS))
        depths = list(accumulate(steps, initial=self._depth))
        if max(depths) > MAX_NESTING:
            raise NotStreamable
        self._depth = depths[-1]
        self.members += list(compress(depths, map(not_, steps))).count(1)


def read_head(opener: Opener) -> dict[str, Any]:
    """The root object's members before `patients`, with `patients` itself as []; raises
    NotStreamable unless the root is an object whose `patients` is a list."""
    head: dict[str, Any] = {}
    with opener() as stream:
        events = ijson.parse(_Guarded(stream))
        try:
            prefix, event, _ = next(events)
            if (prefix, event) != ("", "start_map"):
                raise NotStreamable
            for prefix, event, value in events:
                if event == "end_map" and prefix == "":
                    raise NotStreamable  # no patients
                if event != "map_key":
                    raise NotStreamable
                if value in head:
                    raise NotStreamable
                if value == PATIENTS:
                    if next(events)[1] != "start_array":
                        raise NotStreamable
                    head[PATIENTS] = []
                    return head
                head[value] = _value(events)
        except (ijson.JSONError, ValueError, StopIteration) as error:
            raise NotStreamable from error
    raise NotStreamable


def _value(events: Iterator[tuple[str, str, Any]]) -> Any:
    """The value whose events come next, built as json.loads would build it."""
    checked, repeated = _checked()
    builder = ijson.ObjectBuilder(map_type=checked)
    depth = 0
    for _, event, value in events:
        builder.event(event, value)
        if event in ("start_map", "start_array"):
            depth += 1
        elif event in ("end_map", "end_array"):
            depth -= 1
        if depth == 0:
            if repeated:
                raise NotStreamable
            return _plain(builder.value)
    raise NotStreamable


def _plain(value: Any) -> Any:
    """Objects as plain dicts and numbers as floats, as json.loads gives them (the checks
    copy none). ijson's C reader gives a number with a fraction or an exponent as a Decimal
    of its digits: its own floats come from the C library's strtod, which reads the
    locale's decimal separator (in el_GR "1.5" became 1.0), so floats are made here."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, Decimal):
        return float(value)
    return value


class PatientItems:
    """The document's patients, one at a time; once read to the end, `sha256` and whether a
    member follows `patients` (NotStreamable) are known, and `again` reads them again."""

    def __init__(self, opener: Opener, head: dict[str, Any]) -> None:
        self._opener = opener
        self._members = len(head)
        self._chunks: list[bytes] = []
        self.sha256 = ""

    def __iter__(self) -> Iterator[dict[str, Any]]:
        with self._opener() as stream:
            guarded = _Guarded(stream)
            checked, repeated = _checked()
            items = ijson.items(guarded, "patients.item", map_type=checked)
            try:
                for item in items:
                    if repeated:
                        raise NotStreamable
                    yield _plain(item)
            except (ijson.JSONError, ValueError) as error:
                raise NotStreamable from error
            if guarded.members != self._members:
                raise NotStreamable
            self.sha256 = guarded.sha256.hexdigest()
            self._chunks = guarded.chunks

    def again(self) -> Iterator[dict[str, Any]]:
        """The patients read again, from bytes each found the same as the first reading's
        (NotStreamable as soon as any differs: the file changed since)."""
        with self._opener() as stream:
            for item in ijson.items(_Same(stream, self._chunks), "patients.item"):
                yield _plain(item)


class _Same:
    """The document's bytes, each chunk the same as when it was read before."""

    def __init__(self, stream: IO[bytes], chunks: list[bytes]) -> None:
        self._stream = stream
        self._chunks = iter(chunks)

    def read(self, size: int = -1) -> bytes:
        if size == 0:
            return b""
        chunk = self._stream.read(size if size > 0 else _CHUNK)
        if _digest(chunk) != next(self._chunks, None):
            raise NotStreamable
        return chunk


def _digest(chunk: bytes) -> bytes:
    return hashlib.blake2b(chunk, digest_size=16).digest()
