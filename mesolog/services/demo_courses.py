"""Invented treatment courses for the demo clinic: a plan, and its visits in days from today.

A course follows the patient guide: 5–10 planned sessions, 10–14 days apart
until the improvement score reaches 3, then 3–4 weeks; completed and stopped
courses end in the past, active ones are due around today.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import NamedTuple

from mesolog.domain.enums import Area, CourseStatus, Indication, NeedleMethod, ReactionKind
from mesolog.domain.records import CourseInput
from mesolog.domain.schedule import IMPROVEMENT_FOR_MAINTENANCE
from mesolog.domain.texts import phrase
from mesolog.services import demo_clinical as clinical
from mesolog.services.demo_clinical import Say

HORIZON_DAYS = 540
"""No session earlier than this many days before `today` (about 18 months)."""


class Setup(NamedTuple):
    """What stays the same across the sessions of one course."""

    lines: tuple[tuple[Area, str], ...]
    pen: bool
    method: NeedleMethod
    products: tuple[str, ...]
    pps: int
    passes: int


class Visit(NamedTuple):
    """One session to come, in days relative to today, with what it must show."""

    rel_day: int
    course: int | None
    score: int | None
    setup: Setup
    forced: ReactionKind | None


def draw_setup(rng: random.Random, indication: Indication, *, say: Say = str) -> tuple[Setup, str]:
    """A recipe for `indication` drawn as a setup, with the protocol text of its course,
    written by `say`."""
    recipe = rng.choice(clinical.RECIPES[indication])
    chosen = rng.sample(recipe.areas, rng.randint(1, recipe.max_areas))
    areas = sorted(chosen, key=list(Area).index)
    detail = say(rng.choice(recipe.details))
    setup = Setup(
        lines=tuple((area, detail) for area in areas),
        pen=rng.random() < recipe.pen_share,
        method=rng.choice(recipe.methods),
        products=tuple(rng.sample(recipe.products, recipe.per_line)),
        pps=rng.choice((60, 70, 80, 90, 100)),
        passes=rng.randint(1, 4),
    )
    tool = phrase("Demo", "12-needle pen") if setup.pen else phrase("Demo", "30G 4 mm needle")
    used = " + ".join(clinical.PRODUCTS[key].name for key in setup.products)
    protocol = phrase(
        "Demo",
        "{protocol}: {products}; {tool}",
        "a course's protocol: what it treats, its products (names joined by +), needle or pen",
    )
    return setup, say(protocol.having(protocol=recipe.protocol, products=used, tool=tool))


def _timeline(
    rng: random.Random, count: int, initial: int, maintenance: int, slow: bool
) -> tuple[list[int], list[int | None], int | None, int]:
    """Session days from the first (0), scores, manual switch index, interval after the last."""
    level = rng.uniform(0.0, 1.0)
    rate = rng.uniform(0.3, 0.6) if slow else rng.uniform(0.7, 1.3)
    scores: list[int | None] = []
    for k in range(count):
        level += rate if k else 0.0
        skipped = rng.random() < (0.6 if k == 0 else 0.08)
        scores.append(None if skipped else min(9, int(level)))
    manual: int | None = None
    if count >= 3 and rng.random() < 0.12:
        k = rng.randint(1, count - 1)
        if all(s is None or s < IMPROVEMENT_FOR_MAINTENANCE for s in scores[: k + 1]):
            manual = k
    days, day, maintaining, interval = [0], 0, False, initial
    for k, score in enumerate(scores):
        maintaining = maintaining or manual == k or (score or 0) >= IMPROVEMENT_FOR_MAINTENANCE
        interval = maintenance if maintaining else initial
        if k < count - 1:
            day += interval + rng.choice((-1, 0, 0, 0, 1, 2, 3))
            days.append(day)
    return days, scores, manual, interval


def draw_course(
    rng: random.Random,
    indication: Indication,
    scenario: str,
    end_before: int | None,
    *,
    say: Say = str,
) -> tuple[CourseInput, CourseStatus, list[Visit], int | None] | None:
    """A course in days relative to today (its start is set later), or None when it does
    not fit before `end_before`; its texts written by `say`."""
    planned = rng.randint(5, 10)
    if scenario == "completed":
        count = planned
    elif scenario == "stopped":
        count = rng.randint(2, min(4, planned - 1))
    else:
        count = rng.randint(1, planned - 1)
    initial, maintenance = rng.randint(10, 14), rng.choice((21, 28))
    days, scores, manual, final = _timeline(rng, count, initial, maintenance, scenario == "stopped")
    span = days[-1]
    if scenario in ("completed", "stopped"):
        latest = -10 if end_before is None else end_before
        earliest = max(-HORIZON_DAYS + span, -300 if end_before is None else -HORIZON_DAYS)
        last = rng.randint(min(earliest, latest), latest)
    else:
        low, high = {"overdue": (-35, -5), "due_week": (1, 6)}.get(scenario, (7, final - 1))
        last = rng.randint(low, high) - final
    first = last - span
    if first < -HORIZON_DAYS:
        return None
    setup, protocol = draw_setup(rng, indication, say=say)
    status = {"completed": CourseStatus.COMPLETED, "stopped": CourseStatus.STOPPED}.get(
        scenario, CourseStatus.ACTIVE
    )
    forced, notes = rng.choice(clinical.STOPPED) if scenario == "stopped" else (None, clinical.NONE)
    if scenario == "completed":
        notes = rng.choice(clinical.COMPLETED)
    visits = [
        Visit(first + day, 0, score, setup, forced if k == count - 1 else None)
        for k, (day, score) in enumerate(zip(days, scores, strict=True))
    ]
    areas = tuple(area for area, _ in setup.lines)
    plan = CourseInput(
        indication, planned, dt.date.min, areas, protocol, initial, maintenance, say(notes)
    )
    return plan, status, visits, (None if manual is None else first + days[manual])
