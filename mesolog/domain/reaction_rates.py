"""Reaction rates: how often a reaction followed the sessions of each product, lot,
solution, technique, depth band, area or clinician, with a 95% Wilson interval.

The unit is the session. A group's sessions are the signed, current sessions that had
at least one treatment line in it (a product or lot used, a solution, a technique, a
depth band or an area), or that the clinician logged; a session counts once per group
however many of its lines are in it. Its sessions with the reaction are those of them
where a reaction of the kind chosen (any, a kind, or a kind at one severity) is
attributed to one of the group's lines:

- a reaction on an area the session treated is attributed to the lines on that area
  only (bruising on the forehead counts for the forehead's product, lot, technique and
  depth, not for those used on the cheeks);
- a reaction with no area, or on an area no line of the session treated (a reaction on
  the cheeks after a full-face line), is attributed to every line of the session: where
  it came from is not known, and it must not vanish from the table;
- a clinician's row counts every reaction of the session, whatever its area.

Products are the session's own copies, compared as the catalogue compares them
(`domain.products.name_key`, `lot_key`): names folded, shown as spelled most often; lot
numbers stripped and upper-cased, within their product (two may print the same number).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from mesolog.domain.enums import Area, ReactionKind, Severity, Solution, TechniqueKind
from mesolog.domain.products import lot_key, name_key
from mesolog.domain.reaction_choice import ReactionChoice as ReactionChoice  # noqa: PLC0414 (re-export)

MIN_SESSIONS = 10
"""Fewer sessions than this give an interval too wide to rank a group by."""
Z_95 = 1.959963984540054
"""The standard normal quantile of 97.5%: a two-sided 95% interval."""


class Dimension(StrEnum):
    """What the sessions are grouped by; the values are the command line's words."""

    PRODUCT = "product"
    LOT = "lot"
    SOLUTION = "solution"
    TECHNIQUE = "technique"
    DEPTH = "depth"
    AREA = "area"
    CLINICIAN = "clinician"


PRODUCT_DIMENSIONS = frozenset({Dimension.PRODUCT, Dimension.LOT, Dimension.SOLUTION})
"""The dimensions that read the products used (the others need only the lines)."""


class Interval(NamedTuple):
    low: float
    high: float


def wilson_interval(successes: int, trials: int, z: float = Z_95) -> Interval:
    """The Wilson score interval of `successes` in `trials` (without continuity
    correction, as R's `prop.test(correct = FALSE)`).

    Unlike the plain p ± z·√(p(1−p)/n) it stays within 0..1 and is not of zero width
    when no session, or every session, had the reaction: 0 of 10 gives 0–28%.
    """
    if trials < 1 or not 0 <= successes <= trials:
        raise ValueError(f"{successes} successes in {trials} trials: need 0 ≤ successes ≤ trials")
    p = successes / trials
    z2 = z * z
    denominator = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denominator
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return Interval(low, high)


@dataclass(frozen=True, slots=True, order=True)
class DepthBand:
    """Depths from `low_mm` up to, not including, `high_mm`; the technique's deepest band
    includes its upper end too (`closed`), so that every depth allowed has one band."""

    technique: TechniqueKind
    low_mm: float
    high_mm: float
    closed: bool = False

    def contains(self, depth_mm: float) -> bool:
        if self.closed:
            return self.low_mm <= depth_mm <= self.high_mm
        return self.low_mm <= depth_mm < self.high_mm

    def __str__(self) -> str:
        return f"{self.technique.value} {self.low_mm:g}–{self.high_mm:g} mm"


DEPTH_BANDS = (
    DepthBand(TechniqueKind.NEEDLE, 1.0, 2.0),
    DepthBand(TechniqueKind.NEEDLE, 2.0, 3.0),
    DepthBand(TechniqueKind.NEEDLE, 3.0, 4.0, closed=True),
    DepthBand(TechniqueKind.PEN, 0.25, 0.5),
    DepthBand(TechniqueKind.PEN, 0.5, 1.0),
    DepthBand(TechniqueKind.PEN, 1.0, 1.5),
    DepthBand(TechniqueKind.PEN, 1.5, 2.5, closed=True),
)
"""The issue's bands: needle 1–2, 2–3, 3–4 mm; pen 0.25–0.5, 0.5–1, 1–1.5, 1.5–2.5 mm.
Together they cover exactly the depths the schema allows (`limits.NEEDLE_DEPTH_MM`,
`limits.PEN_DEPTH_MM`, which the database's CHECK constraints enforce too)."""


