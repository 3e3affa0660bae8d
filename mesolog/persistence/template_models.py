"""The table of protocol templates (domain.templates)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from mesolog.domain import limits
from mesolog.domain.enums import Indication
from mesolog.domain.templates import TEMPLATE_NAME_MAX
from mesolog.persistence.base import Base, byte_ordered, enum_column_type, version_column


class TemplateRow(Base):
    __tablename__ = "protocol_templates"
    __table_args__ = (
        CheckConstraint("planned_sessions BETWEEN 1 AND 20", name="planned_sessions"),
        CheckConstraint("session_fee_cents >= 0", name="session_fee_cents"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(TEMPLATE_NAME_MAX))
    name_key: Mapped[str] = mapped_column(byte_ordered(TEMPLATE_NAME_MAX), unique=True)
    indication: Mapped[Indication] = mapped_column(enum_column_type(Indication, "indication"))
    planned_sessions: Mapped[int]
    initial_interval_days: Mapped[int]
    maintenance_interval_days: Mapped[int]
    protocol: Mapped[str] = mapped_column(String(limits.PROTOCOL_MAX), default="")
    lines: Mapped[str]
    """The first session's treatment lines, JSON (persistence.template_lines)."""
    session_fee_cents: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(default="")
    created_at: Mapped[dt.datetime]
    retired_at: Mapped[dt.datetime | None]
    version: Mapped[int] = version_column()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
