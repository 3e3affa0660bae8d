"""Clinical warnings: shown before signing.

A warning never stops a session; the clinician may go on with it, and what they went
on with is recorded with the session (`records.GivenDespite`). A warning of a kind in
`NEEDS_REASON` needs a reason before the session is signed.

A warning is shown in the reader's language (its `text`) and recorded in English (its
`message`): what a signed session keeps is the same words whichever language the window
that signed it spoke, as the audit log's details are.

Consent is one model: the patient's consent on file covers a session dated on or after
it (`consent_on_file_covers`); the editor then ticks the session's confirmation, which
the clinician may untick. A session is covered when its `consent_confirmed` is true.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from mesolog.domain import limits
from mesolog.domain.allergens import allergy_matches, recorded_allergies
from mesolog.domain.enums import Solution
from mesolog.domain.records import GivenDespite, PatientInput, PreTreatment, SessionInput
from mesolog.domain.text import fold
from mesolog.domain.texts import Text, phrase, phrase_n, verbatim

NSAID_NAMES = (
    "aspirin",
    "acetylsalicylic",
    "ibuprofen",
    "naproxen",
    "diclofenac",
    "ketoprofen",
    "dexketoprofen",
    "ketorolac",
    "indometacin",
    "indomethacin",
    "meloxicam",
    "piroxicam",
    "celecoxib",
    "etoricoxib",
    "nimesulide",
    "aceclofenac",
    "mefenamic",
    "nabumetone",
    "etodolac",
    "lornoxicam",
    "nurofen",
    "brufen",
    "advil",
    "voltaren",
    "ασπιριν",
    "ακετυλοσαλικυλ",
    "ιβουπροφαιν",
    "ιμπουπροφαιν",
    "ναπροξαιν",
    "ναπροξεν",
    "δικλοφαιν",
    "δικλοφεν",
    "κετοπροφαιν",
    "νιμεσουλιδ",
    "μελοξικαμ",
)
"""Generic and common brand names, folded (see `fold`), matched inside words."""


class WarningKind(StrEnum):
    NSAIDS_RECENT = "nsaids_recent"
    NSAIDS_IN_MEDICATIONS = "nsaids_in_medications"
    ALLERGY_RECORDED = "allergy_recorded"
    CONSENT_NOT_CONFIRMED = "consent_not_confirmed"
    CONSENT_NOT_ON_FILE = "consent_not_on_file"
    BEFORE_DUE_WINDOW = "before_due_window"
    COURSE_COMPLETE = "course_complete"
    COURSE_STOPPED = "course_stopped"
    ALLERGEN_GIVEN = "allergen_given"


NEEDS_REASON: frozenset[WarningKind] = frozenset({WarningKind.ALLERGEN_GIVEN})
"""Warnings a session is signed despite only with a reason on record."""


@dataclass(frozen=True, slots=True)
class ClinicalWarning:
    kind: WarningKind
    text: Text
    """The warning for people, shown in their language."""
    message: str
    """Its English, as a session records it among the warnings it was given despite
    (`records.GivenDespite.warning`): a stored text stays English."""


def _warning(kind: WarningKind, text: Text) -> ClinicalWarning:
    return ClinicalWarning(kind, text, str(text))


_IN_A_SENTENCE: Mapping[Solution, Text] = {
    Solution.HYALURONIC_ACID: phrase("Warnings", "hyaluronic acid", "a solution, in a sentence"),
    Solution.DMAE: phrase("Warnings", "dmae", "a solution, in a sentence"),
    Solution.CAFFEINE: phrase("Warnings", "caffeine", "a solution, in a sentence"),
    Solution.PHOSPHATIDYLCHOLINE: phrase(
        "Warnings", "phosphatidylcholine", "a solution, in a sentence"
    ),
    Solution.VITAMINS: phrase("Warnings", "vitamins", "a solution, in a sentence"),
    Solution.AMINO_ACIDS: phrase("Warnings", "amino acids", "a solution, in a sentence"),
    Solution.PEPTIDES: phrase("Warnings", "peptides", "a solution, in a sentence"),
}
"""A product's solution as an allergen warning names it, lower case as inside a sentence."""


def nsaids_named_in(medications: str) -> list[str]:
    """The NSAID names (of NSAID_NAMES, in that order) found in a free-text medication list."""
    folded = fold(medications)
    return [name for name in NSAID_NAMES if name in folded]


def nsaid_words(medications: str) -> list[str]:
    """The words of the medication list that name an NSAID, as the clinician wrote them
    ("Ασπιρίνη", where NSAID_NAMES holds the stem "ασπιριν")."""
    names = nsaids_named_in(medications)
    found: list[str] = []
    for word in re.findall(r"\w+", medications):
        if word not in found and any(name in fold(word) for name in names):
            found.append(word)
    return found or names


def patient_warnings(patient: PatientInput) -> list[ClinicalWarning]:
    """What the patient's record itself says a clinician must not miss."""
    found: list[ClinicalWarning] = []
    if patient.allergies.strip():
        allergies = phrase("Warnings", "Allergies: {allergies}", "the allergies as recorded")
        found.append(
            _warning(
                WarningKind.ALLERGY_RECORDED, allergies.having(allergies=patient.allergies.strip())
            )
        )
    nsaids = nsaid_words(patient.medications)
    if nsaids:
        named = phrase(
            "Warnings",
            "The medication list names aspirin or another NSAID ({names}): higher risk of "
            "bruising.",
        )
        found.append(
            _warning(WarningKind.NSAIDS_IN_MEDICATIONS, named.having(names=", ".join(nsaids)))
        )
    if patient.consent_signed_on is None:
        no_consent = phrase("Warnings", "No signed consent is on file.")
        found.append(_warning(WarningKind.CONSENT_NOT_ON_FILE, no_consent))
    return found


