"""Reading an interchange file: plain JSON, the schema, the file's rules, the domain's rules
(charts with the diagrams' shapes; photos as services.transfer_photo_checks says).

Every problem is reported together, with its JSON path (and line and column where plain
JSON breaks), what is there (never free text: its length) and what is allowed; no
database is needed, so a bad file is refused before one is opened.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from mesolog.domain import products as catalogue_rules
from mesolog.domain.enums import SessionStatus
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.ids import CourseId
from mesolog.domain.records import Course, Session
from mesolog.domain.templates import validate_template
from mesolog.domain.text_rules import name_violations, text_violations
from mesolog.domain.texts import phrase
from mesolog.domain.validation import (
    raise_if_any,
    validate_course,
    validate_patient,
    validate_product,
    validate_session,
    validate_signature,
    validate_treatment,
)
from mesolog.interchange.clinic_file import (
    Catalogue,
    ClinicFile,
    FiledTemplate,
    PatientBundle,
    SessionParts,
)
from mesolog.interchange.codec import decode
from mesolog.interchange.file_rules import file_rule_violations
from mesolog.interchange.json_places import first_refused
from mesolog.interchange.schema import schema_violations
from mesolog.interchange.schema_messages import ROOT_PATH, format_path, key_name
from mesolog.services.chart_shapes import SHAPES
from mesolog.services.transfer_photo_checks import (
    photo_violations,
    voided_chart_violations,
    voiding_violations,
)

FILE = ROOT_PATH
_TOO_DEEP = Violation(FILE, "deeply nested", phrase("Transfer", "JSON of the mesolog format"))


class _NotPlainJsonError(ValueError):
    """A construct json.loads accepts but JSON (RFC 8259) does not mean: NaN, a repeated key."""


def _refuse_constant(name: str) -> float:
    raise _NotPlainJsonError(name)


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _NotPlainJsonError(key)
        found[key] = value
    return found


def parse_document(data: bytes) -> Any:
    """The JSON value in `data`, or a ValidationError that says where the file breaks."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            [Violation(FILE, f"byte {error.start}", phrase("Transfer", "UTF-8 text (JSON)"))]
        ) from error
    try:
        return json.loads(
            text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_repeated_keys
        )
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise ValidationError(
            [
                Violation(
                    FILE,
                    where,
                    phrase("Transfer", "well-formed JSON ({msg})").having(msg=error.msg),
                )
            ]
        ) from error
    except (ValueError, RecursionError) as error:  # NaN, a repeated key, 4,300 digits, depth
        raise ValidationError([_place_of_refusal(text)]) from error


def _place_of_refusal(text: str) -> Violation:
    """Where the text has what the reader refused (NaN, a key twice, an integer too long,
    nesting too deep): its JSON path, and its line and column."""
    place = first_refused(text, name_key=key_name)
    if place is None:
        return _TOO_DEEP
    return Violation(format_path(place.path), str(place), place.allowed)


def read_clinic_file(data: bytes, *, now: dt.datetime, with_images: bool = False) -> ClinicFile:
    """The records of an interchange file, once the file breaks no rule at all.

    Needs no database, so a bad file is refused before one is opened (or created).
    `with_images`: the document is a bundle's, whose images come with it; a document on
    its own that lists photos is refused.
    """
    document = parse_document(data)
    try:
        violations = schema_violations(document)
        if not violations:
            violations = file_rule_violations(document)
    except RecursionError as error:  # the checks walk a value nested deep below a field
        raise ValidationError([_place_of_refusal(data.decode("utf-8-sig"))]) from error
    if violations:
        raise ValidationError(violations)
    clinic_file = decode(document)
    raise_if_any(record_violations(clinic_file, now=now, with_images=with_images))
    return clinic_file


def record_violations(
    clinic_file: ClinicFile, *, now: dt.datetime, with_images: bool = False
) -> list[Violation]:
    """The domain's rules on every record of a (schema-valid) file, with JSON paths: the
    catalogue's products and lots first (`catalogue_violations`), then the templates
    (`template_violations`), then the patients.

    A session is checked as it counts (its parts that are not voided); a part voided
    before signing only against its own limits, not against the session's date (a voided
    line's chart with the shapes too). A session that names a voided course is checked
    as outside any course: the course was voided after it. Photos need `with_images`.
    """
    found = head_record_violations(clinic_file, now=now)
    for i, bundle in enumerate(clinic_file.patients):
        found += patient_record_violations(bundle, i, now=now, with_images=with_images)
    return found


def head_record_violations(clinic_file: ClinicFile, *, now: dt.datetime) -> list[Violation]:
    """`record_violations` of the catalogue and the templates."""
    found = catalogue_violations(clinic_file.catalogue, today=now.astimezone().date())
    return found + template_violations(clinic_file.templates)


def catalogue_violations(catalogue: Catalogue | None, *, today: dt.date) -> list[Violation]:
    """The domain's rules on every product and lot of the file, with their JSON paths."""
    found: list[Violation] = []
    for i, product in enumerate(() if catalogue is None else catalogue.products):
        base = f"catalogue.products[{i}]"
        found += [_at_path(base, v) for v in catalogue_rules.validate_product(product.details)]
        for j, lot in enumerate(product.lots):
            lot_rules = catalogue_rules.validate_lot(lot.details, today=today)
            found += [_at_path(f"{base}.lots[{j}]", v) for v in lot_rules]
    return found


