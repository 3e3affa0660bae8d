"""Reading a plain interchange document as a stream: its small members, then its patients
one at a time, never the whole file in memory.

Each value is read by json's own scanner (`JSONDecoder.raw_decode`, what `json.loads`
runs) from the text decoded so far, which grows by a chunk when a value goes on past it;
the root object's brackets, colons and commas between the values are read here. Only what
`transfer_reading.parse_document` would read the same way is streamed: anything it would
refuse, or read otherwise, raises `NotStreamable` and the caller reads the file whole, so
that the refusal says what it always said (its line and column). That is: bytes that are
not UTF-8, NaN, a number Python will not make, a repeated key, an escaped surrogate,
nesting deeper than `json_places.MAX_NESTING`, a root that is not an object whose
`patients` is a list, a member after `patients` (read only at the end, too late for the
patients' checks), or anything json would not read at all.

Nesting is counted on the bytes before the scanner sees them, which recurses once a level.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from array import array
from collections.abc import Callable, Iterator
from itertools import accumulate
from typing import IO, Any, NoReturn

from mesolog.interchange.json_places import MAX_NESTING

Opener = Callable[[], IO[bytes]]
"""Opens the document afresh, at its first byte: it is read once for each pass."""

PATIENTS = "patients"
_CHUNK = 1 << 16
_CHUNKS = 4
"""Chunks decoded at a time: a patient the text ends inside is read again once it has
grown, so the text grows by 256 KiB rather than by a chunk."""
_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_STRUCTURE = bytes(range(256)).translate(None, b"[]{}")
"""Every byte but brackets, deleted to leave the document's structure."""
_STEPS = bytes.maketrans(b"[]{}", b"\x01\xff\x01\xff")
"""Brackets as +1 and -1 (signed bytes)."""
_DIGITS = b"0123456789"
_LONG_NUMBER = 1_000
"""Digits in a row that send the document to be read whole: json.loads refuses a whole
number of more than 4,300 digits (with its place), and no number the format allows comes
near."""
_ZEROS = bytes.maketrans(_DIGITS, b"0" * len(_DIGITS))
"""Every digit as 0: a long number is then a long run of zeros, found by a plain search (a
regular expression of a digit class tried at every byte took a third of the reading)."""
_LONG_RUN = b"0" * _LONG_NUMBER
_SPACE = re.compile(r"[ \t\n\r]*")
"""JSON's white space."""
_AFTER_VALUE = frozenset(" \t\n\r,:]}")
"""What may follow a key or value of the root, or an item of the patients' list."""


class NotStreamable(Exception):  # noqa: N818 - a way to read, not a failure
    """The document must be read whole: streamed, it would be read otherwise or refused
    with other words."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    made = dict(pairs)
    if len(made) != len(pairs):
        raise NotStreamable  # a repeated key
    return made


def _constant(name: str) -> NoReturn:
    raise NotStreamable  # NaN or Infinity


_CHECKING = json.JSONDecoder(object_pairs_hook=_object, parse_constant=_constant)
"""The first reading's: the values parse_document refuses are NotStreamable."""
_READING = json.JSONDecoder()
"""The second reading's, of bytes the first has read."""


class _Guarded:
    """The document's bytes, checked as they are read: UTF-8, no escaped surrogate, no
    nesting past the limit, no long run of digits; the SHA-256 of the bytes."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._tail = b""
        self._slashes = b""
        self._in_string = False
        self._depth = 0
        self._digits = 0
        """Digits the bytes read so far end in."""
        self.sha256 = hashlib.sha256()
        self.chunks: list[bytes] = []
        """Each chunk's digest, for a second reading (`PatientItems.again`)."""

    def text(self) -> str | None:
        """The next chunk, decoded; None after the last."""
        chunk = self._stream.read(_CHUNK)
        self.sha256.update(chunk)
        self.chunks.append(_digest(chunk))
        try:
            text = self._utf8.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            raise NotStreamable from error
        self._numbers(chunk)
        self._structure(chunk)
        return text if chunk else None

    def _numbers(self, chunk: bytes) -> None:
        leading = len(chunk) - len(chunk.lstrip(_DIGITS))
        if self._digits + leading >= _LONG_NUMBER or _LONG_RUN in chunk.translate(_ZEROS):
            raise NotStreamable
        trailing = len(chunk) - len(chunk.rstrip(_DIGITS))
        self._digits = self._digits + trailing if trailing == len(chunk) else trailing

    def _structure(self, chunk: bytes) -> None:
        """Brackets outside strings: a string's quotes are those left once its escaped
        backslashes and quotes are taken out (a backslash the chunk ends in waits for the
        next chunk)."""
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


