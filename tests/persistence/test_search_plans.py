"""How the patient lists' statements run (docs/scale-plan.md §2.2, §2.7): a broad word walks
the name index and stops at the page, a rare word drives from its index terms, the Due list
reads its date index; none sorts every match. Both plans find the same patients in the same
order, on SQLite and PostgreSQL.

The plans are those of `EXPLAIN QUERY PLAN` on a small clinic: without `ANALYZE` (mesolog
runs none) SQLite plans from the schema alone, so a clinic of 50,000 plans alike. Which
words count as broad is `patient_search.BROAD` terms; the tests lower it to make the words
of a small clinic broad.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, update

from mesolog.domain.enums import PatientOrder
from mesolog.domain.records import PatientInput
from mesolog.persistence import patient_search
from mesolog.persistence.database import Database
from mesolog.persistence.models import PatientRow
from mesolog.services.clinic import Clinic
from tests.conftest import FixedClock

pytestmark = pytest.mark.sqlite_only("reads SQLite's query plans")

FAMILIES = ("Markou", "Martin", "Μαργαρίτη", "Novak", "Μαρκόπουλος", "Nunez", "Mavros")
GIVEN = ("Maria", "Μαρία", "Nikos", "Anna", "Μάρκος")
Statement = tuple[str, Any]


@pytest.fixture(params=["sqlite", "postgresql"])
def either(request: pytest.FixtureRequest, db_path: Path, clock: FixedClock) -> Iterator[Clinic]:
    where = str(db_path) if request.param == "sqlite" else request.getfixturevalue("postgresql_url")
    with Clinic.open(where, actor="tester", clock=clock) as clinic:
        yield clinic


def fill(clinic: Clinic) -> None:
    """35 patients, each family name with each given name, numbered MC-0001 on, phones
    +30 6941… ; a few due."""
    today = clinic.context.today()
    for number in range(35):
        clinic.patients.create(
            PatientInput(
                FAMILIES[number % len(FAMILIES)],
                GIVEN[number // len(FAMILIES)],
                dt.date(1960, 1, 1) + dt.timedelta(days=397 * number),
                record_number=f"MC-{number + 1:04d}",
                phone=f"+30 6941 {number:06d}",
            )
        )
    ids = [p.id for p in clinic.patients.search("", limit=None)][::4]
    with clinic.context.db.write() as s:  # the date is derived, out of every digest
        for offset, patient in enumerate(ids):
            due = today + dt.timedelta(days=10 - 3 * offset)
            s.execute(update(PatientRow).where(PatientRow.uuid == patient).values(next_due_on=due))


@pytest.fixture
def filled(clinic: Clinic) -> Clinic:
    fill(clinic)
    return clinic


def issued(db: Database, read: Callable[[Any], object]) -> list[Statement]:
    """The statements `read` sends, with their parameters."""
    seen: list[Statement] = []

    def remember(_c: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        with db.read() as s:
            read(s)
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    return seen


def plan(db: Database, statement: Statement) -> str:
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement[0]}", statement[1])
        return " | ".join(str(row[-1]) for row in rows)


def lists_patients(statement: Statement) -> bool:
    """A statement that reads patients by the search's words (not the probes of the
    terms, nor the record number's own look-up)."""
    text = statement[0]
    return "FROM patients" in text and "record_key =" not in text


