"""Queries of record numbers however typed (domain.record_numbers): who has a number,
and every number given. Each takes an open Session and never commits."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesolog.domain.record_numbers import record_key
from mesolog.persistence.models import PatientRow


def record_holders(s: Session, number: str, *, for_update: bool = False) -> Sequence[PatientRow]:
    """The patients (voided ones too) whose record number is `number` however typed, the
    one with exactly that number first."""
    key = record_key(number)
    if not key:
        return []
    statement = (
        select(PatientRow)
        .where(PatientRow.record_key == key)
        .order_by(PatientRow.record_number != number.strip(), PatientRow.id)
    )
    if for_update:
        statement = statement.with_for_update()
    return s.scalars(statement).all()


def record_numbers(s: Session) -> list[str]:
    """Every record number given, voided patients' too, oldest patient first."""
    statement = (
        select(PatientRow.record_number)
        .where(PatientRow.record_number.is_not(None))
        .order_by(PatientRow.created_at, PatientRow.id)
    )
    return [number for number in s.scalars(statement) if number is not None]
