"""Protocol templates: rows to records and back, and the queries for them."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesolog.domain.ids import TemplateId
from mesolog.domain.products import name_key
from mesolog.domain.templates import Template, TemplateInput
from mesolog.persistence.template_lines import lines_column, lines_from_column
from mesolog.persistence.template_models import TemplateRow

CENTS = Decimal(100)


def template_from_row(row: TemplateRow) -> Template:
    cents = row.session_fee_cents
    details = TemplateInput(
        name=row.name,
        indication=row.indication,
        planned_sessions=row.planned_sessions,
        initial_interval_days=row.initial_interval_days,
        maintenance_interval_days=row.maintenance_interval_days,
        protocol=row.protocol,
        lines=lines_from_column(row.lines, row.uuid),
        session_fee=None if cents is None else Decimal(cents) / CENTS,
        notes=row.notes,
    )
    return Template(
        TemplateId(row.uuid), details, row.created_at, row.retired_at, version=row.version
    )


def fill_template_row(row: TemplateRow, details: TemplateInput) -> None:
    """`details` (validated) into `row`, its texts stripped as they are stored."""
    row.name = " ".join(details.name.split())
    row.name_key = name_key(details.name)
    row.indication = details.indication
    row.planned_sessions = details.planned_sessions
    row.initial_interval_days = details.initial_interval_days
    row.maintenance_interval_days = details.maintenance_interval_days
    row.protocol = details.protocol.strip()
    row.lines = lines_column(details.lines)
    fee = details.session_fee
    row.session_fee_cents = None if fee is None else int(fee * CENTS)
    row.notes = details.notes.strip()


def template_by_uuid(s: Session, template_id: TemplateId) -> TemplateRow | None:
    return s.scalar(select(TemplateRow).where(TemplateRow.uuid == template_id))


def template_by_name(s: Session, name: str) -> TemplateRow | None:
    return s.scalar(select(TemplateRow).where(TemplateRow.name_key == name_key(name)))


def templates(s: Session, *, retired: bool) -> Sequence[TemplateRow]:
    """By name; the retired ones too when `retired`."""
    query = select(TemplateRow).order_by(TemplateRow.name_key)
    if not retired:
        query = query.where(TemplateRow.retired_at.is_(None))
    return s.scalars(query).all()


def has_templates(s: Session) -> bool:
    return s.scalar(select(TemplateRow.id).limit(1)) is not None
