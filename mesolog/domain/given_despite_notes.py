"""The warnings a session went ahead despite, written into its notes for the export file.

The interchange format (mesolog-export-v1) has no field for them, and its session allows
no field it does not name. So an export appends a marked paragraph to the session's notes,
one line a warning, readable by a person and by any program:

    Tolerated well.

    Warnings given anyway (mesolog):
    - allergen_given: "Allergy on record \"Lidocaine\": …" Reason: "Patch test negative."

The words and the reason are JSON strings (a new line in a reason is written `\\n`), so
each warning stays on its line. An import takes the paragraph back off the notes when it
ends them and every line is one that this module writes for a known warning kind: the
export → import round trip gives back the notes and the warnings exactly. Notes that
already end in such a paragraph get an empty one after it, so they too come back as typed.
"""

from __future__ import annotations

import json
import re

from mesolog.domain.records import GivenDespite
from mesolog.domain.warnings import WarningKind

MARKER = "Warnings given anyway (mesolog):"
_SEPARATOR = "\n\n"
_LINE = re.compile(r"- ([a-z_]+): ")
_REASON = " Reason: "
_KINDS = frozenset(kind.value for kind in WarningKind)


def notes_with_given_despite(notes: str, given: tuple[GivenDespite, ...]) -> str:
    """The notes as the export file carries them: with the paragraph when there is any."""
    if not given and split_given_despite(notes) == (notes, ()):
        return notes
    block = MARKER + "".join(f"\n{_line(g)}" for g in given)
    return f"{notes}{_SEPARATOR}{block}" if notes else block


def split_given_despite(notes: str) -> tuple[str, tuple[GivenDespite, ...]]:
    """The notes as typed and the warnings given anyway, from notes as the file carries
    them; notes without the paragraph are returned as they are, with no warnings."""
    at = notes.rfind(_SEPARATOR + MARKER)
    if at >= 0:
        head, tail = notes[:at], notes[at + len(_SEPARATOR) + len(MARKER) :]
    elif notes.startswith(MARKER):
        head, tail = "", notes[len(MARKER) :]
    else:
        return notes, ()
    if not tail:
        return head, ()
    if not tail.startswith("\n"):
        return notes, ()
    found: list[GivenDespite] = []
    for line in tail[1:].split("\n"):
        given = _parsed(line)
        if given is None:
            return notes, ()
        found.append(given)
    return head, tuple(found)


def _line(given: GivenDespite) -> str:
    warning = json.dumps(given.warning, ensure_ascii=False)
    reason = json.dumps(given.reason, ensure_ascii=False)
    return f"- {given.kind}: {warning}{_REASON}{reason}"


def _parsed(line: str) -> GivenDespite | None:
    """The warning a line written by `_line` holds; None for any other line."""
    start = _LINE.match(line)
    if start is None or start.group(1) not in _KINDS:
        return None
    decoder = json.JSONDecoder()
    try:
        warning, end = decoder.raw_decode(line, start.end())
        if not line.startswith(_REASON, end):
            return None
        reason, end = decoder.raw_decode(line, end + len(_REASON))
    except json.JSONDecodeError:
        return None
    if not isinstance(warning, str) or not isinstance(reason, str) or end != len(line):
        return None
    given = GivenDespite(start.group(1), warning, reason)
    return given if _line(given) == line else None
