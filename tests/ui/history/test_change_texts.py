"""An amendment's changes in words a clinician reads, dates and decimals in the locale's
format, free texts too long for a row given whole for the tooltip."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

import pytest

from mesolog.domain.enums import (
    Area,
    NeedleMethod,
    Onset,
    ReactionKind,
    Severity,
    Solution,
)
from mesolog.domain.ids import CourseId
from mesolog.domain.records import (
    GivenDespite,
    NeedleTechnique,
    PenTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    SessionInput,
    TreatmentLine,
)
from mesolog.ui.common.dates import shown_date
from mesolog.ui.history._change_texts import ChangeTexts
from mesolog.ui.history._history_formats import date_time_text
from mesolog.ui.history._history_rows import RowTexts
from tests.locale_support import decimal

ATHENS = dt.timezone(dt.timedelta(hours=2))
NEEDLE = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)
PEN = PenTechnique(depth_mm=0.75, penetrations_per_second=80, needle_count=12, passes=3)
HYDRA = ProductUse(Solution.HYALURONIC_ACID, 2.0, "HydraBoost", "1.5%", "AB-123")
VITA = ProductUse(Solution.VITAMINS, 1.0, "", "", "V-9", dt.date(2027, 1, 31))
FOREHEAD = TreatmentLine(Area.FOREHEAD, NEEDLE, (HYDRA,))
REDNESS = Reaction(ReactionKind.REDNESS, Severity.MILD)
ALLERGEN = (
    'Allergy on record "Lidocaine": the topical anaesthetic "Lidocaine 5% cream" contains it.'
)
WRINKLES = CourseId(uuid.uuid4())
BEFORE = SessionInput(
    dt.datetime(2026, 3, 3, 10, 0, tzinfo=ATHENS),
    "Dr Eleni Vasileiou",
    (FOREHEAD,),
    pre_treatment=PreTreatment(10, None, True),
    reactions=(REDNESS,),
    notes="Tolerated well.",
    given_despite=(GivenDespite("allergen_given", ALLERGEN, "patch test negative"),),
)


@pytest.fixture
def words() -> ChangeTexts:
    return ChangeTexts(RowTexts())


def said(words: ChangeTexts, after: SessionInput, before: SessionInput = BEFORE) -> list[str]:
    courses = {WRINKLES: "Wrinkles from 01/02/2026"}
    return [t.short.replace("\u00a0", " ") for t in words.texts(before, after, courses)]


def test_a_lot_and_a_depth_as_in_the_issue(words: ChangeTexts) -> None:
    line = replace(
        FOREHEAD,
        technique=replace(NEEDLE, depth_mm=2.0),
        products=(replace(HYDRA, lot_number="AB-132"),),
    )
    assert said(words, replace(BEFORE, treatments=(line,))) == [
        f"depth: {decimal('1.5')} mm → 2 mm",
        "lot of HydraBoost 1.5%: AB-123 → AB-132",
    ]


def test_the_sessions_own_fields(words: ChangeTexts) -> None:
    moved = dt.datetime(2026, 3, 2, 16, 15, tzinfo=ATHENS)
    after = replace(
        BEFORE,
        performed_at=moved,
        clinician="Dr Nikos Karmiris",
        course_id=WRINKLES,
        improvement_score=6,
        notes="Tolerated well; redness 20 min.",
    )
    assert said(words, after) == [
        f"date: {date_time_text(BEFORE.performed_at)} → {date_time_text(moved)}",
        "clinician: Dr Eleni Vasileiou → Dr Nikos Karmiris",
        "course: outside courses → Wrinkles from 01/02/2026",
        "improvement: none → 6/10",
        "notes: “Tolerated well.” → “Tolerated well; redness 20 min.”",
    ]


def test_pre_treatment(words: ChangeTexts) -> None:
    after = replace(BEFORE, pre_treatment=PreTreatment(None, "Lidocaine 5% cream", False))
    assert said(words, after) == [
        "last aspirin/NSAID: 10 days before → not asked",
        "topical anaesthetic: none → Lidocaine 5% cream",
        "consent confirmed: yes → no",
    ]


def test_long_notes_are_said_changed_and_given_whole_for_the_tooltip(words: ChangeTexts) -> None:
    longer = "Tolerated well. " + "Mild redness over the forehead for twenty minutes. " * 3
    (text,) = words.texts(BEFORE, replace(BEFORE, notes=longer), {})
    assert text.short == "notes changed (both versions in the tooltip)"
    assert text.full == f"notes: “Tolerated well.” → “{longer}”"
    (emptied,) = words.texts(BEFORE, replace(BEFORE, notes=""), {})
    assert emptied.short == "notes: “Tolerated well.” → none"


def test_technique_fields_and_a_change_of_technique(words: ChangeTexts) -> None:
    finer = replace(NEEDLE, gauge=32, length_mm=6.0, method=None)
    assert said(words, replace(BEFORE, treatments=(replace(FOREHEAD, technique=finer),))) == [
        "needle gauge: 30G → 32G",
        "needle length: 4 mm → 6 mm",
        "method: nappage → none",
    ]
    (pen,) = said(words, replace(BEFORE, treatments=(replace(FOREHEAD, technique=PEN),)))
    assert pen == (
        f"technique: 30G · 4 mm · depth {decimal('1.5')} mm · nappage → "
        f"12 needles · depth {decimal('0.75')} mm · 80/s · 3 passes"
    )


def test_with_several_lines_a_change_names_its_area(words: ChangeTexts) -> None:
    cheeks = TreatmentLine(Area.CHEEKS, PEN, (VITA,))
    before = replace(BEFORE, treatments=(FOREHEAD, cheeks))
    later = replace(VITA, volume_ml=1.5, expiry_date=dt.date(2027, 6, 30))
    after = replace(
        before,
        treatments=(
            FOREHEAD,
            replace(cheeks, area=Area.NECK, technique=replace(PEN, passes=4), products=(later,)),
        ),
    )
    assert said(words, after, before) == [
        "area: Cheeks → Neck",
        "passes (Neck): 3 → 4",
        f"volume of Vitamins (Neck): 1 ml → {decimal('1.5')} ml",
        f"expiry of Vitamins (Neck): {shown_date(dt.date(2027, 1, 31))} → "
        f"{shown_date(dt.date(2027, 6, 30))}",
    ]


def test_lines_and_products_added_and_removed(words: ChangeTexts) -> None:
    cheeks = TreatmentLine(Area.CHEEKS, PEN, (VITA,))
    assert said(words, replace(BEFORE, treatments=(FOREHEAD, cheeks))) == [
        f"line added: Cheeks: 12 needles · depth {decimal('0.75')} mm · 80/s · 3 passes with "
        "Vitamins · 1 ml · lot V-9"
    ]
    assert said(
        words, replace(BEFORE, treatments=(replace(FOREHEAD, products=(HYDRA, VITA)),))
    ) == [f"product added: Vitamins · 1 ml · lot V-9 · expires {shown_date(dt.date(2027, 1, 31))}"]
    assert said(words, replace(BEFORE, treatments=(replace(FOREHEAD, products=()),))) == [
        "product removed: Hyaluronic acid — HydraBoost 1.5% · 2 ml · lot AB-123"
    ]


def test_reactions(words: ChangeTexts) -> None:
    worse = replace(
        REDNESS, severity=Severity.MODERATE, onset=Onset.NEXT_DAYS, resolved_on=dt.date(2026, 3, 5)
    )
    bruise = Reaction(ReactionKind.BRUISING, Severity.MILD)
    assert said(words, replace(BEFORE, reactions=(worse, bruise))) == [
        "severity of Redness: mild → moderate",
        "onset of Redness: none → Next days",
        f"Redness resolved on: none → {shown_date(dt.date(2026, 3, 5))}",
        "reaction added: Bruising (mild)",
    ]
    assert said(words, replace(BEFORE, reactions=())) == ["reaction removed: Redness (mild)"]


def test_warnings_given_anyway(words: ChangeTexts) -> None:
    reasoned = replace(BEFORE.given_despite[0], reason="patch test negative on 2 March")
    assert said(words, replace(BEFORE, given_despite=(reasoned,))) == [
        "reason for going ahead: “patch test negative” → “patch test negative on 2 March”"
    ]
    (removed,) = words.texts(BEFORE, replace(BEFORE, given_despite=()), {})
    assert removed.short == "a warning given anyway removed (in the tooltip)"
    assert removed.full == f"warning given anyway removed: “{ALLERGEN}”"
    early = GivenDespite("session_early", "Early.")
    assert said(words, replace(BEFORE, given_despite=(*BEFORE.given_despite, early))) == [
        "warning given anyway added: “Early.”"
    ]


AMPOULE = ProductUse(Solution.VITAMINS, 5.0, "Vita Ampoule", "", "V-1", units=2.0)


def test_the_units_of_a_product_counted_in_units(words: ChangeTexts) -> None:
    before = replace(BEFORE, treatments=(replace(FOREHEAD, products=(AMPOULE,)),))
    more = replace(before, treatments=(replace(FOREHEAD, products=(replace(AMPOULE, units=3.0),)),))
    assert said(words, more, before) == ["units of Vita Ampoule: 2 → 3"]
    fewer = replace(
        before, treatments=(replace(FOREHEAD, products=(replace(AMPOULE, units=1.5),)),)
    )
    assert said(words, fewer, before) == [f"units of Vita Ampoule: 2 → {decimal('1.5')}"]
    none = replace(
        before, treatments=(replace(FOREHEAD, products=(replace(AMPOULE, units=None),)),)
    )
    assert said(words, none, before) == ["units of Vita Ampoule: 2 → none"]


def test_a_product_counted_in_units_added_or_removed_says_its_units(words: ChangeTexts) -> None:
    one = replace(AMPOULE, units=1.0)
    assert said(words, replace(BEFORE, treatments=(replace(FOREHEAD, products=(HYDRA, one)),))) == [
        "product added: Vitamins — Vita Ampoule · 1 unit · 5 ml · lot V-1"
    ]
    before = replace(BEFORE, treatments=(replace(FOREHEAD, products=(HYDRA, AMPOULE)),))
    assert said(words, BEFORE, before) == [
        "product removed: Vitamins — Vita Ampoule · 2 units · 5 ml · lot V-1"
    ]
