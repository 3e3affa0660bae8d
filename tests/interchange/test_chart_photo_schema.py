"""The fields added to version 2 for charts and photos (issue 12): optional, so a document
written before them is still valid; their names and ranges those of the domain (zones from
the diagrams' table, by enums); refused by place, in plain English; and the file's rules on
photos (their session, their ids, one live photo an image)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from mesolog.domain import limits
from mesolog.domain.diagram_ids import DIAGRAM_ZONES, Diagram, Side
from mesolog.domain.errors import Violation
from mesolog.domain.photos import LABEL_MAX, PhotoMoment, PhotoView
from mesolog.imaging.photos import PhotoType
from mesolog.imaging.refusals import MAX_BYTES, MAX_PIXELS
from mesolog.interchange.file_rules import (
    ONE_LIVE_IMAGE as ONE_LIVE_IMAGE_TEXT,
)
from mesolog.interchange.file_rules import (
    SAME_PATIENT_SESSION as SAME_PATIENT_SESSION_TEXT,
)
from mesolog.interchange.file_rules import (
    file_rule_violations as file_rule_violations_found,
)
from mesolog.interchange.schema import (
    load_schema,
)
from mesolog.interchange.schema import (
    schema_violations as schema_violations_found,
)
from mesolog.interchange.schema_messages import (
    describe,
)
from tests.interchange.english import english
from tests.interchange.test_schema import P1, S0, SESSION, TREATMENT, valid_document

ONE_LIVE_IMAGE = str(ONE_LIVE_IMAGE_TEXT)
SAME_PATIENT_SESSION = str(SAME_PATIENT_SESSION_TEXT)


def file_rule_violations(document: Any) -> list[Violation]:
    return english(file_rule_violations_found(document))


def schema_violations(document: Any) -> list[Violation]:
    return english(schema_violations_found(document))


PHOTO_ID = "3f2b8c1e-5d7a-4c2b-9e1f-0a6b7c8d9e0f"
OTHER_ID = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"
SHA = "5f" * 32
PHOTO = {
    "id": PHOTO_ID,
    "session_id": S0,
    "view": "front",
    "moment": "before",
    "media_type": "image/jpeg",
    "width_px": 4000,
    "height_px": 3000,
    "byte_size": 3_500_000,
    "sha256": SHA,
    "added_at": "2026-02-01T11:05:00+02:00",
    "added_by": "Dr. Eleni Papadopoulou",
}
ZONE = {"diagram": "face_front", "area": "forehead"}
POINT = {**ZONE, "x": 0.5, "y": 0.2, "product": 0, "amount_ml": 0.05}


def charted() -> dict[str, Any]:
    """The valid document as version 2, its first line charted and a photo of its session."""
    document = valid_document()
    document |= {"version": 2, "photos_left_out": 3}
    document["chain_anchor"] = {"entry": 1, "hash": "0" * 64, "at": "2026-03-01T08:30:00Z"}
    patient = document["patients"][0]
    patient["photo_consent_on"] = "2026-01-10"
    patient["photos"] = [copy.deepcopy(PHOTO)]
    line = patient["sessions"][0]["treatments"][0]
    line["zones"] = [dict(ZONE)]
    line["points"] = [dict(POINT)]
    return document


def at(document: dict[str, Any], path: str, value: object) -> list[Violation]:
    node: Any = document
    parts = path.replace("[", ".").replace("]", "").split(".")
    for part in parts[:-1]:
        node = node[int(part)] if part.isdigit() else node[part]
    node[parts[-1]] = value
    return schema_violations(document)


def test_the_new_fields_are_optional_and_valid_when_present() -> None:
    assert schema_violations(charted()) == []
    assert file_rule_violations(charted()) == []
    before = valid_document() | {"version": 2}
    before["chain_anchor"] = {"entry": 1, "hash": "0" * 64, "at": "2026-03-01T08:30:00Z"}
    assert schema_violations(before) == []


def test_the_zones_of_each_diagram_are_the_domains_table() -> None:
    defs = load_schema()["$defs"]
    assert defs["diagram"]["enum"] == [diagram.value for diagram in Diagram]
    charted_areas = {zone.area.value for zones in DIAGRAM_ZONES.values() for zone in zones}
    assert set(defs["zone_area"]["enum"]) == charted_areas
    assert defs["side"]["enum"] == [Side.LEFT.value, Side.RIGHT.value, None]
    for clause in defs["on_diagram"]["allOf"]:
        diagram = Diagram(clause["if"]["properties"]["diagram"]["const"])
        zones = DIAGRAM_ZONES[diagram]
        then = clause["then"]["properties"]
        assert set(then["area"]["enum"]) == {zone.area.value for zone in zones}
        sides = {zone.side.value for zone in zones if zone.side is not None}
        assert set(then.get("side", {"enum": ["left", "right"]})["enum"]) - {None} == sides


def test_the_ranges_are_the_domains() -> None:
    defs = load_schema()["$defs"]
    amount = defs["point"]["properties"]["amount_ml"]
    assert str(describe(amount, load_schema())).endswith(str(limits.POINT_AMOUNT_ML.describe()))
    assert str(describe(defs["point"]["properties"]["x"], load_schema())) == "a number, 0 to 1"
    assert defs["treatment"]["properties"]["points"]["maxItems"] == 500
    photo = defs["photo"]["properties"]
    assert photo["label"]["maxLength"] == LABEL_MAX
    assert photo["view"]["enum"] == [view.value for view in PhotoView]
    assert photo["moment"]["enum"] == [moment.value for moment in PhotoMoment]
    assert photo["media_type"]["enum"] == [kind.value for kind in PhotoType]
    assert photo["byte_size"]["maximum"] == MAX_BYTES
    assert photo["width_px"]["maximum"] == photo["height_px"]["maximum"] == MAX_PIXELS


@pytest.mark.parametrize(
    ("path", "value", "allowed"),
    [
        (
            f"{TREATMENT}.zones[0].area",
            "neck",
            "one of: forehead, periorbital, cheeks, perioral, jawline",
        ),
        (
            f"{TREATMENT}.zones[0].diagram",
            "face_back",
            "one of: face_front, face_left, face_right, neck_decolletage, body_front, "
            "body_back, scalp",
        ),
        (f"{TREATMENT}.zones[0].side", "middle", "one of: left, right, null"),
        (f"{TREATMENT}.points[0].x", 1.5, "0 to 1"),
        (f"{TREATMENT}.points[0].amount_ml", 0, "more than 0 and at most 5 ml"),
        (f"{TREATMENT}.points[0].amount_ml", 5.5, "more than 0 and at most 5 ml"),
        (f"{TREATMENT}.points[0].product", -1, "at least 0"),
        (
            "patients[0].photos[0].view",
            "back",
            "one of: front, left_45, right_45, left_profile, right_profile, free",
        ),
        ("patients[0].photos[0].sha256", "ABC", "64 lowercase hex digits (a SHA-256 hash)"),
        ("patients[0].photos[0].byte_size", 10**9, f"1 to {MAX_BYTES}"),
        ("photos_left_out", 0, "at least 1"),
    ],
)
def test_a_bad_chart_or_photo_field_is_refused_at_its_place(
    path: str, value: object, allowed: str
) -> None:
    [violation] = at(charted(), path, value)
    assert violation.path == path
    assert violation.allowed.endswith(allowed), violation


def test_a_profiles_zone_has_the_profiles_side_only() -> None:
    document = charted()
    line = document["patients"][0]["sessions"][0]["treatments"][0]
    line["zones"] = [{"diagram": "face_left", "area": "cheeks", "side": "right"}]
    [violation] = schema_violations(document)
    assert (violation.path, violation.allowed) == (
        f"{TREATMENT}.zones[0].side",
        "one of: left, null",
    )


def test_an_unknown_key_in_a_point_or_photo_is_refused() -> None:
    document = charted()
    document["patients"][0]["photos"][0]["thumbnail"] = "..."
    document["patients"][0]["sessions"][0]["treatments"][0]["points"][0]["colour"] = "red"
    paths = [v.path for v in schema_violations(document)]
    assert paths == ["patients[0].photos[0].thumbnail", f"{SESSION}.treatments[0].points[0].colour"]


def test_a_photos_session_is_its_patients_and_its_image_is_not_twice_live() -> None:
    document = charted()
    photos = document["patients"][0]["photos"]
    photos.append({**PHOTO, "id": OTHER_ID, "session_id": None})
    document["patients"][1]["photos"] = [{**PHOTO, "id": PHOTO_ID, "session_id": S0}]
    document["patients"][1]["sessions"] = []
    assert schema_violations(document) == []
    assert file_rule_violations(document) == [
        Violation(
            "patients[0].photos[1].sha256",
            SHA,
            f"{ONE_LIVE_IMAGE} (see patients[0].photos[0].sha256)",
        ),
        Violation(
            "patients[1].photos[0].id",
            PHOTO_ID,
            "an id not used elsewhere (see patients[0].photos[0].id)",
        ),
        Violation("patients[1].photos[0].session_id", S0, SAME_PATIENT_SESSION),
    ]
    photos[1]["voided"] = {"at": "2026-02-02T10:00:00+02:00", "by": "Dr. X", "reason": "blurred"}
    assert len(file_rule_violations(document)) == 2
    assert document["patients"][1]["id"] == P1


def test_the_document_keeps_the_schemas_key_order() -> None:
    schema = load_schema()
    patient = list(schema["$defs"]["patient"]["properties"])
    assert patient.index("photo_consent_on") == patient.index("consent_signed_on") + 1
    assert patient[-1] == "photos"
    assert list(schema["$defs"]["treatment"]["properties"])[-3:] == ["zones", "points", "voided"]
    assert json.dumps(charted())  # plain JSON