def depth_band(technique: TechniqueKind, depth_mm: float) -> DepthBand | None:
    """The band of a line's depth; None for a depth outside every band (none is stored:
    such a line would be left out of the depth rows rather than put in a wrong band)."""
    return next((b for b in DEPTH_BANDS if b.technique is technique and b.contains(depth_mm)), None)


@dataclass(frozen=True, slots=True, order=True)
class Lot:
    """A lot number (stripped, upper-cased; "" when none was recorded) of one product."""

    product: str
    number: str

    def __str__(self) -> str:
        return f"{self.number or '(no lot)'} · {self.product or '(unnamed)'}"


Group = str | Lot | Solution | TechniqueKind | DepthBand | Area
"""A row's group: a product's name or a clinician's (str), a lot, a solution, a technique,
a depth band or an area."""


class UsedProduct(NamedTuple):
    name: str
    lot_number: str
    solution: Solution


class LineFacts(NamedTuple):
    """What the rates read of a treatment line (named tuples, as the other facts: a year
    of a large clinic makes hundreds of thousands)."""

    area: Area
    technique: TechniqueKind
    depth_mm: float
    products: tuple[UsedProduct, ...] = ()


class ReactionFacts(NamedTuple):
    kind: ReactionKind
    severity: Severity
    area: Area | None = None


class SessionFacts(NamedTuple):
    """What the rates read of a signed, current session."""

    clinician: str
    lines: tuple[LineFacts, ...]
    reactions: tuple[ReactionFacts, ...] = ()


@dataclass(frozen=True, slots=True)
class Rate:
    """Sessions, those with the reaction, their proportion and its 95% Wilson interval."""

    sessions: int
    with_reaction: int
    proportion: float
    low: float
    high: float

    @classmethod
    def of(cls, with_reaction: int, sessions: int) -> Rate:
        if sessions == 0:
            return cls(0, 0, 0.0, 0.0, 1.0)
        interval = wilson_interval(with_reaction, sessions)
        return cls(sessions, with_reaction, with_reaction / sessions, interval.low, interval.high)

    @property
    def too_few(self) -> bool:
        """Too few sessions behind it to rank it (MIN_SESSIONS)."""
        return self.sessions < MIN_SESSIONS


@dataclass(frozen=True, slots=True)
class RateRow:
    group: Group
    rate: Rate
    rank: int | None
    """1 for the row that stands highest; None when too few sessions are behind it."""
    stands_out: bool
    """Ranked, and its whole interval above the rate of all the table's sessions."""


@dataclass(frozen=True, slots=True)
class RateTable:
    dimension: Dimension
    reaction: ReactionChoice
    overall: Rate
    """All the sessions in at least one row (each once), with the reaction in at least one."""
    rows: tuple[RateRow, ...]
    """Ranked rows first (see `ranked`), then the too-few rows in the groups' order."""


def rate_table(
    sessions: Iterable[SessionFacts], dimension: Dimension, reaction: ReactionChoice
) -> RateTable:
    """The rate of `reaction` in each group of `dimension` (the module's docstring says
    which sessions and reactions count for which group)."""
    spellings: Counter[str] = Counter()
    keys_of = _keys_of(dimension, spellings)
    totals: Counter[Hashable] = Counter()
    reacted: Counter[Hashable] = Counter()
    overall_total = overall_reacted = 0
    for clinician, lines, reactions in sessions:
        matching = [r for r in reactions if reaction.matches(r.kind, r.severity)]
        every: Collection[Hashable]
        hit: Collection[Hashable] = ()
        if keys_of is None:
            every = (clinician,)
            hit = every if matching else ()
        else:
            per_line = [keys_of(line) for line in lines]
            every = set(chain.from_iterable(per_line))
            if matching:
                hit = _attributed(lines, per_line, matching)
        if every:
            overall_total += 1
            overall_reacted += bool(hit)
            totals.update(every)
            reacted.update(hit)
    overall = Rate.of(overall_reacted, overall_total)
    rates = {key: Rate.of(reacted[key], total) for key, total in totals.items()}
    named = _spelled(spellings)
    groups = {key: _group(dimension, key, named) for key in rates}
    return RateTable(dimension, reaction, overall, ranked(groups, rates, overall))


