"""Reaction rates: the Wilson interval, depth bands, which sessions count for which group,
which reactions are attributed to which lines, too-few groups, and the order of the rows."""

from __future__ import annotations

import itertools

import pytest

from mesolog.domain import limits
from mesolog.domain.enums import Area, ReactionKind, Severity, Solution, TechniqueKind
from mesolog.domain.reaction_rates import (
    DEPTH_BANDS,
    MIN_SESSIONS,
    DepthBand,
    Dimension,
    LineFacts,
    Lot,
    RateRow,
    RateTable,
    ReactionChoice,
    ReactionFacts,
    SessionFacts,
    UsedProduct,
    depth_band,
    rate_table,
    wilson_interval,
)

NEEDLE, PEN = TechniqueKind.NEEDLE, TechniqueKind.PEN
REDNESS, BRUISING = ReactionKind.REDNESS, ReactionKind.BRUISING
MILD, MODERATE = Severity.MILD, Severity.MODERATE
HA = Solution.HYALURONIC_ACID


def product(
    name: str = "HydraBoost 1.5%", lot: str = "HA25-1116", solution: Solution = HA
) -> UsedProduct:
    return UsedProduct(name, lot, solution)


def line(
    area: Area = Area.FOREHEAD,
    *products: UsedProduct,
    technique: TechniqueKind = NEEDLE,
    depth: float = 1.5,
) -> LineFacts:
    return LineFacts(area, technique, depth, products)


def session(
    *lines: LineFacts, reactions: tuple[ReactionFacts, ...] = (), clinician: str = "Dr A"
) -> SessionFacts:
    return SessionFacts(clinician, lines or (line(),), reactions)


def reaction(
    kind: ReactionKind = REDNESS, severity: Severity = MILD, area: Area | None = None
) -> ReactionFacts:
    return ReactionFacts(kind, severity, area)


def row_of(table: RateTable, group: object) -> RateRow:
    found = [row for row in table.rows if row.group == group]
    assert len(found) == 1, f"{group!r} is in {len(found)} rows"
    return found[0]


def counts(table: RateTable) -> dict[object, tuple[int, int]]:
    return {row.group: (row.rate.sessions, row.rate.with_reaction) for row in table.rows}


# the interval


@pytest.mark.parametrize(
    ("successes", "trials", "low", "high"),
    [
        # R: prop.test(x, n, correct = FALSE)$conf.int
        (1, 10, 0.017876, 0.404150),
        (5, 10, 0.236593, 0.763407),
        (81, 263, 0.255289, 0.366210),
        (0, 10, 0.0, 0.277533),
        (10, 10, 0.722467, 1.0),
    ],
)
def test_the_wilson_interval_is_the_score_interval_without_continuity_correction(
    successes: int, trials: int, low: float, high: float
) -> None:
    interval = wilson_interval(successes, trials)
    assert interval.low == pytest.approx(low, abs=1e-6)
    assert interval.high == pytest.approx(high, abs=1e-6)
    assert 0.0 <= interval.low <= successes / trials <= interval.high <= 1.0


def test_no_reaction_has_a_low_end_of_zero_and_every_session_a_high_end_of_one() -> None:
    assert wilson_interval(0, 37).low == 0.0
    assert wilson_interval(37, 37).high == 1.0


@pytest.mark.parametrize(("successes", "trials"), [(0, 0), (3, 2), (-1, 4)])
def test_an_interval_needs_at_least_one_trial_and_at_most_as_many_successes(
    successes: int, trials: int
) -> None:
    with pytest.raises(ValueError, match="successes"):
        wilson_interval(successes, trials)


# depth bands


@pytest.mark.parametrize(
    ("technique", "depth", "band"),
    [
        (NEEDLE, 1.0, (1.0, 2.0)),
        (NEEDLE, 1.99, (1.0, 2.0)),
        (NEEDLE, 2.0, (2.0, 3.0)),
        (NEEDLE, 3.0, (3.0, 4.0)),
        (NEEDLE, 4.0, (3.0, 4.0)),
        (PEN, 0.25, (0.25, 0.5)),
        (PEN, 0.5, (0.5, 1.0)),
        (PEN, 0.75, (0.5, 1.0)),
        (PEN, 1.0, (1.0, 1.5)),
        (PEN, 1.5, (1.5, 2.5)),
        (PEN, 2.5, (1.5, 2.5)),
    ],
)
def test_a_depth_falls_in_the_band_it_starts_and_the_top_band_holds_its_upper_end(
    technique: TechniqueKind, depth: float, band: tuple[float, float]
) -> None:
    found = depth_band(technique, depth)
    assert found is not None
    assert (found.technique, found.low_mm, found.high_mm) == (technique, *band)


