"""A killed `mesolog restore` leaves the old database or the restored one with its restore
entry, never a restored database without it, and nothing behind once tidied up (see
restore_kill_harness.py for what is checked after each kill)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.integrity.restore_kill_harness import (
    RestoreKillReport,
    Template,
    kill_once,
    prepare,
    run_whole,
)

POINTS = (
    "after:checked_copy",
    "after:write_safety_copy",
    "before:restore_online",
    "after:restore_online",
)
RANDOM_KILLS = 3


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return prepare(tmp_path_factory.mktemp("restore-kills"), patients=12, backed_up=4)


@pytest.mark.slow
@pytest.mark.parametrize("point", POINTS)
def test_a_restore_killed_at_each_step_is_old_or_restored_with_its_entry(
    template: Template, tmp_path: Path, point: str
) -> None:
    outcome = kill_once(template, tmp_path / "run", point=point)
    expected = "restored" if point == "after:restore_online" else "old"
    assert (outcome.state, outcome.intact) == (expected, True), outcome
    assert outcome.left_after_tidy == (), outcome


@pytest.mark.slow
def test_restores_killed_at_random_moments_keep_the_promise(
    template: Template, tmp_path: Path
) -> None:
    seed = random.SystemRandom().getrandbits(32)
    rng = random.Random(seed)
    report = RestoreKillReport(restore_s=run_whole(template, tmp_path / "whole"))
    for number in range(RANDOM_KILLS):
        delay = rng.uniform(0.0, report.restore_s)
        report.add(kill_once(template, tmp_path / f"run{number}", delay_s=delay), f"{delay:.3f} s")
    summary = f"seed {seed}\n{report.figures()}\n" + "\n".join(report.problems)
    assert report.ok, summary
    assert report.states["unaudited"] == 0, summary
