"""The shapes of the audit details mesolog's services write, each with its words.

One `Shape` per clause a service writes (mesolog/services: accounts, sessions, courses,
conflicts' merges, products, templates, clinic_logo, settings, summary, transfer_export,
transfer_report and transfer_import, transfer_catalogue and transfer_templates,
catalogue_adoption, reaction_rates, recall and recall_files, backup_copies, backups with
persistence/restore_entries, encryption): a regular expression of the English as stored,
its values in named groups, and the clause in words (a `phrase` of context AuditDetail,
whose English is the stored text's, with the values put back). A clause ends where the
detail ends or at the next "; ". tests/ui/records/test_audit_details.py writes every shape
through the services and checks that each is read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from mesolog.domain.enum_words import word
from mesolog.domain.enums import Role
from mesolog.domain.texts import Text, phrase, verbatim

Words = Callable[[re.Match[str]], Text | None]

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
HASH = r"[0-9a-f]{64}"
MOMENT = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)"
DAY = r"\d{4}-\d\d-\d\d"
QUOTED = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""
"""A name as Python's repr() writes it."""
END = r"(?=; |\Z)"


@dataclass(frozen=True, slots=True)
class Shape:
    pattern: re.Pattern[str]
    words: Words
    actions: frozenset[str] | None = None
    """The actions whose entries it is written for; None: any."""

    def fits(self, action: str) -> bool:
        return self.actions is None or action in self.actions


def shape(pattern: str, words: Words, *actions: str) -> Shape:
    return Shape(re.compile(f"(?:{pattern}){END}", re.DOTALL), words, frozenset(actions) or None)


EMPTY = Shape(re.compile(END), lambda _found: None)
"""No words at all: a detail left empty, or a clause an import wrote empty."""


def fixed(stored: str, text: Text, *actions: str) -> Shape:
    return shape(re.escape(stored), lambda _found: text, *actions)


def moment(text: str) -> dt.datetime | str:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text


def count(found: re.Match[str], name: str) -> int:
    return int(found.group(name))


def plural(text: Text, found: re.Match[str], name: str) -> Text:
    return text.counting(count(found, name))


def file_words(name: str) -> Text | str:
    """A file as an entry names it: mesolog's own name for it, or its bytes' SHA-256."""
    digest = re.fullmatch(f"file sha256 ({HASH})", name)
    if digest is None:
        return name
    return phrase("AuditDetail", "file sha256 {hash}").having(hash=digest.group(1))


def joined(parts: list[Text]) -> Text:
    """Texts one after the other, a comma between."""
    joined = parts[0]
    for part in parts[1:]:
        joined = verbatim("{first}, {next}").having(first=joined, next=part)
    return joined


# Accounts (services/accounts.py, log_in_answers.py)

_PASSWORD_SET = phrase("AuditDetail", "password set")
_ENABLED = phrase("AuditDetail", "enabled", "an account: an administrator enabled it")
_UNLOCKED = phrase("AuditDetail", "unlocked", "an account, locked after failed log-ins")
_RECOVERED = {"unlocked": _UNLOCKED, "enabled": _ENABLED, "password set": _PASSWORD_SET}
_RECOVERY = "unlocked|enabled|password set"


def _recovery(found: re.Match[str]) -> Text:
    changes = joined([_RECOVERED[done] for done in found.group("done").split(", ")])
    return phrase(
        "AuditDetail", "{changes} by the database's holder, operating-system user {user}"
    ).having(changes=changes, user=found.group("user"))


ACCOUNTS = (
    fixed("password set", _PASSWORD_SET, "create", "update"),
    fixed(
        "disabled",
        phrase("AuditDetail", "disabled", "an account: an administrator disabled it"),
        "update",
    ),
    fixed("enabled", _ENABLED, "update"),
    fixed("unlocked", _UNLOCKED, "update"),
    shape(
        f"(?P<done>(?:{_RECOVERY})(?:, (?:{_RECOVERY}))*) by the database's holder, "
        "operating-system user (?P<user>.+)",
        _recovery,
        "update",
    ),
    fixed(
        "locked after failed log-ins",
        phrase("AuditDetail", "locked after failed log-ins"),
        "update",
    ),
    fixed(
        "password hash upgraded",
        phrase("AuditDetail", "password hash upgraded"),
        "update",
        "log_in",
        "switch_user",
    ),
    shape(
        "from (?P<before>.+?) to (?P<after>.+?)",
        lambda found: phrase(
            "AuditDetail", "from {before} to {after}", "a switch from one account to another"
        ).having(before=found.group("before"), after=found.group("after")),
        "switch_user",
    ),
    shape(
        "account added, role (?P<role>clinician|assistant|admin)",
        lambda found: phrase("AuditDetail", "account added, role {role}").having(
            role=word(Role(found.group("role")))
        ),
        "create",
        "update",
    ),
)

