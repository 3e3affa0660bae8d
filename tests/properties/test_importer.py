"""The importer, over generated files: mutations of a real export, random bytes, truncated,
re-encoded and deeply nested JSON.

The property, for every file and for two target databases (an empty one, and one that
holds part of the file already): `import_bytes` either succeeds, and then the database
holds exactly what it held plus what the file means (records it held already unchanged,
the file's records as the file has them, the report's counts right), or it raises
ValidationError (a KnownError) whose every violation names a place in the file, repeats
its value and says what is allowed, and the database is exactly as it was: no row, not
even an audit entry. Never any other exception.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import currently_in_test_context, event, given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from mesolog.domain.errors import KnownError, ValidationError
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.domain.records import Course, Patient, Session
from mesolog.interchange.codec import ClinicFile, decode
from mesolog.interchange.schema import load_schema
from mesolog.interchange.schema_messages import ROOT_PATH
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.services.transfer_import import ImportReport
from tests.conftest import ATHENS, FixedClock
from tests.properties.documents import Json, Mutated, assert_points_into, mutations, walk, write
from tests.properties.support import (
    LONG_REPRS_REPORTED,
    copy_of,
    course_faults,
    examples,
    make_template,
    patient_faults,
    session_faults,
    snapshot,
)

pytestmark = LONG_REPRS_REPORTED

K = TypeVar("K")
V = TypeVar("V")
NOW = dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS)
SESSIONS_KEPT = 3
"""Sessions kept of each demo patient: enough for every kind, few enough to import fast."""


@dataclass(frozen=True, slots=True)
class Held:
    """What a database holds, by id, as its export says."""

    patients: dict[PatientId, Patient]
    courses: dict[CourseId, Course]
    sessions: dict[SessionId, Session]
    clinic_name: str

    @classmethod
    def of(cls, clinic: Clinic) -> Held:
        exported = decode(clinic.exports.export_document())
        bundles = exported.patients
        return cls(
            {b.patient.id: b.patient for b in bundles},
            {c.id: c for b in bundles for c in b.courses},
            {x.id: x for b in bundles for x in b.sessions},
            clinic.settings.clinic().name,
        )


@dataclass(frozen=True, slots=True, repr=False)
class World:
    base: Json
    """A few patients of the demo clinic's export, with their courses and some sessions."""
    text: str
    templates: dict[str, Path]
    held: dict[str, Held]

    def __repr__(self) -> str:  # short, for Hypothesis's report of a failing example
        return f"World({len(self.base['patients'])} patients, {sorted(self.templates)})"

    @contextlib.contextmanager
    def opened(self, target: str) -> Iterator[tuple[Clinic, Path]]:
        with copy_of(self.templates[target], FixedClock(NOW)) as opened:
            yield opened


def _small(document: Json) -> Json:
    """Three patients that have courses and sessions, each with a few of their sessions
    (and every version of those)."""
    chosen = [p for p in document["patients"] if p["courses"] and p["sessions"]][:3]
    for patient in chosen:
        firsts = [s["id"] for s in patient["sessions"] if "amends" not in s][:SESSIONS_KEPT]
        kept = set(firsts)
        for session in patient["sessions"]:  # a version follows the one it corrects
            if session.get("amends") in kept:
                kept.add(session["id"])
        patient["sessions"] = [s for s in patient["sessions"] if s["id"] in kept]
    return {**document, "patients": chosen}


