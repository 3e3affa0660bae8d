"""Recall: which patients received a lot (or a product, at any time or between two days),
read from the copy of the product's name, lot and expiry that each session keeps.

Only what counts as done is searched: signed sessions that are current (not voided, not
corrected by an amendment), their lines and product uses that are not voided, of patients
that are not voided. A lot matches whatever its case and surrounding spaces; a product
matches by its name folded (case and accents ignored, spaces collapsed: domain.text).

Each search is audited in the transaction that reads it: who, what was searched for, how
many patients were found, and the reason given. The reason is free text and may name a
patient or a finding: it goes into that audit entry only, never into a message or a log.
Clinicians and administrators may search (an assistant may not: a recall reads the
treatments of every patient at once, and contacting them is a clinical decision).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, Row, func, select
from sqlalchemy.orm import Session

from mesolog.domain import limits
from mesolog.domain.accounts import AccessDeniedError, Permission
from mesolog.domain.enums import Role, SessionStatus
from mesolog.domain.errors import Violation
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.products import lot_key, name_key
from mesolog.domain.text_rules import REASON_REQUIRED, text_violations
from mesolog.domain.validation import raise_if_any
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.models import (
    ClinicianRow,
    PatientRow,
    ProductUseRow,
    SessionRow,
    TreatmentLineRow,
)
from mesolog.persistence.queries import current_sessions
from mesolog.reports.recall_data import (
    RecalledPatient,
    RecalledSession,
    RecalledUse,
    RecallQuery,
    RecallResult,
)
from mesolog.services.context import ServiceContext

__all__ = ["RecallQuery", "RecallResult", "RecallService", "recall_violations"]

RECALL_ROLES = frozenset({Role.CLINICIAN, Role.ADMIN})
REASON_MAX = 100
PRODUCT_SOUGHT_MAX = limits.PRODUCT_NAME_MAX
"""Characters of a product name searched for: any product's whole name."""
AUDIT_DETAIL_MAX = 400
"""Characters of an audit entry's detail kept (audit_entries.detail). A search whose words
would not fit has its product, then its lot, shortened with an ellipsis and its length
said; the reason and the count are always kept whole."""
ENTITY = "recall"
"""The audit entries' record: a search names no one record."""
_WIDEST_OFFSET = dt.timedelta(hours=18)
"""A session's local day is its UTC moment at an offset of at most ±18 hours."""
_CHUNK = 500


def recall_violations(query: RecallQuery, reason: str) -> list[Violation]:
    """What is wrong with a search: a lot or a product is needed, the first day may not
    come after the last, and a reason is required (reported by its length, never shown)."""
    found = text_violations("lot", query.lot, maximum=limits.LOT_NUMBER_MAX)
    found += text_violations("product", query.product, maximum=PRODUCT_SOUGHT_MAX)
    if not found and not query.lot.strip() and not query.product.strip():
        found.append(Violation("lot", "", "a lot number, or a product name, is required"))
    start, end = query.from_date, query.to_date
    if start is not None and end is not None and end < start:
        found.append(Violation("to_date", end.isoformat(), f"{start.isoformat()} or later"))
    found += text_violations("reason", reason, maximum=REASON_MAX)  # says a length, never text
    if not reason.strip():
        found.append(Violation("reason", "", REASON_REQUIRED))
    return found


class RecallService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def search(self, query: RecallQuery, *, reason: str) -> RecallResult:
        """The patients who received what `query` names, with those sessions and uses;
        audited with the reason (ValidationError, naming the fields, when it is wrong)."""
        raise_if_any(recall_violations(query, reason))
        sought = replace(query, lot=query.lot.strip(), product=query.product.strip())
        with self._ctx.db.write() as s:
            self.require(s)
            patients = _recalled(s, sought)
            tail = f"; {_patients(len(patients))}; reason: {reason.strip()}"
            self._ctx.audit(s, AuditAction.RECALL, ENTITY, detail=_detail(sought, tail))
        return RecallResult(sought, tuple(patients), self._ctx.now())

    def product_names(self) -> list[str]:
        """The product names the signed, current sessions hold, each spelling once (by its
        folded form), sorted as folded: what a product field completes from."""
        with self._ctx.db.read() as s:
            self.require(s)
            rows = s.execute(
                select(ProductUseRow.product_key, ProductUseRow.product_name, func.count())
                .join(TreatmentLineRow, ProductUseRow.treatment_line_id == TreatmentLineRow.id)
                .join(SessionRow, TreatmentLineRow.session_id == SessionRow.id)
                .where(*_counted())
                .group_by(ProductUseRow.product_key, ProductUseRow.product_name)
            ).all()
        commonest: dict[str, tuple[int, str]] = {}
        for key, name, uses in rows:
            if key and (key not in commonest or uses > commonest[key][0]):
                commonest[key] = (uses, " ".join(name.split()))
        return [commonest[key][1] for key in sorted(commonest)]

    def require(self, s: Session) -> None:
        """Refuses (AccessDeniedError) an account whose role may not search for a recall."""
        self._ctx.require(s, Permission.EXPORT)
        account = self._ctx.account
        if account is not None and account.role not in RECALL_ROLES:
            raise AccessDeniedError(
                f"{account.name} has the role {account.role.value}, which may not search the "
                "records for a recall: a clinician or an administrator may."
            )