LOG_IN_FAILURES = (
    fixed("unknown username", phrase("AuditDetail", "unknown username"), "log_in_failed"),
    fixed(
        "too soon",
        phrase("AuditDetail", "too soon", "a log-in tried before the wait after failed ones"),
        "log_in_failed",
    ),
    fixed(
        "record changed outside mesolog",
        phrase("AuditDetail", "record changed outside mesolog", "the account's record"),
        "log_in_failed",
    ),
    fixed(
        "locked",
        phrase("AuditDetail", "locked", "why a log-in failed: the account is"),
        "log_in_failed",
    ),
    fixed(
        "disabled",
        phrase("AuditDetail", "disabled", "why a log-in failed: the account is"),
        "log_in_failed",
    ),
    shape(
        r"wrong password \((?P<count>\d+) in a row\)",
        lambda found: phrase("AuditDetail", "wrong password ({count} in a row)").having(
            count=count(found, "count")
        ),
        "log_in_failed",
    ),
    shape(
        r"wrong password, (?P<count>\d+)th: locked",
        lambda found: phrase(
            "AuditDetail", "wrong password, {count}th: locked", "the account is locked now"
        ).having(count=count(found, "count")),
        "log_in_failed",
    ),
)


# Records (services/conflicts.py's merges, sessions, courses, products, templates,
# clinic_logo, settings, catalogue_adoption)

_MERGED = "merged, keeping a newer change of (?P<fields>.+)"


def _merged(found: re.Match[str]) -> Text:
    return phrase("AuditDetail", "merged, keeping a newer change of {fields}").having(
        fields=found.group("fields")
    )


RECORDS = (
    shape(_MERGED, _merged, "update"),
    fixed("plan", phrase("AuditDetail", "plan", "what of a course was changed"), "update"),
    shape(
        f"plan, {_MERGED}",
        lambda found: phrase(
            "AuditDetail", "plan, merged, keeping a newer change of {fields}"
        ).having(fields=found.group("fields")),
        "update",
    ),
    shape(
        f"amends (?P<uuid>{UUID})",
        lambda found: phrase("AuditDetail", "amends {uuid}").having(uuid=found.group("uuid")),
        "amend",
        "import",
    ),
    shape(
        f"consent on file from signed session (?P<uuid>{UUID})",
        lambda found: phrase("AuditDetail", "consent on file from signed session {uuid}").having(
            uuid=found.group("uuid")
        ),
        "update",
    ),
    fixed("retired", phrase("AuditDetail", "retired", "a product or a template"), "update"),
    fixed("reinstated", phrase("AuditDetail", "reinstated", "a product or a template"), "update"),
    fixed("removed", phrase("AuditDetail", "removed", "the clinic's logo"), "update"),
    shape(
        r"(?P<type>image/[\w.+-]+), (?P<size>\d+) B",
        lambda found: phrase(
            "AuditDetail", "{type}, {size} B", "the clinic's logo: its image type and size"
        ).having(type=found.group("type"), size=count(found, "size")),
        "update",
    ),
    fixed(
        "recall letter",
        phrase("AuditDetail", "recall letter", "what of the settings changed"),
        "update",
    ),
    fixed(
        "adopted from sessions",
        phrase("AuditDetail", "adopted from sessions", "a product or a lot, into the catalogue"),
        "create",
    ),
    shape(
        r"adopted from sessions on the upgrade to schema (?P<revision>\S+)",
        lambda found: phrase(
            "AuditDetail", "adopted from sessions on the upgrade to schema {revision}"
        ).having(revision=found.group("revision")),
        "create",
    ),
)
