"""Recall searches: which patients received a lot or a product, from the signed, current
sessions only; each search audited with its reason, which no message repeats."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pytest

from mesolog.domain import limits
from mesolog.domain.accounts import AccessDeniedError
from mesolog.domain.enums import Area, Role
from mesolog.domain.errors import ValidationError
from mesolog.domain.ids import PatientId
from mesolog.domain.records import Session
from mesolog.domain.text import fold
from mesolog.persistence.models import AuditEntryRow
from mesolog.reports.recall_data import RecallQuery
from mesolog.services.clinic import Clinic
from mesolog.services.recall import (
    AUDIT_DETAIL_MAX,
    PRODUCT_SOUGHT_MAX,
    REASON_MAX,
    RecallService,
)
from tests.services.conftest import Maker

if TYPE_CHECKING:
    from conftest import DatabaseProbe

REASON = "Manufacturer notice 2026-14 (nodules reported)"
PASSWORD = "a long enough password"


def _signed(make: Maker, patient_id: PatientId, *, when: dt.datetime, **product: Any) -> Session:
    line = make.needle_line(Area.CHEEKS, products=(make.product(**product),))
    session = make.draft(patient_id, performed_at=when, treatments=(line,))
    return make.clinic.sessions.sign(session.id)


def _search(clinic: Clinic, **query: Any) -> list[tuple[str, list[dt.date]]]:
    result = RecallService(clinic.context).search(RecallQuery(**query), reason=REASON)
    return [(p.family_name, [s.performed_on for s in p.sessions]) for p in result.patients]


def test_a_lot_is_found_whatever_its_case_and_spaces_in_signed_current_sessions_only(
    backend_maker: Maker,
) -> None:
    make, clinic = backend_maker, backend_maker.clinic
    anna = make.patient(family_name="Andreou", given_name="Anna")
    bella = make.patient(family_name="Bakirtzi", given_name="Bella", record_number="MC-0002")
    _signed(make, anna.id, when=make.at(2, 3), lot_number="L2409-17")
    _signed(make, bella.id, when=make.at(2, 5), lot_number=" l2409-17 ")
    _signed(make, bella.id, when=make.at(2, 6), lot_number="L2409-18")  # another lot
    make.draft(bella.id, performed_at=make.at(2, 7))  # a draft with the lot
    voided = _signed(make, anna.id, when=make.at(2, 8), lot_number="L2409-17")
    clinic.sessions.void(voided.id, reason="wrong patient")
    corrected = _signed(make, anna.id, when=make.at(2, 9), lot_number="L2409-17")
    other_lot = make.needle_line(Area.CHEEKS, products=(make.product(lot_number="X-1"),))
    clinic.sessions.amend(
        corrected.id, make.entry(performed_at=make.at(2, 9), treatments=(other_lot,)), reason="lot"
    )
    gone = make.patient(family_name="Gone", given_name="Voided", record_number="MC-0003")
    _signed(make, gone.id, when=make.at(2, 4), lot_number="L2409-17")
    clinic.patients.void(gone.id, reason="duplicate record")

    assert _search(clinic, lot="l2409-17") == [
        ("Andreou", [dt.date(2026, 2, 3)]),
        ("Bakirtzi", [dt.date(2026, 2, 5)]),
    ]
    assert _search(clinic, lot="  L2409-17\u00a0") == _search(clinic, lot="L2409-17")
    assert _search(clinic, lot="X-1") == [("Andreou", [dt.date(2026, 2, 9)])]
    assert _search(clinic, lot="L2409") == []


def test_what_a_patient_received_is_told_with_contact_details_areas_and_amounts(
    clinic: Clinic, make: Maker
) -> None:
    patient = make.patient(phone="+30 694 123 4567", email="elena@example.org")
    lines = (
        make.needle_line(
            Area.FOREHEAD,
            area_detail="glabella",
            products=(make.product(volume_ml=1.5), make.product(lot_number="OTHER")),
        ),
        make.pen_line(Area.CHEEKS, products=(make.product(volume_ml=0.5),)),
    )
    session = make.draft(patient.id, performed_at=make.at(3, 2, 9, 30), treatments=lines)
    clinic.sessions.sign(session.id)

    result = RecallService(clinic.context).search(RecallQuery(lot="L2409-17"), reason=REASON)
    [found] = result.patients
    assert (found.id, found.letter_name, found.record_number) == (
        patient.id,
        "Elena Papadopoulou",
        "",
    )
    assert (found.date_of_birth, found.phone, found.email) == (
        dt.date(1985, 4, 12),
        "+30 694 123 4567",
        "elena@example.org",
    )
    [recalled] = found.sessions
    assert (recalled.id, recalled.performed_on, recalled.clinician) == (
        session.id,
        dt.date(2026, 3, 2),
        "Dr Eleni Vasileiou",
    )
    assert [(u.area, u.area_detail, u.volume_ml) for u in recalled.uses] == [
        (Area.FOREHEAD, "glabella", 1.5),
        (Area.CHEEKS, "", 0.5),
    ]
    assert recalled.areas == (Area.FOREHEAD, Area.CHEEKS)
    assert recalled.volume_ml == 2.0
    assert (found.products, found.lots) == (("NCTF 135 HA",), ("L2409-17",))
    assert result.session_count == 1
    assert result.query == RecallQuery(lot="L2409-17")


def test_a_product_by_its_folded_name_between_two_local_days(backend_maker: Maker) -> None:
    make, clinic = backend_maker, backend_maker.clinic
    anna = make.patient(family_name="Andreou", given_name="Anna")
    bella = make.patient(family_name="Bakirtzi", given_name="Bella", record_number="MC-0002")
    hyalo = "Ύαλο  Boost 2%"
    # 00:30 on 1 February in Athens is still 31 January in UTC; 00:01 on 1 March is 28
    # February in UTC, and a day after the last one asked for.
    _signed(make, anna.id, when=make.at(2, 1, 0, 30), product_name=hyalo, lot_number="A")
    _signed(
        make, bella.id, when=make.at(1, 31, 23, 30), product_name="ΥΑΛΟ boost 2%", lot_number="B"
    )
    _signed(
        make, bella.id, when=make.at(2, 28, 23, 59), product_name="υαλο BOOST 2%", lot_number="C"
    )
    _signed(make, bella.id, when=make.at(3, 1, 0, 1), product_name="Ύαλο Boost 2%", lot_number="D")
    _signed(make, anna.id, when=make.at(2, 5), product_name="Ύαλο Boost 3%", lot_number="A")

    february = {"from_date": dt.date(2026, 2, 1), "to_date": dt.date(2026, 2, 28)}
    assert _search(clinic, product="υαλο boost 2%", **february) == [
        ("Andreou", [dt.date(2026, 2, 1)]),
        ("Bakirtzi", [dt.date(2026, 2, 28)]),
    ]
    everything = [
        ("Andreou", [dt.date(2026, 2, 1)]),
        ("Bakirtzi", [dt.date(2026, 1, 31), dt.date(2026, 2, 28), dt.date(2026, 3, 1)]),
    ]
    assert _search(clinic, product="ύαλο boost 2%") == everything
    assert _search(clinic, product=" ΥΑΛΟ   ΒΟΟST 2% ".replace("ΒΟΟ", "BOO")) == everything
    assert _search(clinic, product="ύαλο boost 2%", lot="c") == [
        ("Bakirtzi", [dt.date(2026, 2, 28)])
    ]
    assert _search(clinic, product="υαλο boost", **february) == []
    assert _search(clinic, product="ύαλο boost 2%", from_date=dt.date(2026, 3, 1)) == [
        ("Bakirtzi", [dt.date(2026, 3, 1)])
    ]
    assert _search(clinic, product="ύαλο boost 2%", to_date=dt.date(2026, 1, 31)) == [
        ("Bakirtzi", [dt.date(2026, 1, 31)])
    ]
    names = RecallService(clinic.context).product_names()
    assert [fold(name) for name in names] == ["υαλο boost 2%", "υαλο boost 3%"]


def test_each_search_is_audited_with_what_was_sought_the_count_and_the_reason(
    clinic: Clinic, make: Maker, probe: DatabaseProbe
) -> None:
    patient = make.patient()
    _signed(make, patient.id, when=make.at(2, 3))
    recall = RecallService(clinic.context)
    recall.search(
        RecallQuery(lot=" L2409-17 ", product="NCTF 135 HA", to_date=dt.date(2026, 3, 1)),
        reason=REASON,
    )
    recall.search(RecallQuery(lot="nothing"), reason="  Routine check  ")

    first, second = [row for row in probe.audit() if row.action == "recall"]
    assert (first.actor, first.entity, first.entity_uuid) == ("tester", "recall", None)
    assert first.detail == (
        'recall search: lot "L2409-17", product "NCTF 135 HA", any date to 2026-03-01; '
        f"1 patient; reason: {REASON}"
    )
    assert second.detail == 'recall search: lot "nothing"; 0 patients; reason: Routine check'


def test_the_longest_search_keeps_its_reason_whole_and_shortens_the_product(
    clinic: Clinic, probe: DatabaseProbe
) -> None:
    query = RecallQuery(
        lot="L" * limits.LOT_NUMBER_MAX,
        product="Π" * PRODUCT_SOUGHT_MAX,
        from_date=dt.date(2026, 1, 1),
        to_date=dt.date(2026, 12, 31),
    )
    reason = "ρ" * REASON_MAX
    RecallService(clinic.context).search(query, reason=reason)
    [entry] = [row for row in probe.audit() if row.action == "recall"]
    assert AuditEntryRow.__table__.c.detail.type.length == AUDIT_DETAIL_MAX  # what is kept
    assert len(entry.detail) == AUDIT_DETAIL_MAX
    assert entry.detail.startswith(f'recall search: lot "{query.lot}", product "ΠΠΠ')
    assert '…" (200 characters), 2026-01-01 to 2026-12-31; 0 patients; reason: ' in entry.detail
    assert entry.detail.endswith(f"; reason: {reason}")


def test_a_product_named_as_long_as_a_name_may_be_is_recalled_by_its_whole_name(
    make: Maker, probe: DatabaseProbe
) -> None:
    name = "HydraBoost " + "long name " * 20
    name = name[: limits.PRODUCT_NAME_MAX]
    patient = make.patient(family_name="Andreou")
    _signed(make, patient.id, when=make.at(2, 3), product_name=name)
    _signed(make, patient.id, when=make.at(2, 4), product_name=name[:-1] + "x")
    assert _search(make.clinic, product=name.upper()) == [("Andreou", [dt.date(2026, 2, 3)])]
    [entry] = [row for row in probe.audit() if row.action == "recall"]
    assert entry.detail.endswith(f"; 1 patient; reason: {REASON}")


def test_a_wrong_search_names_its_fields_and_never_shows_the_reason(clinic: Clinic) -> None:
    recall = RecallService(clinic.context)
    with pytest.raises(ValidationError) as refused:
        recall.search(RecallQuery(), reason="")
    assert {v.path for v in refused.value.violations} == {"lot", "reason"}

    secret = "Nodules on the patient's cheek" + "x" * REASON_MAX
    backwards = RecallQuery(lot="L1", from_date=dt.date(2026, 3, 2), to_date=dt.date(2026, 3, 1))
    with pytest.raises(ValidationError) as refused:
        recall.search(backwards, reason=secret)
    assert {v.path for v in refused.value.violations} == {"to_date", "reason"}
    assert "Nodules" not in str(refused.value)
    assert f"({len(secret)} characters)" in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        recall.search(RecallQuery(lot="L1"), reason="seen\x1b[2J")
    assert "seen" not in str(refused.value)
    with pytest.raises(ValidationError, match="product"):
        recall.search(RecallQuery(product="p" * (PRODUCT_SOUGHT_MAX + 1)), reason=REASON)


@pytest.mark.parametrize(
    ("role", "allowed"), [(Role.ASSISTANT, False), (Role.CLINICIAN, True), (Role.ADMIN, True)]
)
def test_clinicians_and_administrators_search_assistants_may_not(
    clinic: Clinic, make: Maker, probe: DatabaseProbe, role: Role, allowed: bool
) -> None:
    _signed(make, make.patient().id, when=make.at(2, 3))
    clinic.accounts.create_first_admin("admin", "Dr Admin", PASSWORD)
    clinic.log_in("admin", PASSWORD)
    if role is not Role.ADMIN:
        clinic.accounts.add("someone", "Maria Kosta", role, PASSWORD)
        clinic.log_in("someone", PASSWORD)
    recall = RecallService(clinic.context)
    if allowed:
        assert len(recall.search(RecallQuery(lot="L2409-17"), reason=REASON).patients) == 1
        assert recall.product_names() == ["NCTF 135 HA"]
        return
    with pytest.raises(AccessDeniedError, match="role assistant, which may not search"):
        recall.search(RecallQuery(lot="L2409-17"), reason=REASON)
    with pytest.raises(AccessDeniedError):
        recall.product_names()
    assert [row for row in probe.audit() if row.action == "recall"] == []
