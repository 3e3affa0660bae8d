"""What a session editor holds before it is saved, kept every few seconds (crash recovery).

The payload is the editor's own text (JSON of its fields, valid or not); nothing
here interprets it. Once the clinician saves or discards, the draft goes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.text_rules import length
from mesolog.domain.texts import phrase
from mesolog.persistence import queries
from mesolog.persistence.draft_models import EditorDraftRow
from mesolog.services.context import ServiceContext
from mesolog.services.patients import load_patient

PAYLOAD_MAX = 1_000_000


@dataclass(frozen=True, slots=True)
class EditorDraft:
    key: uuid.UUID
    patient_id: PatientId
    session_id: SessionId | None
    """The saved session being edited, or None for a new one."""
    saved_at: dt.datetime
    saved_by: str
    payload: str


class EditorDraftService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def keep(
        self,
        key: uuid.UUID,
        *,
        patient_id: PatientId,
        session_id: SessionId | None,
        payload: str,
    ) -> None:
        """Stores (or replaces) the editor state under `key`."""
        if len(payload) > PAYLOAD_MAX:
            raise ValidationError(
                [
                    Violation(
                        "payload",
                        length(payload),
                        phrase("Sessions", "at most {payload_max} characters").having(
                            payload_max=PAYLOAD_MAX
                        ),
                    )
                ]
            )
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.RECORD)
            # Looked up before a new row joins the ORM session, whose autoflush would insert
            # the row half-filled.
            session = queries.session_by_uuid(s, session_id) if session_id is not None else None
            row = s.scalars(select(EditorDraftRow).where(EditorDraftRow.uuid == key)).one_or_none()
            if row is None:
                row = EditorDraftRow(uuid=key, patient=load_patient(s, patient_id))
                s.add(row)
            row.session = session
            row.saved_at = self._ctx.now()
            row.saved_by = self._ctx.actor
            row.payload = payload

    def pending(self) -> list[EditorDraft]:
        """Unsaved editor states, newest first (what a crash left behind)."""
        with self._ctx.db.read() as s:
            rows = s.scalars(select(EditorDraftRow).order_by(EditorDraftRow.saved_at.desc()))
            return [
                EditorDraft(
                    key=row.uuid,
                    patient_id=PatientId(row.patient.uuid),
                    session_id=SessionId(row.session.uuid) if row.session else None,
                    saved_at=row.saved_at,
                    saved_by=row.saved_by,
                    payload=row.payload,
                )
                for row in rows
            ]

    def discard(self, key: uuid.UUID) -> None:
        """Forgets the editor state (after it was saved as a session, or thrown away)."""
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.RECORD)
            s.execute(delete(EditorDraftRow).where(EditorDraftRow.uuid == key))
