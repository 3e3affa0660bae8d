"""What the bad-input properties share: example counts, wild values, oracles and checks.

The oracles say, from the stated limits and rules (mesolog.domain.limits, the
requirement texts), which field paths a validator must refuse; they are written
apart from mesolog.domain.validation so that a test compares two readings of
the rules, not the code with itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
import sqlcipher3.dbapi2 as sqlite3
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from mesolog.domain import limits
from mesolog.domain.charts import zone_name
from mesolog.domain.diagram_ids import ZoneRef
from mesolog.domain.errors import Violation
from mesolog.domain.ids import PatientId
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
    NeedleTechnique,
    PatientInput,
    PenTechnique,
    PreTreatment,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from tests.properties.chart_oracle import chart_faults

# --- how many examples -------------------------------------------------------------------

PROFILE_VARIABLE = "HYPOTHESIS_PROFILE"
THOROUGH = "thorough"
settings.register_profile(
    THOROUGH,
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


LONG_REPRS_REPORTED = pytest.mark.filterwarnings(
    # A failing example with a long repr must still be reported: the suite turns warnings
    # into errors, and this one, raised while Hypothesis reports, would show as "flaky".
    "ignore:Generating overly large repr:hypothesis.errors.HypothesisWarning"
)
"""For `pytestmark` in each test module here."""


def chosen_profile() -> str | None:
    """The profile named by HYPOTHESIS_PROFILE, if the run names one."""
    return os.environ.get(PROFILE_VARIABLE) or None


def examples(count: int) -> settings:
    """`count` examples on an ordinary run; the profile's own counts when one is chosen.

    Profiles are global in Hypothesis, so an ordinary run loads none and each test
    here carries its own modest size instead (the rest of the suite is untouched).
    """
    profile = chosen_profile()
    if profile is not None:
        return settings(settings.get_profile(profile))
    return settings(
        max_examples=count,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# --- wild values ---------------------------------------------------------------------------

WHITESPACE = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())
"""Every character str.strip() removes: what a blank name is made of."""
TRICKY = (
    "\x00\t\n\r\x0b\x0c\x1b\x1f\x7f\x85\xa0\xad\u200b\u200e\u2028\u2029\u202e\u3000"
    "\ufeff\ufffdéΩж中😀\U0010ffff"
)


def characters(*, surrogates: bool = False) -> st.SearchStrategy[str]:
    """Any code point (control characters included), lone surrogates only when asked."""
    every = st.characters(exclude_categories=[] if surrogates else ["Cs"])
    return every | st.sampled_from(TRICKY)


def texts(limit: int, *, surrogates: bool = False) -> st.SearchStrategy[str]:
    """Text of any length that matters for `limit`: empty, short, at and around the
    limit, twice it, fifty times it (built by repeating a drawn piece: fast)."""
    lengths = st.one_of(
        st.integers(0, 12),
        st.sampled_from([limit - 1, limit, limit + 1]),
        st.integers(0, 2 * limit + 2),
        st.just(50 * limit),
    )
    pieces = st.text(characters(surrogates=surrogates), min_size=1, max_size=6)
    return st.builds(lambda piece, n: (piece * (n // len(piece) + 1))[:n], pieces, lengths)


def blanks() -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(WHITESPACE), max_size=6)


def names(*, surrogates: bool = False) -> st.SearchStrategy[str]:
    return texts(limits.NAME_MAX, surrogates=surrogates) | blanks()


def wholes(span: limits.Range) -> st.SearchStrategy[Any]:
    """Whole-number fields: in range, at its edges, any size, floats (NaN, inf, 5.0), bools."""
    low, high = int(span.low), int(span.high)
    return st.one_of(
        st.integers(low, high),
        st.sampled_from([low - 1, low, high, high + 1, 0, -1, -(2**63), 2**63, 10**30]),
        st.integers(),
        st.floats(),
        st.sampled_from([float(low), float(high), low + 0.5]),
        st.booleans(),
    )


def numbers(span: limits.Range) -> st.SearchStrategy[Any]:
    """Decimal fields: in range, edges and their neighbours, any float, ints, bools."""
    edges = [span.low, span.high, 0.0, -0.0, math.nan, math.inf, -math.inf, 5e-324, 1e308]
    edges += [math.nextafter(span.low, -math.inf), math.nextafter(span.high, math.inf)]
    edges += [math.nextafter(span.low, math.inf), math.nextafter(span.high, -math.inf)]
    return st.one_of(
        st.floats(span.low, span.high),
        st.sampled_from(edges),
        st.floats(),
        st.integers(-(10**15), 10**15),
        st.booleans(),
    )


OFFSETS = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)


def near(day: dt.date, days: int = 3) -> st.SearchStrategy[dt.date]:
    """A date within `days` of `day` (clamped at the calendar's ends)."""

    def shifted(by: int) -> dt.date:
        try:
            return day + dt.timedelta(days=by)
        except OverflowError:
            return day

    return st.integers(-days, days).map(shifted)


# --- oracles: what must be refused ---------------------------------------------------------


def whole_ok(value: object, span: limits.Range) -> bool:
    if value is None:
        return True
    if isinstance(value, bool) or not isinstance(value, int):
        return False
    return span.low <= value <= span.high


def number_ok(value: object, span: limits.Range) -> bool:
    if value is None:
        return True
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(value, float) and not math.isfinite(value):
        return False
    above = value > span.low if span.low_exclusive else value >= span.low
    return above and value <= span.high


def finite(value: object) -> bool:
    return not isinstance(value, float) or math.isfinite(value)


def unicode_ok(value: str) -> bool:
    """No lone surrogate: what a database or file can store."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def control(character: str) -> bool:
    """C0, DEL, C1, or a bidirectional embedding, override or isolate."""
    code = ord(character)
    return (
        code < 0x20
        or 0x7F <= code <= 0x9F
        or code in range(0x202A, 0x202F)
        or (code in range(0x2066, 0x206A))
    )


def too_long(value: str, limit: int, *, lines: bool = False) -> bool:
    """A text field's fault: longer than allowed, not storable Unicode, or holding a control
    character (a multi-line field may hold line breaks and tabs)."""
    kept = "\n\t" if lines else ""
    return (
        len(value) > limit
        or not unicode_ok(value)
        or any(control(c) and c not in kept for c in value)
    )


def bad_name(value: str) -> bool:
    return too_long(value, limits.NAME_MAX) or all(character.isspace() for character in value)


def _join(base: str, name: str) -> str:
    return f"{base}.{name}" if base else name


def needle_faults(needle: NeedleTechnique, base: str) -> list[str]:
    found = []
    if not whole_ok(needle.gauge, limits.NEEDLE_GAUGE):
        found.append("gauge")
    if not number_ok(needle.length_mm, limits.NEEDLE_LENGTH_MM):
        found.append("length_mm")
    depth_ok = number_ok(needle.depth_mm, limits.NEEDLE_DEPTH_MM)
    if not depth_ok or (finite(needle.length_mm) and needle.depth_mm > needle.length_mm):
        found.append("depth_mm")
    return [_join(base, name) for name in found]


def pen_faults(pen: PenTechnique, base: str) -> list[str]:
    checks = [
        ("needle_count", whole_ok(pen.needle_count, limits.PEN_NEEDLE_COUNT)),
        ("depth_mm", number_ok(pen.depth_mm, limits.PEN_DEPTH_MM)),
        (
            "penetrations_per_second",
            whole_ok(pen.penetrations_per_second, limits.PEN_PENETRATIONS_PER_SECOND),
        ),
        ("passes", whole_ok(pen.passes, limits.PEN_PASSES)),
    ]
    return [_join(base, name) for name, ok in checks if not ok]


def product_faults(product: ProductUse, day: dt.date, base: str) -> list[str]:
    checks = [
        ("volume_ml", number_ok(product.volume_ml, limits.VOLUME_ML)),
        ("product_name", not too_long(product.product_name, limits.PRODUCT_NAME_MAX)),
        ("concentration", not too_long(product.concentration, limits.CONCENTRATION_MAX)),
        ("lot_number", not too_long(product.lot_number, limits.LOT_NUMBER_MAX)),
        ("expiry_date", product.expiry_date is None or product.expiry_date >= day),
        ("units", number_ok(product.units, limits.UNITS_AMOUNT)),
    ]
    return [_join(base, name) for name, ok in checks if not ok]


def treatment_faults(line: TreatmentLine, day: dt.date, base: str) -> list[str]:
    found = [_join(base, "area_detail")] if too_long(line.area_detail, 200) else []
    technique = _join(base, "technique")
    if isinstance(line.technique, NeedleTechnique):
        found += needle_faults(line.technique, technique)
    else:
        found += pen_faults(line.technique, technique)
    for index, product in enumerate(line.products):
        found += product_faults(product, day, _join(base, f"products[{index}]"))
    return found


def years_before(day: dt.date, years: int) -> dt.date:
    """The same day `years` earlier; 28 February for a 29 February the year lacks."""
    if day.month == 2 and day.day == 29:
        return dt.date(day.year - years, 3, 1) - dt.timedelta(days=1)
    return dt.date(day.year - years, day.month, day.day)


def patient_faults(patient: PatientInput, today: dt.date, base: str = "") -> list[str]:
    found = [name for name in ("family_name", "given_name") if bad_name(getattr(patient, name))]
    born = patient.date_of_birth
    if born > today or born < years_before(today, 120):
        found.append("date_of_birth")
    for name, limit in (
        ("record_number", limits.RECORD_NUMBER_MAX),
        ("phone", limits.PHONE_MAX),
        ("email", limits.EMAIL_MAX),
        ("allergies", limits.TEXT_MAX),
        ("medications", limits.TEXT_MAX),
        ("medical_history", limits.TEXT_MAX),
        ("notes", limits.TEXT_MAX),
    ):
        if too_long(getattr(patient, name), limit, lines=limit == limits.TEXT_MAX):
            found.append(name)
    consent = patient.consent_signed_on
    if consent is not None and not born <= consent <= today:
        found.append("consent_signed_on")
    return [_join(base, name) for name in found]


def course_faults(plan: CourseInput, born: dt.date, base: str = "") -> list[str]:
    checks = [
        ("planned_sessions", whole_ok(plan.planned_sessions, limits.PLANNED_SESSIONS)),
        (
            "initial_interval_days",
            whole_ok(plan.initial_interval_days, limits.INITIAL_INTERVAL_DAYS),
        ),
        (
            "maintenance_interval_days",
            whole_ok(plan.maintenance_interval_days, limits.MAINTENANCE_INTERVAL_DAYS),
        ),
        ("started_on", plan.started_on >= born),
        ("areas", len(set(plan.areas)) == len(plan.areas)),
        ("protocol", not too_long(plan.protocol, limits.PROTOCOL_MAX)),
        ("notes", not too_long(plan.notes, limits.TEXT_MAX, lines=True)),
    ]
    return [_join(base, name) for name, ok in checks if not ok]


def pre_treatment_faults(pre: PreTreatment, base: str) -> list[str]:
    found = []
    if not whole_ok(pre.nsaids_paused_days, limits.NSAIDS_PAUSED_DAYS):
        found.append("nsaids_paused_days")
    if pre.topical_anaesthetic is not None and too_long(pre.topical_anaesthetic, 200):
        found.append("topical_anaesthetic")
    return [_join(base, name) for name in found]


def session_faults(
    entry: SessionInput,
    *,
    patient_id: PatientId,
    patient: PatientInput,
    course: Course | None,
    now: dt.datetime,
    base: str = "",
) -> list[str]:
    """Every path validate_session must report, as often as it must report it."""
    found = []
    performed = entry.performed_at
    day = performed.date()
    if performed.tzinfo is None or performed > now:
        found.append("performed_at")
    if day <= patient.date_of_birth:
        found.append("performed_at")
    if bad_name(entry.clinician):
        found.append("clinician")
    if entry.course_id is not None:
        if course is None or course.patient_id != patient_id or course.voiding is not None:
            found.append("course_id")
        elif day < course.plan.started_on:
            found.append("performed_at")
    found = [_join(base, name) for name in found]
    found += pre_treatment_faults(entry.pre_treatment, _join(base, "pre_treatment"))
    if not entry.treatments:
        found.append(_join(base, "treatments"))
    for index, line in enumerate(entry.treatments):
        found += treatment_faults(line, day, _join(base, f"treatments[{index}]"))
        found += chart_faults(line, _join(base, f"treatments[{index}]"))
    today_there = now.astimezone(performed.tzinfo).date() if performed.tzinfo else now.date()
    for index, reaction in enumerate(entry.reactions):
        where = _join(base, f"reactions[{index}]")
        resolved = reaction.resolved_on
        if resolved is not None and not day <= resolved <= today_there:
            found.append(_join(where, "resolved_on"))
        if too_long(reaction.notes, limits.TEXT_MAX, lines=True):
            found.append(_join(where, "notes"))
    if not whole_ok(entry.improvement_score, limits.IMPROVEMENT_SCORE):
        found.append(_join(base, "improvement_score"))
    if too_long(entry.notes, limits.TEXT_MAX, lines=True):
        found.append(_join(base, "notes"))
    return found


def idle_ok(minutes: object) -> bool:
    if isinstance(minutes, bool) or not isinstance(minutes, int | float):
        return False
    return 1 <= minutes <= 60 and minutes == int(minutes)


def settings_faults(settings: ClinicSettings) -> list[str]:
    found = [
        f"clinic.{name}"
        for name, limit in (
            ("name", limits.NAME_MAX),
            ("address", limits.TEXT_MAX),
            ("phone", limits.PHONE_MAX),
            ("email", limits.EMAIL_MAX),
        )
        if too_long(getattr(settings, name), limit, lines=name == "address")
    ]
    if not idle_ok(settings.idle_lock_minutes):
        found.append("idle_lock_minutes")
    found += needle_faults(settings.techniques.needle(), "needle")
    found += pen_faults(settings.techniques.pen(), "pen")
    return found


@dataclass(frozen=True, slots=True)
class SettingsView:
    """The settings as settings_violations names them (clinic.name, needle.depth_mm, ...)."""

    clinic: ClinicSettings
    idle_lock_minutes: object
    needle: NeedleTechnique
    pen: PenTechnique

    @classmethod
    def of(cls, settings: ClinicSettings) -> SettingsView:
        techniques = settings.techniques
        return cls(settings, settings.idle_lock_minutes, techniques.needle(), techniques.pen())


USERNAME_CHARACTERS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


def username_ok(username: str) -> bool:
    return (
        1 <= len(username) <= 60
        and set(username) <= USERNAME_CHARACTERS
        and username[0] not in "._-"
    )


def password_faults(password: str, username: str) -> list[tuple[str, object]]:
    """(path, value shown) of a new password: its length or "(the username)", never itself."""
    if not 10 <= len(password) <= 128 or not unicode_ok(password):
        return [("password", f"({len(password)} characters)")]
    if username and password.strip().lower() == username.lower():
        return [("password", "(the username)")]
    return []


# --- checks of what was reported -----------------------------------------------------------

_SEGMENT = re.compile(r"([a-z_]+)((?:\[[0-9]+\])*)")


def resolve(root: object, path: str) -> object:
    """The value at a violation's path (relative to `root`); fails for a path that names
    no field of the input."""
    node = root
    for part in path.split("."):
        match = _SEGMENT.fullmatch(part)
        assert match is not None, f"{path!r} is not a field path"
        assert hasattr(node, match.group(1)), f"{path!r}: no field {match.group(1)!r}"
        node = getattr(node, match.group(1))
        for index in re.findall(r"\[([0-9]+)\]", match.group(2)):
            assert isinstance(node, Sequence), f"{path!r}: not a list at [{index}]"
            node = node[int(index)]
    return node


def as_text(value: object) -> object:
    """A value as a violation may repeat it: dates in ISO form, ids and areas as text, a
    zone by its name (`face_front/cheeks-left`)."""
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, ZoneRef):
        return zone_name(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, tuple):
        return [as_text(item) for item in value]
    return value


def same(one: object, other: object) -> bool:
    """Equal, counting NaN as equal to NaN."""
    if isinstance(one, float) and isinstance(other, float) and math.isnan(one):
        return math.isnan(other)
    return bool(one == other)


def repeats(shown: object, actual: object) -> bool:
    """`shown` (a violation's value) is the offending `actual` value, or its text; a text
    too long is shown by its length only (free text holds health data)."""
    return (
        same(shown, actual)
        or same(shown, as_text(actual))
        or (isinstance(shown, str) and shown == str(actual))
        or (isinstance(actual, str) and shown in (f"({len(actual)} characters)", actual.strip()))
        or shown == described(actual)
        or located_constant(shown, actual)
        or (isinstance(shown, tuple) and len(shown) == 2 and same(shown[0], actual))
        or (isinstance(actual, str) and points_at_a_character(shown, actual))
    )


def points_at_a_character(shown: object, text: str) -> bool:
    """`shown` names a control character or a lone surrogate of `text` by its place and
    code point (`character 4, U+001B (ESC)`), as a refusal shows a text it cannot print."""
    found = re.fullmatch(r"character ([0-9]+), U\+([0-9A-F]{4,6}) \(.+\)", str(shown))
    if found is None or not 1 <= int(found[1]) <= len(text):
        return False
    character = text[int(found[1]) - 1]
    return (control(character) or not unicode_ok(character)) and ord(character) == int(found[2], 16)


def located_constant(shown: object, actual: object) -> bool:
    """`shown` is NaN or ±Infinity as the file wrote `actual`, with its line and column."""
    found = re.fullmatch(r"(NaN|-?Infinity) at line [0-9]+, column [0-9]+", str(shown))
    return isinstance(actual, float) and found is not None and same(float(found[1]), actual)


def described(actual: object) -> str | None:
    """How a refusal shows a list, an object or a very long whole number: by its size."""
    if isinstance(actual, list):
        return f"(a list of {len(actual)} entr{'y' if len(actual) == 1 else 'ies'})"
    if isinstance(actual, dict):
        return f"(an object of {len(actual)} key{'' if len(actual) == 1 else 's'})"
    if isinstance(actual, int) and not isinstance(actual, bool):
        return f"(a whole number of {len(str(abs(actual)))} digits)"
    return None


def assert_readable(violation: Violation) -> None:
    """The message names the field, shows the value (a long one by its length alone: it may
    be a note) and says what is allowed."""
    assert violation.path.strip()
    assert violation.field in violation.path  # empty only for a quoted key such as [""]
    assert str(violation.allowed).strip()
    text = str(violation)
    assert text.startswith(f"{violation.path}: ")
    shown = repr(violation.value)
    if len(shown) <= 80:
        assert shown in text
    else:
        size = len(violation.value) if isinstance(violation.value, str) else len(shown)
        assert f"({size} characters)" in text
        assert shown[1:21] not in text
    assert text.endswith(str(violation.allowed))


def assert_reported(found: Sequence[Violation], root: object, base: str = "") -> None:
    """Each violation names a field of `root` (under `base`) and repeats its value."""
    for violation in found:
        assert isinstance(violation, Violation)
        assert_readable(violation)
        path = violation.path
        if base:
            assert path.startswith(f"{base}."), (path, base)
            path = path[len(base) + 1 :]
        actual = resolve(root, path)
        assert repeats(violation.value, actual), (violation, actual)


def paths(found: Sequence[Violation]) -> list[str]:
    return sorted(violation.path for violation in found)


# --- a real database, copied from a template for each example -----------------------------

T = TypeVar("T")
Clock = Callable[[], dt.datetime]
Row = tuple[Any, ...]
Snapshot = dict[str, list[Row]]


def snapshot(path: Path) -> Snapshot:
    """Every row of every table, read-only through the app's own driver (it sees the
    app's WAL and locks; the standard library's sqlite3 would be a second SQLite)."""
    uri = f"{path.as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        tables = [
            str(name)
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }


def make_template(path: Path, clock: Clock, fill: Callable[[Clinic], T]) -> T:
    """A migrated database at `path`, filled by `fill`, closed and checkpointed (one file)."""
    with Clinic.open(str(path), actor="template", clock=clock) as clinic:
        made = fill(clinic)
    leftovers = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))
    assert leftovers == [path.name], f"the template was not checkpointed: {leftovers}"
    return made


@contextlib.contextmanager
def copy_of(
    template: Path, clock: Clock, *, acting_as: str | None = None
) -> Iterator[tuple[Clinic, Path]]:
    """A fresh copy of `template`, opened; removed afterwards (examples run by thousands)."""
    with tempfile.TemporaryDirectory(dir=template.parent) as folder:
        path = Path(folder) / "clinic.sqlite"
        shutil.copyfile(template, path)
        clinic = Clinic.open(str(path), actor="tester", clock=clock)
        try:
            if acting_as is not None:
                clinic.act_as(acting_as)
            yield clinic, path
        finally:
            clinic.close()