@pytest.mark.parametrize(
    ("technique", "depth"), [(NEEDLE, 0.5), (NEEDLE, 4.5), (PEN, 0.2), (PEN, 3.0)]
)
def test_a_depth_outside_every_band_has_none(technique: TechniqueKind, depth: float) -> None:
    assert depth_band(technique, depth) is None


def test_the_bands_cover_exactly_the_depths_the_schema_allows() -> None:
    for technique, allowed in ((NEEDLE, limits.NEEDLE_DEPTH_MM), (PEN, limits.PEN_DEPTH_MM)):
        bands = [b for b in DEPTH_BANDS if b.technique is technique]
        assert bands[0].low_mm == allowed.low
        assert bands[-1].high_mm == allowed.high
        assert all(a.high_mm == b.low_mm for a, b in itertools.pairwise(bands))


def test_bands_read_as_the_issue_writes_them() -> None:
    assert [str(b) for b in DEPTH_BANDS] == [
        "needle 1–2 mm",
        "needle 2–3 mm",
        "needle 3–4 mm",
        "pen 0.25–0.5 mm",
        "pen 0.5–1 mm",
        "pen 1–1.5 mm",
        "pen 1.5–2.5 mm",
    ]


def test_the_depth_dimension_groups_lines_by_band() -> None:
    sessions = [
        session(line(depth=1.0), line(Area.CHEEKS, depth=1.5), reactions=(reaction(),)),
        session(line(depth=2.0)),
        session(line(technique=PEN, depth=0.5)),
    ]
    table = rate_table(sessions, Dimension.DEPTH, ReactionChoice())
    assert counts(table) == {
        DepthBand(NEEDLE, 1.0, 2.0): (1, 1),
        DepthBand(NEEDLE, 2.0, 3.0): (1, 0),
        DepthBand(PEN, 0.5, 1.0): (1, 0),
    }


# which sessions count for which group


def test_a_session_counts_once_for_a_product_it_used_twice_however_spelled() -> None:
    sessions = [
        session(
            line(Area.FOREHEAD, product("HydraBoost 1.5%")),
            line(Area.CHEEKS, product("hydraboost  1.5% ")),
            reactions=(reaction(), reaction(BRUISING)),
        ),
        session(line(Area.NECK, product("Hydrabóost 1.5%"))),
        session(line(Area.NECK, product("HydraBoost 1.5%"))),
    ]
    table = rate_table(sessions, Dimension.PRODUCT, ReactionChoice())
    assert counts(table) == {"HydraBoost 1.5%": (3, 1)}
    assert table.overall.sessions == 3


def test_a_lot_is_its_number_stripped_and_upper_cased_within_its_product() -> None:
    sessions = [
        session(line(Area.FOREHEAD, product(lot=" ha25-1116 "))),
        session(line(Area.FOREHEAD, product(lot="HA25-1116")), reactions=(reaction(),)),
        session(line(Area.FOREHEAD, product("AquaVeil HA 2%", lot="HA25-1116"))),
        session(line(Area.FOREHEAD, product(lot=""))),
    ]
    table = rate_table(sessions, Dimension.LOT, ReactionChoice())
    assert counts(table) == {
        Lot("HydraBoost 1.5%", "HA25-1116"): (2, 1),
        Lot("AquaVeil HA 2%", "HA25-1116"): (1, 0),
        Lot("HydraBoost 1.5%", ""): (1, 0),
    }


def test_a_session_without_products_is_in_no_product_group() -> None:
    sessions = [session(line()), session(line(Area.CHEEKS, product()))]
    for dimension in (Dimension.PRODUCT, Dimension.LOT, Dimension.SOLUTION):
        assert rate_table(sessions, dimension, ReactionChoice()).overall.sessions == 1


