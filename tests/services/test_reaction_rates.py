"""Reaction rates from a real clinic: signed, current sessions of the days asked only,
their parts as they are now, who may read them, and the CSV file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import stat
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from mesolog.domain.accounts import AccessDeniedError
from mesolog.domain.amendments import current
from mesolog.domain.enums import Area, ReactionKind, Role, SessionStatus, Severity
from mesolog.domain.errors import KnownError, ValidationError
from mesolog.domain.ids import PatientId
from mesolog.domain.reaction_rates import (
    Dimension,
    LineFacts,
    Lot,
    RateTable,
    ReactionChoice,
    ReactionFacts,
    SessionFacts,
    UsedProduct,
    rate_table,
)
from mesolog.domain.records import Reaction, Session
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.services.reaction_rates import ReactionRates, rates_csv
from tests.services.conftest import Maker

PASSWORD = "a long enough password"
MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 10))
"""The days most tests ask for: the Maker's sessions are on 10 March."""
REDNESS = Reaction(ReactionKind.REDNESS, Severity.MILD)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, clinic: Clinic) -> Iterator[Clinic]:
    if request.param == "sqlite":
        yield clinic
        return
    url = request.getfixturevalue("postgresql_url")
    with Clinic.open(url, actor="tester", clock=clinic.context.clock) as other:
        yield other


def signed(make: Maker, patient_id: PatientId, **overrides: object) -> Session:
    draft = make.draft(patient_id, **overrides)
    return make.clinic.sessions.sign(draft.id)


def counts(table: RateTable) -> dict[object, tuple[int, int]]:
    return {row.group: (row.rate.sessions, row.rate.with_reaction) for row in table.rows}


def by_product(
    clinic: Clinic, days: tuple[dt.date, dt.date] = MARCH
) -> dict[object, tuple[int, int]]:
    return counts(clinic.reaction_rates.rates(*days, by=Dimension.PRODUCT).table)


def with_product(make: Maker, name: str, lot: str = "L1") -> dict[str, object]:
    product = make.product(product_name=name, lot_number=lot)
    return {"treatments": (make.needle_line(products=(product,)),)}


def test_only_signed_current_sessions_count(backend: Clinic) -> None:
    clinic, make = backend, Maker(backend)
    patient = make.patient()
    signed(make, patient.id, performed_at=make.at(3, 2), **with_product(make, "Signed"))
    make.draft(patient.id, performed_at=make.at(3, 3), **with_product(make, "Draft"))
    voided = signed(make, patient.id, performed_at=make.at(3, 4), **with_product(make, "Voided"))
    clinic.sessions.void(voided.id, reason="wrong patient")
    original = signed(
        make, patient.id, performed_at=make.at(3, 5), **with_product(make, "Amended away")
    )
    corrected = replace(original.entry, reactions=(REDNESS,), **with_product(make, "Amendment"))
    amendment = clinic.sessions.amend(original.id, corrected, reason="product mistyped")
    assert by_product(clinic) == {"Signed": (1, 0), "Amendment": (1, 1)}
    again = replace(amendment.entry, **with_product(make, "Amended twice"))
    clinic.sessions.amend(amendment.id, again, reason="and again")
    assert by_product(clinic) == {"Signed": (1, 0), "Amended twice": (1, 1)}


def test_a_voided_patients_sessions_do_not_count(clinic: Clinic, make: Maker) -> None:
    kept, voided = make.patient(), make.patient(family_name="Duplicate")
    signed(make, kept.id, **with_product(make, "Kept"))
    signed(make, voided.id, **with_product(make, "Of a voided record"))
    clinic.patients.void(voided.id, reason="entered twice")
    assert by_product(clinic) == {"Kept": (1, 0)}


def test_the_days_are_the_sessions_own_days_first_and_last_included(backend: Clinic) -> None:
    clinic, make = backend, Maker(backend)
    patient = make.patient()
    tokyo = dt.timezone(dt.timedelta(hours=9))
    for name, moment in (
        ("Day before", make.at(2, 28, 23, 59)),
        ("First minute", make.at(3, 1, 0, 0)),
        ("Last minute", make.at(3, 9, 23, 59)),
        ("Day after in Tokyo", dt.datetime(2026, 3, 10, 6, 0, tzinfo=tokyo)),
        ("First day in Tokyo", dt.datetime(2026, 3, 1, 2, 0, tzinfo=tokyo)),
    ):
        signed(make, patient.id, performed_at=moment, **with_product(make, name))
    # Tokyo's 10 March 06:00 is 9 March in Athens, its 1 March 02:00 is 28 February
    assert set(by_product(clinic, (dt.date(2026, 3, 1), dt.date(2026, 3, 9)))) == {
        "First minute",
        "Last minute",
        "First day in Tokyo",
    }
    assert set(by_product(clinic, (dt.date(2026, 2, 28), dt.date(2026, 2, 28)))) == {"Day before"}


