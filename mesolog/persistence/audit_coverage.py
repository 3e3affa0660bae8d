"""Completeness of the audit log: every clinical and account row has the entry that wrote it.

mesolog audits each record in the transaction that writes it, so a row that no entry
names was written behind its back (plain SQL, another program). Comparing records with
their newest entry finds what was changed or removed; this finds what was added. Rows are
named by entity and id, never by their content.

Every table of the schema is one of three kinds, and a table added later must be put in
one of them (tests/persistence/test_audit_coverage.py):
- AUDITED: a record with entries of its own (by uuid, or the clinic's single row);
- PARTS: rows within a record's digest (a session's treatment lines, products and
  reactions, a course's areas, a photo's image): a part added to an audited record changes
  the record's digest; the parts of a record no entry wrote are named with it;
- NOT_RECORDS: derived or scratch rows, and the audit log itself.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from enum import StrEnum
from typing import cast as cast_type

from sqlalchemy import ColumnElement, String, and_, case, cast, exists, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from mesolog.persistence.catalogue_models import LotRow, ProductRow
from mesolog.persistence.models import (
    ClinicianRow,
    ClinicLogoRow,
    ClinicSettingsRow,
    CourseRow,
    PatientRow,
    ProductUseRow,
    ReactionRow,
    SessionRow,
    TreatmentLineRow,
)
from mesolog.persistence.photo_models import PhotoRow
from mesolog.persistence.template_models import TemplateRow

KeyedRow = (
    PatientRow
    | CourseRow
    | SessionRow
    | ClinicianRow
    | PhotoRow
    | ProductRow
    | LotRow
    | TemplateRow
)
KEYED: dict[str, type[KeyedRow]] = {
    "patient": PatientRow,
    "course": CourseRow,
    "session": SessionRow,
    "clinician": ClinicianRow,
    "photo": PhotoRow,
    "product": ProductRow,
    "lot": LotRow,
    "template": TemplateRow,
}
"""Records audited by their uuid, by the entity name their entries give."""
SINGLE: dict[str, type[ClinicSettingsRow | ClinicLogoRow]] = {
    "clinic_settings": ClinicSettingsRow,
    "clinic_logo": ClinicLogoRow,
}
"""The clinic's one-row records, audited without a uuid."""
AUDITED = frozenset(model.__tablename__ for model in (*KEYED.values(), *SINGLE.values()))
PARTS: dict[str, str] = {
    "treatment_lines": "sessions",
    "product_uses": "sessions",
    "reactions": "sessions",
    "course_areas": "courses",
    "photo_images": "photos",
}
"""Tables whose rows are part of a record's digest (persistence.digests): the record's table."""
NOT_RECORDS: dict[str, str] = {
    "patient_search_terms": "the words a patient is found by, derived from the patient",
    "editor_drafts": "what a session editor holds unsaved; it goes once saved",
    "audit_log": "the audit log itself",
    "audit_head": "the audit log's newest entry",
}
CHUNK = 500
_HEX = re.compile("[0-9a-f]{32}")
_KEYS = re.compile("[0-9a-f]{32}(?:\n[0-9a-f]{32})*")
_DASHED = re.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class Unaudited(StrEnum):
    """Why a row is named."""

    NO_ENTRY = "no audit entry wrote it"
    ID_NOT_AS_WRITTEN = "its id is not stored as mesolog writes ids"
    PART_OF_UNAUDITED = "it is part of a record no audit entry wrote"


@dataclass(frozen=True, slots=True)
class UnauditedRecord:
    entity: str
    entity_uuid: uuid.UUID | None
    """None for the clinic's one-row records, and for an id that does not read as one."""
    row_id: int
    """The row's key in its table, for whoever looks into the file."""
    why: Unaudited
    part_of: tuple[str, uuid.UUID] | None = None
    """For a part: the record (entity, uuid) no entry wrote that it belongs to."""


@dataclass(frozen=True, slots=True)
class Coverage:
    unaudited: list[UnauditedRecord]
    stored: dict[str, set[str]]
    """By entity, the uuid key of every record keyed by its uuid as stored now (its uuid
    as mesolog writes it)."""


def uuid_key(text: str | None) -> str | None:
    """The uuid a stored text reads as, in 32 lowercase hex digits (`UUID.hex`), without
    making a UUID of the texts stored as mesolog writes them (SQLite) or as PostgreSQL
    gives them; None for a text that is no uuid."""
    if text is None:
        return None
    if _HEX.fullmatch(text):
        return text
    if _DASHED.fullmatch(text):
        return text.replace("-", "")
    value = _uuid(text)
    return None if value is None else value.hex


