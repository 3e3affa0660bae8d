"""Patients and courses as plain rows, for a writer of many records (an import): the rows
`mapping.fill_patient_row` and `fill_course_row` give ORM rows, as dicts inserted by Core
`executemany`, with their search terms and areas, and digested as inserted
(persistence.row_digests), byte for byte what `record_digest` gives the ORM rows.

Many rows are inserted by the driver's `executemany` with the statement SQLAlchemy compiles
and each value converted by the bind processor SQLAlchemy would use (`insert_many`): the
same SQL and the same stored values, without SQLAlchemy's work a row (0.6 of 7.3 s in a
profile of an import of 5,300 sessions). In a streamed import on SQLite they are sent to
its writing thread instead (persistence.deferred_writes), the same values as JSON. Each
row is given its id before it is inserted (`RowIds`), so that nothing is read back.

tests/persistence/test_record_inserts.py compares them with the ORM's rows column by column,
tests/services/test_transfer_core_rows.py what `insert_many` stores, at once and by the
writing thread, with what SQLAlchemy's insert stores.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Dialect, Table, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from mesolog.domain.record_numbers import record_key
from mesolog.domain.records import Course, Patient, Voiding
from mesolog.domain.text import sort_key
from mesolog.persistence.base import Base
from mesolog.persistence.deferred_writes import deferred, idle
from mesolog.persistence.mapping import search_terms
from mesolog.persistence.models import (
    CourseAreaRow,
    CourseRow,
    PatientRow,
    PatientSearchTermRow,
)
from mesolog.persistence.row_digests import Part, row_digest


def voided(voiding: Voiding | None) -> dict[str, object]:
    """A voidable row's voiding columns."""
    if voiding is None:
        return {"voided_at": None, "voided_by": None, "void_reason": None}
    return {
        "voided_at": voiding.voided_at,
        "voided_by": voiding.voided_by,
        "void_reason": voiding.reason,
    }


@dataclass(slots=True)
class NewPatient:
    """A patient's row and search terms, as inserted (its `id` added once known)."""

    row: dict[str, Any]
    terms: list[str]

    def digest(self) -> str:
        return row_digest("patients", self.row)


@dataclass(slots=True)
class NewCourse:
    """A course's row and areas, as inserted (ids added once known)."""

    row: dict[str, Any]
    areas: list[dict[str, Any]] = field(default_factory=list)

    def digest(self) -> str:
        return row_digest("courses", self.row, {"areas": [Part(area) for area in self.areas]})


def new_patient(
    patient: Patient,
    *,
    now: dt.datetime,
    dates: tuple[dt.date | None, dt.date | None],
) -> NewPatient:
    """The patient's row, added at `now`, with its (last session, next due) `dates`."""
    details = patient.details.tidied()
    row: dict[str, Any] = {
        "uuid": patient.id,
        "record_number": details.record_number or None,
        "record_key": record_key(details.record_number) or None,
        "family_name": details.family_name,
        "given_name": details.given_name,
        "date_of_birth": details.date_of_birth,
        "sex": details.sex,
        "phone": details.phone,
        "email": details.email,
        "fitzpatrick_type": details.fitzpatrick_type,
        "allergies": details.allergies,
        "medications": details.medications,
        "medical_history": details.medical_history,
        "consent_signed_on": details.consent_signed_on,
        "notes": details.notes,
        "photo_consent_on": details.photo_consent_on,
        "preferred_language": details.preferred_language,
        "sort_key": sort_key(details.family_name, details.given_name),
        "last_session_on": dates[0],
        "next_due_on": dates[1],
        "created_at": now,
        "updated_at": now,
    } | voided(patient.voiding)
    terms = search_terms(
        details.family_name, details.given_name, details.record_number, details.phone
    )
    return NewPatient(row, sorted(terms))


def new_course(course: Course, *, template_id: int | None, now: dt.datetime) -> NewCourse:
    """The course's row, added at `now`, its patient's id to be set before it is inserted;
    `template_id`: the row id of the plan's template."""
    plan = course.plan
    row: dict[str, Any] = {
        "uuid": course.id,
        "indication": plan.indication,
        "protocol": plan.protocol,
        "planned_sessions": plan.planned_sessions,
        "initial_interval_days": plan.initial_interval_days,
        "maintenance_interval_days": plan.maintenance_interval_days,
        "started_on": plan.started_on,
        "status": course.status,
        "maintenance_from": course.maintenance_from,
        "notes": plan.notes,
        "template_id": template_id,
        "created_at": now,
        "updated_at": now,
    } | voided(course.voiding)
    areas = [{"position": i, "area": area} for i, area in enumerate(plan.areas)]
    return NewCourse(row, areas)


def insert_patients(s: Session, patients: Sequence[NewPatient], ids: RowIds) -> None:
    """Inserts the patients, then their search terms; each row is given its `id`."""
    insert_rows(s, PatientRow, [patient.row for patient in patients], ids)
    terms = [
        {"patient_id": patient.row["id"], "term": term}
        for patient in patients
        for term in patient.terms
    ]
    insert_many(s, PatientSearchTermRow.__tablename__, terms)


