"""What an amendment changed: the fields that differ between two versions of a session."""

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
from mesolog.domain.session_changes import session_changes

ATHENS = dt.timezone(dt.timedelta(hours=2))
NEEDLE = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)
PEN = PenTechnique(depth_mm=0.75, penetrations_per_second=80, needle_count=12, passes=3)
HYDRA = ProductUse(Solution.HYALURONIC_ACID, 2.0, "HydraBoost", "1.5%", "AB-123")
VITA = ProductUse(Solution.VITAMINS, 1.0, "Vita C", "", "V-9", dt.date(2027, 1, 31))
ALLERGEN = GivenDespite("allergen_given", 'Allergy on record "Lidocaine": …', "patch test")
FOREHEAD = TreatmentLine(Area.FOREHEAD, NEEDLE, (HYDRA, VITA))
NECK = TreatmentLine(Area.NECK, PEN, (VITA,), "left side")
REDNESS = Reaction(ReactionKind.REDNESS, Severity.MILD, Area.FOREHEAD, Onset.DURING)
BEFORE = SessionInput(
    dt.datetime(2026, 3, 3, 10, 0, tzinfo=ATHENS),
    "Δρ Ελένη Βασιλείου",
    (FOREHEAD, NECK),
    pre_treatment=PreTreatment(10, "Lidocaine 5% cream", True),
    reactions=(REDNESS,),
    improvement_score=6,
    notes="Καλή ανοχή.",
    given_despite=(ALLERGEN,),
)


def changes(after: SessionInput) -> list[tuple[tuple[str | int, ...], object, object]]:
    return [(c.path, c.old, c.new) for c in session_changes(BEFORE, after)]


def with_line(index: int, line: TreatmentLine) -> tuple[TreatmentLine, ...]:
    lines = list(BEFORE.treatments)
    lines[index] = line
    return tuple(lines)


def test_the_same_session_has_no_change() -> None:
    assert session_changes(BEFORE, BEFORE) == []
    assert session_changes(BEFORE, replace(BEFORE)) == []


def test_the_sessions_own_fields_in_the_order_of_the_session() -> None:
    course = CourseId(uuid.uuid4())
    after = replace(
        BEFORE,
        performed_at=BEFORE.performed_at + dt.timedelta(days=-1),
        clinician="Dr Nikos Karmiris",
        course_id=course,
        improvement_score=None,
        notes="Καλή ανοχή. Ερυθρότητα 20 λεπτά.",
    )
    assert changes(after) == [
        (("performed_at",), BEFORE.performed_at, after.performed_at),
        (("clinician",), "Δρ Ελένη Βασιλείου", "Dr Nikos Karmiris"),
        (("course_id",), None, course),
        (("improvement_score",), 6, None),
        (("notes",), "Καλή ανοχή.", "Καλή ανοχή. Ερυθρότητα 20 λεπτά."),
    ]


def test_the_same_moment_at_another_offset_is_no_change() -> None:
    utc = BEFORE.performed_at.astimezone(dt.UTC)
    assert session_changes(BEFORE, replace(BEFORE, performed_at=utc)) == []


def test_pre_treatment_fields_each() -> None:
    after = replace(BEFORE, pre_treatment=PreTreatment(3, None, False))
    assert changes(after) == [
        (("pre_treatment", "nsaids_paused_days"), 10, 3),
        (("pre_treatment", "topical_anaesthetic"), "Lidocaine 5% cream", None),
        (("pre_treatment", "consent_confirmed"), True, False),
    ]


def test_a_lot_and_a_depth_corrected() -> None:
    line = replace(
        FOREHEAD,
        technique=replace(NEEDLE, depth_mm=2.0),
        products=(replace(HYDRA, lot_number="AB-132"), VITA),
    )
    after = replace(BEFORE, treatments=with_line(0, line))
    assert changes(after) == [
        (("treatments", 0, "technique", "depth_mm"), 1.5, 2.0),
        (("treatments", 0, "products", 0, "lot_number"), "AB-123", "AB-132"),
    ]
    found = session_changes(BEFORE, after)
    assert [c.name for c in found] == ["depth_mm", "lot_number"]
    assert not any(c.added or c.removed for c in found)


