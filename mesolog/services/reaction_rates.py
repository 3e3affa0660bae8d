"""Records ▸ Reactions and `mesolog reactions`: the rate of a reaction per product, lot,
solution, technique, depth band, area or clinician over a range of days
(domain.reaction_rates says what counts for which group), and its CSV file.

Only signed, current sessions count: not drafts, not voided, not a version an amendment
corrected (`queries.current_sessions`, as the history and the schedules decide it), and
not those of a voided patient (a record taken out of use: entered twice, or by
mistake). A day is the session's own, at the UTC offset it was recorded with.

The sessions are read as a few flat queries of the columns the rates need (no records
built, no text read but the product names and lot numbers), and only the parts the
dimension needs: no lines for the clinicians, no products but for products, lots and
solutions.

For clinicians and administrators: an assistant records patients and drafts, while these
rates compare the products the clinic uses and the outcomes of its clinicians.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement, Connection, Select, String, select, type_coerce
from sqlalchemy.orm import Session

from mesolog.domain.accounts import AccessDeniedError, Permission
from mesolog.domain.enums import Area, Role, SessionStatus, Solution, TechniqueKind
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.reaction_rates import (
    PRODUCT_DIMENSIONS,
    DepthBand,
    Dimension,
    LineFacts,
    Lot,
    RateRow,
    RateTable,
    ReactionChoice,
    ReactionFacts,
    SessionFacts,
    UsedProduct,
    rate_table,
)
from mesolog.domain.texts import phrase
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.models import (
    ClinicianRow,
    PatientRow,
    ProductUseRow,
    ReactionRow,
    SessionRow,
    TreatmentLineRow,
)
from mesolog.services.context import ServiceContext
from mesolog.services.file_output import write_atomically

READERS = frozenset({Role.CLINICIAN, Role.ADMIN})
"""The roles that may read the rates."""
_OFFSET_REACH = dt.timedelta(minutes=1080)
"""The widest UTC offset a session may be recorded at (the sessions' CHECK constraint)."""


@dataclass(frozen=True, slots=True)
class ReactionRates:
    first_day: dt.date
    last_day: dt.date
    table: RateTable


class ReactionRateService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def may_read(self) -> bool:
        """Whether `rates` would answer (for a window to offer it or not)."""
        account = self._ctx.account
        if account is not None:
            return account.role in READERS
        with self._ctx.db.read() as s:
            return not queries.has_accounts(s)

    def rates(
        self,
        first_day: dt.date,
        last_day: dt.date,
        *,
        by: Dimension,
        reaction: ReactionChoice = ReactionChoice(),  # noqa: B008 - frozen, never changed
    ) -> ReactionRates:
        """The rate of `reaction` per group of `by`, over the sessions of these days (both
        included); ValidationError when the last day comes before the first."""
        if last_day < first_day:
            raise ValidationError(
                [
                    Violation(
                        "last_day",
                        last_day.isoformat(),
                        phrase("Reactions", "on or after the first day, {first_day}").having(
                            first_day=first_day
                        ),
                    )
                ]
            )
        with _collector_paused():
            with self._ctx.db.read() as s:
                self._require(s)
                sessions = _session_facts(s, first_day, last_day, by, reaction)
            return ReactionRates(first_day, last_day, rate_table(sessions, by, reaction))

    def write_csv(self, rates: ReactionRates, path: Path) -> None:
        """Writes `rates_csv` to `path` (UTF-8 with a byte-order mark, which spreadsheet
        programs need to read Greek; whole or not at all; 0600) and audits the export."""
        self._write(rates, path, rates_csv(rates).encode("utf-8-sig"), "csv")

    def write_table(self, rates: ReactionRates, path: Path, text: str) -> None:
        """Writes `text`, the rates laid out for people, as `write_csv` writes its file."""
        self._write(rates, path, text.encode(), "table")

    def _write(self, rates: ReactionRates, path: Path, content: bytes, kind: str) -> None:
        with self._ctx.db.read() as s:
            self._require(s)
        write_atomically(path, content, what="The reaction rates")
        detail = (
            f"{kind}, by {rates.table.dimension}, reaction {rates.table.reaction}, "
            f"{rates.first_day} to {rates.last_day}"
        )
        with self._ctx.db.write() as s:
            self._require(s)
            self._ctx.audit(s, AuditAction.EXPORT, "reaction_rates", detail=detail)

    def _require(self, s: Session) -> None:
        account = self._ctx.account
        if account is None:
            if queries.has_accounts(s):
                raise AccessDeniedError(
                    phrase(
                        "Reactions",
                        "This database has accounts: log in as a clinician or an administrator to "
                        "read the reaction rates.",
                    )
                )
            return
        # every role may record: this checks the account as stored, with the role it had
        self._ctx.require(s, Permission.RECORD)
        if account.role not in READERS:
            raise AccessDeniedError(
                phrase(
                    "Reactions",
                    "{name} has the role {role}, which may not read the reaction rates: they are "
                    "for clinicians and administrators.",
                ).having(name=account.name, role=account.role)
            )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading a year of a large clinic makes a million small tuples, none of them in a
    reference cycle; meanwhile the cyclic garbage collector would walk every object of the
    process again and again: three quarters of the time at 4,000 sessions (measured)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _near(first_day: dt.date, last_day: dt.date) -> ColumnElement[bool]:
    """Signed sessions recorded within a margin of the days (their own days are taken
    at their own offsets afterwards): a cheap condition, with no lookup per session."""
    start = dt.datetime.combine(first_day, dt.time(), dt.UTC) - _OFFSET_REACH
    end = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(), dt.UTC) + _OFFSET_REACH
    return (
        (SessionRow.status == SessionStatus.SIGNED)
        & (SessionRow.performed_at >= start)
        & (SessionRow.performed_at < end)
    )


