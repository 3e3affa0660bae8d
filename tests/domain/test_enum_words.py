"""Every enum value has a word, marked so lupdate extracts it, English as the window
showed it before the words moved to the domain, Greek once a catalogue translates it."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path

import pytest

from mesolog.domain import enum_words, enums
from mesolog.domain.enum_words import WORDS, reaction_words, word
from mesolog.domain.enums import (
    Area,
    CoursePhase,
    CourseStatus,
    Fitzpatrick,
    Indication,
    NeedleMethod,
    Onset,
    PatientOrder,
    ReactionKind,
    Role,
    SessionStatus,
    Severity,
    Sex,
    Solution,
    TechniqueKind,
)
from mesolog.domain.texts import Text
from mesolog.language.choice import language
from mesolog.language.qm_file import Catalogue
from mesolog.language.render import Renderer
from tests.language.qm_support import compiled

ROOT = Path(__file__).parent.parent.parent
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

TODAY: list[tuple[StrEnum, str]] = [
    # what ui/common/labels.py showed before its words moved here; a list, not a dict: the
    # values are strings, and Area.OTHER == Sex.OTHER == "other"
    (Indication.HYDRATION_TIGHTENING, "Hydration and tightening"),
    (Indication.WRINKLES, "Wrinkles"),
    (Indication.RADIANCE_REGENERATION, "Radiance and regeneration"),
    (Indication.EYE_BAGS_PERIORBITAL, "Eye bags and dark circles"),
    (Indication.PORES_ACNE_SCARS, "Pores and acne scars"),
    (Indication.STRETCH_MARKS, "Stretch marks"),
    (Indication.CELLULITE_FIRMING, "Cellulite and firming"),
    (Indication.POST_OPERATIVE_SCARS, "Post-operative scars"),
    (Indication.OTHER, "Other indication"),
    (Area.FOREHEAD, "Forehead"),
    (Area.PERIORBITAL, "Eye area (periorbital)"),
    (Area.CHEEKS, "Cheeks"),
    (Area.PERIORAL, "Around the mouth (perioral)"),
    (Area.JAWLINE, "Jawline"),
    (Area.FULL_FACE, "Full face"),
    (Area.SCALP, "Scalp"),
    (Area.NECK, "Neck"),
    (Area.DECOLLETAGE, "Décolletage"),
    (Area.HANDS, "Hands"),
    (Area.ARMS, "Arms"),
    (Area.ABDOMEN, "Abdomen"),
    (Area.FLANKS, "Flanks"),
    (Area.BACK, "Back"),
    (Area.BUTTOCKS, "Buttocks"),
    (Area.THIGHS, "Thighs"),
    (Area.KNEES, "Knees"),
    (Area.SCAR_SITE, "Scar site"),
    (Area.OTHER, "Other area"),
    (Solution.HYALURONIC_ACID, "Hyaluronic acid"),
    (Solution.DMAE, "DMAE"),
    (Solution.CAFFEINE, "Caffeine"),
    (Solution.PHOSPHATIDYLCHOLINE, "Phosphatidylcholine"),
    (Solution.VITAMINS, "Vitamins"),
    (Solution.AMINO_ACIDS, "Amino acids"),
    (Solution.PEPTIDES, "Peptides"),
    (Solution.OTHER, "Other solution"),
    (ReactionKind.NAUSEA, "Nausea"),
    (ReactionKind.PAIN, "Pain"),
    (ReactionKind.SENSITIVITY, "Sensitivity"),
    (ReactionKind.SWELLING, "Swelling"),
    (ReactionKind.ITCHING, "Itching"),
    (ReactionKind.REDNESS, "Redness"),
    (ReactionKind.BRUISING, "Bruising"),
    (ReactionKind.DISCOLOURATION, "Discolouration"),
    (ReactionKind.INFECTION, "Infection"),
    (ReactionKind.SCARRING, "Scarring"),
    (ReactionKind.OTHER, "Other reaction"),
    (Severity.MILD, "mild"),
    (Severity.MODERATE, "moderate"),
    (Severity.SEVERE, "severe"),
    (Onset.DURING, "During the session"),
    (Onset.SAME_DAY, "Same day"),
    (Onset.NEXT_DAYS, "Next days"),
    (Onset.LATER, "Later"),
    (Sex.FEMALE, "Female"),
    (Sex.MALE, "Male"),
    (Sex.OTHER, "Other"),
    (Sex.UNKNOWN, "Not recorded"),
    (Fitzpatrick.I, "Type I (always burns, never tans)"),
    (Fitzpatrick.II, "Type II (usually burns, tans minimally)"),
    (Fitzpatrick.III, "Type III (sometimes burns, tans uniformly)"),
    (Fitzpatrick.IV, "Type IV (burns minimally, tans well)"),
    (Fitzpatrick.V, "Type V (rarely burns, tans darkly)"),
    (Fitzpatrick.VI, "Type VI (never burns)"),
    (CourseStatus.ACTIVE, "Active"),
    (CourseStatus.COMPLETED, "Completed"),
    (CourseStatus.STOPPED, "Stopped"),
    (CoursePhase.INITIAL, "Initial"),
    (CoursePhase.MAINTENANCE, "Maintenance"),
    (SessionStatus.DRAFT, "Draft"),
    (SessionStatus.SIGNED, "Signed"),
    (TechniqueKind.NEEDLE, "Needle"),
    (TechniqueKind.PEN, "Micro-needling pen"),
    (NeedleMethod.POINT_BY_POINT, "point by point"),
    (NeedleMethod.NAPPAGE, "nappage"),
    (NeedleMethod.PAPULE, "papule"),
    (NeedleMethod.LINEAR, "linear"),
    (Role.CLINICIAN, "Clinician"),
    (Role.ASSISTANT, "Assistant"),
    (Role.ADMIN, "Administrator"),
    (PatientOrder.NAME, "Name"),
    (PatientOrder.DATE_OF_BIRTH, "Date of birth"),
    (PatientOrder.LAST_SESSION, "Last session"),
    (PatientOrder.NEXT_DUE, "Next due"),
]

CONTEXTS: dict[type[StrEnum], str] = {
    Indication: "Indication",
    Area: "Area",
    Solution: "Solution",
    ReactionKind: "Reaction",
    Severity: "Severity",
    Onset: "Onset",
    Sex: "Sex",
    Fitzpatrick: "Fitzpatrick",
    CourseStatus: "CourseStatus",
    CoursePhase: "CoursePhase",
    SessionStatus: "SessionStatus",
    TechniqueKind: "Technique",
    NeedleMethod: "NeedleMethod",
    Role: "Role",
    PatientOrder: "PatientOrder",
}

ALL_ENUMS = [
    member
    for _, member in inspect.getmembers(enums, inspect.isclass)
    if issubclass(member, StrEnum) and member.__module__ == enums.__name__
]


def every_word() -> list[Text]:
    return [text for table in WORDS.values() for text in table.values()]


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda enum: enum.__name__)
def test_every_value_of_every_enum_has_a_word_in_the_enums_context(enum: type[StrEnum]) -> None:
    assert set(WORDS[enum]) == set(enum)
    assert {word(value).context for value in enum} == {CONTEXTS[enum]}


def test_the_english_is_what_the_window_showed() -> None:
    every_value = [value for enum in ALL_ENUMS for value in enum]
    assert sorted(value.__class__.__name__ + value for value, _ in TODAY) == sorted(
        value.__class__.__name__ + value for value in every_value
    )
    assert [(value, str(word(value))) for value, _ in TODAY] == TODAY


def test_no_word_is_said_twice_in_one_context() -> None:
    # two values with one word could not be told apart in a list or a combo box
    keys = [(text.context, text.source) for text in every_word()]
    assert len(keys) == len(set(keys))


def test_a_reaction_is_said_with_its_severity() -> None:
    text = reaction_words(ReactionKind.BRUISING, Severity.MODERATE)
    assert str(text) == "Bruising (moderate)"
    assert text.context == "Reaction"


def test_a_value_added_without_a_word_is_still_readable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(enum_words.AREAS, Area.SCAR_SITE)
    text = word(Area.SCAR_SITE)
    assert str(text) == "Scar site"
    assert text.context == ""  # the same in every language


def lupdate(ts: Path) -> ET.Element:
    """The catalogue pyside6-lupdate makes of enum_words.py, told of the markers as
    tools/translations.sh tells it."""
    script = (ROOT / "tools" / "translations.sh").read_text(encoding="utf-8")
    found = re.search(r"^ALIASES=(\S+)$", script, re.MULTILINE)
    assert found is not None
    subprocess.run(
        [
            str(LUPDATE),
            "-silent",
            "-locations",
            "none",
            "-tr-function-alias",
            found[1],
            str(ROOT / "mesolog" / "domain" / "enum_words.py"),
            "-target-language",
            "el_GR",
            "-ts",
            str(ts),
        ],
        check=True,
    )
    return ET.parse(ts).getroot()


def test_lupdate_extracts_every_word_with_its_context_and_comment(tmp_path: Path) -> None:
    root = lupdate(tmp_path / "words_el.ts")
    extracted = {
        (context.findtext("name"), message.findtext("source"), message.findtext("comment"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    plural = [
        message.findtext("source") for message in root.iter("message") if message.get("numerus")
    ]
    template = reaction_words(ReactionKind.PAIN, Severity.MILD)
    expected = {
        (text.context, text.source, text.disambiguation) for text in [*every_word(), template]
    }
    assert extracted == expected
    assert plural == []


GREEK = {
    ("Area", "Back"): "Πλάτη",
    ("Reaction", "Bruising"): "Εκχύμωση",
    ("Severity", "moderate"): "μέτριας βαρύτητας",
    ("Reaction", "{kind} ({severity})"): "{kind} ({severity})",
}


def test_the_words_are_greek_once_the_catalogue_translates_them(tmp_path: Path) -> None:
    ts = tmp_path / "words_el.ts"
    root = lupdate(ts)
    for context in root.iter("context"):
        for message in context.iter("message"):
            greek = GREEK.get((context.findtext("name") or "", message.findtext("source") or ""))
            translation = message.find("translation")
            assert translation is not None
            if greek is not None:
                translation.text = greek
                del translation.attrib["type"]
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    catalogue = Catalogue.from_qm(compiled(ts, tmp_path).read_bytes())
    greek_words = Renderer(language("el", "el_GR.UTF-8"), lambda: catalogue)
    assert greek_words(word(Area.BACK)) == "Πλάτη"
    assert greek_words(reaction_words(ReactionKind.BRUISING, Severity.MODERATE)) == (
        "Εκχύμωση (μέτριας βαρύτητας)"
    )
    assert greek_words(word(Area.FOREHEAD)) == "Forehead"  # not translated yet: its English
