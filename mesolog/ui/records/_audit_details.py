"""An audit entry's detail in the window's language.

The services write each entry's detail in English (docs/translation-plan.md §3): it is
hashed into the audit chain, and workstations in other languages share it. The audit log
shows it translated: the detail is read as clauses separated by "; " (an import's file,
its chain anchor and what it added; a restore's file and its safety copy), each matched
against the shapes the services write (`_audit_detail_shapes`), its values (ids, file
names, hashes, counts, times) taken from the stored text and put back into the
translation, a role or a reaction in its words. A clause is shown as stored when no shape
matches it whole, or when its words have no translation (in English every clause is
shown exactly as stored); a detail no shape reads is shown as stored.
"""

from __future__ import annotations

from dataclasses import replace

from mesolog.domain.texts import Text
from mesolog.ui.common.translation import shown
from mesolog.ui.records._audit_detail_copies import COPIES, RECALLS
from mesolog.ui.records._audit_detail_files import EXPORTS, IMPORTS
from mesolog.ui.records._audit_detail_shapes import (
    ACCOUNTS,
    EMPTY,
    LOG_IN_FAILURES,
    RECORDS,
    Shape,
)

SEPARATOR = "; "
SHAPES = (*ACCOUNTS, *LOG_IN_FAILURES, *RECORDS, *EXPORTS, *IMPORTS, *RECALLS, *COPIES, EMPTY)


def shown_detail(action: str, detail: str) -> str:
    """`detail` of an entry of `action` (`AuditAction`'s value) in the window's language."""
    clauses = read_clauses(action, detail)
    if clauses is None:
        return detail
    return SEPARATOR.join(_clause_shown(stored, text) for stored, text in clauses)


def read_clauses(action: str, detail: str) -> list[tuple[str, Text | None]] | None:
    """The clauses of `detail`, each as stored and in words (None for an empty clause);
    None when a part of it is in no shape an entry of `action` is written in."""
    return _clauses(tuple(shape for shape in SHAPES if shape.fits(action)), detail, 0)


def _clauses(
    shapes: tuple[Shape, ...], detail: str, start: int
) -> list[tuple[str, Text | None]] | None:
    for shape in shapes:
        found = shape.pattern.match(detail, start)
        if found is None:
            continue
        words = shape.words(found) if found.end() > start else None
        if found.end() > start and words is None:
            continue
        clause = (found.group(0), words)
        if found.end() == len(detail):
            return [clause]
        rest = _clauses(shapes, detail, found.end() + len(SEPARATOR))
        if rest is not None:
            return [clause, *rest]
    return None


def _clause_shown(stored: str, text: Text | None) -> str:
    """The clause in words when its words are translated, else as stored."""
    if text is None:
        return stored
    lead = _lead(text)
    # Its template, translated, with each value's {name} put back in place of the value.
    template = replace(lead, values=tuple((name, f"{{{name}}}") for name, _ in lead.values))
    return stored if shown(template) == lead.source else shown(text)


def _lead(text: Text) -> Text:
    """The message whose translation decides: a text joined of others (`verbatim`, with no
    context) is decided by its first part."""
    while not text.context:
        parts = [value for _name, value in text.values if isinstance(value, Text)]
        if not parts:
            return text
        text = parts[0]
    return text
