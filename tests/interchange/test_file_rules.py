"""The file's rules on versions (format version 2): an amendment names a signed session of
the same patient listed before it, is signed and says why; a session has one current
version."""

from __future__ import annotations

import copy
from typing import Any

from mesolog.domain.errors import Violation
from mesolog.interchange.encoding import encode
from mesolog.interchange.file_rules import (
    AMENDMENT_SIGNED as AMENDMENT_SIGNED_TEXT,
)
from mesolog.interchange.file_rules import (
    AMENDS_EARLIER as AMENDS_EARLIER_TEXT,
)
from mesolog.interchange.file_rules import (
    AMENDS_SIGNED as AMENDS_SIGNED_TEXT,
)
from mesolog.interchange.file_rules import (
    ONE_CURRENT as ONE_CURRENT_TEXT,
)
from mesolog.interchange.file_rules import (
    REASON_NEEDED as REASON_NEEDED_TEXT,
)
from mesolog.interchange.file_rules import (
    REASON_WITHOUT_AMENDS as REASON_WITHOUT_AMENDS_TEXT,
)
from mesolog.interchange.file_rules import (
    file_rule_violations as file_rule_violations_found,
)
from mesolog.interchange.schema import (
    schema_violations as schema_violations_found,
)
from mesolog.interchange.schema_messages import (
    REQUIRED as REQUIRED_TEXT,
)
from tests.interchange.english import english
from tests.interchange.samples import SESSION_ID, sample_file

AMENDMENT_SIGNED = str(AMENDMENT_SIGNED_TEXT)
AMENDS_EARLIER = str(AMENDS_EARLIER_TEXT)
AMENDS_SIGNED = str(AMENDS_SIGNED_TEXT)
ONE_CURRENT = str(ONE_CURRENT_TEXT)
REASON_NEEDED = str(REASON_NEEDED_TEXT)
REASON_WITHOUT_AMENDS = str(REASON_WITHOUT_AMENDS_TEXT)
REQUIRED = str(REQUIRED_TEXT)


def file_rule_violations(document: Any) -> list[Violation]:
    return english(file_rule_violations_found(document))


def schema_violations(document: Any) -> list[Violation]:
    return english(schema_violations_found(document))


AMENDMENT = "6fa459ea-ee8a-3ca4-894e-db77e160355e"
SECOND = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
BASE = "patients[0].sessions"


def amended() -> dict[str, Any]:
    """The sample's signed session and an amendment of it."""
    document = encode(sample_file())
    sessions = document["patients"][0]["sessions"]
    correction = {**copy.deepcopy(sessions[0]), "id": AMENDMENT}
    correction.update(amends=str(SESSION_ID), amendment_reason="wrong lot")
    sessions.append(correction)
    return document


def test_an_amendment_of_an_earlier_signed_session_passes() -> None:
    document = amended()
    assert schema_violations(document) == []
    assert file_rule_violations(document) == []


def test_an_amendment_listed_before_what_it_corrects_is_refused() -> None:
    document = amended()
    sessions = document["patients"][0]["sessions"]
    sessions.reverse()
    assert file_rule_violations(document) == [
        Violation(f"{BASE}[0].amends", str(SESSION_ID), AMENDS_EARLIER)
    ]


def test_an_amendment_of_a_draft_unsigned_or_without_reason_is_refused() -> None:
    document = amended()
    original, correction = document["patients"][0]["sessions"]
    original["status"] = "draft"
    del original["signed_at"], original["signed_by"]
    correction.update(status="draft", amendment_reason="  ")
    del correction["signed_at"], correction["signed_by"]
    assert file_rule_violations(document) == [
        Violation(f"{BASE}[1].amends", str(SESSION_ID), AMENDS_SIGNED),
        Violation(f"{BASE}[1].status", "draft", AMENDMENT_SIGNED),
        Violation(f"{BASE}[1].amendment_reason", "(2 characters)", REASON_NEEDED),
    ]


def test_a_reason_without_amends_is_refused_by_its_length() -> None:
    document = amended()
    document["patients"][0]["sessions"][0]["amendment_reason"] = "private words"
    assert file_rule_violations(document) == [
        Violation(f"{BASE}[0].amendment_reason", "(13 characters)", REASON_WITHOUT_AMENDS)
    ]


def test_two_current_amendments_of_one_session_are_refused_unless_one_is_voided() -> None:
    document = amended()
    sessions = document["patients"][0]["sessions"]
    sessions.append({**copy.deepcopy(sessions[1]), "id": SECOND})
    assert file_rule_violations(document) == [
        Violation(f"{BASE}[2].amends", str(SESSION_ID), f"{ONE_CURRENT} (see {BASE}[1].amends)")
    ]
    sessions[1]["voided"] = {"at": "2026-03-01T10:00:00Z", "by": "admin", "reason": "error"}
    assert schema_violations(document) == []
    assert file_rule_violations(document) == []


def test_an_amendment_without_its_status_or_reason_is_told_they_are_required() -> None:
    document = amended()
    correction = document["patients"][0]["sessions"][1]
    del correction["status"], correction["amendment_reason"]
    assert file_rule_violations(document) == [
        Violation(f"{BASE}[1].status", None, f"{REQUIRED}, {AMENDMENT_SIGNED}"),
        Violation(f"{BASE}[1].amendment_reason", None, f"{REQUIRED}: {REASON_NEEDED}"),
    ]


def _id(patient: int, session: int) -> str:
    return f"{patient:04x}{session:04x}-0000-4000-8000-000000000000"


def test_a_repeated_id_names_where_it_was_first_seen_whatever_its_form() -> None:
    """Ids are kept small (a canonical one as its bytes, its place as a number), one that is
    not canonical as it is: a repeat names both places as paths."""
    document = encode(sample_file())
    sample = document["patients"][0]
    patients = []
    for index in range(13):
        session = {key: value for key, value in sample["sessions"][0].items() if key != "course_id"}
        sessions = [{**session, "id": _id(index, j)} for j in range(6)]
        patient = {key: value for key, value in sample.items() if key not in ("photos", "courses")}
        patients.append(
            {**patient, "id": _id(index, 99), "record_number": "", "sessions": sessions}
        )
    patients[7]["sessions"][0]["id"] = "Not-Canonical"
    patients[10]["sessions"][4]["id"] = _id(9, 3)
    patients[11]["sessions"][2]["id"] = "Not-Canonical"
    patients[12]["sessions"][5]["id"] = _id(3, 99)
    used = "an id not used elsewhere (see "
    assert file_rule_violations({**document, "patients": patients}) == [
        Violation("patients[10].sessions[4].id", _id(9, 3), f"{used}patients[9].sessions[3].id)"),
        Violation(
            "patients[11].sessions[2].id", "Not-Canonical", f"{used}patients[7].sessions[0].id)"
        ),
        Violation("patients[12].sessions[5].id", _id(3, 99), f"{used}patients[3].id)"),
    ]