def test_every_field_of_a_product_and_of_a_technique() -> None:
    product = ProductUse(Solution.PEPTIDES, 3.5, "Vita C", "2%", "V-10", dt.date(2027, 6, 30))
    pen = PenTechnique(depth_mm=1.0, penetrations_per_second=90, needle_count=16, passes=None)
    after = replace(
        BEFORE, treatments=with_line(1, replace(NECK, technique=pen, products=(product,)))
    )
    assert changes(after) == [
        (("treatments", 1, "technique", "depth_mm"), 0.75, 1.0),
        (("treatments", 1, "technique", "penetrations_per_second"), 80, 90),
        (("treatments", 1, "technique", "needle_count"), 12, 16),
        (("treatments", 1, "technique", "passes"), 3, None),
        (("treatments", 1, "products", 0, "solution"), Solution.VITAMINS, Solution.PEPTIDES),
        (("treatments", 1, "products", 0, "volume_ml"), 1.0, 3.5),
        (("treatments", 1, "products", 0, "concentration"), "", "2%"),
        (("treatments", 1, "products", 0, "lot_number"), "V-9", "V-10"),
        (
            ("treatments", 1, "products", 0, "expiry_date"),
            dt.date(2027, 1, 31),
            dt.date(2027, 6, 30),
        ),
    ]


def test_needle_to_pen_is_one_change_of_technique() -> None:
    after = replace(BEFORE, treatments=with_line(0, replace(FOREHEAD, technique=PEN)))
    assert changes(after) == [(("treatments", 0, "technique"), NEEDLE, PEN)]


def test_a_line_area_and_its_detail() -> None:
    after = replace(
        BEFORE, treatments=with_line(1, replace(NECK, area=Area.DECOLLETAGE, area_detail=""))
    )
    assert changes(after) == [
        (("treatments", 1, "area"), Area.NECK, Area.DECOLLETAGE),
        (("treatments", 1, "area_detail"), "left side", ""),
    ]


def test_a_line_added_at_the_end_and_one_removed_from_the_start() -> None:
    cheeks = TreatmentLine(Area.CHEEKS, NEEDLE)
    added = replace(BEFORE, treatments=(FOREHEAD, NECK, cheeks))
    assert changes(added) == [(("treatments", 2), None, cheeks)]
    removed = replace(BEFORE, treatments=(NECK,))
    found = session_changes(BEFORE, removed)
    assert [(c.path, c.old, c.new) for c in found] == [(("treatments", 0), FOREHEAD, None)]
    assert found[0].removed and not found[0].added and found[0].name == "treatments"


def test_lines_reordered_and_one_changed_are_matched_by_area() -> None:
    neck = replace(NECK, area_detail="both sides")
    after = replace(BEFORE, treatments=(neck, FOREHEAD))
    assert changes(after) == [(("treatments", 0, "area_detail"), "left side", "both sides")]


def test_a_product_added_and_one_removed_inside_a_line() -> None:
    peptide = ProductUse(Solution.PEPTIDES, 1.0, "Peptix")
    after = replace(BEFORE, treatments=with_line(0, replace(FOREHEAD, products=(VITA, peptide))))
    found = session_changes(BEFORE, after)
    assert [(c.path, c.old, c.new) for c in found] == [
        (("treatments", 0, "products", 0), HYDRA, None),
        (("treatments", 0, "products", 1), None, peptide),
    ]
    assert found[0].removed and found[1].added
    assert [c.name for c in found] == ["products", "products"]


def test_a_product_of_another_name_and_solution_is_another_product() -> None:
    other = ProductUse(Solution.CAFFEINE, 1.0, "Slim")
    after = replace(BEFORE, treatments=with_line(1, replace(NECK, products=(other,))))
    assert changes(after) == [
        (("treatments", 1, "products", 0), VITA, None),
        (("treatments", 1, "products", 0), None, other),
    ]


