"""The patient's own allergen matched against what a session gives; consent on file; the
reasons that signing needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from mesolog.domain.allergens import recorded_allergies, substances_in
from mesolog.domain.enums import Area, Solution
from mesolog.domain.records import (
    GivenDespite,
    NeedleTechnique,
    PatientInput,
    PreTreatment,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.domain.validation import validate_for_signing
from mesolog.domain.warnings import (
    NEEDS_REASON,
    WarningKind,
    allergen_warnings,
    consent_on_file_covers,
    entry_warnings,
    given_despite_lines,
    missing_reasons,
)

ATHENS = dt.timezone(dt.timedelta(hours=2))
PATIENT = PatientInput("Ρήγα", "Σοφία", dt.date(1979, 11, 2), consent_signed_on=dt.date(2024, 1, 5))


def line(*products: ProductUse, area: Area = Area.NECK) -> TreatmentLine:
    return TreatmentLine(area, NeedleTechnique(2.0), products)


def entry(*lines: TreatmentLine, anaesthetic: str | None = None) -> SessionInput:
    return SessionInput(
        performed_at=dt.datetime(2026, 3, 10, 10, 0, tzinfo=ATHENS),
        clinician="Dr Eleni Vasileiou",
        treatments=lines or (line(),),
        pre_treatment=PreTreatment(
            nsaids_paused_days=30, topical_anaesthetic=anaesthetic, consent_confirmed=True
        ),
    )


def messages(allergies: str, session: SessionInput) -> list[str]:
    return [w.message for w in allergen_warnings(allergies, session)]


def test_the_issues_case_names_the_allergy_and_where_it_is() -> None:
    assert messages("Lidocaine", entry(anaesthetic="Lidocaine 5% cream")) == [
        'Allergy on record "Lidocaine": the topical anaesthetic "Lidocaine 5% cream" contains it.'
    ]


@pytest.mark.parametrize(
    ("allergies", "anaesthetic"),
    [
        ("lidocaine", "LIDOCAINE 5%"),
        ("Λιδοκαΐνη", "Lidocaine 5% cream"),
        ("λιδοκαινη", "Xylocaine gel"),
        ("Lignocaine", "Λιδοκαΐνη κρέμα 5%"),
        ("Lidocaine", "EMLA cream"),
        ("EMLA", "prilocaine 2.5%"),
        ("Αλλεργία στην προκαΐνη", "Novocain"),
        ("Tetracaine", "Pliaglis"),
        ("benzocaine", "Βενζοκαΐνη 20%"),
        ("local anaesthetics", "Numbing cream"),
        ("τοπικά αναισθητικά", "Lidocaine 5%"),
    ],
)
def test_an_anaesthetic_is_matched_across_scripts_spellings_and_mixtures(
    allergies: str, anaesthetic: str
) -> None:
    [warning] = allergen_warnings(allergies, entry(anaesthetic=anaesthetic))
    assert warning.kind is WarningKind.ALLERGEN_GIVEN
    assert f'the topical anaesthetic "{anaesthetic}"' in warning.message


def test_a_product_is_matched_by_its_name_or_its_solution_and_its_lines_are_named() -> None:
    ha = ProductUse(Solution.HYALURONIC_ACID, 1.0, product_name="Profhilo")
    vitamins = ProductUse(Solution.VITAMINS, 1.0)
    session = entry(line(ha, vitamins), line(ha, area=Area.CHEEKS))

    assert messages("υαλουρονικό οξύ, Vitamin C", session) == [
        'Allergy on record "υαλουρονικό οξύ": the product "Profhilo" (hyaluronic acid) '
        "in lines 1 and 2 contains it.",
        'Allergy on record "Vitamin C": the vitamins product in line 1 contains it.',
    ]


def test_a_product_name_is_matched_by_the_allergys_own_words() -> None:
    product = ProductUse(Solution.OTHER, 1.0, product_name="Glycolic peel 30%")

    assert messages("glycolic acid; Glycolic", entry(line(product))) == [
        'Allergy on record "Glycolic": the product "Glycolic peel 30%" in line 1 contains it.'
    ]


@pytest.mark.parametrize(
    "allergies",
    [
        "",
        "None",
        "no known allergies",
        "NKDA",
        "Καμία γνωστή αλλεργία",
        "Δεν αναφέρει",
        "penicillin",
        "C",
        "nickel (earrings)",
    ],
)
def test_no_warning_without_an_allergen_given(allergies: str) -> None:
    ha = ProductUse(Solution.HYALURONIC_ACID, 1.0, product_name="NCTF 135 HA")
    assert allergen_warnings(allergies, entry(line(ha), anaesthetic="Lidocaine 5%")) == []


def test_the_allergy_text_is_split_and_remarks_left_out() -> None:
    found = recorded_allergies(
        "Allergic to lidocaine (hives, 2019); latex and peanuts\nπενικιλίνη και λάτεξ / none"
    )
    assert [a.shown for a in found] == ["lidocaine", "latex", "peanuts", "πενικιλίνη", "λάτεξ"]
    assert [a.substances for a in found] == [
        {"lidocaine"},
        {"latex"},
        set(),
        set(),
        {"latex"},
    ]


def test_a_long_allergy_is_shown_cut() -> None:
    [allergy] = recorded_allergies("lidocaine " + "word " * 40)
    assert len(allergy.shown) == 80
    assert allergy.shown.endswith("…")


def test_substances_are_named_at_the_start_of_a_word_only() -> None:
    assert substances_in("EMLA 5%") == {"lidocaine", "prilocaine"}
    assert substances_in("Prilocaine") == {"prilocaine"}
    assert substances_in("cremla") == set()


def test_entry_warnings_add_the_allergens_to_the_session_warnings() -> None:
    patient = replace(PATIENT, allergies="Lidocaine")
    kinds = [w.kind for w in entry_warnings(patient, entry(anaesthetic="Lidocaine 5%"))]
    assert kinds == [WarningKind.ALLERGY_RECORDED, WarningKind.ALLERGEN_GIVEN]


@pytest.mark.parametrize(
    ("signed_on", "covers"),
    [(None, False), (dt.date(2026, 3, 11), False), (dt.date(2026, 3, 10), True)],
)
def test_consent_on_file_covers_sessions_from_its_day(
    signed_on: dt.date | None, covers: bool
) -> None:
    patient = replace(PATIENT, consent_signed_on=signed_on)
    assert consent_on_file_covers(patient, dt.date(2026, 3, 10)) is covers


def test_only_an_allergen_needs_a_reason() -> None:
    assert {WarningKind.ALLERGEN_GIVEN} == NEEDS_REASON
    found = entry_warnings(replace(PATIENT, allergies="Lidocaine"), entry(anaesthetic="EMLA"))
    given = GivenDespite(WarningKind.ALLERGEN_GIVEN.value, found[-1].message, "patch test ok")

    assert missing_reasons(found, ()) == [WarningKind.ALLERGEN_GIVEN]
    assert missing_reasons(found, (replace(given, reason=" "),)) == [WarningKind.ALLERGEN_GIVEN]
    assert missing_reasons(found, (given,)) == []


def test_signing_asks_for_the_reason_by_kind_without_the_allergy() -> None:
    patient = replace(PATIENT, allergies="Lidocaine")
    session = entry(anaesthetic="Lidocaine 5%")

    [violation] = validate_for_signing(session, patient=patient, path="sessions[0]")

    assert violation.path == "sessions[0].given_despite"
    assert violation.value == "allergen_given"
    assert "Lidocaine" not in str(violation)
    given = GivenDespite("allergen_given", "…", "tolerated at three earlier sessions")
    assert validate_for_signing(replace(session, given_despite=(given,)), patient=patient) == []


def test_the_history_says_each_warning_given_anyway_on_a_line() -> None:
    given = (
        GivenDespite("allergen_given", 'Allergy on record "Latex": …', "patch test\nnegative"),
        GivenDespite("before_due_window", "Before the due window."),
    )
    assert given_despite_lines(given) == [
        'Allergy on record "Latex": … Reason: patch test negative',
        "Before the due window. (no reason recorded)",
    ]
    assert given_despite_lines(given[1:], no_reason="(χωρίς αιτιολογία)") == [
        "Before the due window. (χωρίς αιτιολογία)"
    ]