def _session_facts(
    s: Session,
    first_day: dt.date,
    last_day: dt.date,
    dimension: Dimension,
    reaction: ReactionChoice,
) -> list[SessionFacts]:
    """The facts of the signed, current sessions of the days, of patients in use. Their
    parts are read for every signed session near the days (one scan of the sessions,
    without the lookups that decide which are current) and kept for those only."""
    connection = s.connection()
    near = _near(first_day, last_day)
    in_use = select(PatientRow.id).where(
        PatientRow.id == SessionRow.patient_id, PatientRow.voided_at.is_(None)
    )
    clinicians: dict[int, str] = {}
    for session_id, stored, offset, name in connection.execute(
        select(
            SessionRow.id,
            type_coerce(SessionRow.performed_at, String),
            SessionRow.performed_at_utc_offset,
            ClinicianRow.name,
        )
        .join(ClinicianRow, SessionRow.clinician_id == ClinicianRow.id)
        .where(near, in_use.exists(), queries.current_sessions())
    ):
        if first_day <= (_utc_clock(stored) + dt.timedelta(minutes=offset)).date() <= last_day:
            clinicians[session_id] = name
    ids = select(SessionRow.id).where(near)
    lines: dict[int, list[LineFacts]] = {}
    if dimension in PRODUCT_DIMENSIONS:
        lines = _lines_with_products(connection, ids)
    elif dimension is not Dimension.CLINICIAN:
        lines = _lines(connection, ids)
    reactions = _reactions(connection, ids, reaction)
    return [
        SessionFacts(name, tuple(lines.get(session_id, ())), tuple(reactions.get(session_id, ())))
        for session_id, name in clinicians.items()
    ]


def _utc_clock(stored: str | dt.datetime) -> dt.datetime:
    """A stored UTC time read as the driver gives it (SQLite's text, a PostgreSQL
    timestamp), as naive UTC: the column type's own conversion costs more than all the
    rest of reading a session."""
    if isinstance(stored, str):
        return dt.datetime.fromisoformat(stored)
    return stored.astimezone(dt.UTC).replace(tzinfo=None) if stored.tzinfo else stored


def _lines(connection: Connection, ids: Select[int]) -> dict[int, list[LineFacts]]:
    """The lines of the sessions `ids` selects, by session, without their products."""
    found: defaultdict[int, list[LineFacts]] = defaultdict(list)
    for session_id, area, technique, depth in connection.execute(
        select(
            TreatmentLineRow.session_id,
            TreatmentLineRow.area,
            TreatmentLineRow.technique,
            TreatmentLineRow.depth_mm,
        ).where(TreatmentLineRow.voided_at.is_(None), TreatmentLineRow.session_id.in_(ids))
    ):
        found[session_id].append(LineFacts(area, technique, depth))
    return found


