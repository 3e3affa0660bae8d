"""The shapes of the audit details of files written and read: summaries, exports and
imports (services/summary.py, transfer_export.py, transfer_report.py, transfer_import.py,
transfer_catalogue.py, transfer_templates.py) and reaction rates. See
`_audit_detail_shapes`."""

from __future__ import annotations

import datetime as dt
import re

from mesolog.domain.enum_words import reaction_words, word
from mesolog.domain.enums import ReactionKind, Severity
from mesolog.domain.reaction_rates import Dimension
from mesolog.domain.texts import Text, phrase, phrase_n
from mesolog.ui.reactions.group_words import grouped_by
from mesolog.ui.records._audit_detail_shapes import (
    DAY,
    HASH,
    MOMENT,
    QUOTED,
    count,
    fixed,
    joined,
    moment,
    plural,
    shape,
)

_PATIENTS = phrase_n("AuditDetail", "%n patient(s)", None, 1)
_SESSIONS = phrase_n("AuditDetail", "%n session(s)", None, 1)
_PHOTOS = phrase_n("AuditDetail", "%n photo(s)", None, 1)

# Summaries and exports


def _summary(found: re.Match[str]) -> Text:
    patient = found.group("kind") == "patient"
    if found.group("photos") is None:
        if patient:
            return phrase("AuditDetail", "pdf summary, patient copy")
        return phrase("AuditDetail", "pdf summary, clinical copy")
    photos = plural(_PHOTOS, found, "photos")
    if patient:
        return phrase("AuditDetail", "pdf summary, patient copy, {photos}").having(photos=photos)
    return phrase("AuditDetail", "pdf summary, clinical copy, {photos}").having(photos=photos)


def _json(found: re.Match[str]) -> Text:
    patients = plural(_PATIENTS, found, "patients")
    if found.group("left_out") is None:
        return phrase("AuditDetail", "json, {patients}").having(patients=patients)
    left_out = plural(phrase_n("AuditDetail", "%n photo(s) left out", None, 1), found, "left_out")
    return phrase("AuditDetail", "json, {patients}, {left_out}").having(
        patients=patients, left_out=left_out
    )


def _rates(found: re.Match[str]) -> Text:
    kind, reaction = found.group("kind"), found.group("reaction")
    if kind == "csv":
        text = phrase("AuditDetail", "csv, by {dimension}, reaction {reaction}, {first} to {last}")
    else:
        text = phrase(
            "AuditDetail", "table, by {dimension}, reaction {reaction}, {first} to {last}"
        )
    return text.having(
        dimension=grouped_by(Dimension(found.group("dimension"))),
        reaction=_reaction(reaction),
        first=dt.date.fromisoformat(found.group("first")),
        last=dt.date.fromisoformat(found.group("last")),
    )


def _reaction(choice: str) -> Text:
    """A reaction as `ReactionChoice` writes it: any, a kind, or KIND:SEVERITY."""
    if choice == "any":
        return phrase("AuditDetail", "any", "a reaction of any kind")
    kind, _, severity = choice.partition(":")
    if not severity:
        return word(ReactionKind(kind))
    return reaction_words(ReactionKind(kind), Severity(severity))


_DIMENSIONS = "|".join(dimension.value for dimension in Dimension)
_KINDS = "|".join(kind.value for kind in ReactionKind)
_SEVERITIES = "|".join(severity.value for severity in Severity)

EXPORTS = (
    shape(
        r"pdf summary, (?P<kind>patient|clinical) copy(?:, (?P<photos>\d+) photos?)?",
        _summary,
        "export",
    ),
    shape(
        r"json, (?P<patients>\d+) patient\(s\)(?:, (?P<left_out>\d+) photo\(s\) left out)?",
        _json,
        "export",
    ),
    shape(
        r"bundle, (?P<patients>\d+) patient\(s\), (?P<photos>\d+) photo\(s\)",
        lambda found: phrase("AuditDetail", "bundle, {patients}, {photos}").having(
            patients=plural(_PATIENTS, found, "patients"),
            photos=plural(_PHOTOS, found, "photos"),
        ),
        "export",
    ),
    shape(
        f"(?P<kind>csv|table), by (?P<dimension>{_DIMENSIONS}), reaction "
        f"(?P<reaction>any|(?:{_KINDS})(?::(?:{_SEVERITIES}))?), "
        f"(?P<first>{DAY}) to (?P<last>{DAY})",
        _rates,
        "export",
    ),
)

# Imports


def _added(found: re.Match[str]) -> Text:
    counted = [
        (name, phrase_text)
        for name, phrase_text in (
            ("patients", _PATIENTS),
            ("courses", phrase_n("AuditDetail", "%n course(s)", None, 1)),
            ("sessions", _SESSIONS),
            ("photos", _PHOTOS),
            ("products", phrase_n("AuditDetail", "%n product(s)", None, 1)),
            ("lots", phrase_n("AuditDetail", "%n lot(s)", None, 1)),
            ("templates", phrase_n("AuditDetail", "%n template(s)", None, 1)),
        )
        if found.group(name) is not None
    ]
    records = joined([plural(text, found, name) for name, text in counted])
    return phrase("AuditDetail", "{records} added as the file has them").having(records=records)


def _as_the_file_says(found: re.Match[str], text: Text) -> Text:
    return text.having(name=found.group("name"), at=moment(found.group("at")))


IMPORTS = (
    shape(
        f"file sha256 (?P<hash>{HASH})",
        lambda found: phrase("AuditDetail", "file sha256 {hash}").having(hash=found.group("hash")),
        "import",
    ),
    fixed(
        "no chain anchor (format version 1)",
        phrase("AuditDetail", "no chain anchor (format version 1)"),
        "import",
    ),
    shape(
        f"chain anchor entry (?P<entry>\\d+) hash (?P<hash>[0-9a-f]+) at (?P<at>{MOMENT})",
        lambda found: phrase(
            "AuditDetail", "chain anchor entry {entry} hash {hash} at {at}"
        ).having(
            entry=count(found, "entry"), hash=found.group("hash"), at=moment(found.group("at"))
        ),
        "import",
    ),
    shape(
        r"(?P<patients>\d+) patient\(s\), (?P<courses>\d+) course\(s\), "
        r"(?P<sessions>\d+) session\(s\)(?:, (?P<photos>\d+) photo\(s\))?"
        r"(?:, (?P<products>\d+) product\(s\), (?P<lots>\d+) lot\(s\))?"
        r"(?:, (?P<templates>\d+) template\(s\))? added as the file has them",
        _added,
        "import",
    ),
    shape(
        f"from file sha256 (?P<hash>{HASH})",
        lambda found: phrase("AuditDetail", "from file sha256 {hash}").having(
            hash=found.group("hash")
        ),
        "import",
    ),
    fixed("voided in the file", phrase("AuditDetail", "voided in the file"), "import"),
    fixed("retired in the file", phrase("AuditDetail", "retired in the file"), "import"),
    shape(
        f"signed by (?P<name>{QUOTED}) at (?P<at>{MOMENT}) as the file says",
        lambda found: _as_the_file_says(
            found, phrase("AuditDetail", "signed by {name} at {at} as the file says")
        ),
        "import",
    ),
    shape(
        f"added by (?P<name>{QUOTED}) at (?P<at>{MOMENT}) as the file says",
        lambda found: _as_the_file_says(
            found, phrase("AuditDetail", "added by {name} at {at} as the file says", "a photo")
        ),
        "import",
    ),
)
