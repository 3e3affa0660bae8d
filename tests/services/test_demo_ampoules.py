"""The demo clinic's vitamin C ampoules, a product counted in units: given with the pen on
the face, neck, chest and hands by the courses that give them, on every such line of each of
their sessions; one or two ampoules, as many as the volume injected takes; last on the
line."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter

import pytest

from mesolog.domain.enums import TechniqueKind
from mesolog.services import demo_clinical as clinical
from mesolog.services.demo_ampoules import AMPOULE_ML, AREAS, KEY
from tests.services.test_demo_data import TODAYS, patients

NAME = clinical.PRODUCTS[KEY].name


@pytest.mark.parametrize("today", TODAYS)
def test_one_or_two_ampoules_are_given_with_the_ml_injected(today: dt.date) -> None:
    counted: Counter[float] = Counter()
    for demo in patients(today):
        for _, entry in demo.sessions:
            for line in entry.treatments:
                uses = [p for p in line.products if p.product_name == NAME]
                others = [p for p in line.products if p.product_name != NAME]
                assert all(p.units is None for p in others)
                if not uses:
                    continue
                [use] = uses
                assert line.area in AREAS and line.technique.kind is TechniqueKind.PEN
                assert line.products[-1] == use
                assert use.units == math.ceil(use.volume_ml / AMPOULE_ML)
                counted[use.units] += 1
    assert set(counted) == {1.0, 2.0}
    assert counted.total() >= 60


@pytest.mark.parametrize("today", TODAYS[:2])
def test_a_course_gives_them_on_every_session_or_on_none(today: dt.date) -> None:
    giving: Counter[bool] = Counter()
    for demo in patients(today):
        for index, _ in enumerate(demo.courses):
            entries = [entry for at, entry in demo.sessions if at == index]
            given = {
                any(p.product_name == NAME for p in line.products)
                for entry in entries
                for line in entry.treatments
                if line.area in AREAS and line.technique.kind is TechniqueKind.PEN
            }
            assert len(given) <= 1
            giving.update(given)
    assert giving[True] >= 5 and giving[False] >= 5
