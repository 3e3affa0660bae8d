"""Invented clinical content for the demo clinic (data only): patients' health details,
products, treatment recipes, areas, reactions and notes.

Every product is made up; no real product is meant. The free texts are phrases of the
context Demo, written into the records in the language the demo is filled in (`Say`);
names of people and products, lot numbers, units and codes are the same in every language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from mesolog.domain.enums import (
    Area,
    Fitzpatrick,
    Indication,
    NeedleMethod,
    Onset,
    ReactionKind,
    Solution,
)
from mesolog.domain.texts import Text, phrase, verbatim

Say = Callable[[Text], str]
"""Writes a demo text in the language the demo is filled in (`str`: English)."""
NONE = verbatim("")
"""No text: the same in every language."""

ALLERGIES: tuple[Text, ...] = (
    phrase("Demo", "Lidocaine (contact dermatitis)"),
    phrase("Demo", "Nickel"),
    phrase("Demo", "Penicillin"),
    phrase("Demo", "Latex"),
)

MEDICATIONS_NSAID: tuple[Text, ...] = (
    phrase("Demo", "Aspirin 100 mg daily"),
    phrase("Demo", "Ibuprofen 400 mg as needed"),
    phrase("Demo", "Naproxen 250 mg as needed for back pain"),
    phrase("Demo", "Levothyroxine 50 µg daily; Ibuprofen as needed"),
)

MEDICATIONS_OTHER: tuple[Text, ...] = (
    phrase("Demo", "Levothyroxine 75 µg daily"),
    phrase("Demo", "Combined oral contraceptive"),
    phrase("Demo", "Vitamin D 1000 IU daily"),
    phrase("Demo", "Atorvastatin 10 mg daily"),
    phrase("Demo", "Cetirizine 10 mg in spring"),
)

MEDICAL_HISTORY: tuple[Text, ...] = (
    phrase("Demo", "Hypothyroidism, well controlled"),
    phrase("Demo", "Seasonal allergic rhinitis"),
    phrase("Demo", "Caesarean section 2016"),
    phrase("Demo", "Rosacea, mild"),
    phrase("Demo", "Migraine"),
)


class Product(NamedTuple):
    solution: Solution
    name: str
    concentration: Text
    lot_code: str


PRODUCTS: dict[str, Product] = {
    "ha": Product(
        Solution.HYALURONIC_ACID,
        "HydraBoost 1.5%",
        phrase("Demo", "15 mg/ml non-cross-linked HA"),
        "HA",
    ),
    "ha2": Product(
        Solution.HYALURONIC_ACID, "AquaVeil HA 2%", phrase("Demo", "20 mg/ml hyaluronic acid"), "AV"
    ),
    "dmae": Product(Solution.DMAE, "FirmaTone DMAE 3%", verbatim("3% DMAE"), "FT"),
    "caf": Product(Solution.CAFFEINE, "CaffeSlim 2.5%", phrase("Demo", "25 mg/ml caffeine"), "CS"),
    "pc": Product(
        Solution.PHOSPHATIDYLCHOLINE,
        "LipoCell PC 5%",
        phrase("Demo", "50 mg/ml phosphatidylcholine"),
        "LC",
    ),
    "vit": Product(
        Solution.VITAMINS, "VitaGlow Cocktail", phrase("Demo", "vitamins C, B5, E"), "VG"
    ),
    "amino": Product(
        Solution.AMINO_ACIDS, "AminoRenew 12", phrase("Demo", "12 amino acids + glutathione"), "AR"
    ),
    "pept": Product(
        Solution.PEPTIDES, "PeptiLift", phrase("Demo", "oligopeptide complex 0.05%"), "PL"
    ),
    "tricho": Product(
        Solution.PEPTIDES, "TrichoPep Scalp", phrase("Demo", "copper peptide + biotin"), "TP"
    ),
    "si": Product(Solution.OTHER, "SiliCore 0.5%", phrase("Demo", "organic silicon 0.5%"), "SC"),
    "vitc": Product(
        Solution.VITAMINS, "C-Bright Ampoule", phrase("Demo", "20% ascorbic acid, 2 ml"), "CB"
    ),
}
""""vitc" is counted in ampoules (services.demo_catalogue); services.demo_ampoules gives it."""


class Recipe(NamedTuple):
    areas: tuple[Area, ...]
    max_areas: int
    products: tuple[str, ...]
    per_line: int
    pen_share: float
    methods: tuple[NeedleMethod, ...]
    protocol: Text
    details: tuple[Text, ...] = (NONE,)


_NAPPAGE, _POINT = NeedleMethod.NAPPAGE, NeedleMethod.POINT_BY_POINT
_PAPULE, _LINEAR = NeedleMethod.PAPULE, NeedleMethod.LINEAR
RECIPES: dict[Indication, tuple[Recipe, ...]] = {
    Indication.HYDRATION_TIGHTENING: (
        Recipe(
            (Area.FULL_FACE, Area.NECK, Area.DECOLLETAGE),
            3,
            ("ha", "ha2", "vit"),
            1,
            0.6,
            (_NAPPAGE,),
            phrase("Demo", "Hydration, face-neck-chest"),
        ),
    ),
    Indication.WRINKLES: (
        Recipe(
            (Area.FOREHEAD, Area.PERIORAL, Area.NECK, Area.DECOLLETAGE),
            2,
            ("ha2", "pept", "dmae"),
            1,
            0.3,
            (_POINT, _PAPULE),
            phrase("Demo", "Wrinkle smoothing"),
        ),
    ),
    Indication.RADIANCE_REGENERATION: (
        Recipe(
            (Area.FULL_FACE, Area.NECK, Area.DECOLLETAGE, Area.HANDS),
            2,
            ("vit", "amino", "ha"),
            1,
            0.5,
            (_NAPPAGE,),
            phrase("Demo", "Bio-revitalisation"),
        ),
    ),
    Indication.EYE_BAGS_PERIORBITAL: (
        Recipe(
            (Area.PERIORBITAL,),
            1,
            ("pept", "ha"),
            1,
            0.3,
            (_POINT, _PAPULE),
            phrase("Demo", "Periorbital rejuvenation"),
            (phrase("Demo", "Lower eyelids"), phrase("Demo", "Lower eyelids and crow's feet")),
        ),
    ),
    Indication.PORES_ACNE_SCARS: (
        Recipe(
            (Area.CHEEKS, Area.FOREHEAD, Area.JAWLINE),
            2,
            ("amino", "vit", "pept"),
            1,
            0.8,
            (_NAPPAGE,),
            phrase("Demo", "Pores and atrophic acne scars"),
        ),
    ),
    Indication.STRETCH_MARKS: (
        Recipe(
            (Area.ABDOMEN, Area.THIGHS, Area.BUTTOCKS),
            2,
            ("pept", "amino", "si"),
            1,
            0.7,
            (_LINEAR,),
            phrase("Demo", "Striae distensae"),
        ),
    ),
    Indication.CELLULITE_FIRMING: (
        Recipe(
            (Area.THIGHS, Area.BUTTOCKS, Area.ABDOMEN, Area.FLANKS, Area.KNEES),
            3,
            ("caf", "pc", "dmae"),
            2,
            0.1,
            (_NAPPAGE, _LINEAR, _POINT),
            phrase("Demo", "Cellulite and firming"),
        ),
    ),
    Indication.POST_OPERATIVE_SCARS: (
        Recipe(
            (Area.SCAR_SITE,),
            1,
            ("pept", "amino", "ha"),
            1,
            0.7,
            (_LINEAR, _POINT),
            phrase("Demo", "Scar remodelling"),
            (
                phrase("Demo", "Abdominoplasty scar, lower abdomen"),
                phrase("Demo", "Caesarean section scar"),
                phrase("Demo", "Knee arthroscopy portal scars"),
                phrase("Demo", "Breast reduction scars"),
            ),
        ),
    ),
    Indication.OTHER: (
        Recipe(
            (Area.SCALP,),
            1,
            ("tricho", "vit"),
            1,
            0.3,
            (_NAPPAGE, _POINT),
            phrase("Demo", "Hair loss, scalp mesotherapy"),
            (phrase("Demo", "Frontal hairline and vertex"), phrase("Demo", "Crown", "of the head")),
        ),
        Recipe(
            (Area.KNEES, Area.ARMS),
            1,
            ("dmae", "si"),
            1,
            0.2,
            (_NAPPAGE,),
            phrase("Demo", "Skin laxity"),
            (phrase("Demo", "Inner upper arms"), phrase("Demo", "Above the knees")),
        ),
    ),
}
POPULAR = (
    Indication.HYDRATION_TIGHTENING,
    Indication.RADIANCE_REGENERATION,
    Indication.CELLULITE_FIRMING,
    Indication.WRINKLES,
    Indication.EYE_BAGS_PERIORBITAL,
)

AREAS: dict[Area, tuple[float, float, float, float, float, float]] = {
    # needle depth low/high, pen depth low/high, volume low/high
    Area.FOREHEAD: (1.0, 1.5, 0.5, 1.0, 0.5, 1.5),
    Area.PERIORBITAL: (1.0, 1.0, 0.25, 0.5, 0.5, 1.0),
    Area.CHEEKS: (1.0, 2.0, 0.75, 1.5, 1.0, 2.0),
    Area.PERIORAL: (1.0, 1.5, 0.5, 1.0, 0.5, 1.0),
    Area.JAWLINE: (1.5, 2.0, 0.75, 1.5, 1.0, 1.5),
    Area.FULL_FACE: (1.0, 2.0, 0.5, 1.5, 2.0, 3.0),
    Area.SCALP: (1.5, 2.5, 0.5, 1.5, 2.0, 4.0),
    Area.NECK: (1.0, 1.5, 0.5, 1.0, 1.0, 2.0),
    Area.DECOLLETAGE: (1.0, 2.0, 0.5, 1.0, 1.5, 2.5),
    Area.HANDS: (1.0, 1.5, 0.5, 1.0, 1.0, 2.0),
    Area.ARMS: (2.0, 3.0, 1.0, 2.0, 2.0, 4.0),
    Area.ABDOMEN: (3.0, 4.0, 1.5, 2.5, 3.0, 5.0),
    Area.FLANKS: (3.0, 4.0, 1.5, 2.5, 2.0, 4.0),
    Area.BUTTOCKS: (3.0, 4.0, 1.5, 2.5, 3.0, 5.0),
    Area.THIGHS: (3.0, 4.0, 1.5, 2.5, 3.0, 5.0),
    Area.KNEES: (2.0, 3.0, 1.0, 2.0, 1.0, 2.0),
    Area.SCAR_SITE: (1.0, 2.0, 1.0, 2.0, 0.5, 1.5),
}

REACTIONS: tuple[tuple[ReactionKind, float, float, tuple[Onset, ...], int, int], ...] = (
    # kind, chance with the needle, with the pen, onsets, days to resolve low/high
    (ReactionKind.REDNESS, 0.35, 0.6, (Onset.DURING, Onset.SAME_DAY), 0, 1),
    (ReactionKind.SWELLING, 0.15, 0.15, (Onset.SAME_DAY, Onset.NEXT_DAYS), 1, 3),
    (ReactionKind.BRUISING, 0.18, 0.04, (Onset.SAME_DAY, Onset.NEXT_DAYS), 4, 9),
    (ReactionKind.PAIN, 0.08, 0.05, (Onset.DURING,), 0, 0),
    (ReactionKind.ITCHING, 0.04, 0.05, (Onset.SAME_DAY, Onset.NEXT_DAYS), 1, 3),
    (ReactionKind.SENSITIVITY, 0.04, 0.06, (Onset.SAME_DAY,), 1, 2),
    (ReactionKind.NAUSEA, 0.01, 0.005, (Onset.DURING,), 0, 0),
    (ReactionKind.DISCOLOURATION, 0.005, 0.01, (Onset.LATER,), 20, 60),
    (ReactionKind.INFECTION, 0.002, 0.003, (Onset.NEXT_DAYS,), 5, 10),
)
FOLLOW_UP: tuple[Text, ...] = (
    phrase("Demo", "Cold compress advised; reviewed by phone."),
    phrase("Demo", "Reviewed at the clinic two days later."),
    phrase("Demo", "Arnica gel advised."),
)
SESSION_NOTES: tuple[Text, ...] = (
    NONE,
    NONE,
    NONE,
    NONE,
    phrase("Demo", "Well tolerated."),
    phrase("Demo", "Photos taken for comparison."),
    phrase("Demo", "Patient reports smoother texture."),
    phrase("Demo", "Advised SPF 50 and no make-up for 12 h."),
)
STOPPED = (
    (
        ReactionKind.BRUISING,
        phrase("Demo", "Stopped at the patient's request after moderate bruising."),
    ),
    (
        ReactionKind.SWELLING,
        phrase("Demo", "Stopped: moderate swelling; the patient preferred to pause."),
    ),
)
ANAESTHETICS = (
    phrase("Demo", "EMLA 5% cream, 30 min under occlusion"),
    phrase("Demo", "Lidocaine 4% cream, 20 min"),
)
COMPLETED = (
    NONE,
    phrase("Demo", "Maintenance every 3 months advised."),
    phrase("Demo", "Good result, photos on file."),
)

FITZPATRICK: tuple[Fitzpatrick | None, ...] = (
    None,
    *(Fitzpatrick.I, Fitzpatrick.V),
    *[Fitzpatrick.II] * 3,
    *[Fitzpatrick.III] * 4,
    *[Fitzpatrick.IV] * 3,
)
"""Drawn with equal chance: mostly II–IV, a few I and V, sometimes not recorded."""