class _Same:
    """The document's bytes, each chunk the same as when it was read before."""

    def __init__(self, stream: IO[bytes], chunks: list[bytes]) -> None:
        self._stream = stream
        self._chunks = iter(chunks)
        self._utf8 = codecs.getincrementaldecoder("utf-8")()

    def text(self) -> str | None:
        chunk = self._stream.read(_CHUNK)
        if _digest(chunk) != next(self._chunks, None):
            raise NotStreamable
        text = self._utf8.decode(chunk, final=not chunk)
        return text if chunk else None


class _Root:
    """The root object read from decoded text a value at a time: the text read so far but
    not yet used is all it holds."""

    def __init__(self, more: Callable[[], str | None], decoder: json.JSONDecoder) -> None:
        self._more = more
        self._decoder = decoder
        self._text = ""
        self._at = 0
        self._ended = False

    def _grow(self, chunks: int) -> None:
        if self._ended:
            raise NotStreamable  # json would not read it: the whole file's check says where
        parts = [self._text[self._at :]]
        for _ in range(chunks):
            part = self._more()
            if part is None:
                self._ended = True
                break
            parts.append(part)
        self._text, self._at = "".join(parts), 0

    def _char(self) -> str:
        """The next character but white space, read past ("" at the end)."""
        while True:
            self._at = _past_space(self._text, self._at)
            if self._at < len(self._text):
                self._at += 1
                return self._text[self._at - 1]
            if self._ended:
                return ""
            self._grow(_CHUNKS)

    def _expect(self, char: str) -> None:
        if self._char() != char:
            raise NotStreamable

    def _value(self) -> Any:
        """The value at the next character but white space, once the character after it is
        read too and ends it (a number cut at "1." or "1e" could go on in the next chunk);
        the text grows by twice as much each time a value goes on past it."""
        chunks = _CHUNKS
        while True:
            self._at = _past_space(self._text, self._at)
            try:
                value, end = self._decoder.raw_decode(self._text, self._at)
            except json.JSONDecodeError:
                pass
            except (ValueError, RecursionError) as error:
                raise NotStreamable from error
            else:
                if self._text[end : end + 1] in _AFTER_VALUE or self._ended:
                    self._at = end
                    return value
            self._grow(chunks)
            chunks *= 2

    def head(self) -> Iterator[tuple[str, Any]]:
        """The root's members before `patients`, each key and value; then the reading
        stands inside the patients' list."""
        self._expect("{")
        while True:
            self._expect('"')
            self._at -= 1
            key = self._value()
            self._expect(":")
            if key == PATIENTS:
                self._expect("[")
                return
            yield key, self._value()
            self._expect(",")

    def patients(self) -> Iterator[Any]:
        """The patients' list's items, then the end of the root (NotStreamable when a
        member follows)."""
        if self._char() != "]":
            self._at -= 1
            while True:
                yield self._value()
                following = self._char()
                if following == "]":
                    break
                if following != ",":
                    raise NotStreamable
        self._expect("}")
        self._expect("")


def read_head(opener: Opener) -> dict[str, Any]:
    """The root object's members before `patients`, with `patients` itself as []; raises
    NotStreamable unless the root is an object whose `patients` is a list."""
    head: dict[str, Any] = {}
    with opener() as stream:
        for key, value in _Root(_Guarded(stream).text, _CHECKING).head():
            if key in head:
                raise NotStreamable
            head[key] = value
    head[PATIENTS] = []
    return head


class PatientItems:
    """The document's patients, one at a time; once read to the end, `sha256` and whether a
    member follows `patients` (NotStreamable) are known, and `again` reads them again."""

    def __init__(self, opener: Opener, head: dict[str, Any], *, checking: bool = True) -> None:
        """Without `checking`, the first reading takes what json.loads would read otherwise
        (a repeated key, NaN) as it comes: for a reader whose bytes another check judges."""
        self._opener = opener
        self._head = [(key, value) for key, value in head.items() if key != PATIENTS]
        self._chunks: list[bytes] = []
        self._decoder = _CHECKING if checking else _READING
        self.sha256 = ""

    def __iter__(self) -> Iterator[Any]:
        with self._opener() as stream:
            guarded = _Guarded(stream)
            root = _Root(guarded.text, self._decoder)
            if list(root.head()) != self._head:
                # The file changed since its head was read (apart, unhashed): the head
                # decoded must be the one of the bytes hashed and checked.
                raise NotStreamable
            yield from root.patients()
            self.sha256 = guarded.sha256.hexdigest()
            self._chunks = guarded.chunks

    def again(self) -> Iterator[Any]:
        """The patients read again, from bytes each found the same as the first reading's
        (NotStreamable as soon as any differs: the file changed since)."""
        with self._opener() as stream:
            root = _Root(_Same(stream, self._chunks).text, _READING)
            for _ in root.head():
                pass
            yield from root.patients()


def _past_space(text: str, at: int) -> int:
    match = _SPACE.match(text, at)
    return at if match is None else match.end()


def _digest(chunk: bytes) -> bytes:
    return hashlib.blake2b(chunk, digest_size=16).digest()
