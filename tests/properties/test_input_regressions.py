"""Bad input that hypothesis found escaping as a crash, or skipped without a word; each
test states what the rule requires (a ValidationError, nothing written). Fixed: lone
surrogates in text, integers past Python's 4,300 digits, values nested deep enough to
overflow the checks, a held course or signed session that differs only in status or
signature time. The properties now take all of these but the long integers (their writer
cannot write them out). Also fixed: a signed session without its time (the import sets
it) made the same file fail a second import (the importer property imports every file it
accepts twice).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from mesolog.domain.enums import Role
from mesolog.domain.errors import ValidationError
from mesolog.services.clinic import Clinic
from tests.conftest import ATHENS, FixedClock
from tests.properties.support import snapshot

NOW = dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS)
PATIENT = {
    "id": "e02efef0-b94a-4004-b1f0-8fef2924d2fe",
    "family_name": "Nikolaou",
    "given_name": "Maria",
    "date_of_birth": "1980-05-17",
}
COURSE = {
    "id": "e07a0488-1787-4ba2-8b08-5cbc6e0201a0",
    "indication": "wrinkles",
    "planned_sessions": 6,
    "started_on": "2026-01-10",
}
SESSION = {
    "id": "012d4220-78c9-447d-bd3e-c4c7c147276c",
    "course_id": None,
    "performed_at": "2026-02-01T10:30:00+02:00",
    "clinician": "Dr. Papadopoulou",
    "treatments": [
        {
            "area": "forehead",
            "technique": {"kind": "needle", "gauge": 30, "length_mm": 4, "depth_mm": 2},
            "products": [],
        }
    ],
}
MARK = "\u0001here\u0001"


def file_with(patient: dict[str, object], replace: str = "") -> bytes:
    """A one-patient file; `replace` is JSON text written where MARK stands."""
    text = json.dumps({"format": "mesolog", "version": 1, "patients": [patient]})
    return text.replace(json.dumps(MARK), replace).encode()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[Clinic, Path]]:
    """An empty clinic database of its own, and its file."""
    path = tmp_path / "clinic.sqlite"
    opened = Clinic.open(str(path), actor="tester", clock=FixedClock(NOW))
    yield opened, path
    opened.close()


def assert_refused_without_a_write(fresh: tuple[Clinic, Path], data: bytes) -> ValidationError:
    clinic, path = fresh
    before = snapshot(path)
    with pytest.raises(ValidationError) as refused:
        clinic.imports.import_bytes(data)
    assert snapshot(path) == before
    return refused.value


def test_a_course_whose_areas_hold_two_deeply_nested_lists_is_refused(
    fresh: tuple[Clinic, Path],
) -> None:
    deep = "[" * 300 + "]" * 300  # 1.2 kB of file
    data = file_with({**PATIENT, "courses": [{**COURSE, "areas": MARK}]}, f"[{deep}, {deep}]")
    error = assert_refused_without_a_write(fresh, data)
    [violation] = error.violations
    assert violation.path.startswith("patients[0].courses[0].areas[0][0][0]")
    assert str(violation.value).startswith("more than 64 levels of nesting at line 1, column ")


@pytest.mark.parametrize("field", ["sex", "course_id"])
def test_a_value_nested_just_under_the_parsers_limit_is_refused(
    fresh: tuple[Clinic, Path], field: str
) -> None:
    read_below = 0  # depths checked below the parser's limit
    for depth in range(1_100, 0, -1):  # down from beyond the limit, wherever the stack puts it
        deep = "[" * depth + "]" * depth
        if field == "sex":
            data = file_with({**PATIENT, "sex": MARK}, deep)
        else:
            data = file_with({**PATIENT, "sessions": [{**SESSION, "course_id": MARK}]}, deep)
        error = assert_refused_without_a_write(fresh, data)
        if not str(error.violations[0].value).startswith("more than 64 levels of nesting"):
            read_below += 1
            if read_below > 50:
                return


def test_a_number_of_more_than_4300_digits_is_refused(fresh: tuple[Clinic, Path]) -> None:
    data = file_with({**PATIENT, "courses": [{**COURSE, "planned_sessions": MARK}]}, "1" * 4_301)
    error = assert_refused_without_a_write(fresh, data)
    assert error.violations[0].path == "patients[0].courses[0].planned_sessions"
    assert error.violations[0].value.startswith("a whole number of 4301 digits at line 1")


def test_a_text_with_a_lone_surrogate_is_refused(fresh: tuple[Clinic, Path]) -> None:
    data = file_with({**PATIENT, "family_name": MARK}, '"Nikolaou\\ud800"')
    error = assert_refused_without_a_write(fresh, data)
    assert error.violations[0].path in ("(file)", "patients[0].family_name")


def test_an_account_name_with_a_lone_surrogate_is_refused(fresh: tuple[Clinic, Path]) -> None:
    clinic, path = fresh
    before = snapshot(path)
    with pytest.raises(ValidationError) as refused:
        clinic.accounts.create_first_admin("admin", "Dr \udcff", "correct horse battery")
    assert snapshot(path) == before
    assert refused.value.violations[0].path == "name"


def test_a_password_with_a_lone_surrogate_is_refused(fresh: tuple[Clinic, Path]) -> None:
    clinic, path = fresh
    before = snapshot(path)
    with pytest.raises(ValidationError) as refused:
        clinic.accounts.add("helen", "Dr Helen", Role.CLINICIAN, "correct horse \udc80")
    assert snapshot(path) == before
    assert refused.value.violations[0].path == "password"


def test_a_held_course_with_another_status_is_refused(fresh: tuple[Clinic, Path]) -> None:
    clinic, _ = fresh
    course = {**COURSE, "status": "active"}
    clinic.imports.import_bytes(file_with({**PATIENT, "courses": [course]}))
    stopped = file_with({**PATIENT, "courses": [{**course, "status": "stopped"}]})
    error = assert_refused_without_a_write(fresh, stopped)
    assert [v.path for v in error.violations] == ["patients[0].courses[0].id"]


def test_a_held_session_signed_at_another_time_is_refused(fresh: tuple[Clinic, Path]) -> None:
    clinic, _ = fresh
    signed = {**SESSION, "status": "signed", "signed_at": "2026-02-01T11:00:00+02:00"}
    clinic.imports.import_bytes(file_with({**PATIENT, "sessions": [signed]}))
    later = {**signed, "signed_at": "2026-03-01T11:00:00+02:00"}
    error = assert_refused_without_a_write(fresh, file_with({**PATIENT, "sessions": [later]}))
    assert [v.path for v in error.violations] == ["patients[0].sessions[0].id"]


def test_a_file_with_a_signed_session_without_its_time_imports_twice(
    fresh: tuple[Clinic, Path],
) -> None:
    clinic, path = fresh
    data = file_with({**PATIENT, "sessions": [{**SESSION, "status": "signed"}]})
    clinic.imports.import_bytes(data)
    before = snapshot(path)
    again = clinic.imports.import_bytes(data)
    assert (again.changed, again.sessions_present) == (False, 1)
    assert snapshot(path) == before
