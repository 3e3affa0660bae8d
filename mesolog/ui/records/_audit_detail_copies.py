"""The shapes of the audit details of recall searches and their files (services/recall.py,
recall_files.py), backups (services/backup_copies.py), restores (services/backups.py,
persistence/restore_entries.py) and the database's encryption (services/encryption.py).
See `_audit_detail_shapes`."""

from __future__ import annotations

import datetime as dt
import re

from mesolog.domain.texts import Text, phrase, phrase_n
from mesolog.ui.records._audit_detail_shapes import (
    DAY,
    count,
    file_words,
    fixed,
    joined,
    plural,
    shape,
)

# Recall searches: `recall search: <query>; <n> patient(s); reason: <reason>`, and the
# files of their results: `recall csv: <n> patient(s), <m> session(s); <query>`, where the
# query is `lot "…", product "…", <day> to <day>` (recall_data.RecallQuery.words), a long
# value shortened and its length said: `product "HydraBoost…" (200 characters)`.

_ANY_DAY = f"{DAY}|any date"
QUERY = re.compile(
    r'(?:lot "(?P<lot>.*?)"(?: \((?P<lot_length>\d+) characters\))?)?(?:, )?'
    r'(?:product "(?P<product>.*?)"(?: \((?P<product_length>\d+) characters\))?)?(?:, )?'
    f"(?:(?P<start>{_ANY_DAY}) to (?P<end>{_ANY_DAY}))?",
    re.DOTALL,
)
"""A query's parts, each there or not; what they are read as is written again and
compared with the stored text (a comma only between parts)."""
_PATIENTS = phrase_n("AuditDetail", "%n patient(s)", None, 1)
_SESSIONS = phrase_n("AuditDetail", "%n session(s)", None, 1)


def query_words(query: str) -> Text | None:
    """A recall's query in words; None when it is not written as a query is."""
    found = QUERY.fullmatch(query)
    if found is None or _written(found) != query or not query:
        return None
    parts = []
    if found.group("lot") is not None:
        lot = phrase("AuditDetail", 'lot "{lot}"')
        parts.append(
            _sought(found, "lot", lot, phrase("AuditDetail", 'lot "{lot}" ({length} characters)'))
        )
    if found.group("product") is not None:
        product = phrase("AuditDetail", 'product "{product}"')
        shortened = phrase("AuditDetail", 'product "{product}" ({length} characters)')
        parts.append(_sought(found, "product", product, shortened))
    if found.group("start") is not None:
        days = phrase("AuditDetail", "{first} to {last}", "the days a recall searched")
        parts.append(days.having(first=_day(found.group("start")), last=_day(found.group("end"))))
    return joined(parts)


def _written(found: re.Match[str]) -> str:
    """The query as RecallQuery.words writes what `found` read."""
    parts = []
    for name in ("lot", "product"):
        if found.group(name) is not None:
            length = found.group(f"{name}_length")
            note = f" ({length} characters)" if length is not None else ""
            parts.append(f'{name} "{found.group(name)}"{note}')
    if found.group("start") is not None:
        parts.append(f"{found.group('start')} to {found.group('end')}")
    return ", ".join(parts)


def _sought(found: re.Match[str], name: str, whole: Text, shortened: Text) -> Text:
    length = found.group(f"{name}_length")
    if length is None:
        return whole.having(**{name: found.group(name)})
    return shortened.having(**{name: found.group(name), "length": int(length)})


def _day(text: str) -> Text | dt.date:
    if text == "any date":
        return phrase("AuditDetail", "any date", "a recall's first or last day, not set")
    return dt.date.fromisoformat(text)


def _search(found: re.Match[str]) -> Text | None:
    query = query_words(found.group("query"))
    if query is None:
        return None
    return phrase("AuditDetail", "recall search: {query}; {patients}; reason: {reason}").having(
        query=query, patients=plural(_PATIENTS, found, "patients"), reason=found.group("reason")
    )


