"""The aftercare advice a patient takes home with the patient copy of the summary.

From the clinic's patient guide (domain/mesotherapy-patient-guide.txt): no recovery
time is needed and almost everyone goes straight back to their usual activities;
aspirin and other NSAIDs are avoided for a week before a session because they make
bruising more likely; the reactions reported are nausea and pain, sensitivity,
swelling, itching, redness, bruising, skin discolouration, infection and scars.

The guide does not say how long to keep the skin from sun, heat or make-up, how long
the usual reactions last, or when to call: those items are the common aftercare
advice after mesotherapy and micro-needling, worded for a patient, and marked
"practice" below so that a clinic's medical lead knows which to check.
"""

from __future__ import annotations

from dataclasses import dataclass

from mesolog.domain import limits


@dataclass(frozen=True, slots=True)
class Avoid:
    what: str
    how_long: str
    why: str


@dataclass(frozen=True, slots=True)
class Expected:
    what: str
    passes: str


RECOVERY = (
    "Mesotherapy needs no recovery time: almost everyone goes back to their usual "
    "activities straight away."
)
"""The guide."""

AVOID: tuple[Avoid, ...] = (
    Avoid(  # practice
        "Make-up, and touching or rubbing the treated skin",
        "the first 12 hours (24 hours after the micro-needling pen)",
        "the tiny needle marks close in that time",
    ),
    Avoid(  # practice
        "Hard exercise, sauna, steam room, hot baths and swimming pools",
        "48 hours",
        "heat and sweat make swelling and infection more likely",
    ),
    Avoid(  # practice; the guide names the sun as what ages the skin
        "Sunbathing and sunbeds",
        "48 hours; after that, sunscreen (SPF 30 or higher) on the treated skin",
        "treated skin burns and darkens more easily",
    ),
    Avoid(  # practice
        "Peels, scrubs, retinol and acid creams on the treated skin",
        "3 days",
        "they irritate skin that is healing",
    ),
    Avoid(  # the guide
        "Aspirin and other anti-inflammatory painkillers (NSAIDs such as ibuprofen)",
        f"{limits.NSAID_WARNING_DAYS} days before each session",
        "they make bruising more likely. Never stop a medicine a doctor prescribed for you "
        "(for example aspirin for the heart) without asking that doctor first",
    ),
)

EXPECTED: tuple[Expected, ...] = (
    Expected(  # the guide's reactions; how long they last: practice
        "Redness, slight swelling, tenderness, itching and small bumps where the needle went in",
        "usually fade within 1 to 2 days",
    ),
    Expected(  # the guide's reaction; how long it lasts: practice
        "Small bruises",
        "fade within 1 to 2 weeks",
    ),
)

CALL_THE_CLINIC: tuple[str, ...] = (  # practice, for the guide's infection, scars, discolouration
    "redness, swelling, warmth or pain that grows after the second day, pus, or a fever "
    "(signs of an infection)",
    "a bruise, a lump or a change of skin colour still there after 2 weeks",
    "anything else about the treated skin that worries you",
)

EMERGENCY = (  # practice: an allergic reaction
    "Swelling of the lips, tongue or throat, difficulty breathing or feeling faint: "
    "call the emergency services at once."
)
