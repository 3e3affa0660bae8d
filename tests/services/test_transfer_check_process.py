"""A large document imported while a second process checks it
(services.transfer_check_process): the same records as the one-process import, the same
refusals with nothing written, the one-process way whenever the check cannot vouch for the
bytes written. PARALLEL_FROM is set to 0 so that the demo clinic's export counts as large."""

from __future__ import annotations

import copy
import datetime as dt
import multiprocessing
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mesolog.domain.errors import ValidationError
from mesolog.persistence.base import Base
from mesolog.services import transfer_stream, transfer_stream_import
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_check_process import FileCheck, Unconfirmed
from mesolog.services.transfer_export import ExportService
from mesolog.services.transfer_import import Cancelled, ImportService, read_clinic_file
from mesolog.services.transfer_stream import read_streamed
from tests.services.transfer_support import Document, document_bytes, mutated

NOW = dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.UTC)
CHECK = "mesolog check"
"""The second process's name."""


@pytest.fixture(autouse=True)
def every_document_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transfer_stream_import, "PARALLEL_FROM", 0)


@pytest.fixture
def export(tmp_path: Path, demo_document: Document) -> Path:
    path = tmp_path / "export.json"
    path.write_bytes(document_bytes(demo_document))
    return path


def _checking() -> bool:
    return any(child.name == CHECK for child in multiprocessing.active_children())


def _rows(clinic: Clinic) -> dict[str, list[str]]:
    """Every row of every table, in a stable order."""
    with clinic.context.db.read() as s:
        return {
            table.name: sorted(repr(tuple(row)) for row in s.execute(select(table)))
            for table in Base.metadata.sorted_tables
        }


def _as_exported(clinic: Clinic) -> Document:
    document = ExportService(clinic.context).export_document()
    for when in ("exported_at", "chain_anchor"):
        document.pop(when, None)
    return document


def _refused_as_checked_first(
    clinic: Clinic, data: bytes, tmp_path: Path, heard: list[tuple[int, int]] | None = None
) -> ValidationError:
    """Imports `data` from a file: refused with the violations of the whole file's check,
    and every row of the database as it was."""
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with pytest.raises(ValidationError) as whole:
        read_clinic_file(data, now=NOW)
    before = _rows(clinic)
    progress = None if heard is None else lambda *r: heard.append(r)
    with pytest.raises(ValidationError) as imported:
        ImportService(clinic.context).import_file(path, progress=progress)
    assert imported.value.violations == whole.value.violations
    assert _rows(clinic) == before
    assert not _checking()
    return imported.value