def _recall_file(found: re.Match[str]) -> Text | None:
    query = query_words(found.group("query"))
    if query is None:
        return None
    if found.group("kind") == "csv":
        text = phrase("AuditDetail", "recall csv: {patients}, {sessions}; {query}")
    else:
        text = phrase("AuditDetail", "recall letters pdf: {patients}, {sessions}; {query}")
    return text.having(
        patients=plural(_PATIENTS, found, "patients"),
        sessions=plural(_SESSIONS, found, "sessions"),
        query=query,
    )


RECALLS = (
    shape(
        r"recall search: (?P<query>.*?); (?P<patients>\d+) patients?; reason: (?P<reason>.*)",
        _search,
        "recall",
    ),
    shape(
        r"recall (?P<kind>csv|letters pdf): (?P<patients>\d+) patients?, "
        r"(?P<sessions>\d+) sessions?; (?P<query>.*)",
        _recall_file,
        "export",
    ),
)

# Backups, restores and encryption


def _backup(found: re.Match[str]) -> Text:
    kind, file = found.group("kind"), file_words(found.group("file"))
    if kind == "backup":
        text = phrase("AuditDetail", "backup: {file}", "a backup made by hand")
    elif kind == "daily":
        text = phrase("AuditDetail", "daily: {file}", "the day's automatic backup")
    else:
        text = phrase("AuditDetail", "before-restore: {file}", "the copy kept before a restore")
    parts = [text.having(file=file)]
    if found.group("keyed") is not None:
        parts.append(phrase("AuditDetail", "SQLCipher with the database passphrase"))
    if found.group("encrypted") is not None:
        parts.append(phrase("AuditDetail", "encrypted", "a backup"))
    return joined(parts)


def _restore(found: re.Match[str]) -> Text:
    encrypted, revision = found.group("encrypted") is not None, found.group("revision")
    file = file_words(found.group("file"))
    if revision is None:
        if encrypted:
            return phrase("AuditDetail", "from {file} (encrypted)", "a restore").having(file=file)
        return phrase("AuditDetail", "from {file}", "a restore").having(file=file)
    if encrypted:
        text = phrase("AuditDetail", "from {file} (encrypted), upgraded from schema {revision}")
    else:
        text = phrase("AuditDetail", "from {file}, upgraded from schema {revision}")
    return text.having(file=file, revision=revision)


COPIES = (
    shape(
        r"(?P<kind>backup|daily|before-restore): (?P<file>.+?)"
        r"(?P<keyed>, SQLCipher with the database passphrase)?(?P<encrypted>, encrypted)?",
        _backup,
        "backup",
    ),
    shape(
        r"from (?P<file>.+?)(?P<encrypted> \(encrypted\))?"
        r"(?:, upgraded from schema (?P<revision>\S+))?",
        _restore,
        "restore",
    ),
    shape(
        r"kept entries up to (?P<entry>\d+) of the chain it replaced",
        lambda found: phrase(
            "AuditDetail", "kept entries up to {entry} of the chain it replaced", "a restore"
        ).having(entry=count(found, "entry")),
        "restore",
    ),
    shape(
        r"safety copy (?P<file>.+)",
        lambda found: phrase("AuditDetail", "safety copy {file}", "kept by a restore").having(
            file=found.group("file")
        ),
        "restore",
    ),
    fixed(
        "encrypted at rest (SQLCipher)",
        phrase("AuditDetail", "encrypted at rest (SQLCipher)", "the database"),
        "update",
    ),
    shape(
        r"the unencrypted original kept as (?P<file>.*)",
        lambda found: phrase("AuditDetail", "the unencrypted original kept as {file}").having(
            file=found.group("file")
        ),
        "update",
    ),
    fixed(
        "database passphrase changed",
        phrase("AuditDetail", "database passphrase changed"),
        "update",
    ),
)
