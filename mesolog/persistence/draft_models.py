"""Editor drafts: what a session editor holds unsaved, kept every few seconds."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesolog.persistence.base import Base
from mesolog.persistence.models import PatientRow, SessionRow


class EditorDraftRow(Base):
    """What a clinician typed into a session editor and has not saved yet, kept every few
    seconds so that a crash loses nothing. Not a clinical record: it goes once saved."""

    __tablename__ = "editor_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id"))
    saved_at: Mapped[dt.datetime]
    saved_by: Mapped[str] = mapped_column(String(100))
    payload: Mapped[str]

    patient: Mapped[PatientRow] = relationship()
    session: Mapped[SessionRow | None] = relationship()
