"""A refused import file's words in Greek: what the schema, the file's rules, the bundle and
the JSON reader allow is extracted by lupdate (with tools/translations.sh's aliases, under
context Interchange) and rendered from a catalogue compiled from that extraction through
mesolog.language's Renderer, numbers as Greek writes them. str() stays English."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from mesolog.domain.errors import ValidationError
from mesolog.interchange.bundle import BundleReader
from mesolog.interchange.file_rules import file_rule_violations
from mesolog.interchange.json_places import first_refused
from mesolog.interchange.schema import schema_violations
from mesolog.language.choice import language
from mesolog.language.qm_file import Catalogue
from mesolog.language.render import Renderer
from tests.interchange.samples import minimal
from tests.ui.common.catalogue_support import greek_catalogue

COURSE = "patients[0].courses[0]"
GREEK = {
    ("Interchange", "a value is required"): "απαιτείται τιμή",
    ("Limits", "{low} to {high} {unit}"): "{low} έως {high} {unit}",
    ("Limits", "days"): "ημέρες",
    ("Interchange", "a whole number, {range}"): "ακέραιος αριθμός, {range}",
    ("Interchange", "{before}, or {after}"): "{before} ή {after}",
    ("Interchange", "a date as YYYY-MM-DD"): "ημερομηνία ως ΕΕΕΕ-ΜΜ-ΗΗ",
    ("Interchange", "an id"): "ένα αναγνωριστικό",
    ("Interchange", "{what} not used elsewhere (see {path})"): (
        "{what} που δεν χρησιμοποιείται αλλού (βλ. {path})"
    ),
    ("Interchange", "a document of at most {most} bytes (it says {size})"): (
        "έγγραφο έως {most} byte (δηλώνει {size})"
    ),
    ("Interchange", "numbers only; NaN and Infinity are not JSON"): (
        "μόνο αριθμοί· τα NaN και Infinity δεν είναι JSON"
    ),
}


@pytest.fixture(scope="module")
def greek(tmp_path_factory: pytest.TempPathFactory) -> Renderer:
    folder: Path = tmp_path_factory.mktemp("greek")
    catalogue = Catalogue.from_qm(greek_catalogue(folder, GREEK).read_bytes())
    return Renderer(language("el", "el_GR.UTF-8"), lambda: catalogue)


def test_a_missing_field_and_a_range_with_its_unit_are_refused_in_greek(greek: Renderer) -> None:
    document = minimal()
    course = document["patients"][0]["courses"][0]
    del course["started_on"]
    course["initial_interval_days"] = 1000
    found = {v.path: v.allowed for v in schema_violations(document)}
    assert greek(found[f"{COURSE}.started_on"]) == "απαιτείται τιμή"
    assert str(found[f"{COURSE}.started_on"]) == "a value is required"
    interval = found[f"{COURSE}.initial_interval_days"]
    assert greek(interval) == "7 έως 60 ημέρες"
    assert str(interval) == "7 to 60 days"


def test_a_choice_of_kinds_is_joined_in_greek(greek: Renderer) -> None:
    document = minimal()
    document["patients"][0]["consent_signed_on"] = 20260110
    [violation] = schema_violations(document)
    assert greek(violation.allowed) == "ημερομηνία ως ΕΕΕΕ-ΜΜ-ΗΗ ή null"
    assert str(violation.allowed) == "a date as YYYY-MM-DD, or null"


def test_an_id_used_twice_is_refused_in_greek(greek: Renderer) -> None:
    document = minimal()
    patient = document["patients"][0]
    patient["courses"][0]["id"] = patient["id"]
    [violation] = file_rule_violations(document)
    assert greek(violation.allowed) == (
        "ένα αναγνωριστικό που δεν χρησιμοποιείται αλλού (βλ. patients[0].id)"
    )
    assert str(violation.allowed) == "an id not used elsewhere (see patients[0].id)"


def test_a_bundles_sizes_are_greek_numbers(greek: Renderer) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("document.json", b"{}")
    data = bytearray(out.getvalue())
    # The central directory's size of document.json (offset 24 of its header), made huge.
    header = data.rindex(b"PK\x01\x02")
    data[header + 24 : header + 28] = (300_000_000).to_bytes(4, "little")
    with pytest.raises(ValidationError) as refused:
        BundleReader(io.BytesIO(bytes(data)), image_max_bytes=1_000_000)
    [violation] = refused.value.violations
    assert greek(violation.allowed) == "έγγραφο έως 268.435.456 byte (δηλώνει 300.000.000)"
    assert str(violation.allowed) == (
        "a document of at most 268,435,456 bytes (it says 300,000,000)"
    )


def test_what_the_json_reader_refuses_is_said_in_greek(greek: Renderer) -> None:
    place = first_refused('{"a": [1, NaN]}')
    assert place is not None
    assert greek(place.allowed) == "μόνο αριθμοί· τα NaN και Infinity δεν είναι JSON"
