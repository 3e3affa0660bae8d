"""Clinical warnings: recent NSAIDs, NSAIDs in the medication list, allergies and consent."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from mesolog.domain.records import PatientInput, PreTreatment
from mesolog.domain.warnings import (
    ClinicalWarning,
    WarningKind,
    nsaid_words,
    nsaids_named_in,
    patient_warnings,
    session_warnings,
)

CLEAN = PatientInput("Ρήγα", "Σοφία", dt.date(1979, 11, 2), consent_signed_on=dt.date(2024, 1, 15))
CONFIRMED = PreTreatment(nsaids_paused_days=30, consent_confirmed=True)


def kinds(warnings: list[ClinicalWarning]) -> list[WarningKind]:
    return [w.kind for w in warnings]


def test_clean_patient_and_session_give_no_warning() -> None:
    assert patient_warnings(CLEAN) == []
    assert session_warnings(CLEAN, CONFIRMED) == []
    assert session_warnings(CLEAN, PreTreatment(consent_confirmed=True)) == []


@pytest.mark.parametrize(
    ("days", "warns"),
    [(0, True), (1, True), (6, True), (7, False), (8, False), (365, False), (None, False)],
)
def test_recent_nsaids_warn_below_seven_days(days: int | None, warns: bool) -> None:
    found = session_warnings(CLEAN, replace(CONFIRMED, nsaids_paused_days=days))
    assert kinds(found) == ([WarningKind.NSAIDS_RECENT] if warns else [])


def test_recent_nsaids_message_gives_the_days() -> None:
    [found] = session_warnings(CLEAN, replace(CONFIRMED, nsaids_paused_days=3))
    assert "3 day(s) ago" in found.message
    assert "less than 7" in found.message


@pytest.mark.parametrize(
    ("medications", "named"),
    [
        ("Aspirin 100mg", ["aspirin"]),
        ("Nurofen", ["nurofen"]),
        ("ιβουπροφαίνη 400", ["ιβουπροφαιν"]),
        ("ΑΣΠΙΡΊΝΗ", ["ασπιριν"]),
        ("Ασπιρίνη 100", ["ασπιριν"]),
        ("ASPIRIN", ["aspirin"]),
        ("acetylsalicylic acid 75 mg", ["acetylsalicylic"]),
        ("Voltaren gel, Ιμπουπροφαίνη", ["voltaren", "ιμπουπροφαιν"]),
        ("thyroxine; nurofen when needed; ASPIRIN", ["aspirin", "nurofen"]),
        ("Μελοξικάμη 15", ["μελοξικαμ"]),
    ],
)
def test_nsaids_are_found_in_any_case_accent_and_script(medications: str, named: list[str]) -> None:
    assert nsaids_named_in(medications) == named
    found = patient_warnings(replace(CLEAN, medications=medications))
    assert kinds(found) == [WarningKind.NSAIDS_IN_MEDICATIONS]
    assert f"({', '.join(nsaid_words(medications))})" in found[0].message  # as written
    assert kinds(session_warnings(replace(CLEAN, medications=medications), CONFIRMED)) == [
        WarningKind.NSAIDS_IN_MEDICATIONS
    ]


@pytest.mark.parametrize(
    "medications",
    ["", "paracetamol", "Depon 500", "παρακεταμόλη", "omeprazole, levothyroxine", "   "],
)
def test_other_medications_give_no_nsaid_warning(medications: str) -> None:
    assert nsaids_named_in(medications) == []
    assert patient_warnings(replace(CLEAN, medications=medications)) == []


@pytest.mark.parametrize(
    "medications", ["Δικλοφενάκη 50mg", "ναπροξένη 500 mg"], ids=["diclofenac", "naproxen"]
)
def test_nsaids_in_their_usual_greek_spelling_are_found(medications: str) -> None:
    # Greek leaflets spell diclofenac "δικλοφενάκη" and naproxen "ναπροξένη".
    found = patient_warnings(replace(CLEAN, medications=medications))
    assert kinds(found) == [WarningKind.NSAIDS_IN_MEDICATIONS]


@pytest.mark.parametrize("allergies", ["Latex", "  lidocaine  ", "Αλλεργία στη λιδοκαΐνη"])
def test_recorded_allergy_warns_with_its_text(allergies: str) -> None:
    patient = replace(CLEAN, allergies=allergies)
    [found] = patient_warnings(patient)
    said = f"Allergies: {allergies.strip()}"
    assert (found.kind, str(found.text), found.message) == (
        WarningKind.ALLERGY_RECORDED,
        said,
        said,
    )
    assert session_warnings(patient, CONFIRMED) == [found]


@pytest.mark.parametrize("allergies", ["", " ", "\n\t"])
def test_blank_allergies_give_no_warning(allergies: str) -> None:
    assert patient_warnings(replace(CLEAN, allergies=allergies)) == []


def test_consent_not_confirmed_for_the_session_warns() -> None:
    found = session_warnings(CLEAN, replace(CONFIRMED, consent_confirmed=False))
    assert kinds(found) == [WarningKind.CONSENT_NOT_CONFIRMED]


def test_consent_not_on_file_is_a_patient_warning_only() -> None:
    unsigned = replace(CLEAN, consent_signed_on=None)
    assert kinds(patient_warnings(unsigned)) == [WarningKind.CONSENT_NOT_ON_FILE]
    assert session_warnings(unsigned, CONFIRMED) == []


def test_all_warnings_together_in_a_stable_order() -> None:
    patient = replace(CLEAN, allergies="latex", medications="Brufen", consent_signed_on=None)
    assert kinds(patient_warnings(patient)) == [
        WarningKind.ALLERGY_RECORDED,
        WarningKind.NSAIDS_IN_MEDICATIONS,
        WarningKind.CONSENT_NOT_ON_FILE,
    ]
    pre = PreTreatment(nsaids_paused_days=2, consent_confirmed=False)
    assert kinds(session_warnings(patient, pre)) == [
        WarningKind.ALLERGY_RECORDED,
        WarningKind.NSAIDS_IN_MEDICATIONS,
        WarningKind.NSAIDS_RECENT,
        WarningKind.CONSENT_NOT_CONFIRMED,
    ]