def test_solutions_techniques_areas_and_clinicians_group_their_sessions() -> None:
    sessions = [
        session(
            line(Area.FOREHEAD, product(solution=Solution.DMAE)),
            line(Area.CHEEKS, product(), technique=PEN, depth=1.0),
            clinician="Dr B",
        ),
        session(line(Area.FOREHEAD, product()), reactions=(reaction(),)),
    ]
    choice = ReactionChoice()
    assert counts(rate_table(sessions, Dimension.SOLUTION, choice)) == {
        Solution.DMAE: (1, 0),
        HA: (2, 1),
    }
    assert counts(rate_table(sessions, Dimension.TECHNIQUE, choice)) == {
        NEEDLE: (2, 1),
        PEN: (1, 0),
    }
    assert counts(rate_table(sessions, Dimension.AREA, choice)) == {
        Area.FOREHEAD: (2, 1),
        Area.CHEEKS: (1, 0),
    }
    assert counts(rate_table(sessions, Dimension.CLINICIAN, choice)) == {
        "Dr B": (1, 0),
        "Dr A": (1, 1),
    }


# which reactions count for which group


def two_areas(*reactions: ReactionFacts) -> SessionFacts:
    """Forehead with HydraBoost by needle, cheeks with VitaGlow by pen."""
    return session(
        line(Area.FOREHEAD, product()),
        line(Area.CHEEKS, product("VitaGlow", "VG-1", Solution.VITAMINS), technique=PEN),
        reactions=reactions,
    )


def test_a_reaction_on_a_treated_area_is_attributed_to_that_areas_lines_only() -> None:
    sessions = [two_areas(reaction(BRUISING, area=Area.FOREHEAD))]
    choice = ReactionChoice()
    assert counts(rate_table(sessions, Dimension.AREA, choice)) == {
        Area.FOREHEAD: (1, 1),
        Area.CHEEKS: (1, 0),
    }
    assert counts(rate_table(sessions, Dimension.PRODUCT, choice)) == {
        "HydraBoost 1.5%": (1, 1),
        "VitaGlow": (1, 0),
    }
    assert counts(rate_table(sessions, Dimension.TECHNIQUE, choice)) == {
        NEEDLE: (1, 1),
        PEN: (1, 0),
    }
    assert counts(rate_table(sessions, Dimension.CLINICIAN, choice)) == {"Dr A": (1, 1)}


@pytest.mark.parametrize("area", [None, Area.NECK], ids=["no area", "an area not treated"])
def test_a_reaction_without_a_treated_area_is_attributed_to_every_line(area: Area | None) -> None:
    sessions = [two_areas(reaction(area=area))]
    assert counts(rate_table(sessions, Dimension.AREA, ReactionChoice())) == {
        Area.FOREHEAD: (1, 1),
        Area.CHEEKS: (1, 1),
    }
    assert rate_table(sessions, Dimension.AREA, ReactionChoice()).overall.with_reaction == 1


def test_a_kind_counts_every_severity_and_a_kind_with_a_severity_only_that_one() -> None:
    sessions = [
        two_areas(reaction(BRUISING, MILD, Area.FOREHEAD), reaction(REDNESS, MODERATE)),
        two_areas(reaction(BRUISING, MODERATE, Area.CHEEKS)),
        two_areas(),
    ]
    bruising = rate_table(sessions, Dimension.AREA, ReactionChoice(BRUISING))
    assert counts(bruising) == {Area.FOREHEAD: (3, 1), Area.CHEEKS: (3, 1)}
    assert bruising.overall.with_reaction == 2
    moderate = rate_table(sessions, Dimension.AREA, ReactionChoice(BRUISING, MODERATE))
    assert counts(moderate) == {Area.FOREHEAD: (3, 0), Area.CHEEKS: (3, 1)}
    redness = rate_table(sessions, Dimension.AREA, ReactionChoice(REDNESS, MODERATE))
    assert counts(redness) == {Area.FOREHEAD: (3, 1), Area.CHEEKS: (3, 1)}


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("any", ReactionChoice()),
        ("  ANY ", ReactionChoice()),
        ("redness", ReactionChoice(REDNESS)),
        ("Bruising:Moderate", ReactionChoice(BRUISING, MODERATE)),
        ("bruising : severe", ReactionChoice(BRUISING, Severity.SEVERE)),
    ],
)
def test_a_reaction_is_written_any_kind_or_kind_and_severity(
    text: str, choice: ReactionChoice
) -> None:
    assert ReactionChoice.parse(text) == choice
    assert ReactionChoice.parse(str(choice)) == choice


