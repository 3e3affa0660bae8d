"""A document imported as a stream (services.transfer_stream*): memory that does not hold the
file, and the same refusals, with the same paths, as the whole file's check."""

from __future__ import annotations

import copy
import datetime as dt
import gc
import io
import json
import locale
import re
import tracemalloc
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mesolog.domain.errors import ValidationError
from mesolog.interchange.encoding import encode
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_import import Cancelled, ImportService, read_clinic_file
from mesolog.services.transfer_stream import read_streamed
from mesolog.services.transfer_stream_json import NotStreamable, PatientItems, read_head
from tests.services.transfer_support import (
    Document,
    charted_clinic,
    document_bytes,
    mutated,
)

NOW = dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.UTC)


def _opener(data: bytes) -> Any:
    return lambda: io.BytesIO(data)


def _copies(document: Document, times: int) -> Document:
    """The document with its patients `times` over, each copy with ids and record numbers of
    its own (the amendments naming their copy's sessions)."""
    grown = copy.deepcopy(document)
    grown["patients"] = []
    text = json.dumps(document["patients"])
    for n in range(times):
        patients = json.loads(_UUID.sub(lambda m, n=n: str(uuid.uuid5(_SPACE, f"{m[0]}{n}")), text))
        for patient in patients:
            patient["record_number"] = f"{patient.get('record_number', '')}-{n}"
        grown["patients"] += patients
    return grown


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SPACE = uuid.NAMESPACE_OID


def _whole_file_refusal(data: bytes) -> list[Any]:
    with pytest.raises(ValidationError) as refused:
        read_clinic_file(data, now=NOW)
    return refused.value.violations


def test_an_export_imports_as_a_stream_with_its_audit_chain(
    demo_document: Document, empty: Clinic
) -> None:
    data = document_bytes(demo_document)
    threshold = gc.get_threshold()
    streamed = read_streamed(_opener(data), now=NOW)
    assert streamed.patients == len(demo_document["patients"])
    report = ImportService(empty.context).import_bytes(data)
    assert gc.get_threshold() == threshold  # collecting less only while it imports
    assert report.patients_added == streamed.patients
    assert report.sessions_added == sum(len(p["sessions"]) for p in demo_document["patients"])
    verified = empty.audit.verify(full=True)
    assert verified.first_break is None
    assert not verified.changed_records and not verified.unaudited_records


def test_reading_holds_one_patient_at_a_time_not_the_file(demo_document: Document) -> None:
    """Reading a file of ~1,400 sessions twice (checked, then again) peaks well below the
    parsed tree alone, and no higher than a file of a quarter of its patients."""

    def peak(data: bytes) -> int:
        opener = _opener(data)
        tracemalloc.start()
        try:
            items = PatientItems(opener, read_head(opener))
            for _ in items:
                pass
            for _ in items.again():
                pass
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = (document_bytes(_copies(demo_document, n)) for n in (1, 4))
    tracemalloc.start()
    json.loads(large)
    tree = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak(large) < tree / 3
    assert peak(large) < 1.5 * peak(small)


@pytest.mark.parametrize(
    ("how", "places"),
    [
        ("schema in two patients and the head", 3),
        ("an id a later patient repeats", 2),
        ("records in two patients", 2),
        ("rules hide the records'", 1),
    ],
)
def test_refusals_across_patients_are_the_whole_files_and_write_nothing(
    demo_document: Document, empty: Clinic, how: str, places: int
) -> None:
    data = document_bytes(mutated(demo_document, how, now=NOW))
    expected = _whole_file_refusal(data)
    with pytest.raises(ValidationError) as streamed:
        read_streamed(_opener(data), now=NOW)
    assert streamed.value.violations == expected
    assert len({v.path.split(".")[0] for v in expected}) == places
    threshold = gc.get_threshold()
    with pytest.raises(ValidationError) as imported:
        ImportService(empty.context).import_bytes(data)
    assert imported.value.violations == expected
    assert empty.patients.search("") == []
    assert gc.get_threshold() == threshold


@pytest.mark.parametrize(
    "change",
    [
        (b'"family_name": "', b'"family_name": NaN, "x": "'),
        (b'"family_name": "', b'"family_name": "A", "family_name": "'),
        (b'"given_name": "', b'"given_name": "\\ud800'),
        (b'"given_name": "', b'"given_name": "\xff'),
        (b'"treatments": [', b'"treatments": [' + b"[" * 70 + b"]" * 70 + b","),
    ],
)
def test_what_the_stream_cannot_read_is_refused_as_the_whole_file_is(
    demo_document: Document, empty: Clinic, change: tuple[bytes, bytes]
) -> None:
    data = document_bytes(demo_document).replace(*change, 1)
    with pytest.raises(NotStreamable):
        read_streamed(_opener(data), now=NOW)
    expected = _whole_file_refusal(data)
    with pytest.raises(ValidationError) as imported:
        ImportService(empty.context).import_bytes(data)
    assert imported.value.violations == expected
    assert empty.patients.search("") == []


def test_a_member_after_the_patients_is_read_whole(demo_document: Document, empty: Clinic) -> None:
    moved = {key: value for key, value in demo_document.items() if key != "templates"}
    moved["templates"] = demo_document["templates"]
    data = document_bytes(moved)
    with pytest.raises(NotStreamable):
        read_streamed(_opener(data), now=NOW)
    report = ImportService(empty.context).import_bytes(data)
    assert report.patients_added == len(demo_document["patients"])