def _lines_with_products(connection: Connection, ids: Select[int]) -> dict[int, list[LineFacts]]:
    """The lines of the sessions `ids` selects, by session, with their products (joined:
    one query)."""
    lines: dict[int, tuple[int, Area, TechniqueKind, float]] = {}
    products: defaultdict[int, list[UsedProduct]] = defaultdict(list)
    for line_id, session_id, area, technique, depth, name, lot, solution in connection.execute(
        select(
            TreatmentLineRow.id,
            TreatmentLineRow.session_id,
            TreatmentLineRow.area,
            TreatmentLineRow.technique,
            TreatmentLineRow.depth_mm,
            ProductUseRow.product_name,
            ProductUseRow.lot_number,
            ProductUseRow.solution,
        )
        .outerjoin(
            ProductUseRow,
            (ProductUseRow.treatment_line_id == TreatmentLineRow.id)
            & ProductUseRow.voided_at.is_(None),
        )
        .where(TreatmentLineRow.voided_at.is_(None), TreatmentLineRow.session_id.in_(ids))
    ):
        lines[line_id] = (session_id, area, technique, depth)
        if solution is not None:  # None: a line without products, none joined
            products[line_id].append(UsedProduct(name, lot, solution))
    found: defaultdict[int, list[LineFacts]] = defaultdict(list)
    for line_id, (session_id, area, technique, depth) in lines.items():
        found[session_id].append(LineFacts(area, technique, depth, tuple(products[line_id])))
    return found


def _reactions(
    connection: Connection, ids: Select[int], reaction: ReactionChoice
) -> dict[int, list[ReactionFacts]]:
    """The reactions of the kind chosen."""
    statement = select(
        ReactionRow.session_id, ReactionRow.kind, ReactionRow.severity, ReactionRow.area
    ).where(ReactionRow.voided_at.is_(None), ReactionRow.session_id.in_(ids))
    if reaction.kind is not None:
        statement = statement.where(ReactionRow.kind == reaction.kind)
    if reaction.severity is not None:
        statement = statement.where(ReactionRow.severity == reaction.severity)
    found: defaultdict[int, list[ReactionFacts]] = defaultdict(list)
    for session_id, kind, severity, area in connection.execute(statement):
        found[session_id].append(ReactionFacts(kind, severity, area))
    return found


# the CSV file

_GROUP_COLUMNS: dict[Dimension, Sequence[str]] = {
    Dimension.PRODUCT: ("product",),
    Dimension.LOT: ("product", "lot"),
    Dimension.SOLUTION: ("solution",),
    Dimension.TECHNIQUE: ("technique",),
    Dimension.DEPTH: ("technique", "depth_from_mm", "depth_to_mm"),
    Dimension.AREA: ("area",),
    Dimension.CLINICIAN: ("clinician",),
}
_RATE_COLUMNS = ("sessions", "sessions_with_reaction", "rate", "ci95_low", "ci95_high")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet may run as a formula at the start of a cell (OWASP, CSV injection)."""


def rates_csv(rates: ReactionRates, *, newline: str = "\r\n") -> str:
    """A header and a row per group, in the table's order: the group's columns, its
    counts, rate and interval as proportions (0.2500), its rank ("" when too few), a
    note, and the reaction and days asked. Names typed by people that a spreadsheet
    would take for a formula start with an apostrophe. Lines end with `newline`: CSV's
    CR LF for a file, a plain line break for a terminal."""
    table = rates.table
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=newline)
    writer.writerow(
        [*_GROUP_COLUMNS[table.dimension], *_RATE_COLUMNS, "rank", "note", "reaction", "from", "to"]
    )
    for row in table.rows:
        rate = row.rate
        writer.writerow(
            [
                *_group_cells(row),
                rate.sessions,
                rate.with_reaction,
                *(f"{value:.4f}" for value in (rate.proportion, rate.low, rate.high)),
                "" if row.rank is None else row.rank,
                _note(row),
                table.reaction,
                rates.first_day.isoformat(),
                rates.last_day.isoformat(),
            ]
        )
    return out.getvalue()


def _group_cells(row: RateRow) -> list[str]:
    group = row.group
    if isinstance(group, Lot):
        return [_typed(group.product), _typed(group.number)]
    if isinstance(group, DepthBand):
        return [group.technique.value, f"{group.low_mm:g}", f"{group.high_mm:g}"]
    if isinstance(group, Solution | TechniqueKind | Area):
        return [group.value]
    return [_typed(group)]


def _typed(text: str) -> str:
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def _note(row: RateRow) -> str:
    if row.rank is None:
        return "too few sessions to rank"
    return "above the rate of all sessions" if row.stands_out else ""
