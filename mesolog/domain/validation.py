"""Validation of every field against the interchange limits and the clinical rules.

Each validator returns every violation it finds (never only the first), each
naming its path from the root given by the caller, e.g.
`sessions[2].treatments[0].technique.depth_mm`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

from mesolog.domain import limits
from mesolog.domain.charts import ZoneShapes, chart_violations
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.given_despite_notes import notes_with_given_despite
from mesolog.domain.ids import PatientId
from mesolog.domain.languages import LANGUAGE_CODES
from mesolog.domain.records import (
    Course,
    CourseInput,
    GivenDespite,
    NeedleTechnique,
    PatientInput,
    PenTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    SessionInput,
    TreatmentLine,
)
from mesolog.domain.text_rules import name_violations, text_violations
from mesolog.domain.text_rules import not_unicode as not_unicode  # noqa: PLC0414 (re-export)
from mesolog.domain.texts import Text, phrase, phrase_n
from mesolog.domain.warnings import WarningKind, entry_warnings, missing_reasons

OLDEST_AGE_YEARS = 120


def raise_if_any(violations: Iterable[Violation]) -> None:
    found = list(violations)
    if found:
        raise ValidationError(found)


def _join(base: str, name: str) -> str:
    return f"{base}.{name}" if base else name


class _Checker:
    """Collects violations under one root path."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.found: list[Violation] = []

    def add(self, name: str, value: object, allowed: Text) -> None:
        self.found.append(Violation(_join(self.base, name), value, allowed))

    def name(self, field: str, value: str) -> None:
        self.found += name_violations(_join(self.base, field), value)

    def text(
        self, field: str, value: str, maximum: int = limits.TEXT_MAX, *, lines: bool = False
    ) -> None:
        """A free text: one line unless `lines`. Reported by its length or the code point of
        a character it may not hold, never its content: notes and histories hold health
        data, which must not reach a log or standard error."""
        self.found += text_violations(
            _join(self.base, field), value, maximum=maximum, multiline=lines
        )

    def number(
        self, field: str, value: float | None, span: limits.Range, unit: str | Text = ""
    ) -> None:
        if value is None:
            return
        not_finite = isinstance(value, float) and not math.isfinite(value)
        if isinstance(value, bool) or not_finite or not span.contains(value):
            self.add(field, value, span.describe(unit))

    def whole(
        self, field: str, value: int | None, span: limits.Range, unit: str | Text = ""
    ) -> None:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            whole = phrase("Validation", "a whole number, {range}", "a range: 27 to 34 G")
            self.add(field, value, whole.having(range=span.describe(unit)))
        else:
            self.number(field, value, span, unit)


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def validate_patient(patient: PatientInput, *, today: dt.date, path: str = "") -> list[Violation]:
    check = _Checker(path)
    check.name("family_name", patient.family_name)
    check.name("given_name", patient.given_name)
    oldest = years_before(today, OLDEST_AGE_YEARS)
    if patient.date_of_birth > today:
        future = phrase("Validation", "a date not in the future")
        check.add("date_of_birth", patient.date_of_birth.isoformat(), future)
    elif patient.date_of_birth < oldest:
        check.add(
            "date_of_birth",
            patient.date_of_birth.isoformat(),
            phrase("Validation", "a date on or after {day}").having(day=oldest),
        )
    check.text("record_number", patient.record_number, limits.RECORD_NUMBER_MAX)
    check.text("phone", patient.phone, limits.PHONE_MAX)
    check.text("email", patient.email, limits.EMAIL_MAX)
    for field in ("allergies", "medications", "medical_history", "notes"):
        check.text(field, getattr(patient, field), lines=True)
    for field in ("consent_signed_on", "photo_consent_on"):
        consent = getattr(patient, field)
        if consent is not None and not patient.date_of_birth <= consent <= today:
            between = phrase("Validation", "a date between the date of birth and today")
            check.add(field, consent.isoformat(), between)
    if patient.preferred_language not in (None, *LANGUAGE_CODES):
        languages = phrase("Validation", "one of {codes}, or none").having(
            codes=", ".join(LANGUAGE_CODES)
        )
        check.add("preferred_language", patient.preferred_language, languages)
    return check.found