def test_a_file_changed_between_the_check_and_the_writing_is_read_again_whole(
    demo_document: Document, empty: Clinic, tmp_path: Path
) -> None:
    path = tmp_path / "clinic.json"
    path.write_bytes(document_bytes(demo_document))
    fewer = copy.deepcopy(demo_document)
    del fewer["patients"][-3:]

    def progress(done: int, total: int) -> None:
        if (done, total) == (0, len(demo_document["patients"])):
            path.write_bytes(document_bytes(fewer))

    report = ImportService(empty.context).import_file(path, progress=progress)
    assert report.patients_added == len(fewer["patients"])
    assert len(empty.patients.search("")) == len(fewer["patients"])


def test_checking_a_file_says_the_patients_read_and_stops_when_cancelled(
    demo_document: Document, empty: Clinic, tmp_path: Path
) -> None:
    """Pass 1 reads the whole file before anything is written: it says how far it is (the
    patients read, of a total not known yet: 0), then the writing says its own count; a
    Cancel while the file is checked stops it, with nothing written."""
    path = tmp_path / "export.json"
    path.write_bytes(document_bytes(demo_document))
    patients = len(demo_document["patients"])
    heard: list[tuple[int, int]] = []
    ImportService(empty.context).import_file(path, progress=lambda *r: heard.append(r))
    checking = [done for done, total in heard if total == 0]
    assert checking == list(range(patients))
    assert heard[len(checking) :][-1] == (patients, patients)

    def cancel_at_the_third() -> bool:
        return len(asked) == 3

    asked: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        ImportService(empty.context).import_file(
            path, progress=lambda *r: asked.append(r), cancelled=cancel_at_the_third
        )
    assert asked == [(0, 0), (1, 0), (2, 0)]


@pytest.fixture
def decimal_comma() -> Iterator[None]:
    """The C library's numbers in el_GR (a decimal comma), as a Greek workstation's window
    has them: Qt sets the process's locale from the environment."""
    before = locale.setlocale(locale.LC_NUMERIC)
    try:
        locale.setlocale(locale.LC_NUMERIC, "el_GR.UTF-8")
    except locale.Error:
        pytest.skip("no el_GR.UTF-8 locale here (tools/dev.sh test installs it)")
    try:
        yield
    finally:
        locale.setlocale(locale.LC_NUMERIC, before)


def test_numbers_are_read_the_same_in_a_locale_with_a_decimal_comma(
    demo_document: Document, decimal_comma: None
) -> None:
    """A reader that made its floats with the C library's strtod (ijson's did) follows the
    locale: in el_GR a depth of 1.5 mm was read as 1.0, in range and silently wrong (the el_GR
    run found it)."""
    data = document_bytes(demo_document)
    whole = read_clinic_file(data, now=NOW)
    streamed = read_streamed(_opener(data), now=NOW)
    assert list(streamed.bundles()) == list(whole.patients)
    depths = [
        line.technique.depth_mm
        for bundle in whole.patients
        for session in bundle.sessions
        for line in session.entry.treatments
        if getattr(line.technique, "depth_mm", None) is not None
    ]
    assert any(depth % 1 for depth in depths), "the demo has depths with a fraction"


@pytest.mark.parametrize("in_first_chunk", [4_301, 999, 500, 0])
def test_a_number_too_long_for_python_sends_the_file_to_be_read_whole(in_first_chunk: int) -> None:
    """json.loads refuses a whole number of more than 4,300 digits (Python will not make
    it); the stream stops before it, wherever the reading's chunks
    cut the number (it is read 64 KiB at a time), and the whole file's check refuses it with
    its place."""
    start = b'{"format": "", "patients": ['
    padding = b"x" * (1 << 16) if in_first_chunk < 4_301 else b""
    before = padding[: max(0, len(padding) - len(start) - in_first_chunk)]
    data = start[:12] + before + start[12:] + b"1" * 4_301 + b"]}"
    with pytest.raises(NotStreamable):
        read_streamed(_opener(data), now=NOW)


@pytest.mark.parametrize("cut", [-3, -1, 0, 1, 3])
def test_a_value_the_text_ends_inside_is_read_whole(cut: int) -> None:
    """The text is decoded 256 KiB at a time: a number it ends inside is read once the rest
    has come, not as the digits before the cut (its refusal names all of them)."""
    start = b'{"format": "mesolog", "version": 2, "patients": ['
    number = b"1234567.25"
    padding = b" " * ((1 << 18) - len(start) - len(number) // 2 + cut)
    data = start + padding + number + b"]}"
    expected = _whole_file_refusal(data)
    assert "1234567.25" in str(expected)
    with pytest.raises(ValidationError) as streamed:
        read_streamed(_opener(data), now=NOW)
    assert streamed.value.violations == expected


def test_each_pass_decodes_the_records_the_whole_file_holds(
    demo_document: Document, clinic: Clinic
) -> None:
    """The demo's export and one with charts and a line removed from a draft (voided): both
    passes' patients are the whole file's, which encode back to the document."""
    charted_clinic(clinic)
    for document in (demo_document, clinic.exports.export_document()):
        data = document_bytes(document)
        whole = read_clinic_file(data, now=NOW)
        streamed = read_streamed(_opener(data), now=NOW)
        assert tuple(streamed.bundles()) == whole.patients
        assert encode(whole) == document
    assert any(bundle.parts for bundle in whole.patients)