def _with_history(clinic: Clinic) -> None:
    """Of the patients `_small` keeps: the first signed session amended twice, the second
    amendment voided; a draft voided; the second patient's first course voided (version 2
    of the format carries all of it)."""
    chosen = _small(clinic.exports.export_document())["patients"]
    first = chosen[0]["sessions"]
    signed = next(s for s in first if s["status"] == "signed")
    original = clinic.sessions.get(SessionId(uuid.UUID(signed["id"])))
    corrected = replace(original.entry, notes="Lot number corrected.")
    amended = clinic.sessions.amend(original.id, corrected, reason="wrong lot")
    again = clinic.sessions.amend(amended.id, corrected, reason="typo")
    clinic.sessions.void(again.id, reason="amended in error")
    drafts = [s for p in chosen for s in p["sessions"] if s["status"] == "draft"]
    if drafts:
        clinic.sessions.void(SessionId(uuid.UUID(drafts[0]["id"])), reason="entered twice")
    course = chosen[1]["courses"][0]["id"]
    clinic.courses.void(CourseId(uuid.UUID(course)), reason="planned for the wrong patient")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("importer")

    def demo(clinic: Clinic) -> Json:
        DemoService(clinic.context).fill()
        _with_history(clinic)
        return clinic.exports.export_document()

    base = _small(make_template(folder / "demo.sqlite", FixedClock(NOW), demo))
    part = {**base, "patients": base["patients"][:1]}

    def hold_part(clinic: Clinic) -> Held:
        clinic.imports.import_bytes(json.dumps(part).encode())
        return Held.of(clinic)

    templates = {"empty": folder / "empty.sqlite", "holding": folder / "holding.sqlite"}
    held = {
        "empty": make_template(templates["empty"], FixedClock(NOW), Held.of),
        "holding": make_template(templates["holding"], FixedClock(NOW), hold_part),
    }
    assert len(held["holding"].patients) == 1 and held["holding"].sessions
    assert held["empty"] == Held({}, {}, {}, "")
    return World(base, json.dumps(base, ensure_ascii=False), templates, held)


TARGETS = st.sampled_from(["empty", "holding"])


# --- the outcome of one import ------------------------------------------------------------


STANDARD = Draft202012Validator(load_schema(), format_checker=FormatChecker())
"""The schema as jsonschema itself reads it (the importer adds rules of its own)."""
TODAY = NOW.astimezone().date()
"""The importer's today: the clock's day on this workstation (Europe/Athens in the tests)."""


def assert_acceptable(document: Json, file: ClinicFile, held: Held) -> None:
    """An accepted file breaks no rule, checked apart from the importer: the schema by
    jsonschema itself, date-times with their offset, the file's own rules, every record's
    rules by the oracles, and no record number that another patient has."""
    assert list(STANDARD.iter_errors(document)) == []
    for at, node in walk(document):
        if at and at[-1] in ("exported_at", "performed_at", "signed_at") and node is not None:
            moment = dt.datetime.fromisoformat(node)
            assert moment.utcoffset() is not None and 1900 <= moment.year <= 2999
    bundles = file.patients
    ids: list[uuid.UUID] = [b.patient.id for b in bundles]
    ids += [c.id for b in bundles for c in b.courses] + [x.id for b in bundles for x in b.sessions]
    assert len(ids) == len(set(ids))
    numbers = [b.patient.details.record_number.strip() for b in bundles]
    numbers = [number for number in numbers if number]
    assert len(numbers) == len(set(numbers))
    held_numbers = {p.details.record_number for p in held.patients.values()} - {""}
    for bundle in bundles:
        details, patient_id = bundle.patient.details, bundle.patient.id
        assert patient_faults(details, TODAY) == []
        if patient_id not in held.patients:
            assert details.record_number.strip() not in held_numbers
        own = {course.id: course for course in bundle.courses}
        for course in bundle.courses:
            assert course_faults(course.plan, details.date_of_birth) == []
        for session in bundle.sessions:
            entry = session.entry
            assert entry.course_id is None or entry.course_id in own
            named = own.get(entry.course_id) if entry.course_id is not None else None
            if named is not None and named.voiding is not None:  # voided after the session
                entry, named = replace(entry, course_id=None), None
            faults = session_faults(
                entry, patient_id=patient_id, patient=details, course=named, now=NOW
            )
            assert faults == []
            if session.signed_at is not None:
                assert entry.performed_at <= session.signed_at <= NOW


def meaning(data: bytes) -> tuple[Json, ClinicFile]:
    """What an accepted file holds and means, read apart from the importer."""
    document = json.loads(data.decode("utf-8-sig"))
    return document, decode(document)


