"""A recall answers with every patient found, counted, and the first page read; the rest is
read a page at a time (`more`) or at once for a file (`whole`), without a new audit entry,
in the order the whole search gives, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

import pytest

from mesolog.domain.accounts import AccessDeniedError
from mesolog.domain.enums import Area, Role
from mesolog.domain.ids import PatientId, SessionId
from mesolog.reports.recall_data import RecallQuery, RecallResult
from mesolog.services.clinic import Clinic
from mesolog.services.recall import RecallService
from mesolog.services.recall_files import RecallFiles, recall_csv
from mesolog.services.recall_reading import found_page, patients_read
from tests.services.conftest import Maker

REASON = "Manufacturer notice 2026-14"
PASSWORD = "a long enough password"
LOT = RecallQuery(lot="L2409-17")


def _signed(make: Maker, patient_id: PatientId, day: int, lot: str = "L2409-17") -> SessionId:
    line = make.needle_line(Area.CHEEKS, products=(make.product(lot_number=lot),))
    session = make.draft(patient_id, performed_at=make.at(2, day), treatments=(line,))
    return make.clinic.sessions.sign(session.id).id


def _five(make: Maker) -> list[str]:
    """Five patients given the lot (Dimou twice), one given another lot; their family
    names in the order a recall lists them."""
    names = ["Ekonomou", "Andreou", "Dimou", "Christou", "Bakirtzi"]
    for number, name in enumerate(names):
        patient = make.patient(family_name=name, record_number=f"MC-{number:04d}")
        _signed(make, patient.id, 3 + number)
        if name == "Dimou":
            _signed(make, patient.id, 20)
    _signed(make, make.patient(family_name="Aaron", record_number="MC-0099").id, 3, lot="X-1")
    return sorted(names)


def _names(result: RecallResult) -> list[str]:
    return [patient.family_name for patient in result.patients]


def test_the_first_page_comes_counted_and_the_rest_is_read_in_the_same_order(
    backend_maker: Maker,
) -> None:
    order = _five(backend_maker)
    recall = RecallService(backend_maker.clinic.context)
    everything = recall.search(LOT, reason=REASON, read=100)
    assert everything.complete and _names(everything) == order

    first = recall.search(LOT, reason=REASON, read=2)
    assert (first.patient_count, first.session_count, first.complete) == (5, 6, False)
    assert _names(first) == order[:2]
    second = recall.more(first, 2)
    assert _names(second) == order[:4] and not second.complete
    assert second.patients[:2] == first.patients
    last = recall.more(second, 2)
    assert last.complete and last.patients == everything.patients
    assert recall.more(last, 2) is last
    assert recall.whole(first).patients == everything.patients
    audit = backend_maker.clinic.audit.entries()
    entries = [entry.detail for entry in audit if entry.action == "recall"]
    assert len(entries) == 2, "reading the rest of a search writes no new entry"
    assert all("5 patients" in detail for detail in entries)


def test_the_days_are_counted_and_read_at_each_sessions_own_offset(backend_maker: Maker) -> None:
    make = backend_maker
    patient = make.patient(family_name="Andreou")
    # 00:30 on 1 February in Athens (UTC+2) is still 31 January in UTC.
    line = make.needle_line(Area.CHEEKS, products=(make.product(lot_number="L-1"),))
    session = make.draft(patient.id, performed_at=make.at(2, 1, 0, 30), treatments=(line,))
    make.clinic.sessions.sign(session.id)
    recall = RecallService(make.clinic.context)
    february = RecallQuery(lot="L-1", from_date=dt.date(2026, 2, 1))
    found = recall.search(february, reason=REASON, read=0)
    assert (found.patient_count, found.session_count, found.patients) == (1, 1, ())
    [read] = recall.more(found).patients
    assert [s.performed_on for s in read.sessions] == [dt.date(2026, 2, 1)]
    january = RecallQuery(lot="L-1", to_date=dt.date(2026, 1, 31))
    assert recall.search(january, reason=REASON).patient_count == 0


def test_a_page_read_later_holds_the_records_as_they_are_then_none_twice_or_skipped(
    clinic: Clinic, make: Maker
) -> None:
    anna = make.patient(family_name="Andreou")
    bella = make.patient(family_name="Bakirtzi")
    dora = make.patient(family_name="Dimou")
    _signed(make, anna.id, 3)
    voided = _signed(make, bella.id, 4)
    _signed(make, dora.id, 5)
    recall = RecallService(clinic.context)
    first = recall.search(LOT, reason=REASON, read=1)
    assert (_names(first), first.patient_count) == (["Andreou"], 3)
    clinic.sessions.void(voided, reason="wrong patient")
    _signed(make, make.patient(family_name="Christou").id, 6)
    _signed(make, anna.id, 7)  # before the place where the next page starts
    rest = recall.more(first)
    assert _names(rest) == ["Andreou", "Christou", "Dimou"]
    assert [len(p.sessions) for p in rest.patients] == [1, 1, 1]
    assert rest.complete and rest.patient_count == 3
    whole = recall.whole(first)
    assert _names(whole) == ["Andreou", "Christou", "Dimou"]
    assert [len(p.sessions) for p in whole.patients] == [2, 1, 1], "searched again whole"
    assert (whole.patient_count, whole.session_count) == (3, 4)


def test_a_file_is_searched_again_whole_so_a_renamed_patient_is_neither_lost_nor_twice(
    clinic: Clinic, make: Maker
) -> None:
    first_name, *_ = _five(make)
    recall = RecallService(clinic.context)
    first = recall.search(LOT, reason=REASON, read=2)
    [andreou, bakirtzi] = first.patients
    clinic.patients.update(
        bakirtzi.id,
        replace(clinic.patients.get(bakirtzi.id).details, family_name="Zeta"),
        read=clinic.patients.get(bakirtzi.id),
    )
    dimou = next(p for p in recall.whole(first).patients if p.family_name == "Dimou")
    clinic.patients.update(
        dimou.id,
        replace(clinic.patients.get(dimou.id).details, family_name="Aaron"),
        read=clinic.patients.get(dimou.id),
    )
    whole = recall.whole(first)
    assert _names(whole) == ["Aaron", "Andreou", "Christou", "Ekonomou", "Zeta"]
    assert first_name == andreou.family_name


def test_a_file_is_written_from_every_patient_found_not_the_page_read(
    clinic: Clinic, make: Maker, tmp_path: Path
) -> None:
    order = _five(make)
    recall = RecallService(clinic.context)
    first = recall.search(LOT, reason=REASON, read=1)
    with pytest.raises(ValueError, match="every patient found"):
        recall_csv(first)
    target = tmp_path / "recall.csv"
    RecallFiles(clinic.context).write_csv(first, target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert sorted({row["Family name"] for row in rows}) == order
    assert len(rows) == 6
    letters = RecallFiles(clinic.context).letter_data(first, text="Please call us.")
    assert letters.result.complete and _names(letters.result) == order


def test_an_account_that_may_no_longer_search_reads_no_further_page(
    clinic: Clinic, make: Maker
) -> None:
    _five(make)
    clinic.accounts.create_first_admin("admin", "Dr Admin", PASSWORD)
    clinic.log_in("admin", PASSWORD)
    clinic.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    first = clinic.recall.search(LOT, reason=REASON, read=1)
    clinic.log_in("nurse", PASSWORD)
    with pytest.raises(AccessDeniedError, match="may not search"):
        clinic.recall.more(first)


def test_a_patient_none_of_whose_sessions_match_any_more_is_not_read(
    clinic: Clinic, make: Maker
) -> None:
    """What PostgreSQL shows between two statements when a session is voided meanwhile."""
    anna = make.patient(family_name="Andreou")
    voided = _signed(make, anna.id, 3)
    _signed(make, make.patient(family_name="Bakirtzi").id, 4)
    with clinic.context.db.read() as s:
        page = found_page(s, LOT, after=None, limit=None)
    clinic.sessions.void(voided, reason="wrong patient")
    with clinic.context.db.read() as s:
        read = patients_read(s, LOT, page.ids)
    assert [p.family_name for p in read] == ["Bakirtzi"]
