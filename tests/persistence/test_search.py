"""Patient search: case- and accent-insensitive in any script, through the term index."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import event

from mesolog.domain.records import PatientInput
from mesolog.persistence import patient_search
from mesolog.services.clinic import Clinic

PEOPLE = [
    ("Καρμίρης", "Νικόλαος", "MC-0001", "+30 694 412 3456"),
    ("Παπαδοπούλου", "Ελένη", "MC-0002", ""),
    ("Müller", "Jürgen", "", "+49 30 555 0102"),
    ("Østergård", "Søren", "DK-77", ""),
    ("Ibáñez García", "Sofía", "", ""),
]


@pytest.fixture
def people(clinic: Clinic) -> Clinic:
    for family, given, number, phone in PEOPLE:
        clinic.patients.create(
            PatientInput(family, given, dt.date(1980, 1, 1), record_number=number, phone=phone)
        )
    return clinic


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("καρμιρης", ["Καρμίρης"]),
        ("ΚΑΡΜΙΡΗΣ", ["Καρμίρης"]),
        ("Καρμίρης", ["Καρμίρης"]),
        ("καρμ", ["Καρμίρης"]),
        ("ελενη παπ", ["Παπαδοπούλου"]),
        ("muller", ["Müller"]),
        ("MÜLLER", ["Müller"]),
        ("jurgen", ["Müller"]),
        ("ostergard", ["Østergård"]),
        ("østergård", ["Østergård"]),
        ("garcia", ["Ibáñez García"]),
        ("ibanez sofia", ["Ibáñez García"]),
        ("mc-0002", ["Παπαδοπούλου"]),
        ("0001", ["Καρμίρης"]),
        ("dk-77", ["Østergård"]),
        ("3456", ["Καρμίρης"]),
        ("694 412", ["Καρμίρης"]),
        ("0102", ["Müller"]),
        ("nobody", []),
        ("mc1", ["Καρμίρης"]),
        ("mc2", ["Παπαδοπούλου"]),
        ("MC 02", ["Παπαδοπούλου"]),
        ("mc0002", ["Παπαδοπούλου"]),
        ("mc-0003", []),
        ("dk 0077", ["Østergård"]),
        ("77", ["Østergård"]),
    ],
)
def test_search_finds(people: Clinic, query: str, expected: list[str]) -> None:
    assert [p.family_name for p in people.patients.search(query)] == expected


def test_empty_search_lists_everyone_in_name_order(people: Clinic) -> None:
    names = [p.family_name for p in people.patients.search("")]
    assert names == ["Ibáñez García", "Müller", "Østergård", "Καρμίρης", "Παπαδοπούλου"]


@pytest.mark.sqlite_only("reads SQLite's query plan")
def test_search_uses_the_term_index(people: Clinic) -> None:
    db = people.context.db
    seen: list[tuple[str, Any]] = []

    def remember(_c: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "patient_search_terms" in statement:
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        with db.read() as s:
            patient_search.search_patients(s, "καρμ", limit=10)
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    statement, parameters = seen[0]
    with db.engine.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    details = " | ".join(str(row[-1]) for row in plan)
    assert "ix_patient_search_terms_term" in details
    assert "SCAN patient_search_terms" not in details


@pytest.mark.parametrize("number", ["MC-0012", "MC-12", "mc 0012", "MC/0012"])
@pytest.mark.parametrize("query", ["mc12", "MC 12", "mc0012", "MC-0012", "M.C.-012", "12"])
def test_a_record_number_is_found_however_either_is_typed(
    clinic: Clinic, number: str, query: str
) -> None:
    clinic.patients.create(PatientInput("Ρήγα", "Ελένη", dt.date(1980, 1, 1), record_number=number))
    clinic.patients.create(PatientInput("Λάμπρου", "Νίκος", dt.date(1980, 1, 1), phone="2101200"))
    clinic.patients.create(PatientInput("Ζήση", "Άννα", dt.date(1980, 1, 1), record_number="MC-13"))
    expected = ["Λάμπρου", "Ρήγα"] if query == "12" else ["Ρήγα"]
    assert [p.family_name for p in clinic.patients.search(query)] == expected
    assert clinic.patients.count(query) == len(expected)


def test_the_digits_with_their_zeros_find_a_number_that_has_them(clinic: Clinic) -> None:
    clinic.patients.create(
        PatientInput("Ρήγα", "Ελένη", dt.date(1980, 1, 1), record_number="MC-0012")
    )
    assert [p.family_name for p in clinic.patients.search("0012")] == ["Ρήγα"]
    assert [p.family_name for p in clinic.patients.search("0013")] == []
