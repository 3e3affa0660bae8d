"""The demo clinic's product counted in units: C-Bright, a vitamin C ampoule of 2 ml
(services.demo_clinical's "vitc", priced per ampoule in services.demo_catalogue).

A course (or a one-off session) that treats the face, neck, chest or hands with the
micro-needling pen gives it with a chance of COURSE_CHANCE, then on every such line of each
of its sessions: the volume the area takes, from the ampoules opened for it (one or two;
what is left of an opened ampoule is thrown away), after the line's other products. Only
pen lines: they have no injection points, whose amounts a needle line's volumes are the
sums of (services.demo_charts). Its lots are numbered as every demo product's
(services.demo_lots.lot_of).

Drawn with a generator of its own, after the clinic's lots are made, so the rest of the
clinic is the same as without it, its expired lot and its unusual lot included.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence
from dataclasses import replace

from mesolog.domain.enums import Area, TechniqueKind
from mesolog.domain.records import ProductUse, SessionInput, TreatmentLine
from mesolog.services import demo_clinical as clinical
from mesolog.services.demo_clinical import Say
from mesolog.services.demo_lots import lot_of

KEY = "vitc"
AMPOULE_ML = 2.0
COURSE_CHANCE = 0.6
AREAS = frozenset(
    {
        Area.FULL_FACE,
        Area.FOREHEAD,
        Area.CHEEKS,
        Area.PERIORAL,
        Area.JAWLINE,
        Area.NECK,
        Area.DECOLLETAGE,
        Area.HANDS,
    }
)
"""Not around the eyes, the scalp, scars or the body."""

Series = Sequence[tuple[int | None, SessionInput]]
"""A patient's sessions, oldest first, each with its course's index (None: no course)."""


def with_ampoules(
    patients: Sequence[Series], *, seed: int, say: Say = str
) -> list[list[SessionInput]]:
    """The patients' sessions, the ampoules given where their courses give them (their
    concentration written by `say`)."""
    rng = random.Random(f"demo ampoules {seed}")
    found = []
    for sessions in patients:
        giving: dict[tuple[str, int], bool] = {}
        row = []
        for number, (course, entry) in enumerate(sessions):
            series = ("course", course) if course is not None else ("session", number)
            if series not in giving and any(map(_takes_ampoules, entry.treatments)):
                giving[series] = rng.random() < COURSE_CHANCE
            row.append(_given(entry, rng, say) if giving.get(series, False) else entry)
        found.append(row)
    return found


def _given(entry: SessionInput, rng: random.Random, say: Say) -> SessionInput:
    day = entry.performed_at.date()
    lines = tuple(
        _with_ampoule(line, rng, day, say) if _takes_ampoules(line) else line
        for line in entry.treatments
    )
    return replace(entry, treatments=lines)


def _takes_ampoules(line: TreatmentLine) -> bool:
    return line.area in AREAS and line.technique.kind is TechniqueKind.PEN


def _with_ampoule(line: TreatmentLine, rng: random.Random, day: dt.date, say: Say) -> TreatmentLine:
    _, _, _, _, low, high = clinical.AREAS[line.area]
    volume = low + 0.5 * rng.randint(0, round((high - low) / 0.5))
    product = clinical.PRODUCTS[KEY]
    lot, expiry = lot_of(KEY, day)
    ampoules = ProductUse(
        product.solution,
        volume,
        product.name,
        say(product.concentration),
        lot,
        expiry,
        units=float(math.ceil(volume / AMPOULE_ML)),
    )
    return replace(line, products=(*line.products, ampoules))
