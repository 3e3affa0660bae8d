"""A streamed import's batches written by a thread of their own on SQLite
(persistence.deferred_writes, services.transfer_stream_import): the records the whole-file
path writes without it, and a statement the database refuses there failing the import with
nothing written. Batches of 3 patients, so that the demo clinic's export is several."""

from __future__ import annotations

import io
import traceback

import pytest
from sqlalchemy import text

from mesolog.domain.errors import KnownError
from mesolog.persistence import deferred_writes
from mesolog.services import transfer_stream_import
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_export import ExportService
from mesolog.services.transfer_import import ImportService
from mesolog.services.transfer_stream_import import read_whole
from tests.services.transfer_support import Document, document_bytes


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transfer_stream_import, "BATCH", 3)


def _handed_over(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the batches handed to a writing thread."""
    handed: list[int] = []
    end_batch = deferred_writes.DeferredWrites.end_batch

    def counted(writes: deferred_writes.DeferredWrites) -> None:
        handed.append(1)
        end_batch(writes)

    monkeypatch.setattr(deferred_writes.DeferredWrites, "end_batch", counted)
    return handed


def _as_exported(clinic: Clinic) -> Document:
    document = ExportService(clinic.context).export_document()
    for when in ("exported_at", "chain_anchor"):
        document.pop(when, None)
    return document


@pytest.mark.sqlite_only("on PostgreSQL a batch is written at once, as by the whole-file path")
def test_batches_written_by_the_thread_are_the_records_the_whole_file_path_writes(
    demo_document: Document, clinic: Clinic, empty: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = document_bytes(demo_document)
    handed = _handed_over(monkeypatch)
    streamed = ImportService(clinic.context).import_bytes(data)
    assert len(handed) >= len(demo_document["patients"]) // 3
    whole = read_whole(lambda: io.BytesIO(data), now=empty.context.now())
    assert ImportService(empty.context).import_checked(whole) == streamed
    assert _as_exported(clinic) == _as_exported(empty)
    for imported in (clinic, empty):
        verified = imported.audit.verify(full=True)
        assert verified.first_break is None
        assert not verified.changed_records and not verified.unaudited_records


@pytest.mark.sqlite_only("the refusing trigger is SQLite's")
def test_a_statement_refused_in_the_thread_fails_the_import_and_writes_nothing(
    demo_document: Document, clinic: Clinic
) -> None:
    """A trigger refuses the product uses once a few are stored: a later batch's insert,
    run by the writing thread, fails. The import fails with the database's refusal, which
    names no patient, and nothing of the file is stored."""
    with clinic.context.db.write() as s:
        s.execute(
            text(
                "CREATE TRIGGER refused_for_the_test BEFORE INSERT ON product_uses "
                "WHEN (SELECT count(*) FROM product_uses) >= 12 "
                "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
            )
        )
    before = _as_exported(clinic)
    with pytest.raises(KnownError) as refused:
        ImportService(clinic.context).import_bytes(document_bytes(demo_document))
    assert _as_exported(clinic) == before
    assert clinic.patients.count() == 0
    told = "".join(traceback.format_exception(refused.value))
    assert "refused for the test" in told
    for patient in demo_document["patients"]:
        assert patient["family_name"] not in told
    assert clinic.audit.verify(full=True).first_break is None