def import_once(
    world: World, target: str, data: bytes, document: Json | None
) -> ImportReport | ValidationError:
    """Imports `data` into a copy of `target` and checks the outcome, whichever it is."""
    with world.opened(target) as (clinic, path):
        before = snapshot(path)
        try:
            report = clinic.imports.import_bytes(data)
        except KnownError as error:
            assert snapshot(path) == before, "a refused file changed the database"
            assert isinstance(error, ValidationError), f"{type(error).__name__}: {error}"
            assert str(error).strip()
            assert error.violations
            if document is not None:
                assert_points_into(error.violations, document)
            note(f"refused: {error.violations[0].field or 'the file as a whole'}")
            return error
        note(f"imported into {target}")
        document, file = meaning(data)
        assert_acceptable(document, file, world.held[target])
        assert_imported_twice_changes_nothing(clinic, path, data, report)
        assert_merged(clinic, world.held[target], file, report)
        return report


def note(text: str) -> None:
    """Counts outcomes in Hypothesis's statistics (pytest --hypothesis-show-statistics)."""
    if currently_in_test_context():
        event(text)


def assert_imported_twice_changes_nothing(
    clinic: Clinic, path: Path, data: bytes, first: ImportReport
) -> None:
    """The same file again: every record present, nothing written (README)."""
    before = snapshot(path)
    again = clinic.imports.import_bytes(data)
    assert snapshot(path) == before
    assert not again.changed
    assert (again.patients_present, again.courses_present, again.sessions_present) == (
        first.patients_added + first.patients_present,
        first.courses_added + first.courses_present,
        first.sessions_added + first.sessions_present,
    )


def assert_merged(clinic: Clinic, held: Held, file: ClinicFile, report: ImportReport) -> None:
    """The database holds what it held, unchanged, and every record of the file as it is."""
    after = Held.of(clinic)
    patients = {b.patient.id: b.patient for b in file.patients}
    courses = {c.id: c for b in file.patients for c in b.courses}
    sessions = {x.id: x for b in file.patients for x in b.sessions}
    _kept_and_added(held.patients, patients, after.patients)
    _kept_and_added(held.courses, courses, after.courses)
    _kept_and_added(held.sessions, sessions, after.sessions)
    assert (report.patients_added, report.patients_present) == _split(held.patients, patients)
    assert (report.courses_added, report.courses_present) == _split(held.courses, courses)
    assert (report.sessions_added, report.sessions_present) == _split(held.sessions, sessions)
    for patient_id, patient in patients.items():
        assert after.patients[patient_id].details == patient.details.tidied()
    for course_id, course in courses.items():
        stored = after.courses[course_id]
        assert (stored.patient_id, stored.plan, stored.status) == (
            course.patient_id,
            course.plan,
            course.status,
        )
    for session_id, session in sessions.items():
        stored_session = after.sessions[session_id]
        assert stored_session.patient_id == session.patient_id
        assert (stored_session.entry, stored_session.status) == (
            session.entry.tidied(),
            session.status,
        )
        if session.signed_at is not None:  # else the time of the import (held: of the first)
            assert stored_session.signed_at == session.signed_at
        if file.version == 2:  # the history as the file has it
            history = ("signed_by", "voiding", "amends", "amendment_reason")
            assert [getattr(stored_session, name) for name in history] == [
                getattr(session, name) for name in history
            ]
    name = file.clinic.name.strip() if file.clinic is not None else ""
    adopted = bool(name) and not held.clinic_name.strip()
    assert report.clinic_adopted == adopted
    assert after.clinic_name == (name if adopted else held.clinic_name)


def _kept_and_added(mine: dict[K, V], theirs: dict[K, V], now: dict[K, V]) -> None:
    """The database holds its records, unchanged, and the file's: no other."""
    assert now.keys() == mine.keys() | theirs.keys()
    for key, record in mine.items():
        assert now[key] == record, "an import changed a record the database held"


def _split(held: dict[Any, Any], filed: dict[Any, Any]) -> tuple[int, int]:
    """(added, present): the file's records the database lacked, and those it held."""
    return len(filed.keys() - held.keys()), len(filed.keys() & held.keys())


# --- the properties ---------------------------------------------------------------------------


