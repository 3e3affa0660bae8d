"""Validation of patients, courses and sessions: every limit at its boundary, exact paths."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from mesolog.domain.enums import Area, CourseStatus, Indication, ReactionKind, Severity, Solution
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.ids import CourseId, PatientId
from mesolog.domain.records import (
    Course,
    CourseInput,
    NeedleTechnique,
    PatientInput,
    PenTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    SessionInput,
    Technique,
    TreatmentLine,
    Voiding,
)
from mesolog.domain.validation import (
    raise_if_any,
    validate_course,
    validate_needle,
    validate_patient,
    validate_pen,
    validate_product,
    validate_session,
    validate_signature,
)
from mesolog.services.chart_shapes import SHAPES

ATHENS = ZoneInfo("Europe/Athens")
NOW = dt.datetime(2024, 6, 10, 15, 0, tzinfo=ATHENS)
TODAY = NOW.date()
SESSION_AT = dt.datetime(2024, 6, 10, 11, 30, tzinfo=ATHENS)
PATIENT_ID = PatientId(uuid.UUID(int=1))
OTHER_PATIENT_ID = PatientId(uuid.UUID(int=2))
COURSE_ID = CourseId(uuid.UUID(int=10))
BORN = dt.date(1985, 3, 14)
PATIENT = PatientInput("Καρμίρης", "Ελένη", BORN, consent_signed_on=TODAY)
PLAN = CourseInput(Indication.WRINKLES, planned_sessions=6, started_on=dt.date(2024, 5, 1))
NAN = math.nan
INF = math.inf


def pen(**changes: object) -> PenTechnique:
    base = PenTechnique(depth_mm=1.0, penetrations_per_second=50, needle_count=12, passes=3)
    return replace(base, **changes)


def needle(**changes: object) -> NeedleTechnique:
    return replace(NeedleTechnique(depth_mm=1.0, gauge=30, length_mm=4.0), **changes)


def product(**changes: object) -> ProductUse:
    return replace(ProductUse(Solution.HYALURONIC_ACID, volume_ml=2.0), **changes)


def line(technique: Technique | None = None, *products: ProductUse) -> TreatmentLine:
    return TreatmentLine(Area.CHEEKS, technique or pen(), products)


def session(**changes: object) -> SessionInput:
    base = SessionInput(SESSION_AT, "Dr Papadaki", (line(needle(), product()),))
    return replace(base, **changes)


def course(patient_id: PatientId = PATIENT_ID, voiding: Voiding | None = None) -> Course:
    return Course(COURSE_ID, patient_id, PLAN, CourseStatus.ACTIVE, voiding=voiding)


def session_problems(
    entry: SessionInput,
    *,
    patient: PatientInput = PATIENT,
    course: Course | None = None,
    path: str = "",
) -> list[Violation]:
    return validate_session(
        entry,
        patient_id=PATIENT_ID,
        patient=patient,
        course=course,
        now=NOW,
        path=path,
        shapes=SHAPES,
    )


def paths(violations: list[Violation]) -> list[str]:
    return [v.path for v in violations]


def shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 20 else f"{text[:6]}...{len(text)}"


def limit_cases(table: dict[str, tuple[list[object], list[object]]]) -> list[object]:
    """One (field, value, accepted) case per value: the good ones, then the bad ones."""
    return [
        pytest.param(field, value, ok, id=f"{field}={shown(value)}")
        for field, (good, bad) in table.items()
        for ok, values in ((True, good), (False, bad))
        for value in values
    ]


PEN_CASES = limit_cases(
    {
        "depth_mm": ([0.25, 1.0, 2.5], [0.24, 2.51, 3.0, 0.0, -1.0, NAN, INF, -INF, True]),
        "needle_count": ([1, 42], [0, 43, True, 12.0]),
        "penetrations_per_second": ([1, 100], [0, 101, False, 50.0]),
        "passes": ([None, 1, 20], [0, 21, True]),
    }
)
NEEDLE_CASES = limit_cases(
    {
        "depth_mm": ([1.0, 1, 2.5, 4.0], [0.99, 4.01, 0.0, NAN, INF, -INF, True]),
        "gauge": ([27, 34], [26, 35, True, 30.0]),
        "length_mm": ([2.0, 13.0], [1.99, 13.01, NAN, -INF]),
    }
)
PRODUCT_CASES = limit_cases(
    {
        "volume_ml": ([0.01, 50, 25.5], [0, 50.01, -1.0, NAN, INF, False]),
        "expiry_date": ([None, TODAY, dt.date(2030, 1, 1)], [TODAY - dt.timedelta(days=1)]),
        "lot_number": (["L" * 60], ["L" * 61]),
    }
)
PRE_TREATMENT_CASES = limit_cases(
    {
        "nsaids_paused_days": ([None, 0, 7, 365], [-1, 366, True, 7.0]),
        "topical_anaesthetic": ([None, "", "x" * 200], ["x" * 201]),
    }
)
SESSION_CASES = limit_cases(
    {
        "performed_at": (
            [NOW, NOW.astimezone(dt.UTC), dt.datetime(2000, 1, 1, tzinfo=dt.UTC)],
            [
                NOW + dt.timedelta(minutes=1),
                NOW.astimezone(dt.UTC) + dt.timedelta(seconds=1),
                SESSION_AT.replace(tzinfo=None),
            ],
        ),
        "improvement_score": ([None, 0, 10], [-1, 11, True, 5.0]),
        "clinician": (["Dr Ρήγα", "x" * 100], ["", "   ", "x" * 101]),
        "notes": (["", "ά" * 10_000], ["ά" * 10_001]),
    }
)
BAD_NAMES: list[object] = ["", "   ", "\t\n", "x" * 101]
PATIENT_CASES = limit_cases(
    {
        "family_name": (["Ng", "Ω" * 100], BAD_NAMES),
        "given_name": (["Ἀθηνᾶ", "x" * 100], BAD_NAMES),
        "notes": (["", "ά" * 10_000], ["ά" * 10_001]),
        "phone": (["+30 210 123 4567"], ["1" * 41]),
        "email": (["a@b.gr"], ["e" * 201]),
        "date_of_birth": (
            [TODAY, BORN, dt.date(1904, 6, 10)],
            [dt.date(1904, 6, 9), TODAY + dt.timedelta(days=1), dt.date(2100, 1, 1)],
        ),
        "consent_signed_on": (
            [None, TODAY, BORN],
            [TODAY + dt.timedelta(days=1), BORN - dt.timedelta(days=1)],
        ),
    }
)
COURSE_CASES = limit_cases(
    {
        "planned_sessions": ([1, 20], [0, 21, True, 3.0]),
        "initial_interval_days": ([7, 60], [6, 61, False]),
        "maintenance_interval_days": ([7, 180], [6, 181, 28.0]),
        "protocol": (["p" * 200], ["p" * 201]),
        "notes": (["ά" * 10_000], ["ά" * 10_001]),
        "started_on": ([BORN, BORN + dt.timedelta(days=1), TODAY], [BORN - dt.timedelta(days=1)]),
        "areas": ([(), (Area.NECK, Area.CHEEKS)], [(Area.NECK, Area.NECK)]),
    }
)


@pytest.mark.parametrize(("field", "value", "ok"), PEN_CASES)
def test_pen_limits(field: str, value: object, ok: bool) -> None:
    assert paths(validate_pen(pen(**{field: value}), "t")) == ([] if ok else [f"t.{field}"])


@pytest.mark.parametrize(("field", "value", "ok"), NEEDLE_CASES)
def test_needle_limits(field: str, value: object, ok: bool) -> None:
    """On a 13 mm needle, so that only the depth range can refuse a depth (4.01 mm on a
    4 mm needle is refused for being deeper than the needle is long)."""
    found = validate_needle(replace(needle(length_mm=13.0), **{field: value}), "t")
    assert paths(found) == ([] if ok else [f"t.{field}"])


@pytest.mark.parametrize(("field", "value", "ok"), PRODUCT_CASES)
def test_product_limits(field: str, value: object, ok: bool) -> None:
    found = validate_product(product(**{field: value}), session_day=TODAY, path="p")
    assert paths(found) == ([] if ok else [f"p.{field}"])


@pytest.mark.parametrize(("field", "value", "ok"), PRE_TREATMENT_CASES)
def test_pre_treatment_limits(field: str, value: object, ok: bool) -> None:
    found = session_problems(session(pre_treatment=PreTreatment(**{field: value})))
    assert paths(found) == ([] if ok else [f"pre_treatment.{field}"])


@pytest.mark.parametrize(("field", "value", "ok"), SESSION_CASES)
def test_session_limits(field: str, value: object, ok: bool) -> None:
    assert paths(session_problems(session(**{field: value}))) == ([] if ok else [field])


@pytest.mark.parametrize(("field", "value", "ok"), PATIENT_CASES)
def test_patient_limits(field: str, value: object, ok: bool) -> None:
    unsigned = replace(PATIENT, consent_signed_on=None)
    found = validate_patient(replace(unsigned, **{field: value}), today=TODAY)
    assert paths(found) == ([] if ok else [field])


@pytest.mark.parametrize(("field", "value", "ok"), COURSE_CASES)
def test_course_limits(field: str, value: object, ok: bool) -> None:
    found = validate_course(replace(PLAN, **{field: value}), date_of_birth=BORN)
    assert paths(found) == ([] if ok else [field])


@pytest.mark.parametrize(("length", "depth"), [(2.0, 2.0), (3.5, 3.5), (13.0, 4.0)])
def test_needle_depth_equal_to_length_is_accepted(length: float, depth: float) -> None:
    assert validate_needle(needle(depth_mm=depth, length_mm=length), "t") == []


@pytest.mark.parametrize(("depth", "length"), [(2.5, 2.0), (2.01, 2.0), (4.0, 3.5)])
def test_needle_deeper_than_its_length_is_refused(depth: float, length: float) -> None:
    [found] = validate_needle(needle(depth_mm=depth, length_mm=length), "t")
    assert found.path == "t.depth_mm"
    assert found.value == depth
    assert str(found.allowed) == f"no deeper than the needle is long ({length:g} mm)"


def test_needle_out_of_range_and_longer_than_needle_gives_one_depth_violation() -> None:
    [found] = validate_needle(needle(depth_mm=5.0, length_mm=2.0), "t")
    assert found.path == "t.depth_mm"
    assert str(found.allowed) == "1 to 4 mm"


def test_limit_messages_say_what_is_allowed() -> None:
    [gauge] = validate_needle(needle(gauge=30.0), "t")
    assert str(gauge.allowed) == "a whole number, 27 to 34 G"
    [volume] = validate_product(product(volume_ml=0), session_day=TODAY, path="p")
    assert str(volume.allowed) == "more than 0 and at most 50 ml"


def test_expiry_uses_the_local_date_of_the_session() -> None:
    just_after_midnight = dt.datetime(2024, 6, 10, 0, 30, tzinfo=ATHENS)  # 9 June in UTC
    lines = (line(pen(), product(expiry_date=dt.date(2024, 6, 10))),)
    assert session_problems(session(performed_at=just_after_midnight, treatments=lines)) == []


def test_patient_can_be_validated_on_29_february() -> None:
    # 29 February minus 120 years is not a date; the check must not crash on leap day.
    leap_day = dt.date(2020, 2, 29)
    assert validate_patient(replace(PATIENT, consent_signed_on=None), today=leap_day) == []
    too_old = replace(PATIENT, date_of_birth=dt.date(1890, 1, 1), consent_signed_on=None)
    assert paths(validate_patient(too_old, today=leap_day)) == ["date_of_birth"]


@pytest.mark.parametrize(
    ("born", "ok"), [(dt.date(1900, 2, 28), True), (dt.date(1900, 2, 27), False)]
)
def test_on_29_february_the_oldest_birth_date_is_28_february(born: dt.date, ok: bool) -> None:
    patient = replace(PATIENT, date_of_birth=born, consent_signed_on=None)
    found = validate_patient(patient, today=dt.date(2020, 2, 29))
    assert [(v.path, str(v.allowed)) for v in found] == (
        [] if ok else [("date_of_birth", "a date on or after 1900-02-28")]
    )


@pytest.mark.parametrize("field", ["family_name", "notes", "record_number"])
def test_a_lone_surrogate_is_named_by_its_place_and_code_point(field: str) -> None:
    """No database or file can store half of a UTF-16 pair (a byte that was not UTF-8); the
    refusal names it as it names a control character, never showing the text."""
    patient = replace(PATIENT, **{field: "ab\udc80c"})
    [found] = validate_patient(patient, today=TODAY, path="patients[0]")
    assert (found.path, found.value) == (
        f"patients[0].{field}",
        "character 3, U+DC80 (unpaired surrogate)",
    )
    assert str(found.allowed).startswith("Unicode text")


@pytest.mark.parametrize(
    ("born", "ok"),
    [(dt.date(2024, 6, 9), True), (dt.date(2024, 6, 10), False), (dt.date(2024, 6, 11), False)],
)
def test_session_must_be_after_the_day_of_birth(born: dt.date, ok: bool) -> None:
    baby = replace(PATIENT, date_of_birth=born, consent_signed_on=None)
    assert paths(session_problems(session(), patient=baby)) == ([] if ok else ["performed_at"])


def test_naive_session_time_does_not_hide_the_other_violations() -> None:
    # The module promises every violation at once; a naive time currently stops the checks.
    entry = session(performed_at=SESSION_AT.replace(tzinfo=None), clinician=" ", treatments=())
    assert sorted(paths(session_problems(entry))) == ["clinician", "performed_at", "treatments"]


@pytest.mark.parametrize(
    ("given", "ok"),
    [
        (course(), True),
        (course(PatientId(uuid.UUID(int=PATIENT_ID.int))), True),  # equal, not the same object
        (None, False),
        (course(OTHER_PATIENT_ID), False),
        (course(PatientId(uuid.UUID(int=0))), False),
        (course(voiding=Voiding(NOW, "admin", "entered in the wrong file")), False),
    ],
)
def test_session_course_must_be_an_unvoided_course_of_the_patient(
    given: Course | None, ok: bool
) -> None:
    found = session_problems(session(course_id=COURSE_ID), course=given)
    assert [(v.path, v.value) for v in found] == ([] if ok else [("course_id", str(COURSE_ID))])


def test_session_without_treatments_is_refused() -> None:
    found = session_problems(session(treatments=()), path="sessions[0]")
    assert paths(found) == ["sessions[0].treatments"]
    assert found[0].field == "treatments"


@pytest.mark.parametrize(
    ("resolved", "ok"),
    [(TODAY, True), (dt.date(2024, 6, 11), False), (dt.date(2024, 6, 9), False)],
)
def test_reaction_resolved_outside_session_to_today_is_refused(resolved: dt.date, ok: bool) -> None:
    reaction = Reaction(ReactionKind.BRUISING, Severity.MILD, resolved_on=resolved)
    found = session_problems(session(reactions=(reaction, reaction)))
    assert paths(found) == ([] if ok else ["reactions[0].resolved_on", "reactions[1].resolved_on"])


def test_a_reaction_resolved_between_the_session_and_today_is_accepted() -> None:
    reaction = Reaction(ReactionKind.BRUISING, Severity.MILD, resolved_on=dt.date(2024, 6, 5))
    earlier = dt.datetime(2024, 6, 1, 11, 0, tzinfo=ATHENS)
    assert session_problems(session(performed_at=earlier, reactions=(reaction,))) == []


def test_violation_path_field_and_message_are_exact() -> None:
    entry = session(treatments=(line(pen(depth_mm=0.1)), line(needle())))
    [found] = session_problems(entry, path="sessions[2]")
    assert found.path == "sessions[2].treatments[0].technique.depth_mm"
    assert found.field == "depth_mm"
    assert found.value == 0.1
    assert str(found) == (
        "sessions[2].treatments[0].technique.depth_mm: 0.1 is not allowed; 0.25 to 2.5 mm"
    )


def test_nested_paths_of_products_and_pre_treatment() -> None:
    lines = (line(pen()), line(needle(), product(), product(), product(volume_ml=0)))
    entry = session(treatments=lines, pre_treatment=PreTreatment(nsaids_paused_days=-3))
    assert paths(session_problems(entry, path="sessions[0]")) == [
        "sessions[0].pre_treatment.nsaids_paused_days",
        "sessions[0].treatments[1].products[2].volume_ml",
    ]


def test_too_long_a_text_is_reported_by_its_length_never_its_content() -> None:
    """Notes and histories hold health data: it must not reach standard error or a log."""
    secret = "Allergic reaction to lidocaine in 2019. " * 300
    [found] = validate_patient(replace(PATIENT, medical_history=secret), today=TODAY)
    assert found.field == "medical_history"
    assert str(found) == (
        f"medical_history: '({len(secret)} characters)' is not allowed; at most 10000 characters"
    )
    assert "lidocaine" not in str(found)


def test_every_violation_of_a_pen_is_reported() -> None:
    found = validate_pen(pen(needle_count=0, depth_mm=9.0, passes=21), "t")
    assert paths(found) == ["t.needle_count", "t.depth_mm", "t.passes"]


def test_every_violation_of_a_session_is_reported_and_raised_together() -> None:
    entry = session(
        clinician="",
        treatments=(line(pen(depth_mm=3.0), product(volume_ml=60.0)),),
        improvement_score=11,
    )
    found = session_problems(entry, path="sessions[1]")
    assert paths(found) == [
        "sessions[1].clinician",
        "sessions[1].treatments[0].technique.depth_mm",
        "sessions[1].treatments[0].products[0].volume_ml",
        "sessions[1].improvement_score",
    ]
    with pytest.raises(ValidationError) as raised:
        raise_if_any(found)
    assert raised.value.violations == tuple(found)
    message = str(raised.value).splitlines()
    assert message[0] == "4 problems:"
    assert message[1:] == [f"  {v}" for v in found]


def test_raise_if_any_with_one_or_no_violations() -> None:
    raise_if_any([])
    raise_if_any(iter([]))
    with pytest.raises(ValidationError, match=r"^1 problem:\n  t\.depth_mm: 9\.0 "):
        raise_if_any(iter(validate_pen(pen(depth_mm=9.0), "t")))


@pytest.mark.parametrize("huge", [10**400, -(10**400)], ids=["positive", "negative"])
def test_huge_integers_are_violations_not_crashes(huge: int) -> None:
    # A JSON file can hold an integer too large for a float; it must be reported, not crash.
    assert paths(validate_pen(pen(penetrations_per_second=huge), "t")) == [
        "t.penetrations_per_second"
    ]


def test_session_before_its_course_began_is_refused() -> None:
    early = replace(PLAN, started_on=SESSION_AT.date() + dt.timedelta(days=1))
    entry = session(course_id=COURSE_ID)
    found = session_problems(entry, course=Course(COURSE_ID, PATIENT_ID, early))
    assert paths(found) == ["performed_at"]
    assert "on or after the course began" in str(found[0].allowed)
    on_the_day = replace(PLAN, started_on=SESSION_AT.date())
    assert session_problems(entry, course=Course(COURSE_ID, PATIENT_ID, on_the_day)) == []


@pytest.mark.parametrize(
    ("now", "performed_at", "ok"),
    [
        # 23:30 UTC on 10 June is already 11 June in Athens, where the session was.
        (dt.datetime(2024, 6, 10, 23, 30, tzinfo=dt.UTC), SESSION_AT, True),
        # 01:30 on 11 June in Athens is still 10 June in UTC, where this session was.
        (
            dt.datetime(2024, 6, 11, 1, 30, tzinfo=ATHENS),
            SESSION_AT.astimezone(dt.UTC),
            False,
        ),
    ],
)
def test_today_is_the_day_where_the_session_was_recorded(
    now: dt.datetime, performed_at: dt.datetime, ok: bool
) -> None:
    reaction = Reaction(ReactionKind.BRUISING, Severity.MILD, resolved_on=dt.date(2024, 6, 11))
    entry = session(performed_at=performed_at, reactions=(reaction,))
    found = validate_session(
        entry, patient_id=PATIENT_ID, patient=PATIENT, course=None, now=now, shapes=SHAPES
    )
    assert paths(found) == ([] if ok else ["reactions[0].resolved_on"])


@pytest.mark.parametrize(
    ("signed_at", "ok"),
    [
        (None, True),
        (SESSION_AT, True),
        (SESSION_AT + dt.timedelta(hours=1), True),
        (NOW, True),
        (SESSION_AT - dt.timedelta(seconds=1), False),
        (NOW + dt.timedelta(seconds=1), False),
    ],
)
def test_a_signature_falls_between_the_session_and_now(
    signed_at: dt.datetime | None, ok: bool
) -> None:
    found = validate_signature(signed_at, performed_at=SESSION_AT, now=NOW, path="s")
    assert paths(found) == ([] if ok else ["s.signed_at"])
