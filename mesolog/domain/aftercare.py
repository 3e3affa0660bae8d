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
from mesolog.domain.texts import Text, phrase


@dataclass(frozen=True, slots=True)
class Avoid:
    what: Text
    how_long: Text
    why: Text


@dataclass(frozen=True, slots=True)
class Expected:
    what: Text
    passes: Text


RECOVERY = phrase(
    "Aftercare",
    "Mesotherapy needs no recovery time: almost everyone goes back to their usual activities "
    "straight away.",
)
"""The guide."""

AVOID: tuple[Avoid, ...] = (
    Avoid(  # practice
        phrase("Aftercare", "Make-up, and touching or rubbing the treated skin"),
        phrase("Aftercare", "the first 12 hours (24 hours after the micro-needling pen)"),
        phrase("Aftercare", "the tiny needle marks close in that time"),
    ),
    Avoid(  # practice
        phrase("Aftercare", "Hard exercise, sauna, steam room, hot baths and swimming pools"),
        phrase("Aftercare", "48 hours", "how long to avoid heat after a session"),
        phrase("Aftercare", "heat and sweat make swelling and infection more likely"),
    ),
    Avoid(  # practice; the guide names the sun as what ages the skin
        phrase("Aftercare", "Sunbathing and sunbeds"),
        phrase(
            "Aftercare", "48 hours; after that, sunscreen (SPF 30 or higher) on the treated skin"
        ),
        phrase("Aftercare", "treated skin burns and darkens more easily"),
    ),
    Avoid(  # practice
        phrase("Aftercare", "Peels, scrubs, retinol and acid creams on the treated skin"),
        phrase("Aftercare", "3 days", "how long to avoid peels after a session"),
        phrase("Aftercare", "they irritate skin that is healing"),
    ),
    Avoid(  # the guide
        phrase(
            "Aftercare",
            "Aspirin and other anti-inflammatory painkillers (NSAIDs such as ibuprofen)",
        ),
        phrase("Aftercare", "{days} days before each session").having(
            days=limits.NSAID_WARNING_DAYS
        ),
        phrase(
            "Aftercare",
            "they make bruising more likely. Never stop a medicine a doctor prescribed for you "
            "(for example aspirin for the heart) without asking that doctor first",
        ),
    ),
)

EXPECTED: tuple[Expected, ...] = (
    Expected(  # the guide's reactions; how long they last: practice
        phrase(
            "Aftercare",
            "Redness, slight swelling, tenderness, itching and small bumps where the needle "
            "went in",
        ),
        phrase("Aftercare", "usually fade within 1 to 2 days"),
    ),
    Expected(  # the guide's reaction; how long it lasts: practice
        phrase("Aftercare", "Small bruises"),
        phrase("Aftercare", "fade within 1 to 2 weeks"),
    ),
)

CALL_THE_CLINIC: tuple[Text, ...] = (  # practice, for the guide's infection, scars, discolouration
    phrase(
        "Aftercare",
        "redness, swelling, warmth or pain that grows after the second day, pus, or a fever "
        "(signs of an infection)",
    ),
    phrase("Aftercare", "a bruise, a lump or a change of skin colour still there after 2 weeks"),
    phrase("Aftercare", "anything else about the treated skin that worries you"),
)

EMERGENCY = phrase(  # practice: an allergic reaction
    "Aftercare",
    "Swelling of the lips, tongue or throat, difficulty breathing or feeling faint: call the "
    "emergency services at once.",
)
