"""A killed `mesolog encrypt` or `mesolog passphrase` leaves the old database or the new
one with its audit entry, never a rewritten database without it, and nothing hidden
behind once the command ran again (see encrypt_kill_harness.py for what is checked)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integrity.encrypt_kill_harness import (
    COMMANDS,
    EncryptKillReport,
    Template,
    kill_once,
    plain_copies,
    prepare,
    run_whole,
)

POINTS = (
    ("encrypt", "after:_export"),
    ("encrypt", "after:check_copy"),
    ("encrypt", "after:audit_copy"),
    ("encrypt", "after:_keep_plain_copy"),
    ("encrypt", "after:put_in_place"),
    ("passphrase", "after:_export"),
    ("passphrase", "after:audit_copy"),
    ("passphrase", "after:put_in_place"),
)
"""Where each command is killed: its new file written, checked, given its audit entry, the
plain copy kept, and (after `put_in_place`) the new file just renamed over the database."""
NEW_AFTER = {"after:put_in_place"}
RANDOM_KILLS = 2


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Template]:
    """The template clinic of a command, made once."""
    made: dict[str, Template] = {}

    def of(command: str) -> Template:
        if command not in made:
            folder = tmp_path_factory.mktemp(f"{command}-kills")
            made[command] = prepare(folder, command, patients=12)
        return made[command]

    return of


@pytest.mark.slow
@pytest.mark.parametrize(("command", "point"), POINTS)
def test_a_conversion_killed_at_each_step_is_old_or_new_with_its_entry(
    template: Callable[[str], Template], tmp_path: Path, command: str, point: str
) -> None:
    outcome = kill_once(template(command), tmp_path / "run", point=point)
    expected = "new" if point in NEW_AFTER else "old"
    assert (outcome.state, outcome.intact) == (expected, True), outcome
    if point == "after:_keep_plain_copy":
        # Killed between keeping the plain copy and the rename: the copy stays, in sight,
        # as plain as the database it copies; nothing hidden does.
        assert plain_copies(outcome.left_after_again) == list(outcome.left_after_again)
        assert len(outcome.left_after_again) == 1, outcome
    else:
        assert outcome.left_after_again == (), outcome


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS)
def test_conversions_killed_at_random_moments_keep_the_promise(
    template: Callable[[str], Template], tmp_path: Path, command: str
) -> None:
    seed = random.SystemRandom().getrandbits(32)
    rng = random.Random(seed)
    report = EncryptKillReport(command_s=run_whole(template(command), tmp_path / "whole"))
    for number in range(RANDOM_KILLS):
        delay = rng.uniform(0.0, report.command_s)
        report.add(
            kill_once(template(command), tmp_path / f"run{number}", delay_s=delay), f"{delay:.3f} s"
        )
    summary = f"seed {seed}\n{report.figures()}\n" + "\n".join(report.problems)
    assert report.ok, summary
    assert report.states["unaudited"] == 0, summary