def insert_courses(s: Session, courses: Sequence[NewCourse], ids: RowIds) -> None:
    """Inserts the courses (their `patient_id` set), then their areas; each row is given its
    `id`, each area its `course_id`."""
    insert_rows(s, CourseRow, [course.row for course in courses], ids)
    for course in courses:
        for area in course.areas:
            area["course_id"] = course.row["id"]
    insert_many(
        s, CourseAreaRow.__tablename__, [area for course in courses for area in course.areas]
    )


class RowIds:
    """Ids for new rows, given before they are inserted, so that rows naming them can be
    built at once and nothing is read back.

    On SQLite, one past the table's highest id, then counted on: the write transaction
    holds the file's lock, so no one else inserts, and SQLite would give the same ids
    itself. Counting on from the ids it gave, it serves rows built together (a batch, or a
    streamed import's batches) while no other row of its tables is inserted in the
    transaction. On PostgreSQL, values taken from the column's sequence, as the column's
    default takes them: never another row's, whoever inserts meanwhile."""

    def __init__(self, s: Session) -> None:
        self._s = s
        self._next: dict[str, int] = {}

    def take(self, table: Table, count: int) -> Sequence[int]:
        if self._s.connection().dialect.name == "postgresql":
            taken = select(func.nextval(func.pg_get_serial_sequence(table.name, "id")))
            series = func.generate_series(1, count).table_valued("n")
            return list(self._s.scalars(taken.select_from(series)))
        first = self._next.get(table.name)
        if first is None:  # read once the writing thread, if any, is idle
            idle(self._s)
            highest = select(func.coalesce(func.max(table.c.id), 0))
            with self._s.no_autoflush:
                first = self._s.execute(highest).scalar_one() + 1
        self._next[table.name] = first + count
        return range(first, first + count)


def insert_rows(s: Session, model: type[Base], rows: list[dict[str, Any]], ids: RowIds) -> None:
    """Gives each of `rows` its new `id` from `ids`, then inserts them (`insert_many`)."""
    if not rows:
        return
    table = Base.metadata.tables[model.__tablename__]
    for row, new_id in zip(rows, ids.take(table, len(rows)), strict=True):
        row["id"] = new_id
    insert_many(s, table.name, rows)


def insert_many(s: Session, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Inserts `rows` (each with the keys of the first) into `table` by one `executemany`
    of the driver, as `s.execute(insert(table), rows)` would store them; or sends them to
    the import's writing thread (persistence.deferred_writes), if `s` has one."""
    if not rows:
        return
    connection = s.connection()
    statement = _statement(connection.dialect, table, tuple(rows[0]))
    parameters = [statement.parameters(row) for row in rows]
    writes = deferred(s)
    if writes is None:
        connection.exec_driver_sql(statement.sql, parameters)
    else:
        # Deferred only on SQLite, whose statements' parameters are by position: tuples.
        tuples = cast(list[tuple[Any, ...]], parameters)
        writes.insert(statement.sql, tuples, columns=len(statement.names), reals=statement.reals)


@dataclass(frozen=True, slots=True)
class _Statement:
    """An INSERT compiled for a dialect, with what its parameters are made from."""

    sql: str
    names: tuple[str, ...]
    """The rows' keys in the statement's order (by position or by name)."""
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]
    """The bind processor of each value that has one, by its place in `names`."""
    positional: bool
    reals: tuple[int, ...]
    """The places of the values that may be doubles."""

    def parameters(self, row: dict[str, Any]) -> tuple[Any, ...] | dict[str, Any]:
        values = [row[name] for name in self.names]
        for place, process in self.processors:
            values[place] = process(values[place])
        return tuple(values) if self.positional else dict(zip(self.names, values, strict=True))


@lru_cache(maxsize=64)
def _statement(dialect: Dialect, table: str, keys: tuple[str, ...]) -> _Statement:
    compiled = insert(Base.metadata.tables[table]).compile(
        dialect=dialect, column_keys=list(keys), for_executemany=True
    )
    if compiled.insert_prefetch:  # a Python default would need SQLAlchemy to fill it
        filled = sorted(column.name for column in compiled.insert_prefetch)
        raise ValueError(f"rows of {table} lack the columns {filled}")
    names = tuple(compiled.positiontup or ()) if compiled.positional else tuple(compiled.binds)
    processors = []
    reals = []
    for place, name in enumerate(names):
        kind = compiled.binds[name].type
        process = kind.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            processors.append((place, process))
        if _may_be_double(kind):
            reals.append(place)
    return _Statement(compiled.string, names, tuple(processors), compiled.positional, tuple(reals))


def _may_be_double(kind: TypeEngine[Any]) -> bool:
    try:
        return kind.python_type is float
    except NotImplementedError:  # a type that does not say: its values are looked at
        return True