def _at_path(base: str, violation: Violation) -> Violation:
    return replace(violation, path=f"{base}.{violation.path}")


def template_violations(filed: Iterable[FiledTemplate] | None) -> list[Violation]:
    """The domain's rules on every template of the file, with their JSON paths."""
    return [
        replace(violation, path=f"templates[{i}].{violation.path}")
        for i, template in enumerate(filed or ())
        for violation in validate_template(template.details)
    ]


def patient_record_violations(
    bundle: PatientBundle, i: int, *, now: dt.datetime, with_images: bool
) -> list[Violation]:
    """`record_violations` of the file's patient at `i`."""
    base = f"patients[{i}]"
    details = bundle.patient.details
    found = validate_patient(details, today=now.astimezone().date(), path=base)
    found += voiding_violations(bundle.patient.voiding, base)
    courses = {course.id: course for course in bundle.courses}
    for j, course in enumerate(bundle.courses):
        path = f"{base}.courses[{j}]"
        found += validate_course(course.plan, date_of_birth=details.date_of_birth, path=path)
        found += voiding_violations(course.voiding, path)
    parts = {written.session_id: written for written in bundle.parts}
    for k, session in enumerate(bundle.sessions):
        path = f"{base}.sessions[{k}]"
        found += _session_violations(bundle, session, courses, now=now, path=path)
        found += _history_violations(session, path)
        if session.id in parts:
            found += _voided_part_violations(parts[session.id], path)
    found += photo_violations(bundle, base, now=now, with_images=with_images)
    return [_at_the_point(violation) for violation in found]


_POINT_ZONE = re.compile(r"\.points\[[0-9]+\]\.zone$")


def _at_the_point(violation: Violation) -> Violation:
    """A point's zone is its own fields in the file (diagram, area, side): a refusal of it
    names the point, not a `zone` the file does not have."""
    if _POINT_ZONE.search(violation.path) is None:
        return violation
    return replace(violation, path=violation.path.removesuffix(".zone"))


def _history_violations(session: Session, path: str) -> list[Violation]:
    """A version's signer (when the file names another than the clinician), the reason
    for an amendment, and the session's voiding."""
    found = voiding_violations(session.voiding, path)
    signer = session.signed_by
    if signer is not None and signer != session.entry.clinician:
        found += name_violations(f"{path}.signed_by", signer)
    if session.amendment_reason is not None:
        where = f"{path}.amendment_reason"
        found += text_violations(where, session.amendment_reason, multiline=True)
    return found


def _session_violations(
    bundle: PatientBundle,
    session: Session,
    courses: dict[CourseId, Course],
    *,
    now: dt.datetime,
    path: str,
) -> list[Violation]:
    entry = session.entry
    course = courses.get(entry.course_id) if entry.course_id is not None else None
    if course is not None and course.voiding is not None:
        entry, course = replace(entry, course_id=None), None
    found = validate_session(
        entry,
        patient_id=bundle.patient.id,
        patient=bundle.patient.details,
        course=course,
        now=now,
        shapes=SHAPES,
        path=path,
    )
    if session.status is SessionStatus.SIGNED:
        found += validate_signature(
            session.signed_at, performed_at=entry.performed_at, now=now, path=path
        )
    parts = next((p for p in bundle.parts if p.session_id == session.id), None)
    return found if parts is None else [_in_file(v, parts, path) for v in found]


_PART = re.compile(r"\.(treatments|reactions)\[([0-9]+)\](?:\.products\[([0-9]+)\])?")


def _in_file(violation: Violation, parts: SessionParts, base: str) -> Violation:
    """The violation of a session's part that is not voided, at that part's place in the
    file (where voided parts stand among them)."""
    if not violation.path.startswith(base):
        return violation
    match = _PART.match(violation.path, len(base))
    if match is None:
        return violation
    lines, products, reactions = parts.live_places()
    index = int(match.group(2))
    if match.group(1) == "reactions":
        where = f".reactions[{reactions[index]}]"
    else:
        where = f".treatments[{lines[index]}]"
        if match.group(3) is not None:
            where += f".products[{products[index][int(match.group(3))]}]"
    rest = violation.path[match.end() :]
    return Violation(f"{base}{where}{rest}", violation.value, violation.allowed)


def _voided_part_violations(parts: SessionParts, base: str) -> list[Violation]:
    """A voided part's own limits: lengths, ranges, text that can be stored."""
    found: list[Violation] = []
    for i, written in enumerate(parts.treatments):
        path = f"{base}.treatments[{i}]"
        found += voiding_violations(written.voiding, path)
        if written.voiding is not None:
            found += validate_treatment(written.line, session_day=dt.date.min, path=path)
            found += voided_chart_violations(written.line, path)
        for j, (product, voiding) in enumerate(
            zip(written.line.products, written.product_voidings, strict=True)
        ):
            where = f"{path}.products[{j}]"
            found += voiding_violations(voiding, where)
            if voiding is not None and written.voiding is None:
                found += validate_product(product, session_day=dt.date.min, path=where)
    for i, (reaction, voiding) in enumerate(parts.reactions):
        path = f"{base}.reactions[{i}]"
        found += voiding_violations(voiding, path)
        if voiding is not None:
            found += text_violations(f"{path}.notes", reaction.notes, multiline=True)
    return found
