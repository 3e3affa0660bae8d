"""Qt's compiled translation files (`.qm`) read without Qt.

A `.qm` is a 16-byte magic and tagged blocks (0x42 hashes, 0x69 messages, 0x2f contexts,
0x88 numerus rules). Each message in the 0x69 block is a run of tags: 3 a translation
(UTF-16BE, one per plural form), 6 the source, 7 the context, 8 the comment (UTF-8),
9 obsolete with no payload, 2/4/5 obsolete fields; 1 ends it. lrelease keeps each
message's source and context by default, which is what lets the file be read back.
`tests/language/test_qm_against_qt.py` checks this against Qt's own `QTranslator`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE = 1, 3, 6, 7, 8, 9
_NULL = 0xFFFFFFFF

Key = tuple[str, str, str]
"""(context, source, comment)"""


def read_qm(data: bytes) -> dict[Key, list[str]]:
    """Every message of a `.qm`: (context, source, comment) → its translation's forms
    (one, or one per plural form; "" for a form left empty)."""
    if data[:16] != MAGIC:
        raise ValueError("not a .qm file")
    messages = _blocks(data).get(_MESSAGES, b"")
    found: dict[Key, list[str]] = {}
    pos = 0
    while pos < len(messages):
        forms: list[str] = []
        parts = {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
        while (tag := messages[pos]) != _END:
            pos += 1
            if tag == _OBSOLETE:
                continue
            size = int.from_bytes(messages[pos : pos + 4], "big")
            pos += 4
            if size == _NULL:
                forms.append("")
                continue
            raw = messages[pos : pos + size]
            pos += size
            if tag == _TRANSLATION:
                forms.append(raw.decode("utf-16-be"))
            elif tag in parts:
                parts[tag] = raw.decode("utf-8")
        pos += 1
        found[(parts[_CONTEXT], parts[_SOURCE], parts[_COMMENT])] = forms
    return found


def _blocks(data: bytes) -> dict[int, bytes]:
    blocks: dict[int, bytes] = {}
    pos = 16
    while pos < len(data):
        tag, size = data[pos], int.from_bytes(data[pos + 1 : pos + 5], "big")
        blocks[tag] = data[pos + 5 : pos + 5 + size]
        pos += 5 + size
    return blocks


@dataclass(frozen=True)
class Catalogue:
    """One language's translations, looked up as Qt's `QTranslator` does."""

    messages: Mapping[Key, list[str]] = field(default_factory=dict)

    @classmethod
    def from_qm(cls, data: bytes) -> Catalogue:
        return cls(read_qm(data))

    def forms(self, context: str, source: str, comment: str | None) -> list[str] | None:
        """The translation's forms, or None when there is none. lrelease drops a comment
        no other message needs to be told apart by, so a message is looked up with its
        comment and then without."""
        return self.messages.get((context, source, comment or "")) or self.messages.get(
            (context, source, "")
        )