def test_a_large_document_is_checked_by_a_second_process_and_imported_as_one_process_would(
    clinic: Clinic, empty: Clinic, export: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[tuple[int, int, bool]] = []
    report = ImportService(clinic.context).import_file(
        export, progress=lambda done, total: heard.append((done, total, _checking()))
    )
    assert heard[0] == (0, 0, True)  # the check under way while the file is read to write
    assert not _checking()  # and ended with the import
    patients = report.patients_added
    assert [(done, total) for done, total, _ in heard[-patients - 1 :]] == [
        (done, patients) for done in range(patients + 1)
    ]
    monkeypatch.setattr(transfer_stream_import, "PARALLEL_FROM", 1 << 40)
    assert ImportService(empty.context).import_file(export) == report
    assert _as_exported(clinic) == _as_exported(empty)
    verified = clinic.audit.verify(full=True)
    assert verified.first_break is None
    assert not verified.changed_records and not verified.unaudited_records


@pytest.mark.parametrize(
    "how",
    [
        "schema in two patients and the head",
        "an id a later patient repeats",
        "records in two patients",
        "rules hide the records'",
    ],
)
def test_a_refusal_is_the_one_process_checks_and_leaves_the_database_as_it_was(
    clinic: Clinic, demo_document: Document, tmp_path: Path, how: str
) -> None:
    _refused_as_checked_first(
        clinic, document_bytes(mutated(demo_document, how, now=NOW)), tmp_path
    )


def test_a_file_that_breaks_the_writing_is_refused_by_the_check_without_its_text(
    clinic: Clinic, demo_document: Document, tmp_path: Path
) -> None:
    """A session's time the writer cannot read fails it mid-way, before the check has
    judged: the import says what the check says, and the writer's error, which quotes the
    file's text, is not chained to it."""
    bad = copy.deepcopy(demo_document)
    secret = "Maria Papadopoulou"
    bad["patients"][-1]["sessions"][0]["performed_at"] = secret
    refused = _refused_as_checked_first(clinic, document_bytes(bad), tmp_path)
    assert secret not in "".join(traceback.format_exception(refused))


def test_a_patient_the_writer_cannot_read_ids_from_is_checked_first(
    clinic: Clinic, demo_document: Document, tmp_path: Path
) -> None:
    bad = copy.deepcopy(demo_document)
    bad["patients"][2]["id"] = "not an id"
    heard: list[tuple[int, int]] = []
    _refused_as_checked_first(clinic, document_bytes(bad), tmp_path, heard)
    assert heard[:4] == [(0, 0), (1, 0), (2, 0), (0, 0)]  # read to the third, then checked


def test_a_cancel_while_writing_stops_the_check_and_writes_nothing(
    clinic: Clinic, export: Path
) -> None:
    before = _rows(clinic)
    heard: list[tuple[int, int]] = []

    def cancelled() -> bool:
        done, total = heard[-1]
        return total > 0 and done == 2

    with pytest.raises(Cancelled):
        ImportService(clinic.context).import_file(
            export, progress=lambda *r: heard.append(r), cancelled=cancelled
        )
    assert heard[-1][0] == 2 and heard[-1][1] > 0
    assert not _checking()
    assert _rows(clinic) == before


def test_a_file_changed_while_it_is_written_is_imported_the_one_process_way(
    clinic: Clinic, demo_document: Document, export: Path
) -> None:
    fewer = copy.deepcopy(demo_document)
    del fewer["patients"][-3:]
    written = len(demo_document["patients"])

    def progress(done: int, total: int) -> None:
        if (done, total) == (0, written):
            export.write_bytes(document_bytes(fewer))

    report = ImportService(clinic.context).import_file(export, progress=progress)
    assert report.patients_added == len(fewer["patients"])
    assert len(clinic.patients.search("")) == len(fewer["patients"])


@pytest.fixture
def check_of() -> Iterator[Any]:
    started: list[FileCheck] = []

    def start(path: Path, cancelled: Any = None) -> FileCheck:
        started.append(FileCheck(path, NOW, cancelled))
        return started[-1]

    yield start
    for check in started:
        check.stop()


def test_the_check_confirms_only_the_bytes_it_accepted(export: Path, check_of: Any) -> None:
    sha256 = read_streamed(lambda: export.open("rb"), now=NOW).sha256
    check = check_of(export)
    check.confirm(sha256)
    assert check.accepted(sha256)
    assert not check.accepted("0" * 64)
    with pytest.raises(Unconfirmed):
        check.confirm("0" * 64)


@pytest.mark.parametrize("what", ["no file", "a version 1 document"])
def test_a_check_that_cannot_judge_the_file_confirms_nothing(
    tmp_path: Path, check_of: Any, what: str
) -> None:
    path = tmp_path / "missing.json"
    if what == "a version 1 document":
        path.write_bytes(b'{"version": 1, "patients": []}')
    check = check_of(path)
    with pytest.raises(Unconfirmed):
        check.confirm("")
    with pytest.raises(Unconfirmed):
        check.raise_unless_accepting("")


def test_a_check_whose_process_is_killed_confirms_nothing(export: Path, check_of: Any) -> None:
    sha256 = read_streamed(lambda: export.open("rb"), now=NOW).sha256
    check = check_of(export)
    (process,) = [child for child in multiprocessing.active_children() if child.name == CHECK]
    process.kill()
    with pytest.raises(Unconfirmed):
        check.confirm(sha256)


def test_a_cancel_while_the_verdict_is_awaited_stops_waiting(tmp_path: Path, check_of: Any) -> None:
    check = check_of(tmp_path / "missing.json", lambda: True)
    with pytest.raises(Cancelled):
        check.confirm("")


def _repeated(document: Document, key: str, added: str) -> bytes:
    """The document with the last patient's last `key` given again, `added` its value."""
    text = document_bytes(document).decode()
    at = text.rindex(f'"{key}": ')
    end = text.index(",", at)
    return f'{text[:end]}, "{key}": {added}{text[end:]}'.encode()


@pytest.mark.parametrize(
    ("key", "added"),
    [("performed_at", '"Maria Papadopoulou"'), ("volume_ml", "NaN")],
    ids=["a repeated key", "NaN"],
)
def test_what_the_check_reads_whole_is_refused_as_one_process_refuses_it(
    clinic: Clinic, demo_document: Document, tmp_path: Path, key: str, added: str
) -> None:
    """The writer takes a repeated key (the last value) or NaN as json reads it and fails
    on what it wrote; the check cannot judge such a file as a stream, so the file goes the
    one-process way, whose refusal never quotes the text."""
    refused = _refused_as_checked_first(clinic, _repeated(demo_document, key, added), tmp_path)
    assert "Maria" not in "".join(traceback.format_exception(refused))


def test_a_head_changed_before_the_patients_are_read_is_not_written(
    clinic: Clinic,
    demo_document: Document,
    export: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The writer reads the head apart from the bytes it hashes: a file replaced in between
    (a folder synchronised, say) must not have the head it no longer holds written under
    the other version's SHA-256."""
    ghost = copy.deepcopy(demo_document)
    ghost["catalogue"]["products"][0]["name"] = "Ghost product"
    export.write_bytes(document_bytes(ghost))
    read = transfer_stream.read_head

    def read_then_replaced(opener: Any) -> Any:
        head = read(opener)
        export.write_bytes(document_bytes(demo_document))
        return head

    monkeypatch.setattr(transfer_stream, "read_head", read_then_replaced)
    ImportService(clinic.context).import_file(export)
    assert not any("Ghost product" in row for row in _rows(clinic)["products"])


@pytest.mark.parametrize("judged", ["refused", "to be read whole"])
def test_a_verdict_other_than_accepting_stops_the_writing_at_the_next_batch(
    clinic: Clinic,
    demo_document: Document,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    judged: str,
) -> None:
    """Refused, the import says so; to be read whole (a repeated key in a later patient),
    it goes the one-process way, which refuses the file before writing any of it."""
    monkeypatch.setattr(transfer_stream_import, "BATCH", 5)
    patients = len(demo_document["patients"])

    def progress(done: int, total: int) -> None:
        heard.append((done, total))
        if (done, total) == (1, patients):  # the check ends, its refusal sent
            deadline = time.monotonic() + 60
            while _checking() and time.monotonic() < deadline:
                time.sleep(0.05)

    heard: list[tuple[int, int]] = []
    if judged == "refused":
        bad = document_bytes(mutated(demo_document, "records in two patients", now=NOW))
    else:
        bad = _repeated(demo_document, "family_name", '"X"')
    refused = _refused_as_checked_first(clinic, bad, tmp_path, heard=None)
    path = tmp_path / "bad.json"
    with pytest.raises(ValidationError) as stopped:
        ImportService(clinic.context).import_file(path, progress=progress)
    assert stopped.value.violations == refused.violations
    # The first batch of 5 (of 40) written, then the verdict heard before its progress.
    assert max(done for done, total in heard if total) == 4


def test_the_check_process_starts_without_the_database_layer() -> None:
    """The second process imports what checking needs and no more: SQLAlchemy was 0.3 s and
    35 MB of its start."""
    code = "import sys, mesolog.services.transfer_check_process; print('sqlalchemy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