@pytest.mark.parametrize("query", ["m", "ma mar", "6941", "mc-00"])
def test_broad_words_walk_the_name_index_and_stop_at_the_page(
    filled: Clinic, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    monkeypatch.setattr(patient_search, "BROAD", 3)
    db = filled.context.db
    sent = issued(db, lambda s: patient_search.search_patients(s, query, limit=10))
    [page] = [plan(db, st) for st in sent if lists_patients(st)]
    assert "SCAN patients USING INDEX ix_patients_sort_key" in page, page
    assert "TEMP B-TREE" not in page, page
    assert "SCAN patient_search_terms" not in page, page

    sent = issued(db, lambda s: patient_search.count_patients(s, query, cap=10))
    [count] = [st for st in sent if lists_patients(st)]
    assert " LIMIT " in count[0], "the count stops past its cap"
    assert "TEMP B-TREE" not in plan(db, count)


@pytest.mark.parametrize("query", ["novak", "μαργ ma", "mc-0012"])
def test_a_rare_word_drives_from_its_terms(filled: Clinic, query: str) -> None:
    db = filled.context.db
    sent = issued(db, lambda s: patient_search.search_patients(s, query, limit=10))
    [page] = [plan(db, st) for st in sent if lists_patients(st)]
    assert "SEARCH patient_search_terms USING INDEX ix_patient_search_terms_term" in page, page
    assert "SEARCH patients USING INTEGER PRIMARY KEY" in page, page
    assert "SCAN patients" not in page and "SCAN patient_search_terms" not in page, page


def test_the_due_list_reads_its_date_index(filled: Clinic) -> None:
    db = filled.context.db
    until = filled.context.today()
    for read in (
        lambda s: patient_search.due_patients(s, until, limit=10),
        lambda s: patient_search.count_due(s, until),
    ):
        [statement] = [st for st in issued(db, read) if "FROM patients" in st[0]]
        found = plan(db, statement)
        assert "SEARCH patients USING INDEX ix_patients_next_due_on" in found, found
        assert "SCAN patients" not in found, found


QUERIES = ["", "m", "ma", "μαρ", "μαρια ma", "novak", "6941 00001", "mc-0012", "mc12", "xyz"]


def test_both_plans_find_the_same_patients_in_the_same_order(
    either: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(either)
    found: dict[int, list[list[str]]] = {}
    for broad in (1, 10_000):
        monkeypatch.setattr(patient_search, "BROAD", broad)
        found[broad] = [
            [
                p.record_number
                for offset in (0, 4, 8)
                for p in either.patients.search(query, limit=4, offset=offset, order=order)
            ]
            for query in QUERIES
            for order in (PatientOrder.NAME, PatientOrder.DATE_OF_BIRTH)
        ]
        counts = [either.patients.count(query) for query in QUERIES]
        assert counts == [len(either.patients.search(q, limit=None)) for q in QUERIES]
        assert counts[0] == 35 and counts[-1] == 0 and 0 < counts[5] < 35, counts
    assert found[1] == found[10_000]


def test_the_record_number_typed_comes_first(filled: Clinic) -> None:
    """MC-0003 is Μαργαρίτη's: by name it comes after the Latin names."""
    typed = [p.record_number for p in filled.patients.search("mc 3", limit=None)]
    assert typed[0] == "MC-0003"
    assert "MC-0003" not in typed[1:] and len(typed) > 1
    by_words = [p.record_number for p in filled.patients.search("3", limit=None)]
    assert by_words.index("MC-0003") > 0
    assert filled.patients.count("mc 3") == len(typed)


def test_a_count_stops_past_its_cap(filled: Clinic) -> None:
    patients = filled.patients
    assert [patients.count("m", cap=cap) for cap in (5, 34, 35, None)] == [6, 35, 35, 35]
    assert patients.count("mc12", cap=0) == 1, "the record number's patient alone"


def test_a_page_with_its_count_is_the_search_and_the_count_apart(
    either: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(either)
    patients = either.patients
    for broad in (1, 10_000):
        monkeypatch.setattr(patient_search, "BROAD", broad)
        for query in QUERIES:
            for limit, cap, order in (
                (1, 10, PatientOrder.NAME),
                (4, 10, PatientOrder.DATE_OF_BIRTH),
                (4, 2, PatientOrder.NAME),
                (40, 10, PatientOrder.NAME),
                (40, None, PatientOrder.DATE_OF_BIRTH),
            ):
                found = patients.search_counted(
                    query, limit=limit, cap=cap, order=order, descending=True
                )
                page = patients.search(query, limit=limit, order=order, descending=True)
                assert found.patients == page, (broad, query, limit)
                counted = patients.count(query, cap=cap)
                assert found.count == counted, (broad, query, limit, cap)


def test_a_page_with_its_count_probes_each_word_once(filled: Clinic) -> None:
    probes: list[str] = []

    def remember(_c: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if "patient_search_terms" in statement and "patients." not in statement:
            probes.append(statement)  # how many terms a word begins: nothing of patients

    event.listen(filled.context.db.engine, "before_cursor_execute", remember)
    try:
        found = filled.patients.search_counted("ma 69", limit=3, cap=10)
    finally:
        event.remove(filled.context.db.engine, "before_cursor_execute", remember)
    assert (len(found.patients), found.count) == (3, 11)
    assert len(probes) == 2, probes