def ranked(
    groups: dict[Hashable, Group], rates: dict[Hashable, Rate], overall: Rate
) -> tuple[RateRow, ...]:
    """Rows by the low end of their interval, highest first; ties by rate, then by more
    sessions. The low end is the rate the sessions support at the least: a lot with 6
    reactions in 12 sessions (50%, low end 25%) ranks below one with 40 in 100 (40%, low
    end 31%), whose high rate is the surer. Sorting by the rate alone would put every
    group with one session and one reaction on top; sorting by the count of reactions,
    the most used products. The rows with too few sessions follow, in the groups'
    order, unranked."""
    by_order = sorted(rates, key=lambda key: _order(groups[key]))
    enough = [key for key in by_order if not rates[key].too_few]
    enough.sort(key=lambda key: (-rates[key].low, -rates[key].proportion, -rates[key].sessions))
    rows = [
        RateRow(groups[key], rates[key], rank, rates[key].low > overall.proportion)
        for rank, key in enumerate(enough, start=1)
    ]
    rows += [
        RateRow(groups[key], rates[key], None, stands_out=False)
        for key in by_order
        if rates[key].too_few
    ]
    return tuple(rows)


def _attributed(
    lines: tuple[LineFacts, ...],
    per_line: list[Sequence[Hashable]],
    reactions: list[ReactionFacts],
) -> set[Hashable]:
    """The groups of the lines the reactions are attributed to (the module's docstring)."""
    found: set[Hashable] = set()
    for reaction in reactions:
        on_area = [
            keys for line, keys in zip(lines, per_line, strict=True) if line.area is reaction.area
        ]
        for keys in on_area or per_line:
            found.update(keys)
    return found


def _keys_of(
    dimension: Dimension, spellings: Counter[str]
) -> Callable[[LineFacts], Sequence[Hashable]] | None:
    """The keys of a line's groups (None: the groups are not the lines'); a product's
    name is counted in `spellings` each time it is used."""
    if dimension is Dimension.CLINICIAN:
        return None
    if dimension is Dimension.TECHNIQUE:
        return lambda line: (line.technique,)
    if dimension is Dimension.AREA:
        return lambda line: (line.area,)
    if dimension is Dimension.DEPTH:
        return lambda line: _band_keys(line.technique, line.depth_mm)
    if dimension is Dimension.SOLUTION:
        return lambda line: [product.solution for product in line.products]
    key = _product_key if dimension is Dimension.PRODUCT else _lot_group

    def named(line: LineFacts) -> list[Hashable]:
        found: list[Hashable] = []
        for name, lot_number, _solution in line.products:
            spellings[name] += 1
            found.append(key(name, lot_number))
        return found

    return named


@lru_cache(maxsize=256)
def _band_keys(technique: TechniqueKind, depth_mm: float) -> tuple[DepthBand, ...]:
    band = depth_band(technique, depth_mm)
    return () if band is None else (band,)


@lru_cache(maxsize=4096)
def _product_key(name: str, _lot_number: str = "") -> str:
    return name_key(name)


@lru_cache(maxsize=65536)
def _lot_group(name: str, lot_number: str) -> tuple[str, str]:
    return (name_key(name), lot_key(lot_number))


def _spelled(spellings: Counter[str]) -> dict[str, str]:
    """Per product's key, the spelling used most often (of equally used ones, the first
    in code-point order), as typed but for the spaces around it."""
    uses: dict[str, Counter[str]] = {}
    for name, count in spellings.items():
        uses.setdefault(name_key(name), Counter())[name.strip()] += count
    return {key: min(spelled, key=lambda t: (-spelled[t], t)) for key, spelled in uses.items()}


def _group(dimension: Dimension, key: Hashable, named: dict[str, str]) -> Group:
    if dimension is Dimension.PRODUCT:
        assert isinstance(key, str)
        return named[key]
    if dimension is Dimension.LOT:
        assert isinstance(key, tuple)
        name, number = key
        return Lot(named[name], number)
    assert isinstance(key, str | Solution | TechniqueKind | DepthBand | Area)
    return key


def _order(group: Group) -> tuple[int, str, float]:
    """The groups' own order: enums as declared, bands by depth, names folded."""
    if isinstance(group, DepthBand):
        return (list(TechniqueKind).index(group.technique), "", group.low_mm)
    if isinstance(group, Solution | TechniqueKind | Area):
        return (list(type(group)).index(group), "", 0.0)
    if isinstance(group, Lot):
        return (0, f"{_product_key(group.product)}\x1f{group.number}", 0.0)
    return (0, _product_key(group), 0.0)
