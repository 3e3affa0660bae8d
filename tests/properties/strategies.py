"""Generated inputs of every kind of record, field by field valid or wild.

Each record draws a set of its fields to make wild (empty: a valid record); a wild field
takes any value a caller could hand over: numbers of any size, NaN and infinities, floats
and bools where whole numbers belong, empty, blank, huge text with control characters and
other Unicode (lone surrogates when asked), dates anywhere in the calendar and next to
each limit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

from mesolog.domain import limits
from mesolog.domain.enums import (
    Area,
    Fitzpatrick,
    Indication,
    NeedleMethod,
    Onset,
    ReactionKind,
    Severity,
    Sex,
    Solution,
)
from mesolog.domain.ids import CourseId
from mesolog.domain.records import (
    ClinicSettings,
    CourseInput,
    NeedleTechnique,
    PatientInput,
    PenTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    SessionInput,
    TechniqueDefaults,
    TreatmentLine,
)
from tests.properties.chart_strategies import charted
from tests.properties.support import (
    OFFSETS,
    blanks,
    characters,
    names,
    near,
    numbers,
    texts,
    wholes,
    years_before,
)

Choices = dict[str, tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]]


def short_text(limit: int) -> st.SearchStrategy[str]:
    return st.text(characters(), max_size=min(limit, 20))


def valid_name() -> st.SearchStrategy[str]:
    return st.text(characters(), min_size=1, max_size=30).filter(lambda n: not n.isspace())


def dates_around(*days: dt.date) -> st.SearchStrategy[dt.date]:
    return st.one_of(st.dates(), *(near(day) for day in days))


@st.composite
def fields(draw: st.DrawFn, choices: Choices, wild_at_least: int = 0) -> dict[str, Any]:
    """Each field from its valid strategy, except a drawn set of them from their wild one."""
    wild = draw(st.sets(st.sampled_from(sorted(choices)), min_size=wild_at_least))
    return {name: draw(bad if name in wild else good) for name, (good, bad) in choices.items()}


class Kinds:
    """The strategies, with or without lone surrogates in text."""

    def __init__(self, *, surrogates: bool, wild_at_least: int = 0) -> None:
        self.surrogates = surrogates
        self.wild_at_least = wild_at_least
        """How many fields of a record are wild at least (0: valid records too)."""

    def text_field(self, limit: int) -> tuple[st.SearchStrategy[str], st.SearchStrategy[str]]:
        return short_text(limit), texts(limit, surrogates=self.surrogates)

    def name_field(self) -> tuple[st.SearchStrategy[str], st.SearchStrategy[str]]:
        return valid_name(), names(surrogates=self.surrogates)

    def needles(self) -> st.SearchStrategy[NeedleTechnique]:
        choices: Choices = {
            "depth_mm": (st.floats(1, 4), numbers(limits.NEEDLE_DEPTH_MM)),
            "gauge": (st.integers(27, 34), wholes(limits.NEEDLE_GAUGE)),
            "length_mm": (st.floats(4, 13), numbers(limits.NEEDLE_LENGTH_MM)),
            "method": (st.none() | st.sampled_from(NeedleMethod), st.none()),
        }
        return fields(choices, self.wild_at_least).map(lambda f: NeedleTechnique(**f))

    def pens(self) -> st.SearchStrategy[PenTechnique]:
        choices: Choices = {
            "depth_mm": (st.floats(0.25, 2.5), numbers(limits.PEN_DEPTH_MM)),
            "penetrations_per_second": (
                st.integers(1, 100),
                wholes(limits.PEN_PENETRATIONS_PER_SECOND),
            ),
            "needle_count": (st.integers(1, 42), wholes(limits.PEN_NEEDLE_COUNT)),
            "passes": (st.none() | st.integers(1, 20), wholes(limits.PEN_PASSES)),
        }
        return fields(choices, self.wild_at_least).map(lambda f: PenTechnique(**f))

    def products(self, day: dt.date) -> st.SearchStrategy[ProductUse]:
        choices: Choices = {
            "solution": (st.sampled_from(Solution), st.sampled_from(Solution)),
            "volume_ml": (st.floats(0, 50, exclude_min=True), numbers(limits.VOLUME_ML)),
            "product_name": self.text_field(limits.PRODUCT_NAME_MAX),
            "concentration": self.text_field(limits.CONCENTRATION_MAX),
            "lot_number": self.text_field(limits.LOT_NUMBER_MAX),
            "expiry_date": (st.none() | st.dates(min_value=day), dates_around(day)),
            "units": (
                st.none() | st.floats(0, 1_000, exclude_min=True),
                numbers(limits.UNITS_AMOUNT),
            ),
        }
        return fields(choices, self.wild_at_least).map(lambda f: ProductUse(**f))

    def treatment_lines(self, day: dt.date) -> st.SearchStrategy[TreatmentLine]:
        return st.builds(
            TreatmentLine,
            area=st.sampled_from(Area),
            technique=self.needles() | self.pens(),
            products=st.lists(self.products(day), max_size=3).map(tuple),
            area_detail=st.one_of(*self.text_field(limits.AREA_DETAIL_MAX)),
        ).flatmap(charted)

    def patients(self, today: dt.date, *others: dt.date) -> st.SearchStrategy[PatientInput]:
        oldest = years_before(today, 120)
        choices: Choices = {
            "family_name": self.name_field(),
            "given_name": self.name_field(),
            "date_of_birth": (st.dates(oldest, today), dates_around(today, oldest, *others)),
            "record_number": self.text_field(limits.RECORD_NUMBER_MAX),
            "sex": (st.none() | st.sampled_from(Sex), st.none()),
            "phone": self.text_field(limits.PHONE_MAX),
            "email": self.text_field(limits.EMAIL_MAX),
            "fitzpatrick_type": (st.none() | st.sampled_from(Fitzpatrick), st.none()),
            "allergies": self.text_field(limits.TEXT_MAX),
            "medications": self.text_field(limits.TEXT_MAX),
            "medical_history": self.text_field(limits.TEXT_MAX),
            "consent_signed_on": (st.none(), dates_around(today, oldest, *others)),
            "notes": self.text_field(limits.TEXT_MAX),
        }
        return fields(choices, self.wild_at_least).map(lambda f: PatientInput(**f))

    def plans(self, born: dt.date, *others: dt.date) -> st.SearchStrategy[CourseInput]:
        def areas(*, unique: bool) -> st.SearchStrategy[tuple[Area, ...]]:
            return st.lists(st.sampled_from(Area), unique=unique, max_size=6).map(tuple)

        choices: Choices = {
            "indication": (st.sampled_from(Indication), st.sampled_from(Indication)),
            "planned_sessions": (st.integers(1, 20), wholes(limits.PLANNED_SESSIONS)),
            "started_on": (st.dates(born), dates_around(born, *others)),
            "areas": (areas(unique=True), areas(unique=False)),
            "protocol": self.text_field(limits.PROTOCOL_MAX),
            "initial_interval_days": (st.integers(7, 60), wholes(limits.INITIAL_INTERVAL_DAYS)),
            "maintenance_interval_days": (
                st.integers(7, 180),
                wholes(limits.MAINTENANCE_INTERVAL_DAYS),
            ),
            "notes": self.text_field(limits.TEXT_MAX),
        }
        return fields(choices, self.wild_at_least).map(lambda f: CourseInput(**f))

    def reactions(self, day: dt.date, today: dt.date) -> st.SearchStrategy[Reaction]:
        return st.builds(
            Reaction,
            kind=st.sampled_from(ReactionKind),
            severity=st.sampled_from(Severity),
            area=st.none() | st.sampled_from(Area),
            onset=st.none() | st.sampled_from(Onset),
            resolved_on=st.none() | dates_around(day, today),
            notes=st.one_of(*self.text_field(limits.TEXT_MAX)),
        )

    def moments(self, born: dt.date, now: dt.datetime) -> st.SearchStrategy[dt.datetime]:
        """When a session took place: in the patient's life, anywhere (with or without a UTC
        offset), next to now, next to the birth."""
        first = dt.datetime.combine(born, dt.time()) + dt.timedelta(days=2)
        last = now.replace(tzinfo=None) - dt.timedelta(days=2)
        maybe_offsets: st.SearchStrategy[dt.tzinfo | None] = st.one_of(st.none(), OFFSETS)
        return st.one_of(
            st.datetimes(first, last, timezones=OFFSETS),
            st.datetimes(timezones=maybe_offsets),
            st.datetimes(last, last + dt.timedelta(days=4), timezones=OFFSETS),
            st.datetimes(first - dt.timedelta(days=4), first),
            st.datetimes(first - dt.timedelta(days=4), first, timezones=OFFSETS),
        )

    def techniques(self) -> st.SearchStrategy[TechniqueDefaults]:
        choices: Choices = {
            "needle_gauge": (st.integers(27, 34), wholes(limits.NEEDLE_GAUGE)),
            "needle_length_mm": (st.floats(4, 13), numbers(limits.NEEDLE_LENGTH_MM)),
            "needle_depth_mm": (st.floats(1, 4), numbers(limits.NEEDLE_DEPTH_MM)),
            "pen_needle_count": (st.integers(1, 42), wholes(limits.PEN_NEEDLE_COUNT)),
            "pen_depth_mm": (st.floats(0.25, 2.5), numbers(limits.PEN_DEPTH_MM)),
            "pen_penetrations_per_second": (
                st.integers(1, 100),
                wholes(limits.PEN_PENETRATIONS_PER_SECOND),
            ),
        }
        return fields(choices, self.wild_at_least).map(lambda f: TechniqueDefaults(**f))

    def clinic_settings(self) -> st.SearchStrategy[ClinicSettings]:
        idle_minutes = st.one_of(
            st.integers(-5, 70),
            st.integers(),
            st.floats(),
            st.sampled_from([0.5, 1.0, 59.5, 60.0, 61.0]),
        )  # whole or not, NaN, infinities; no bools (no caller has one for minutes)
        choices: Choices = {
            "name": (
                short_text(100),
                texts(limits.NAME_MAX, surrogates=self.surrogates) | blanks(),
            ),
            "address": self.text_field(limits.TEXT_MAX),
            "phone": self.text_field(limits.PHONE_MAX),
            "email": self.text_field(limits.EMAIL_MAX),
            "techniques": (st.just(TechniqueDefaults()), self.techniques()),
            "idle_lock_minutes": (st.integers(1, 60), idle_minutes),
            "backup_folder": (st.just(""), short_text(300)),
        }
        return fields(choices, self.wild_at_least).map(lambda f: ClinicSettings(**f))

    def usernames(self) -> st.SearchStrategy[str]:
        return st.one_of(
            st.from_regex(r"[a-z0-9][a-z0-9._-]{0,59}", fullmatch=True),
            st.text(characters(surrogates=self.surrogates), max_size=70),
            texts(60, surrogates=self.surrogates),
            st.sampled_from(
                ["", " ", "admin", " admin ", "Admin", ".admin", "-x", "_x", "a" * 61, "a\n"]
            ),
        )


@st.composite
def sessions(
    draw: st.DrawFn,
    kinds: Kinds,
    born: dt.date,
    now: dt.datetime,
    course_ids: Sequence[CourseId | None],
) -> SessionInput:
    performed_at = draw(kinds.moments(born, now))
    day = performed_at.date()
    pre = PreTreatment(
        nsaids_paused_days=draw(st.none() | wholes(limits.NSAIDS_PAUSED_DAYS)),
        topical_anaesthetic=draw(st.none() | st.one_of(*kinds.text_field(200))),
        consent_confirmed=draw(st.booleans()),
    )
    return SessionInput(
        performed_at=performed_at,
        clinician=draw(st.one_of(*kinds.name_field())),
        treatments=tuple(draw(st.lists(kinds.treatment_lines(day), max_size=3))),
        course_id=draw(st.sampled_from(course_ids)),
        pre_treatment=pre,
        reactions=tuple(draw(st.lists(kinds.reactions(day, now.date()), max_size=2))),
        improvement_score=draw(st.none() | wholes(limits.IMPROVEMENT_SCORE)),
        notes=draw(st.one_of(*kinds.text_field(limits.TEXT_MAX))),
    )


@st.composite
def credentials(draw: st.DrawFn, kinds: Kinds) -> tuple[str, str]:
    """A username, and a password that is any text, or the username padded or shouted."""
    username = draw(kinds.usernames())
    echo = st.builds(
        lambda pad, shout: pad + (username.upper() if shout else username) + pad,
        st.sampled_from(["", " ", "\t"]),
        st.booleans(),
    )
    wild = texts(limits.NAME_MAX, surrogates=kinds.surrogates)
    password = draw(wild | texts(128, surrogates=kinds.surrogates) | echo)
    return username, password
