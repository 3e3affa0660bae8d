"""Reading the audit log back: entries by patient, user and date, and whether each
record still has the content its newest entry recorded."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from mesolog.persistence.base import Base
from mesolog.persistence.digests import record_digest
from mesolog.persistence.models import (
    AuditEntryRow,
    ClinicianRow,
    ClinicLogoRow,
    ClinicSettingsRow,
    CourseRow,
    PatientRow,
    SessionRow,
)

AUDITED_TABLES: dict[str, type[PatientRow | CourseRow | SessionRow | ClinicianRow]] = {
    "patient": PatientRow,
    "course": CourseRow,
    "session": SessionRow,
    "clinician": ClinicianRow,
}


def filtered_entries(
    s: Session,
    *,
    patient_uuid: uuid.UUID | None = None,
    actor: str | None = None,
    since: dt.datetime | None = None,
    limit: int | None = None,
) -> list[AuditEntryRow]:
    """Newest first."""
    query = select(AuditEntryRow).order_by(AuditEntryRow.id.desc())
    if patient_uuid is not None:
        query = query.where(AuditEntryRow.patient_uuid == patient_uuid)
    if actor is not None:
        query = query.where(AuditEntryRow.actor == actor)
    if since is not None:
        query = query.where(AuditEntryRow.occurred_at >= since)
    if limit is not None:
        query = query.limit(limit)
    return list(s.scalars(query))


@dataclass(frozen=True, slots=True)
class RecordMismatch:
    entity: str
    entity_uuid: uuid.UUID | None
    entry_id: int
    reason: str


def record_mismatches(s: Session, *, batch: int = 2000) -> tuple[int, list[RecordMismatch]]:
    """Every record whose newest audit entry holds a digest, compared with the record as
    stored now: (records compared, those that differ or are gone)."""
    newest: dict[tuple[str, uuid.UUID | None], tuple[int, str]] = {}
    for entity, entity_uuid, entry_id, digest in _digests(s, batch):
        newest[entity, entity_uuid] = (entry_id, digest)
    mismatches = []
    for (entity, entity_uuid), (entry_id, digest) in newest.items():
        row = _stored(s, entity, entity_uuid)
        if row is None:
            mismatches.append(RecordMismatch(entity, entity_uuid, entry_id, "it is gone"))
        elif record_digest(row) != digest:
            mismatches.append(
                RecordMismatch(
                    entity,
                    entity_uuid,
                    entry_id,
                    "its content differs from what the audit log recorded",
                )
            )
        s.expunge_all()
    return len(newest), mismatches


def account_matches_audit(s: Session, row: ClinicianRow) -> bool:
    """Whether the account's row as stored now is what the audit log last recorded of it.

    False for an account added, or changed, with plain SQL behind mesolog's back (a new
    admin with a real password hash, a role raised, a password replaced): such an account
    must not log in. The log-in counters are not part of the digest (persistence.digests),
    so logging in and failing to do not change the answer.
    """
    newest = s.scalars(
        select(AuditEntryRow.after_digest)
        .where(
            AuditEntryRow.entity == "clinician",
            AuditEntryRow.entity_uuid == row.uuid,
            AuditEntryRow.after_digest.is_not(None),
        )
        .order_by(AuditEntryRow.id.desc())
        .limit(1)
    ).first()
    return newest is not None and newest == record_digest(row)


def _digests(s: Session, batch: int) -> Iterator[tuple[str, uuid.UUID | None, int, str]]:
    """(entity, uuid, entry id, digest) of the entries that hold a digest. The uuid is read
    as text: an entry altered into an unreadable one is the chain check's to name, and it
    must not stop the records being compared."""
    after = 0
    while True:
        rows = s.execute(
            select(
                AuditEntryRow.entity,
                cast(AuditEntryRow.entity_uuid, String),
                AuditEntryRow.id,
                AuditEntryRow.after_digest,
            )
            .where(AuditEntryRow.id > after, AuditEntryRow.after_digest.is_not(None))
            .order_by(AuditEntryRow.id)
            .limit(batch)
        ).all()
        if not rows:
            return
        for entity, key, entry_id, digest in rows:
            assert digest is not None
            try:
                entity_uuid = None if key is None else uuid.UUID(key)
            except ValueError:
                continue
            yield entity, entity_uuid, entry_id, digest
        after = rows[-1][2]


def _stored(s: Session, entity: str, entity_uuid: uuid.UUID | None) -> Base | None:
    if entity == "clinic_settings":
        return s.get(ClinicSettingsRow, 1)
    if entity == "clinic_logo":
        return s.get(ClinicLogoRow, 1)
    model = AUDITED_TABLES.get(entity)
    if model is None or entity_uuid is None:
        return None
    return s.scalars(select(model).where(model.uuid == entity_uuid)).first()