def _detail(query: RecallQuery, tail: str) -> str:
    """`recall search: <the query's words><tail>` within AUDIT_DETAIL_MAX characters: the
    product, then the lot, shortened (`product "HydraBoost…" (200 characters)`) as needed."""
    shortened, notes = query, dict[str, str]()
    for field, whole in (("product", query.product), ("lot", query.lot)):
        excess = len(_said(shortened, notes, tail)) - AUDIT_DETAIL_MAX
        if excess <= 0:
            break
        if not whole:
            continue
        note = f" ({len(whole)} characters)"
        kept = whole[: max(len(whole) - excess - len(note) - 1, 1)] + "…"
        shortened = (
            replace(shortened, product=kept) if field == "product" else replace(shortened, lot=kept)
        )
        notes[f'{field} "{kept}"'] = note
    return _said(shortened, notes, tail)


def _said(query: RecallQuery, notes: dict[str, str], tail: str) -> str:
    words = query.words()
    for shown, note in notes.items():
        words = words.replace(shown, shown + note, 1)
    return f"recall search: {words}{tail}"


def _patients(count: int) -> str:
    return "1 patient" if count == 1 else f"{count} patients"


def _counted() -> list[ColumnElement[bool]]:
    """The uses that count: on a line and in a session that count (signed, current)."""
    return [
        ProductUseRow.voided_at.is_(None),
        TreatmentLineRow.voided_at.is_(None),
        SessionRow.status == SessionStatus.SIGNED,
        current_sessions(),
    ]


def _recalled(s: Session, query: RecallQuery) -> list[RecalledPatient]:
    statement = (
        select(
            SessionRow.patient_id,
            SessionRow.uuid,
            SessionRow.performed_at,
            SessionRow.performed_at_utc_offset,
            ClinicianRow.name,
            TreatmentLineRow.area,
            TreatmentLineRow.area_detail,
            ProductUseRow.product_name,
            ProductUseRow.concentration,
            ProductUseRow.lot_number,
            ProductUseRow.expiry_date,
            ProductUseRow.volume_ml,
            ProductUseRow.units,
        )
        .join(TreatmentLineRow, ProductUseRow.treatment_line_id == TreatmentLineRow.id)
        .join(SessionRow, TreatmentLineRow.session_id == SessionRow.id)
        .join(ClinicianRow, SessionRow.clinician_id == ClinicianRow.id)
        .where(*_counted())
        .order_by(
            SessionRow.performed_at,
            SessionRow.id,
            TreatmentLineRow.position,
            ProductUseRow.position,
        )
    )
    if query.lot:
        statement = statement.where(ProductUseRow.lot_key == lot_key(query.lot))
    if query.product:
        statement = statement.where(ProductUseRow.product_key == name_key(query.product))
    if query.from_date is not None:
        start = dt.datetime.combine(query.from_date, dt.time(), dt.UTC) - _WIDEST_OFFSET
        statement = statement.where(SessionRow.performed_at >= start)
    if query.to_date is not None:
        end = dt.datetime.combine(query.to_date, dt.time(), dt.UTC) + dt.timedelta(days=1)
        statement = statement.where(SessionRow.performed_at < end + _WIDEST_OFFSET)
    return _grouped(s, query, s.connection().execute(statement).all())


def _local_day(moment: dt.datetime, offset: int) -> dt.date:
    return moment.astimezone(dt.timezone(dt.timedelta(minutes=offset))).date()


_AnyRow = Row[*tuple[Any, ...]]
_Found = dict[int, dict[SessionId, tuple[dt.date, str, list[RecalledUse]]]]


def _grouped(s: Session, query: RecallQuery, rows: Sequence[_AnyRow]) -> list[RecalledPatient]:
    """The rows (one a use, in session order) as patients with their sessions; the days
    checked at each session's own offset; voided patients left out."""
    found: _Found = {}
    for row in rows:
        day = _local_day(row.performed_at, row.performed_at_utc_offset)
        if query.from_date is not None and day < query.from_date:
            continue
        if query.to_date is not None and day > query.to_date:
            continue
        sessions = found.setdefault(row.patient_id, {})
        _, _, uses = sessions.setdefault(SessionId(row.uuid), (day, row.name, []))
        uses.append(
            RecalledUse(
                row.area,
                row.area_detail,
                row.product_name,
                row.concentration,
                row.lot_number,
                row.expiry_date,
                row.volume_ml,
                row.units,
            )
        )
    return [
        RecalledPatient(
            PatientId(p.uuid),
            p.family_name,
            p.given_name,
            p.record_number or "",
            p.date_of_birth,
            p.phone,
            p.email,
            tuple(
                RecalledSession(key, day, clinician, tuple(uses))
                for key, (day, clinician, uses) in found[p.id].items()
            ),
        )
        for p in _patient_rows(s, found)
    ]


def _patient_rows(s: Session, ids: Iterable[int]) -> list[_AnyRow]:
    """The patients that are not voided, by name."""
    wanted = sorted(ids)
    found: list[_AnyRow] = []
    for start in range(0, len(wanted), _CHUNK):
        found += (
            s.connection()
            .execute(
                select(
                    PatientRow.id,
                    PatientRow.uuid,
                    PatientRow.family_name,
                    PatientRow.given_name,
                    PatientRow.record_number,
                    PatientRow.date_of_birth,
                    PatientRow.phone,
                    PatientRow.email,
                    PatientRow.sort_key,
                ).where(
                    PatientRow.id.in_(wanted[start : start + _CHUNK]),
                    PatientRow.voided_at.is_(None),
                )
            )
            .all()
        )
    found.sort(key=lambda p: (p.sort_key, p.record_number or "", p.id))
    return found