def test_a_product_renamed_is_changed_when_it_is_the_only_one_left() -> None:
    after = replace(
        BEFORE,
        treatments=with_line(1, replace(NECK, products=(replace(VITA, product_name="Vita C+"),))),
    )
    assert changes(after) == [
        (("treatments", 1, "products", 0, "product_name"), "Vita C", "Vita C+")
    ]


def test_products_match_by_name_whatever_the_case_and_spaces() -> None:
    renamed = replace(HYDRA, product_name="hydraboost ", volume_ml=2.5)
    after = replace(BEFORE, treatments=with_line(0, replace(FOREHEAD, products=(VITA, renamed))))
    assert changes(after) == [
        (("treatments", 0, "products", 1, "volume_ml"), 2.0, 2.5),
        (("treatments", 0, "products", 1, "product_name"), "HydraBoost", "hydraboost "),
    ]


def test_reactions_added_removed_and_changed() -> None:
    bruise = Reaction(ReactionKind.BRUISING, Severity.MODERATE)
    worse = replace(
        REDNESS, severity=Severity.MODERATE, resolved_on=dt.date(2026, 3, 5), notes="2 d"
    )
    assert changes(replace(BEFORE, reactions=(worse, bruise))) == [
        (("reactions", 0, "severity"), Severity.MILD, Severity.MODERATE),
        (("reactions", 0, "resolved_on"), None, dt.date(2026, 3, 5)),
        (("reactions", 0, "notes"), "", "2 d"),
        (("reactions", 1), None, bruise),
    ]
    assert changes(replace(BEFORE, reactions=())) == [(("reactions", 0), REDNESS, None)]


def test_a_reaction_of_another_kind_in_its_place_is_a_change_of_kind() -> None:
    swelling = replace(REDNESS, kind=ReactionKind.SWELLING)
    assert changes(replace(BEFORE, reactions=(swelling,))) == [
        (("reactions", 0, "kind"), ReactionKind.REDNESS, ReactionKind.SWELLING)
    ]


def test_warnings_given_anyway_match_by_kind_and_never_across_kinds() -> None:
    reasoned = replace(ALLERGEN, reason="patch test negative on 2 March")
    assert changes(replace(BEFORE, given_despite=(reasoned,))) == [
        (("given_despite", 0, "reason"), "patch test", "patch test negative on 2 March")
    ]
    early = GivenDespite("session_early", "Before the course's due window.", "")
    assert changes(replace(BEFORE, given_despite=(early,))) == [
        (("given_despite", 0), ALLERGEN, None),
        (("given_despite", 0), None, early),
    ]


def at(record: object, path: tuple[str | int, ...]) -> object:
    for part in path:
        record = record[part] if isinstance(part, int) else getattr(record, part)  # type: ignore[index]
    return record


@pytest.mark.parametrize(
    "after",
    [
        replace(BEFORE, treatments=()),
        replace(BEFORE, reactions=(), given_despite=(), notes=""),
        replace(BEFORE, treatments=(NECK, replace(NECK, area_detail=""), FOREHEAD)),
        replace(
            BEFORE,
            treatments=(replace(FOREHEAD, products=(VITA,)), replace(NECK, technique=NEEDLE)),
        ),
    ],
)
def test_each_path_leads_to_its_values(after: SessionInput) -> None:
    """The new value is at the path in the amendment; an item removed is at its own position
    in the version amended, inside the item it belongs to."""
    found = session_changes(BEFORE, after)
    assert found
    for change in found:
        assert change.old != change.new
        if change.removed:
            parent = at(after, change.path[:-2]) if len(change.path) > 2 else BEFORE
            if parent is not BEFORE:
                matching = [line for line in BEFORE.treatments if line.area == parent.area]  # type: ignore[attr-defined]
                parent = matching[0]
            assert at(parent, change.path[-2:]) == change.old
        else:
            assert at(after, change.path) == change.new
