"""Reading an interchange file: plain JSON, the schema, the file's rules, the domain's rules.

Every problem is reported together, with its JSON path, the value and what is
allowed; no database is needed, so a bad file is refused before one is opened.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from mesolog.domain.enums import SessionStatus
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.validation import (
    raise_if_any,
    validate_course,
    validate_patient,
    validate_session,
    validate_signature,
)
from mesolog.interchange.codec import ClinicFile, decode
from mesolog.interchange.schema import file_rule_violations, schema_violations

FILE = "(file)"


class _NotPlainJsonError(ValueError):
    """A construct json.loads accepts but JSON (RFC 8259) does not mean: NaN, a repeated key."""

    def __init__(self, value: str, allowed: str) -> None:
        super().__init__(value)
        self.value = value
        self.allowed = allowed


def _refuse_constant(name: str) -> float:
    raise _NotPlainJsonError(name, "numbers only; NaN and Infinity are not JSON")


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _NotPlainJsonError(key, "each key once per object")
        found[key] = value
    return found


def parse_document(data: bytes) -> Any:
    """The JSON value in `data`, or a ValidationError that says where the file breaks."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            [Violation(FILE, f"byte {error.start}", "UTF-8 text (JSON)")]
        ) from error
    try:
        return json.loads(
            text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_repeated_keys
        )
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise ValidationError(
            [Violation(FILE, where, f"well-formed JSON ({error.msg})")]
        ) from error
    except _NotPlainJsonError as error:
        raise ValidationError([Violation(FILE, error.value, error.allowed)]) from error
    except RecursionError as error:
        raise ValidationError([_TOO_DEEP]) from error
    except ValueError as error:  # an integer of more digits than Python reads (4,300)
        raise ValidationError(
            [Violation(FILE, "a number", f"numbers of the mesolog format ({error})")]
        ) from error


_TOO_DEEP = Violation(FILE, "deeply nested", "JSON of the mesolog format")


def read_clinic_file(data: bytes, *, now: dt.datetime) -> ClinicFile:
    """The records of an interchange file, once the file breaks no rule at all.

    Needs no database, so a bad file is refused before one is opened (or created).
    """
    document = parse_document(data)
    try:
        violations = schema_violations(document)
        if not violations:
            violations = file_rule_violations(document)
    except RecursionError as error:  # the checks walk a value nested deep below a field
        raise ValidationError([_TOO_DEEP]) from error
    if violations:
        raise ValidationError(violations)
    clinic_file = decode(document)
    raise_if_any(record_violations(clinic_file, now=now))
    return clinic_file


def record_violations(clinic_file: ClinicFile, *, now: dt.datetime) -> list[Violation]:
    """The domain's rules on every record of a (schema-valid) file, with JSON paths."""
    found: list[Violation] = []
    today = now.astimezone().date()
    for i, bundle in enumerate(clinic_file.patients):
        base = f"patients[{i}]"
        details = bundle.patient.details
        found += validate_patient(details, today=today, path=base)
        courses = {course.id: course for course in bundle.courses}
        for j, course in enumerate(bundle.courses):
            found += validate_course(
                course.plan, date_of_birth=details.date_of_birth, path=f"{base}.courses[{j}]"
            )
        for k, session in enumerate(bundle.sessions):
            course_id = session.entry.course_id
            found += validate_session(
                session.entry,
                patient_id=bundle.patient.id,
                patient=details,
                course=courses.get(course_id) if course_id is not None else None,
                now=now,
                path=f"{base}.sessions[{k}]",
            )
            if session.status is SessionStatus.SIGNED:
                found += validate_signature(
                    session.signed_at,
                    performed_at=session.entry.performed_at,
                    now=now,
                    path=f"{base}.sessions[{k}]",
                )
    return found
