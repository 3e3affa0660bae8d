"""A made-up clinic for demonstrations, screenshots and manual testing.

`demo_clinic` invents about 40 patients with their treatment courses and
sessions, deterministic for a seed and a day. Everything follows the patient
guide: 5–10 planned sessions, 10–14 days apart until the improvement score
reaches 3, then 3–4 weeks; 30G 4 mm needles 1–4 mm deep or a 12-needle pen
0.25–2.5 mm deep; the guide's reactions, mostly mild. No session is later
than the day before `today`; the most recent ones are left as drafts.

Dates are planned as days relative to `today`, so one seed gives the same
clinic shifted in time whatever the day; Sundays move to the Saturday before.
Courses are drawn by services.demo_courses; the invented people and clinical
content come from services.demo_names and services.demo_clinical; the lines' charts
from services.demo_charts, and which photos there are from services.demo_photos (most
patients agreed to clinical photos, a few did not); services.demo_lots makes one lot a
large delivery with an unusual rate of bruising and another an expired one, and
services.demo_ampoules adds the vitamin C ampoules (a product counted in units) some
courses give.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mesolog.domain.enums import (
    Area,
    CourseStatus,
    Indication,
    ReactionKind,
    Severity,
    Sex,
)
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
    TreatmentLine,
)
from mesolog.domain.text import fold
from mesolog.domain.texts import phrase
from mesolog.services import demo_clinical as clinical
from mesolog.services import demo_names as names
from mesolog.services.demo_ampoules import with_ampoules
from mesolog.services.demo_charts import charted
from mesolog.services.demo_clinical import Say
from mesolog.services.demo_courses import HORIZON_DAYS, Setup, Visit, draw_course, draw_setup
from mesolog.services.demo_lots import lot_of, reworked
from mesolog.services.demo_photos import Candidate, Shot, photo_shots

PATIENTS = 40
DRAFT_DAYS = 7
MAX_DRAFTS = 6
WITH_COURSES = 36
"""Patients 0–35 have courses, 36 and 37 only a one-off session, 38 and 39 nothing yet."""
NO_CONSENT = (36, 38, 39)
NO_PHOTOS = (4, 13, 22, 31)
"""Patients who signed the treatment consent but not the one to clinical photos."""
NSAID_USERS = (3, 11, 19, 26, 33)
LIDOCAINE_ALLERGIC = 14
ALLERGIC = (6, 29)

CLINIC = ClinicSettings(
    name="Demo Aesthetics Clinic",
    address="Odos Mesodermatos 12, 106 75 Athens, Greece",
    phone="+30 210 555 0142",
    email="info@demo-aesthetics.example",
    currency="EUR",
)
"""In English; its name and address in the language the demo is filled in (`_clinic`)."""


@dataclass(frozen=True, slots=True)
class DemoPatient:
    patient: PatientInput
    courses: tuple[tuple[CourseInput, CourseStatus, dt.date | None], ...]
    """Oldest first: the plan, its status and the day of a manual switch to maintenance."""
    sessions: tuple[tuple[int | None, SessionInput], ...]
    """Oldest first: the index into `courses` (None outside any course) and the entry,
    whose `course_id` is None until the course is stored."""
    signed: tuple[bool, ...]
    """Per session: signed (True) or left as a draft."""
    photos: tuple[Shot, ...] = ()
    """Clinical photos to add once the sessions are stored (services.demo_photos)."""


class _Person(NamedTuple):
    family: str
    given: str
    sex: Sex | None
    born: dt.date
    nsaid: bool
    lidocaine_allergy: bool
    clinician: str
    consent: bool


def _pick(rng: random.Random, low: float, high: float, step: float) -> float:
    return low + step * rng.randint(0, round((high - low) / step))


def _ascii(text: str) -> str:
    folded = fold(text)
    for digraph in ("ου", "αυ", "ευ"):
        folded = folded.replace(digraph, names.TRANSLITERATION[digraph])
    latin = "".join(names.TRANSLITERATION.get(ch, ch) for ch in folded)
    return "".join(ch for ch in latin if "a" <= ch <= "z")


def _person(rng: random.Random, index: int, taken: set[tuple[str, str]]) -> tuple[_Person, str]:
    roll = rng.random()
    sex = Sex.FEMALE if roll < 0.8 else Sex.MALE if roll < 0.97 else None
    male = sex is Sex.MALE
    while True:  # draw the country again too: a small one may have no new name left
        country = names.GREECE if index % 2 == 0 else rng.choice(names.ABROAD)
        male_family, female_family = rng.choice(country.family_names)
        family = male_family if male else female_family
        given = rng.choice(country.male_given if male else country.female_given)
        if (family, given) not in taken:
            taken.add((family, given))
            break
    born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 54 * 365))
    phone = "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in country.phone_format)
    main = names.CLINICIANS[0 if rng.random() < 0.6 else 1]
    nsaid, lidocaine = index in NSAID_USERS, index == LIDOCAINE_ALLERGIC
    consent = index not in NO_CONSENT
    return _Person(family, given, sex, born, nsaid, lidocaine, main, consent), phone


def _clinic(say: Say) -> ClinicSettings:
    name = phrase("Demo", "Demo Aesthetics Clinic", "the demo clinic's name")
    address = phrase("Demo", "Odos Mesodermatos 12, 106 75 Athens, Greece", "an address")
    return replace(CLINIC, name=say(name), address=say(address))


def _product(key: str, volume: float, day: dt.date, say: Say) -> ProductUse:
    product = clinical.PRODUCTS[key]
    lot, expiry = lot_of(key, day)
    concentration = say(product.concentration)
    return ProductUse(product.solution, volume, product.name, concentration, lot, expiry)


def _line(
    rng: random.Random, area: Area, detail: str, setup: Setup, day: dt.date, *, say: Say
) -> TreatmentLine:
    needle_low, needle_high, pen_low, pen_high, vol_low, vol_high = clinical.AREAS[area]
    technique: NeedleTechnique | PenTechnique
    if setup.pen:
        technique = PenTechnique(
            _pick(rng, pen_low, pen_high, 0.25), setup.pps, passes=setup.passes
        )
    else:
        technique = NeedleTechnique(_pick(rng, needle_low, needle_high, 0.5), method=setup.method)
    share = len(setup.products)
    products = tuple(
        _product(key, max(0.5, round(_pick(rng, vol_low, vol_high, 0.5) / share * 2) / 2), day, say)
        for key in setup.products
    )
    return TreatmentLine(area, technique, products, detail)


def _reactions(
    rng: random.Random, visit: Visit, day: dt.date, today: dt.date, bruisable: bool, *, say: Say
) -> tuple[Reaction, ...]:
    found: list[Reaction] = []
    areas = [area for area, _ in visit.setup.lines]
    for kind, needle, pen, onsets, low, high in clinical.REACTIONS:
        chance = pen if visit.setup.pen else needle
        chance += 0.3 if kind is ReactionKind.BRUISING and bruisable else 0.0
        chance += 0.2 if kind is ReactionKind.SWELLING and Area.PERIORBITAL in areas else 0.0
        if rng.random() >= chance and kind is not visit.forced:
            continue
        roll = rng.random()
        severity = (
            Severity.MILD if roll < 0.86 else Severity.MODERATE if roll < 0.99 else Severity.SEVERE
        )
        if kind is visit.forced:
            severity = Severity.MODERATE
        factor = list(Severity).index(severity) + 1
        resolved = day + dt.timedelta(days=rng.randint(low, high) * factor)
        notes = "" if severity is Severity.MILD else say(rng.choice(clinical.FOLLOW_UP))
        area, onset, known = rng.choice(areas), rng.choice(onsets), resolved <= today
        found.append(Reaction(kind, severity, area, onset, resolved if known else None, notes))
    return tuple(found)


def _session(
    rng: random.Random, person: _Person, visit: Visit, day: dt.date, today: dt.date, *, say: Say
) -> SessionInput:
    slot = rng.randint(0, 9)
    hour = 9 + (slot if day.weekday() < 5 else slot // 2)
    when = dt.datetime.combine(day, dt.time(hour, rng.choice((0, 15, 30, 45))), _ZONE)
    paused: int | None = None
    if person.nsaid:
        paused = rng.choice((3, 5, 7, 8, 10, 14, 14, 21))
    elif rng.random() < 0.4:
        paused = rng.choice((30, 60, 90, 180, 365))
    numbing: str | None = say(rng.choice(clinical.ANAESTHETICS))
    if person.lidocaine_allergy or rng.random() < (0.3 if visit.setup.pen else 0.6):
        numbing = None
    clinician = person.clinician
    if rng.random() < 0.15:
        clinician = next(c for c in names.CLINICIANS if c != person.clinician)
    lines = tuple(
        _line(rng, area, detail, visit.setup, day, say=say) for area, detail in visit.setup.lines
    )
    bruisable = paused is not None and paused < 7
    return SessionInput(
        performed_at=when,
        clinician=clinician,
        treatments=lines,
        pre_treatment=PreTreatment(paused, numbing, person.consent and rng.random() < 0.97),
        reactions=_reactions(rng, visit, day, today, bruisable, say=say),
        improvement_score=visit.score,
        notes=say(rng.choice(clinical.SESSION_NOTES)),
    )


def _zone() -> dt.tzinfo:
    try:
        return ZoneInfo("Europe/Athens")
    except ZoneInfoNotFoundError:  # no time zone database (Windows without tzdata)
        return dt.timezone(dt.timedelta(hours=2), "EET")


_ZONE = _zone()


def demo_clinic(
    *, today: dt.date, seed: int = 7, say: Say = str
) -> tuple[ClinicSettings, tuple[DemoPatient, ...]]:
    """The demo clinic's settings and patients, ordered by record number; their free texts
    written by `say` (`str`: English)."""
    rng = random.Random(seed)

    def day_of(rel: int) -> dt.date:
        day = today + dt.timedelta(days=rel)
        return day - dt.timedelta(days=1) if day.weekday() == 6 else day

    indications = [*Indication, *Indication]
    indications += rng.choices(clinical.POPULAR, k=WITH_COURSES - len(indications))
    scenarios = ["overdue"] * 5 + ["due_week"] * 5 + ["active"] * 7 + ["stopped"] * 2
    scenarios += ["completed"] * (WITH_COURSES - len(scenarios))
    rng.shuffle(indications)
    rng.shuffle(scenarios)
    taken: set[tuple[str, str]] = set()
    drafted: list[tuple[dt.datetime, int, int]] = []
    built: list[tuple[int, int, DemoPatient]] = []
    candidates: list[Candidate] = []
    for index in range(PATIENTS):
        person, phone = _person(rng, index, taken)
        courses: list[tuple[CourseInput, CourseStatus, list[Visit], int | None]] = []
        if index < WITH_COURSES:
            newest = draw_course(rng, indications[index], scenarios[index], None, say=say)
            assert newest is not None  # an unconstrained course always fits
            courses.append(newest)
            if rng.random() < 0.45:
                end = newest[2][0].rel_day - rng.randint(14, 60)
                older = draw_course(rng, rng.choice(list(Indication)), "completed", end, say=say)
                courses[:0] = [older] if older else []
        visits = [v._replace(course=i) for i, c in enumerate(courses) for v in c[2]]
        if index in (36, 37) or (index < WITH_COURSES and rng.random() < 0.1):
            setup, _ = draw_setup(rng, rng.choice(clinical.POPULAR[:2]), say=say)
            before = min((v.rel_day for v in visits), default=0) - rng.randint(20, 120)
            if before >= -HORIZON_DAYS:
                visits.insert(0, Visit(before, None, None, setup, None))
        registered = min((v.rel_day for v in visits), default=-rng.randint(1, 20))
        consent_on = registered - rng.randint(0, 3)
        sessions = charted(
            [
                (v.course, _session(rng, person, v, day_of(v.rel_day), today, say=say))
                for v in visits
            ],
            random.Random(f"demo charts {seed} {index}"),
        )
        for number, (_, entry) in enumerate(sessions):
            drafted.append((entry.performed_at, index, number))
        local = f"{_ascii(person.given)[:1]}.{_ascii(person.family)}"
        allergies = say(rng.choice(clinical.ALLERGIES[1:])) if index in ALLERGIC else ""
        medications = say(rng.choice(clinical.MEDICATIONS_OTHER)) if rng.random() < 0.3 else ""
        if person.nsaid:
            medications = say(rng.choice(clinical.MEDICATIONS_NSAID))
        patient = PatientInput(
            family_name=person.family,
            given_name=person.given,
            date_of_birth=person.born,
            sex=person.sex,
            phone=phone,
            email=f"{local}@{rng.choice(names.EMAIL_DOMAINS)}" if rng.random() < 0.65 else "",
            fitzpatrick_type=rng.choice(clinical.FITZPATRICK),
            allergies=say(clinical.ALLERGIES[0]) if person.lidocaine_allergy else allergies,
            medications=medications,
            medical_history=say(rng.choice(clinical.MEDICAL_HISTORY)) if rng.random() < 0.3 else "",
            consent_signed_on=day_of(consent_on) if person.consent else None,
            photo_consent_on=(
                day_of(consent_on) if person.consent and index not in NO_PHOTOS else None
            ),
        )
        plans = tuple(
            (
                replace(plan, started_on=day_of(visits_[0].rel_day)),
                status,
                None if manual is None else day_of(manual),
            )
            for plan, status, visits_, manual in courses
        )
        built.append((registered, index, DemoPatient(patient, plans, sessions, ())))
        if plans:
            last = len(plans) - 1
            own = tuple((n, e) for n, (at, e) in enumerate(sessions) if at == last)
            candidates.append(Candidate(index, patient, plans[last][0], plans[last][1], own))
    recent = sorted(
        (d for d in drafted if d[0].date() >= today - dt.timedelta(days=DRAFT_DAYS)), reverse=True
    )[:MAX_DRAFTS]
    drafts = {(index, number) for _, index, number in recent}
    shots = photo_shots(candidates, today=today, rng=random.Random(f"demo photos {seed}"))
    demos = [
        replace(
            demo,
            patient=replace(demo.patient, record_number=f"MC-{record:04d}"),
            signed=tuple((index, n) not in drafts for n in range(len(demo.sessions))),
            photos=shots.get(index, ()),
        )
        for record, (_, index, demo) in enumerate(sorted(built, key=lambda b: b[:2]), start=1)
    ]
    return _clinic(say), _with_lots(demos, today=today, seed=seed, say=say)


def _with_lots(
    demos: list[DemoPatient], *, today: dt.date, seed: int, say: Say
) -> tuple[DemoPatient, ...]:
    """The patients with their sessions' lots made as services.demo_lots says, then the
    ampoules added (after, so that the lots made are those of the clinic without them)."""
    signed = [[(e, s) for (_, e), s in zip(d.sessions, d.signed, strict=True)] for d in demos]
    made = reworked(signed, today=today, seed=seed, say=say)
    series = [
        [(at, e) for (at, _), e in zip(d.sessions, new, strict=True)]
        for d, new in zip(demos, made, strict=True)
    ]
    entries = with_ampoules(series, seed=seed, say=say)
    return tuple(
        replace(
            demo, sessions=tuple((at, e) for (at, _), e in zip(demo.sessions, new, strict=True))
        )
        for demo, new in zip(demos, entries, strict=True)
    )