def stored_key(
    column: InstrumentedAttribute[uuid.UUID] | InstrumentedAttribute[uuid.UUID | None],
    dialect: str,
) -> ColumnElement[str | None]:
    """A uuid column's `uuid_key`, worked out by the database for the uuids stored as
    mesolog writes them (SQLite) or as PostgreSQL keeps them; NULL for any other text, whose
    key `uuid_key` finds, if it has one."""
    text = cast(column, String)
    if dialect != "sqlite":
        return func.replace(text, "-", "")
    as_written = and_(
        func.length(text) == 32, text.op("NOT GLOB", is_comparison=True)("*[^0-9a-f]*")
    )
    return case((as_written, text))


def key_text(
    column: InstrumentedAttribute[uuid.UUID] | InstrumentedAttribute[uuid.UUID | None],
    dialect: str,
) -> ColumnElement[str | None]:
    """A uuid column's text as stored (SQLite), or without its dashes (PostgreSQL): each
    one its `uuid_key` when `all_keys` holds for them."""
    text: ColumnElement[str | None] = cast(column, String)
    return text if dialect == "sqlite" else func.replace(text, "-", "")


def all_keys(texts: Sequence[object]) -> bool:
    """Whether every one of `texts` is a uuid key as it is (32 lowercase hex digits, as
    mesolog writes uuids): one match for them all, no step of Python each."""
    if not texts:
        return True
    try:
        whole = "\n".join(cast_type(Sequence[str], texts))
    except TypeError:  # a None, or a value not stored as text
        return False
    return whole.count("\n") == len(texts) - 1 and _KEYS.fullmatch(whole) is not None


def check_coverage(s: Session, covered: Mapping[str, AbstractSet[str | None]]) -> Coverage:
    """Every audited row whose uuid key is not among those `covered` has for its entity
    (those the log's entries wrote), with the parts of such sessions, rows in table order;
    and every record there is."""
    dialect = s.get_bind().dialect.name
    found: list[UnauditedRecord] = []
    stored: dict[str, set[str]] = {}
    unaudited_sessions: dict[int, uuid.UUID] = {}
    for entity, model in KEYED.items():
        written, known = stored_key(model.uuid, dialect), covered.get(entity, frozenset())
        texts = s.connection().scalars(select(key_text(model.uuid, dialect))).all()
        if all_keys(texts):
            keys = cast_type(set[str], set(texts))
            if keys <= known:
                stored[entity] = keys
                continue
        keys = stored.setdefault(entity, set())
        query = select(model.id, _text(model.uuid), written).order_by(model.id)
        for row_id, text, as_written in s.connection().execute(query):
            key = as_written or uuid_key(text)
            if key is None or (dialect == "sqlite" and text != key):
                value = None if key is None else uuid.UUID(key)
                found.append(UnauditedRecord(entity, value, row_id, Unaudited.ID_NOT_AS_WRITTEN))
                continue
            keys.add(key)
            if key not in known:
                value = uuid.UUID(key)
                found.append(UnauditedRecord(entity, value, row_id, Unaudited.NO_ENTRY))
                if model is SessionRow:
                    unaudited_sessions[row_id] = value
    for entity, single in SINGLE.items():
        if None not in covered.get(entity, ()) and s.scalar(select(exists().select_from(single))):
            found.append(UnauditedRecord(entity, None, 1, Unaudited.NO_ENTRY))
    found += _session_parts(s, unaudited_sessions)
    return Coverage(found, stored)


def _session_parts(s: Session, sessions: dict[int, uuid.UUID]) -> Iterator[UnauditedRecord]:
    """The treatment lines, products and reactions of sessions no entry wrote."""
    line, product, reaction = TreatmentLineRow, ProductUseRow, ReactionRow
    parts = {
        "treatment_line": select(line.session_id, line.id, _text(line.uuid)).order_by(line.id),
        "product_use": select(line.session_id, product.id, _text(product.uuid))
        .join(line, product.treatment_line_id == line.id)
        .order_by(product.id),
        "reaction": select(reaction.session_id, reaction.id, _text(reaction.uuid)).order_by(
            reaction.id
        ),
    }
    for chunk in _chunks(list(sessions)):
        for entity, query in parts.items():
            for session_id, row_id, text in s.execute(
                query.where(query.selected_columns[0].in_(chunk))
            ):
                yield UnauditedRecord(
                    entity,
                    _uuid(text),
                    row_id,
                    Unaudited.PART_OF_UNAUDITED,
                    ("session", sessions[session_id]),
                )


def _text(column: InstrumentedAttribute[uuid.UUID]) -> ColumnElement[str]:
    """A uuid as stored: one altered into something else must not stop the check."""
    return cast(column, String)


def _uuid(text: str | None) -> uuid.UUID | None:
    try:
        return None if text is None else uuid.UUID(text)
    except ValueError:
        return None


def _chunks(keys: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(keys), CHUNK):
        yield keys[start : start + CHUNK]
