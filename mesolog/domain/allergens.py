"""A patient's recorded allergies, read from free text and matched against what is given.

The allergy field is free text ("Lidocaine, latex; αλλεργία στο υαλουρονικό"): it is
split at commas, semicolons, colons, slashes, new lines and the words and/or (και/ή);
words such as "allergy", "allergic to", "αλλεργία στο" are left out, and a part that
says there is none ("none", "no known", "NKDA", "καμία") names nothing. Text in
brackets is a remark ("Lidocaine (hives)"), not an allergen.

An allergy matches a text when its words begin a word of the text, case- and
accent-insensitively (`domain.text.fold`), or when both name one substance of the
table below in any of its spellings: Latin and Greek, generic and a common brand,
a mixture by its ingredients (EMLA is lidocaine and prilocaine). An allergy to local
anaesthetics as a class matches every anaesthetic of the table and any topical
anaesthetic. The table is small on purpose: the substances mesotherapy gives and the
topical anaesthetics put on before it; add a spelling here when a clinic meets one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mesolog.domain.text import fold

SUBSTANCES: dict[str, tuple[str, ...]] = {
    "lidocaine": ("lidocain", "lignocain", "xylocain", "λιδοκαιν", "λιγνοκαιν", "ξυλοκαιν"),
    "prilocaine": ("prilocain", "πριλοκαιν"),
    "benzocaine": ("benzocain", "βενζοκαιν"),
    "tetracaine": ("tetracain", "amethocain", "τετρακαιν"),
    "procaine": ("procain", "novocain", "προκαιν", "νοβοκαιν"),
    "hyaluronic acid": ("hyaluron", "υαλουρον"),
    "latex": ("latex", "λατεξ", "καουτσουκ"),
    "vitamins": ("vitamin", "βιταμιν"),
    "caffeine": ("caffein", "καφειν"),
    "phosphatidylcholine": ("phosphatidylcholin", "lecithin", "φωσφατιδυλοχολιν", "λεκιθιν"),
    "dmae": ("dmae", "deanol", "dimethylaminoethanol", "διμεθυλαμινοαιθανολ"),
    "amino acids": ("amino acid", "aminoacid", "αμινοξ"),
    "peptides": ("peptid", "πεπτιδ"),
}
"""Each substance's spellings, folded; a spelling matches the beginning of a word."""

MIXTURES: dict[str, tuple[str, ...]] = {
    "emla": ("lidocaine", "prilocaine"),
    "pliaglis": ("lidocaine", "tetracaine"),
}
"""Products named by brand whose ingredients are substances of the table."""

LOCAL_ANAESTHETICS = frozenset({"lidocaine", "prilocaine", "benzocaine", "tetracaine", "procaine"})
ANAESTHETIC_CLASS = ("anaesthetic", "anesthetic", "αναισθητικ")
"""Words that name local anaesthetics as a class ("local anaesthetics", "τοπικά αναισθητικά")."""

NOISE_WORDS = frozenset(
    {
        "allergy",
        "allergies",
        "allergic",
        "allergen",
        "allergens",
        "to",
        "αλλεργια",
        "αλλεργιες",
        "αλλεργικοσ",
        "αλλεργικη",
        "αλλεργικο",
        "σε",
        "στο",
        "στον",
        "στη",
        "στην",
        "στα",
        "στισ",
        "στουσ",
    }
)
NONE_WORDS = frozenset(
    {"none", "no", "nil", "nka", "nkda", "unknown", "κανενα", "καμια", "καμμια", "ουδεμια"}
    | {"ουδεν", "δεν", "οχι", "χωρισ"}
)
"""A part of the allergy text that begins with one of these says there is none."""

MIN_CORE = 3
SHOWN_MAX = 80

_SEPARATORS = re.compile(r"[,;:/\n\r+&•·]|\b(?:and|or|και|ή)\b", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Allergy:
    """One allergy of the record: its words as typed, and what it matches."""

    shown: str
    core: str
    """The allergy's words, folded, one space between them."""
    substances: frozenset[str]
    names_anaesthetics: bool
    """True when it names local anaesthetics as a class."""


def recorded_allergies(text: str) -> list[Allergy]:
    """The allergies a free-text allergy field names, each once, in their order."""
    found: dict[str, Allergy] = {}
    for part in _SEPARATORS.split(_BRACKETED.sub(" ", text)):
        allergy = _allergy(part)
        if allergy is not None and allergy.core not in found:
            found[allergy.core] = allergy
    return list(found.values())


def _allergy(part: str) -> Allergy | None:
    kept = [m for m in _WORD.finditer(part) if fold(m.group()) not in NOISE_WORDS]
    if not kept or fold(kept[0].group()) in NONE_WORDS:
        return None
    core = " ".join(fold(m.group()) for m in kept)
    if len(core) < MIN_CORE:
        return None
    shown = part[kept[0].start() : kept[-1].end()]
    if len(shown) > SHOWN_MAX:
        shown = shown[: SHOWN_MAX - 1].rstrip() + "…"
    names_class = any(_begins_word(word, core) for word in ANAESTHETIC_CLASS)
    substances = substances_in(core) | (LOCAL_ANAESTHETICS if names_class else frozenset())
    return Allergy(shown, core, substances, names_class)


def substances_in(text: str) -> frozenset[str]:
    """The substances of the table a text names, by any spelling or as a mixture's name."""
    folded = _folded(text)
    named = {
        name for name, forms in SUBSTANCES.items() if any(_begins_word(f, folded) for f in forms)
    }
    for mixture, ingredients in MIXTURES.items():
        if _begins_word(mixture, folded):
            named.update(ingredients)
    return frozenset(named)


def allergy_matches(allergy: Allergy, text: str, *, anaesthetic: bool = False) -> bool:
    """Whether `text` (a product's name and solution, or the topical anaesthetic) holds
    the allergen; `anaesthetic` says the text is the topical anaesthetic."""
    if not text.strip():
        return False
    if anaesthetic and allergy.names_anaesthetics:
        return True
    return _begins_word(allergy.core, _folded(text)) or bool(
        allergy.substances & substances_in(text)
    )


def _folded(text: str) -> str:
    return " ".join(fold(m.group()) for m in _WORD.finditer(text))


def _begins_word(needle: str, folded_text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(needle)}", folded_text) is not None