def test_lines_products_and_reactions_removed_before_signing_do_not_count(
    clinic: Clinic, make: Maker
) -> None:
    patient = make.patient()
    first = make.entry(
        reactions=(REDNESS,),
        treatments=(
            make.needle_line(
                Area.FOREHEAD,
                products=(make.product(product_name="Kept"), make.product(product_name="Removed")),
            ),
            make.pen_line(Area.CHEEKS, products=(make.product(product_name="Line removed"),)),
        ),
    )
    draft = clinic.sessions.create_draft(patient.id, first)
    kept = replace(
        first,
        reactions=(),
        treatments=(
            make.needle_line(Area.FOREHEAD, products=(make.product(product_name="Kept"),)),
        ),
    )
    saved = clinic.sessions.update_draft(draft.id, kept, read=draft)
    clinic.sessions.sign(saved.record.id)
    assert by_product(clinic) == {"Kept": (1, 0)}
    areas = clinic.reaction_rates.rates(*MARCH, by=Dimension.AREA).table
    assert counts(areas) == {Area.FOREHEAD: (1, 0)}


def test_a_reaction_kind_and_severity_are_counted_as_chosen(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    for severity in (Severity.MILD, Severity.MODERATE, None):
        reactions = () if severity is None else (Reaction(ReactionKind.BRUISING, severity),)
        signed(make, patient.id, reactions=reactions, **with_product(make, "P", " l1 "))
    rates = clinic.reaction_rates.rates(
        *MARCH, by=Dimension.LOT, reaction=ReactionChoice(ReactionKind.BRUISING, Severity.MODERATE)
    )
    assert counts(rates.table) == {Lot("P", "L1"): (3, 1)}
    assert (rates.first_day, rates.last_day) == MARCH
    assert rates.table.reaction == ReactionChoice(ReactionKind.BRUISING, Severity.MODERATE)


def test_the_last_day_may_not_come_before_the_first(clinic: Clinic) -> None:
    with pytest.raises(ValidationError, match="last_day"):
        clinic.reaction_rates.rates(dt.date(2026, 3, 9), dt.date(2026, 3, 1), by=Dimension.AREA)


def facts(session: Session) -> SessionFacts:
    """The oracle's way: the facts read from the whole record."""
    entry = session.entry
    return SessionFacts(
        entry.clinician,
        tuple(
            LineFacts(
                line.area,
                line.technique.kind,
                line.technique.depth_mm,
                tuple(UsedProduct(p.product_name, p.lot_number, p.solution) for p in line.products),
            )
            for line in entry.treatments
        ),
        tuple(ReactionFacts(r.kind, r.severity, r.area) for r in entry.reactions),
    )


def test_on_the_demo_clinic_the_rates_are_those_of_the_whole_records(clinic: Clinic) -> None:
    DemoService(clinic.context).fill()
    first, last = dt.date(2025, 9, 1), dt.date(2026, 2, 28)
    sessions = [
        s
        for p in clinic.patients.search("", limit=1000)
        for s in current(clinic.history.patient_history(p.id).sessions)
        if s.status is SessionStatus.SIGNED and first <= s.performed_on <= last
    ]
    assert len(sessions) > 100
    for dimension in Dimension:
        for choice in (ReactionChoice(), ReactionChoice(ReactionKind.REDNESS, Severity.MILD)):
            expected = rate_table([facts(s) for s in sessions], dimension, choice)
            found = clinic.reaction_rates.rates(first, last, by=dimension, reaction=choice)
            assert found.table == expected, (dimension, choice)
            assert expected.rows


# who may read them


@pytest.fixture
def staff(clinic: Clinic) -> Clinic:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    clinic.accounts.add("maria", "Maria", Role.ASSISTANT, PASSWORD)
    return clinic


@pytest.mark.parametrize("username", ["admin", "dr"])
def test_clinicians_and_administrators_may_read_the_rates(staff: Clinic, username: str) -> None:
    staff.act_as(username)
    assert staff.reaction_rates.may_read()
    assert staff.reaction_rates.rates(*MARCH, by=Dimension.CLINICIAN).table.rows == ()


def test_an_assistant_may_not(staff: Clinic) -> None:
    staff.act_as("maria")
    assert not staff.reaction_rates.may_read()
    with pytest.raises(AccessDeniedError, match=r"Maria has the role assistant.*clinicians"):
        staff.reaction_rates.rates(*MARCH, by=Dimension.PRODUCT)


def test_without_log_in_only_a_database_without_accounts_is_open(
    clinic: Clinic, staff: Clinic
) -> None:
    nobody = Clinic(clinic.context.db, actor="os", clock=clinic.context.clock)
    assert not nobody.reaction_rates.may_read()
    with pytest.raises(AccessDeniedError, match="log in"):
        nobody.reaction_rates.rates(*MARCH, by=Dimension.PRODUCT)


def test_a_database_without_accounts_is_open_to_whoever_opens_it(clinic: Clinic) -> None:
    assert clinic.reaction_rates.may_read()


# the CSV file


def test_the_csv_has_a_row_per_group_with_counts_interval_rank_and_the_query(
    clinic: Clinic, make: Maker, tmp_path: Path
) -> None:
    patient = make.patient()
    for number in range(12):
        reactions = (REDNESS,) if number < 3 else ()
        signed(make, patient.id, reactions=reactions, **with_product(make, "Ύαλο HA", "a-1"))
    signed(make, patient.id, **with_product(make, "=HYPERLINK(1)", "-2"))
    rates = clinic.reaction_rates.rates(*MARCH, by=Dimension.LOT)
    path = tmp_path / "rates.csv"
    clinic.reaction_rates.write_csv(rates, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    content = path.read_bytes()
    assert content.startswith(b"\xef\xbb\xbf")
    assert content.decode("utf-8-sig") == rates_csv(rates)
    entry = clinic.audit.entries(limit=1)[0]
    assert (entry.action, entry.entity, entry.detail) == (
        "export",
        "reaction_rates",
        "csv, by lot, reaction any, 2026-03-01 to 2026-03-10",
    )
    assert clinic.audit.verify().intact
    rows = list(csv.DictReader(io.StringIO(rates_csv(rates))))
    assert rows == [
        {
            "product": "Ύαλο HA",
            "lot": "A-1",
            "sessions": "12",
            "sessions_with_reaction": "3",
            "rate": "0.2500",
            "ci95_low": "0.0889",
            "ci95_high": "0.5323",
            "rank": "1",
            "note": "",
            "reaction": "any",
            "from": "2026-03-01",
            "to": "2026-03-10",
        },
        {
            "product": "'=HYPERLINK(1)",
            "lot": "'-2",
            "sessions": "1",
            "sessions_with_reaction": "0",
            "rate": "0.0000",
            "ci95_low": "0.0000",
            "ci95_high": "0.7935",
            "rank": "",
            "note": "too few sessions to rank",
            "reaction": "any",
            "from": "2026-03-01",
            "to": "2026-03-10",
        },
    ]


def test_each_dimension_has_its_own_columns(clinic: Clinic, make: Maker) -> None:
    signed(make, make.patient().id, treatments=(make.pen_line(depth_mm=1.0),))
    header = {
        dimension: next(csv.reader(io.StringIO(rates_csv(rates_of(clinic, dimension)))))[:3]
        for dimension in Dimension
    }
    assert header == {
        Dimension.PRODUCT: ["product", "sessions", "sessions_with_reaction"],
        Dimension.LOT: ["product", "lot", "sessions"],
        Dimension.SOLUTION: ["solution", "sessions", "sessions_with_reaction"],
        Dimension.TECHNIQUE: ["technique", "sessions", "sessions_with_reaction"],
        Dimension.DEPTH: ["technique", "depth_from_mm", "depth_to_mm"],
        Dimension.AREA: ["area", "sessions", "sessions_with_reaction"],
        Dimension.CLINICIAN: ["clinician", "sessions", "sessions_with_reaction"],
    }
    depth = list(csv.reader(io.StringIO(rates_csv(rates_of(clinic, Dimension.DEPTH)))))
    assert depth[1][:4] == ["pen", "1", "1.5", "1"]


def rates_of(clinic: Clinic, dimension: Dimension) -> ReactionRates:
    return clinic.reaction_rates.rates(*MARCH, by=dimension)


def test_a_file_that_cannot_be_written_is_said_so(clinic: Clinic, tmp_path: Path) -> None:
    rates = rates_of(clinic, Dimension.AREA)
    with pytest.raises(KnownError, match="The reaction rates cannot be written"):
        clinic.reaction_rates.write_csv(rates, tmp_path / "missing" / "rates.csv")