def session_warnings(patient: PatientInput, pre: PreTreatment) -> list[ClinicalWarning]:
    """Warnings for one session: the patient's, the NSAID pause and the consent check."""
    found = [w for w in patient_warnings(patient) if w.kind != WarningKind.CONSENT_NOT_ON_FILE]
    days = pre.nsaids_paused_days
    if days is not None and days < limits.NSAID_WARNING_DAYS:
        taken = phrase_n(
            "Warnings",
            "Aspirin or another NSAID taken %n day(s) ago, less than {least}: higher risk of "
            "bruising.",
            None,
            1,
        )
        found.append(
            _warning(
                WarningKind.NSAIDS_RECENT,
                taken.counting(days, least=limits.NSAID_WARNING_DAYS),
            )
        )
    if not pre.consent_confirmed:
        unconfirmed = phrase("Warnings", "Consent was not confirmed for this session.")
        found.append(_warning(WarningKind.CONSENT_NOT_CONFIRMED, unconfirmed))
    return found


def consent_on_file_covers(patient: PatientInput, day: dt.date) -> bool:
    """Whether the patient's consent on file covers a session on `day` (signed on or before)."""
    return patient.consent_signed_on is not None and patient.consent_signed_on <= day


def allergen_warnings(allergies: str, entry: SessionInput) -> list[ClinicalWarning]:
    """Each allergy on record that the topical anaesthetic or a product of the entry holds.

    See `domain.allergens` for how the free text is read and what matches.
    """
    places = _places(entry)
    found: list[ClinicalWarning] = []
    contains = phrase("Warnings", 'Allergy on record "{allergy}": {where} contains it.')
    for allergy in recorded_allergies(allergies):
        for text, where, anaesthetic in places:
            if allergy_matches(allergy, text, anaesthetic=anaesthetic):
                said = contains.having(allergy=allergy.shown, where=where)
                found.append(_warning(WarningKind.ALLERGEN_GIVEN, said))
    return found


def entry_warnings(patient: PatientInput, entry: SessionInput) -> list[ClinicalWarning]:
    """Every warning for this session entry: `session_warnings` and `allergen_warnings`."""
    return [
        *session_warnings(patient, entry.pre_treatment),
        *allergen_warnings(patient.allergies, entry),
    ]


def missing_reasons(
    warnings: Iterable[ClinicalWarning], given: Sequence[GivenDespite]
) -> list[WarningKind]:
    """The kinds of NEEDS_REASON among `warnings` that no `given` entry gives a reason for."""
    reasoned = {g.kind for g in given if g.reason.strip()}
    kinds = dict.fromkeys(w.kind for w in warnings if w.kind in NEEDS_REASON)
    return [kind for kind in kinds if kind.value not in reasoned]


def _places(entry: SessionInput) -> list[tuple[str, Text, bool]]:
    """What an allergen may be in: (text to match, where it is in words, is the anaesthetic)."""
    places: list[tuple[str, Text, bool]] = []
    anaesthetic = (entry.pre_treatment.topical_anaesthetic or "").strip()
    if anaesthetic:
        named = phrase("Warnings", 'the topical anaesthetic "{name}"')
        places.append((anaesthetic, named.having(name=anaesthetic), True))
    lines: dict[tuple[str, Solution], list[int]] = {}
    for number, line in enumerate(entry.treatments, start=1):
        for product in line.products:
            key = (product.product_name.strip(), product.solution)
            if number not in lines.setdefault(key, []):
                lines[key].append(number)
    for (name, solution), numbers in lines.items():
        label = "" if solution is Solution.OTHER else solution.value.replace("_", " ")
        if not name and not label:
            continue
        solution_words = _IN_A_SENTENCE.get(solution, verbatim(label))
        if not name:
            what = phrase("Warnings", "the {solution} product").having(solution=solution_words)
        elif label:
            what = phrase("Warnings", 'the product "{name}" ({solution})').having(
                name=name, solution=solution_words
            )
        else:
            what = phrase("Warnings", 'the product "{name}"').having(name=name)
        where = phrase("Warnings", "{what} in {lines}", "a product in the session's lines")
        places.append((f"{name} {label}", where.having(what=what, lines=_lines(numbers)), False))
    return places


def _lines(numbers: list[int]) -> Text:
    if len(numbers) == 1:
        return phrase("Warnings", "line {number}", "a treatment line").having(number=numbers[0])
    return phrase("Warnings", "lines {numbers} and {last}", "treatment lines").having(
        numbers=", ".join(map(str, numbers[:-1])), last=numbers[-1]
    )


def given_despite_lines(
    given: Sequence[GivenDespite],
    *,
    reason_label: str = "Reason",
    no_reason: str = "(no reason recorded)",
) -> list[str]:
    """One line a warning the session went ahead despite, with its reason, for a history's
    cell or tooltip: `… contains it. Reason: patch test negative`. The labels are the
    caller's, so that a window passes them translated; a reason's new lines become spaces."""
    lines = []
    for item in given:
        reason = " ".join(item.reason.split())
        said = f"{reason_label}: {reason}" if reason else no_reason
        lines.append(f"{' '.join(item.warning.split())} {said}")
    return lines