def validate_course(
    course: CourseInput, *, date_of_birth: dt.date, path: str = ""
) -> list[Violation]:
    check = _Checker(path)
    check.whole(
        "planned_sessions", course.planned_sessions, limits.PLANNED_SESSIONS, limits.SESSIONS
    )
    check.whole(
        "initial_interval_days",
        course.initial_interval_days,
        limits.INITIAL_INTERVAL_DAYS,
        limits.DAYS,
    )
    check.whole(
        "maintenance_interval_days",
        course.maintenance_interval_days,
        limits.MAINTENANCE_INTERVAL_DAYS,
        limits.DAYS,
    )
    if course.started_on < date_of_birth:
        after_birth = phrase("Validation", "a date on or after the date of birth")
        check.add("started_on", course.started_on.isoformat(), after_birth)
    if len(set(course.areas)) != len(course.areas):
        once = phrase("Validation", "each area at most once")
        check.add("areas", [str(a) for a in course.areas], once)
    check.text("protocol", course.protocol, limits.PROTOCOL_MAX)
    check.text("notes", course.notes, lines=True)
    return check.found


def validate_session(
    session: SessionInput,
    *,
    patient_id: PatientId,
    patient: PatientInput,
    course: Course | None,
    now: dt.datetime,
    shapes: ZoneShapes,
    path: str = "",
) -> list[Violation]:
    """`course` is the course that `session.course_id` names, None if there is none;
    `shapes` tells whether an injection point lies in its zone (mesolog.diagrams)."""
    check = _Checker(path)
    performed = session.performed_at
    # The day at the offset the session was recorded with: the clinic's day, on any machine.
    session_day = performed.date()
    if performed.tzinfo is None:
        offset = phrase("Validation", "a date and time with its UTC offset")
        check.add("performed_at", performed.isoformat(), offset)
    elif performed > now:
        check.add(
            "performed_at", performed.isoformat(), phrase("Validation", "a time not in the future")
        )
    if session_day <= patient.date_of_birth:
        after = phrase("Validation", "a date after the date of birth ({day})")
        check.add("performed_at", performed.isoformat(), after.having(day=patient.date_of_birth))
    check.name("clinician", session.clinician)
    if session.course_id is not None:
        if course is None or course.patient_id != patient_id:
            same = phrase("Validation", "a course of the same patient, or none")
            check.add("course_id", str(session.course_id), same)
        elif course.voiding is not None:
            not_voided = phrase("Validation", "a course that is not voided")
            check.add("course_id", str(session.course_id), not_voided)
        elif session_day < course.plan.started_on:
            began = phrase("Validation", "a date on or after the course began ({day})")
            check.add(
                "performed_at", performed.isoformat(), began.having(day=course.plan.started_on)
            )
    check.found += _pre_treatment(session.pre_treatment, _join(path, "pre_treatment"))
    if not session.treatments:
        check.add("treatments", [], phrase("Validation", "at least one treated area"))
    for index, line in enumerate(session.treatments):
        line_path = _join(path, f"treatments[{index}]")
        check.found += validate_treatment(line, session_day=session_day, path=line_path)
        volumes = [product.volume_ml for product in line.products]
        check.found += chart_violations(
            line.area, line.zones, line.points, volumes_ml=volumes, shapes=shapes, path=line_path
        )
    today_there = now.astimezone(performed.tzinfo).date() if performed.tzinfo else now.date()
    for index, reaction in enumerate(session.reactions):
        check.found += _reaction(
            reaction, session_day, today_there, _join(path, f"reactions[{index}]")
        )
    check.whole("improvement_score", session.improvement_score, limits.IMPROVEMENT_SCORE)
    check.text("notes", session.notes, lines=True)
    given_problems = [
        problem
        for index, given in enumerate(session.given_despite)
        for problem in _given_despite(given, _join(path, f"given_despite[{index}]"))
    ]
    check.found += given_problems
    carried = len(notes_with_given_despite(session.notes, session.given_despite))
    if not given_problems and len(session.notes) <= limits.TEXT_MAX < carried:
        most = phrase_n(
            "Validation",
            "at most %n characters with the warnings given anyway and their reasons, which the "
            "export file carries in the notes",
            None,
            1,
        )
        check.add(
            "notes",
            f"({carried} characters with the warnings given anyway)",
            most.counting(limits.TEXT_MAX),
        )
    return check.found


def validate_for_signing(
    session: SessionInput, *, patient: PatientInput, path: str = ""
) -> list[Violation]:
    """What signing needs beyond `validate_session`: a reason on record for each warning in
    force whose kind needs one (`warnings.NEEDS_REASON`). Drafts are saved without."""
    check = _Checker(path)
    for kind in missing_reasons(entry_warnings(patient, session), session.given_despite):
        reason = phrase_n(
            "Validation",
            "a reason for going on despite each '{kind}' warning (1 to %n characters)",
            None,
            1,
        )
        check.add("given_despite", kind.value, reason.counting(limits.TEXT_MAX, kind=kind.value))
    return check.found