@pytest.mark.parametrize("text", ["", "rash", "redness:awful", "any:mild", "redness:mild:x"])
def test_a_reaction_written_otherwise_is_refused_saying_what_is_allowed(text: str) -> None:
    with pytest.raises(ValueError, match=r"any, a kind \(nausea, pain.*mild, moderate, severe"):
        ReactionChoice.parse(text)


def test_a_severity_needs_a_kind() -> None:
    with pytest.raises(ValueError, match="kind"):
        ReactionChoice(severity=MILD)


# too few, ranking, and standing out


def sessions_of(name: str, total: int, reacted: int) -> list[SessionFacts]:
    def one(with_reaction: bool) -> SessionFacts:
        return session(
            line(Area.FOREHEAD, product(name)), reactions=(reaction(),) if with_reaction else ()
        )

    return [one(True) for _ in range(reacted)] + [one(False) for _ in range(total - reacted)]


def test_rows_rank_by_the_low_end_of_their_interval_and_too_few_come_last_unranked() -> None:
    sessions = [
        *sessions_of("Often but seldom used", 12, 6),  # 50%, low end 25%
        *sessions_of("Well established", 100, 40),  # 40%, low end 31%
        *sessions_of("Quiet", 50, 1),
        *sessions_of("New", MIN_SESSIONS - 1, 9),  # 100%, but too few sessions
        *sessions_of("Another new", 3, 0),
    ]
    table = rate_table(sessions, Dimension.PRODUCT, ReactionChoice())
    assert [(row.group, row.rank) for row in table.rows] == [
        ("Well established", 1),
        ("Often but seldom used", 2),
        ("Quiet", 3),
        ("Another new", None),
        ("New", None),
    ]
    new = row_of(table, "New")
    assert new.rate.too_few
    assert (new.rate.sessions, new.rate.with_reaction) == (9, 9)
    assert not row_of(table, "Quiet").rate.too_few


def test_a_group_stands_out_when_its_whole_interval_is_above_the_clinics_rate() -> None:
    sessions = [
        *sessions_of("Unusual", 40, 20),
        *sessions_of("Usual", 400, 40),
        *sessions_of("Too new to tell", 5, 5),
    ]
    table = rate_table(sessions, Dimension.PRODUCT, ReactionChoice())
    assert table.overall.sessions == 445
    assert table.overall.with_reaction == 65
    assert [row.group for row in table.rows if row.stands_out] == ["Unusual"]


def test_a_rate_row_has_its_counts_rate_and_interval() -> None:
    table = rate_table(sessions_of("P", 10, 1), Dimension.PRODUCT, ReactionChoice())
    (row,) = table.rows
    assert row.rate.proportion == pytest.approx(0.1)
    assert (row.rate.low, row.rate.high) == pytest.approx((0.017876, 0.404150), abs=1e-6)
    assert table.dimension is Dimension.PRODUCT
    assert table.reaction == ReactionChoice()


def test_the_spelling_a_group_shows_is_its_most_used_one() -> None:
    sessions = [
        session(line(Area.FOREHEAD, product("hydraboost 1.5%"))),
        session(line(Area.FOREHEAD, product("HydraBoost 1.5%"))),
        session(line(Area.FOREHEAD, product("HydraBoost 1.5%"))),
    ]
    (row,) = rate_table(sessions, Dimension.PRODUCT, ReactionChoice()).rows
    assert row.group == "HydraBoost 1.5%"


def test_no_sessions_give_an_empty_table() -> None:
    table = rate_table([], Dimension.LOT, ReactionChoice(REDNESS))
    assert table.rows == ()
    assert table.overall.sessions == 0
    assert table.overall.proportion == 0.0