def test_the_unchanged_export_imports_into_both_targets(world: World) -> None:
    into_empty = import_once(world, "empty", world.text.encode(), world.base)
    assert isinstance(into_empty, ImportReport)
    assert (into_empty.patients_added, into_empty.patients_present) == (3, 0)
    assert into_empty.clinic_adopted
    merged = import_once(world, "holding", world.text.encode(), world.base)
    assert isinstance(merged, ImportReport)
    assert (merged.patients_added, merged.patients_present) == (2, 1)
    assert merged.sessions_present == len(world.held["holding"].sessions) > 0


@examples(60)
@given(st.data(), TARGETS)
def test_any_mutation_of_an_export_is_imported_right_or_refused_without_a_write(
    world: World, data: st.DataObject, target: str
) -> None:
    mutated: Mutated = data.draw(mutations(world.base), label="mutated")
    encoded = mutated.text.encode()
    if data.draw(st.booleans(), label="byte order mark"):
        encoded = "\ufeff".encode() + encoded
    import_once(world, target, encoded, None if mutated.repeated_key else mutated.document)


@st.composite
def damaged(draw: st.DrawFn, text: str) -> bytes:
    """The export's bytes with some bytes changed, inserted or removed, or cut short, or in
    another encoding; or any bytes at all."""
    data = bytearray(text.encode())
    kind = draw(st.sampled_from(["bytes", "cut", "edit", "encoding"]))
    note(f"damage: {kind}")
    if kind == "bytes":
        return draw(st.binary(max_size=3000))
    if kind == "cut":
        return bytes(data[: draw(st.integers(0, len(data) - 1))])
    if kind == "encoding":
        encoding = draw(st.sampled_from(["utf-16", "utf-16-be", "utf-32", "latin-1", "cp1253"]))
        return text.encode(encoding, errors="replace")
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["set", "insert", "delete"]))
        if action == "set":
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=4))
        else:
            del data[at]
    return bytes(data)


@examples(40)
@given(st.data(), TARGETS)
def test_damaged_bytes_are_imported_right_or_refused_without_a_write(
    world: World, data: st.DataObject, target: str
) -> None:
    import_once(world, target, data.draw(damaged(world.text), label="bytes"), None)


@examples(30)
@given(st.data(), TARGETS)
def test_a_file_cut_short_is_refused_as_a_whole(
    world: World, data: st.DataObject, target: str
) -> None:
    encoded = world.text.encode()
    cut = encoded[: data.draw(st.integers(0, len(encoded) - 1), label="length")]
    with world.opened(target) as (clinic, path):
        before = snapshot(path)
        with pytest.raises(ValidationError) as refused:
            clinic.imports.import_bytes(cut)
        assert snapshot(path) == before
    [violation] = refused.value.violations
    assert (violation.path, violation.allowed.split(" (")[0]) in (
        (ROOT_PATH, "well-formed JSON"),
        (ROOT_PATH, "UTF-8 text"),
    )


NESTED_DEPTHS = st.integers(1, 1_200) | st.integers(1_200, 50_000)
"""Depths the parser reads (and the checks then walk), up to its limit and far beyond."""


@examples(30)
@given(st.data(), TARGETS, NESTED_DEPTHS, st.sampled_from(["[", "{", "[, ["]))
def test_deeply_nested_json_is_refused_without_a_write(
    world: World, data: st.DataObject, target: str, depth: int, bracket: str
) -> None:
    locations = [at for at, _ in walk(world.base) if at]
    at = data.draw(st.sampled_from(locations), label="where")
    document = copy.deepcopy(world.base)
    parent = document
    for part in at[:-1]:
        parent = parent[part]
    marker = "\u0001nested\u0001"
    parent[at[-1]] = marker
    if bracket == "{":
        nested = '{"a": ' * depth + "1" + "}" * depth
    else:
        nested = "[" * depth + "]" * depth
        if bracket == "[, [":  # two of them side by side: compared for uniqueItems
            nested = f"[{nested}, {nested}]"
    text = write(document, ensure_ascii=True).replace(json.dumps(marker), nested)
    import_once(world, target, text.encode(), None)