def _given_despite(given: GivenDespite, path: str) -> list[Violation]:
    check = _Checker(path)
    if given.kind not in {k.value for k in WarningKind}:
        kinds = ", ".join(k.value for k in WarningKind)
        check.add("kind", given.kind, phrase("Validation", "one of {kinds}").having(kinds=kinds))
    if not given.warning.strip():
        words = phrase("Validation", "the warning's words as shown (1 or more characters)")
        check.add("warning", given.warning, words)
    check.text("warning", given.warning, lines=True)  # may quote the allergies, lines and all
    check.text("reason", given.reason)
    return check.found


def validate_signature(
    signed_at: dt.datetime | None, *, performed_at: dt.datetime, now: dt.datetime, path: str = ""
) -> list[Violation]:
    """A signed session's signature: after the session, not in the future."""
    check = _Checker(path)
    if signed_at is not None and not performed_at <= signed_at <= now:
        between = phrase("Validation", "a time between the session ({time}) and now")
        check.add("signed_at", signed_at.isoformat(), between.having(time=performed_at.isoformat()))
    return check.found


def _pre_treatment(pre: PreTreatment, path: str) -> list[Violation]:
    check = _Checker(path)
    check.whole(
        "nsaids_paused_days", pre.nsaids_paused_days, limits.NSAIDS_PAUSED_DAYS, limits.DAYS
    )
    if pre.topical_anaesthetic is not None:
        check.text("topical_anaesthetic", pre.topical_anaesthetic, limits.TOPICAL_ANAESTHETIC_MAX)
    return check.found


def validate_treatment(line: TreatmentLine, *, session_day: dt.date, path: str) -> list[Violation]:
    check = _Checker(path)
    check.text("area_detail", line.area_detail, limits.AREA_DETAIL_MAX)
    technique_path = _join(path, "technique")
    if isinstance(line.technique, NeedleTechnique):
        check.found += validate_needle(line.technique, technique_path)
    else:
        check.found += validate_pen(line.technique, technique_path)
    for index, product in enumerate(line.products):
        check.found += validate_product(
            product, session_day=session_day, path=_join(path, f"products[{index}]")
        )
    return check.found


def validate_needle(needle: NeedleTechnique, path: str) -> list[Violation]:
    check = _Checker(path)
    check.whole("gauge", needle.gauge, limits.NEEDLE_GAUGE, "G")
    check.number("length_mm", needle.length_mm, limits.NEEDLE_LENGTH_MM, "mm")
    before = len(check.found)
    check.number("depth_mm", needle.depth_mm, limits.NEEDLE_DEPTH_MM, "mm")
    depth_in_range = len(check.found) == before
    if depth_in_range and math.isfinite(needle.length_mm) and needle.depth_mm > needle.length_mm:
        deeper = phrase("Validation", "no deeper than the needle is long ({length} mm)")
        check.add(
            "depth_mm", needle.depth_mm, deeper.having(length=limits.shortest(needle.length_mm))
        )
    return check.found


def validate_pen(pen: PenTechnique, path: str) -> list[Violation]:
    check = _Checker(path)
    check.whole("needle_count", pen.needle_count, limits.PEN_NEEDLE_COUNT, limits.NEEDLES)
    check.number("depth_mm", pen.depth_mm, limits.PEN_DEPTH_MM, "mm")
    check.whole(
        "penetrations_per_second",
        pen.penetrations_per_second,
        limits.PEN_PENETRATIONS_PER_SECOND,
        limits.PER_SECOND,
    )
    check.whole("passes", pen.passes, limits.PEN_PASSES, limits.PASSES)
    return check.found


def validate_product(product: ProductUse, *, session_day: dt.date, path: str) -> list[Violation]:
    check = _Checker(path)
    check.number("volume_ml", product.volume_ml, limits.VOLUME_ML, "ml")
    check.number("units", product.units, limits.UNITS_AMOUNT, limits.UNITS)
    check.text("product_name", product.product_name, limits.PRODUCT_NAME_MAX)
    check.text("concentration", product.concentration, limits.CONCENTRATION_MAX)
    check.text("lot_number", product.lot_number, limits.LOT_NUMBER_MAX)
    if product.expiry_date is not None and product.expiry_date < session_day:
        expired = phrase("Validation", "a product not expired on the session's date ({day})")
        check.add("expiry_date", product.expiry_date.isoformat(), expired.having(day=session_day))
    return check.found


def _reaction(
    reaction: Reaction, session_day: dt.date, today: dt.date, path: str
) -> list[Violation]:
    check = _Checker(path)
    resolved = reaction.resolved_on
    if resolved is not None and not session_day <= resolved <= today:
        since = phrase("Validation", "a date from the session's ({day}) to today")
        check.add("resolved_on", resolved.isoformat(), since.having(day=session_day))
    check.text("notes", reaction.notes, lines=True)
    return check.found
