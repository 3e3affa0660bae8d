"""Recall: which patients received a lot (or a product, at any time or between two days),
read from the copy of the product's name, lot and expiry that each session keeps
(services.recall_reading says what is searched and how it is read).

A search answers with every patient found, counted, and the first page of them with their
sessions; the rest is read a page at a time as a window scrolls (`more`), or at once for a
file (`whole`). Each search is audited in the transaction that finds the patients: who,
what was searched for, how many patients were found, and the reason given. The reason is
free text and may name a patient or a finding: it goes into that audit entry only, never
into a message or a log. Clinicians and administrators may search (an assistant may not: a
recall reads the treatments of every patient at once, and contacting them is a clinical
decision).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mesolog.domain import limits
from mesolog.domain.accounts import AccessDeniedError, Permission
from mesolog.domain.enums import Role
from mesolog.domain.errors import Violation
from mesolog.domain.languages import LANGUAGE_CODES
from mesolog.domain.text_rules import REASON_REQUIRED, text_violations
from mesolog.domain.texts import phrase
from mesolog.domain.validation import raise_if_any
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.models import ProductUseRow, SessionRow, TreatmentLineRow
from mesolog.reports.recall_data import RecalledPatient, RecallQuery, RecallResult
from mesolog.services.context import ServiceContext
from mesolog.services.recall_reading import counted, found_page, patients_read

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
PAGE = 100
"""Patients read with their sessions at a time: a window's first screens, many times over."""


def recall_violations(query: RecallQuery, reason: str) -> list[Violation]:
    """What is wrong with a search: a lot or a product is needed, the first day may not
    come after the last, and a reason is required (reported by its length, never shown)."""
    found = text_violations("lot", query.lot, maximum=limits.LOT_NUMBER_MAX)
    found += text_violations("product", query.product, maximum=PRODUCT_SOUGHT_MAX)
    if not found and not query.lot.strip() and not query.product.strip():
        found.append(
            Violation("lot", "", phrase("Recall", "a lot number, or a product name, is required"))
        )
    start, end = query.from_date, query.to_date
    if start is not None and end is not None and end < start:
        found.append(
            Violation(
                "to_date",
                end.isoformat(),
                phrase("Recall", "{day} or later").having(day=start),
            )
        )
    found += text_violations("reason", reason, maximum=REASON_MAX)  # says a length, never text
    if not reason.strip():
        found.append(Violation("reason", "", REASON_REQUIRED))
    return found


class RecallService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def search(self, query: RecallQuery, *, reason: str, read: int = PAGE) -> RecallResult:
        """Every patient who received what `query` names, counted, with the sessions and
        uses of the first `read` of them; audited with the reason (ValidationError, naming
        the fields, when it is wrong)."""
        raise_if_any(recall_violations(query, reason))
        sought = replace(query, lot=query.lot.strip(), product=query.product.strip())
        with self._ctx.db.write() as s:
            self.require(s)
            page = found_page(s, sought, after=None, limit=read)
            tail = f"; {_patients(page.patient_count)}; reason: {reason.strip()}"
            self._ctx.audit(s, AuditAction.RECALL, ENTITY, detail=_detail(sought, tail))
            first = patients_read(s, sought, page.ids)
        return RecallResult(
            sought,
            page.patient_count,
            page.session_count,
            tuple(first),
            self._ctx.now(),
            complete=not page.more,
            resume_after=page.last,
            preferences=page.preferences,
        )

    def more(self, result: RecallResult, count: int | None = PAGE) -> RecallResult:
        """The result with its next `count` patients read (all that are left when None).
        It is the same search, audited when it was made, so no new entry is written; the
        account must still be one that may search."""
        if result.complete:
            return result
        with self._ctx.db.read() as s:
            self.require(s)
            page = found_page(s, result.query, after=result.resume_after, limit=count)
            read = patients_read(s, result.query, page.ids)
        return replace(
            result,
            patients=result.patients + tuple(read),
            complete=not page.more,
            resume_after=page.last,
        )

    def whole(self, result: RecallResult) -> RecallResult:
        """The search's every patient, read at once in one transaction: what a file is
        written from. A result not read whole is searched again from its start rather than
        continued, so that a patient renamed or voided since the first page (whose place
        in the order moved) is neither left out nor written twice; the counts are then
        those of the file. Audited when the search was made."""
        if result.complete:
            return result
        with self._ctx.db.read() as s:
            self.require(s)
            page = found_page(s, result.query, after=None, limit=None)
            read = patients_read(s, result.query, page.ids)
        return replace(
            result,
            patient_count=len(read),
            session_count=sum(len(patient.sessions) for patient in read),
            patients=tuple(read),
            complete=True,
            resume_after=page.last,
            preferences=_preferences(read),
        )

    def product_names(self) -> list[str]:
        """The product names the signed, current sessions hold, each spelling once (by its
        folded form), sorted as folded: what a product field completes from."""
        with self._ctx.db.read() as s:
            self.require(s)
            rows = s.execute(
                select(ProductUseRow.product_key, ProductUseRow.product_name, func.count())
                .join(TreatmentLineRow, ProductUseRow.treatment_line_id == TreatmentLineRow.id)
                .join(SessionRow, TreatmentLineRow.session_id == SessionRow.id)
                .where(*counted())
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
                phrase(
                    "Recall",
                    "{name} has the role {role}, which may not search the records for a recall: a "
                    "clinician or an administrator may.",
                ).having(name=account.name, role=account.role)
            )


def _preferences(patients: Sequence[RecalledPatient]) -> tuple[tuple[str, int], ...]:
    """How many of `patients` prefer each language (RecallResult.preferences)."""
    said = Counter(patient.language for patient in patients)
    return tuple((code, said[code]) for code in LANGUAGE_CODES)


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
