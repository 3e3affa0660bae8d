"""`mesolog reactions` on the demo clinic, run as a subprocess as a clinic's IT would: the
table and the CSV say what the service computes, the file is private, the arguments are
checked, and an assistant is refused."""

from __future__ import annotations

import datetime as dt
import re
import stat
from pathlib import Path

import pytest

from mesolog.domain.enums import ReactionKind, Role, Severity
from mesolog.domain.reaction_rates import Dimension, Lot, ReactionChoice
from mesolog.services.clinic import Clinic
from mesolog.services.reaction_rates import ReactionRates, rates_csv
from tests.cli.test_main import mesolog

FIRST, LAST = dt.date(2025, 6, 1), dt.date(2026, 12, 31)
DAYS = ("--from", FIRST.isoformat(), "--to", LAST.isoformat())
PASSWORD = "a long enough password"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reactions") / "demo.sqlite"
    assert mesolog("--db", str(path), "demo").returncode == 0
    return path


def rates_in(path: Path, by: Dimension, reaction: ReactionChoice | None = None) -> ReactionRates:
    with Clinic.open(str(path), actor="tester") as clinic:
        return clinic.reaction_rates.rates(
            FIRST, LAST, by=by, reaction=reaction or ReactionChoice()
        )


def test_the_table_lists_each_lot_with_its_counts_rate_and_interval(demo: Path) -> None:
    result = mesolog("--db", str(demo), "reactions", *DAYS, "--by", "lot")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    expected = rates_in(demo, Dimension.LOT)
    overall = expected.table.overall
    assert lines[0] == "any reaction by lot, 2025-06-01 to 2026-12-31"
    assert lines[1].startswith(
        f"all sessions: {overall.sessions} sessions, {overall.with_reaction} with the reaction: "
    )
    assert re.fullmatch(r"rank +lot +product +sessions +with +rate +95% CI", lines[3])
    rows = lines[4:]
    assert len(rows) == len(expected.table.rows)
    first = expected.table.rows[0]
    assert isinstance(first.group, Lot)
    cells = rows[0].split()
    assert cells[:2] == ["1", first.group.number]
    assert f" {first.rate.sessions} " in rows[0]
    assert f"{first.rate.proportion * 100:.1f}%" in rows[0]
    assert f"{first.rate.low * 100:.1f}%–{first.rate.high * 100:.1f}%" in rows[0]
    too_few = [row for row in rows if row.endswith("too few sessions to rank")]
    assert len(too_few) == sum(row.rank is None for row in expected.table.rows)
    assert all(row.lstrip().startswith("-") for row in too_few)


def test_csv_to_standard_output_is_the_services_csv(demo: Path) -> None:
    result = mesolog(
        "--db", str(demo), "reactions", *DAYS, "--by", "depth", "--reaction", "redness:mild",
        "--format", "csv",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    choice = ReactionChoice(ReactionKind.REDNESS, Severity.MILD)
    expected = rates_csv(rates_in(demo, Dimension.DEPTH, choice), newline="\n")
    assert result.stdout == expected
    assert result.stdout.splitlines()[1].startswith(("needle,", "pen,"))


def test_a_file_is_written_private_and_the_export_audited(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "rates.csv"
    result = mesolog(
        "--db", str(demo), "reactions", *DAYS, "--by", "product", "--format", "csv",
        "-o", str(target),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    expected = rates_in(demo, Dimension.PRODUCT)
    assert result.stdout == f"{len(expected.table.rows)} rows written to {target}\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == rates_csv(expected).encode("utf-8-sig")
    table = tmp_path / "rates.txt"
    written = mesolog("--db", str(demo), "reactions", *DAYS, "--by", "area", "-o", str(table))
    assert written.returncode == 0, written.stderr
    assert stat.S_IMODE(table.stat().st_mode) == 0o600
    assert table.read_text().startswith("any reaction by area, 2025-06-01 to 2026-12-31\n")
    audit = mesolog("--db", str(demo), "audit", "list", "--limit", "2").stdout.splitlines()
    assert audit[0].endswith("\texport\treaction_rates\ttable, by area, reaction any, "
                             "2025-06-01 to 2026-12-31")  # fmt: skip
    assert audit[1].endswith("\tcsv, by product, reaction any, 2025-06-01 to 2026-12-31")


@pytest.mark.parametrize(
    ("arguments", "status", "said"),
    [
        (("--by", "colour"), 2, "invalid choice: 'colour'"),
        (("--by", "lot", "--reaction", "rash"), 2, "'rash' is not a reaction: write any, a kind"),
        (("--by", "lot", "--from", "1 March"), 2, "'1 March' is not a day; write it as YYYY-MM-DD"),
        (("--by", "lot", "--from", "2026-03-02", "--to", "2026-03-01"), 1, "last_day"),
    ],
)
def test_wrong_arguments_are_refused_saying_why(
    demo: Path, arguments: tuple[str, ...], status: int, said: str
) -> None:
    result = mesolog("--db", str(demo), "reactions", *DAYS, *arguments)
    assert result.returncode == status
    assert said in result.stderr
    assert result.stdout == ""


def test_an_assistant_is_refused_and_a_clinician_answered(tmp_path: Path) -> None:
    path = tmp_path / "staff.sqlite"
    with Clinic.open(str(path), actor="tester") as clinic:
        clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
        clinic.act_as("admin")
        clinic.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
        clinic.accounts.add("maria", "Maria", Role.ASSISTANT, PASSWORD)
    stdin = f"{PASSWORD}\n".encode()
    arguments = ("--db", str(path), "reactions", *DAYS, "--by", "clinician", "--password-stdin")
    refused = mesolog(*arguments, "--user", "maria", stdin=stdin)
    assert refused.returncode == 1
    assert "Maria has the role assistant, which may not read the reaction rates" in refused.stderr
    answered = mesolog(*arguments, "--user", "dr", stdin=stdin)
    assert answered.returncode == 0, answered.stderr
    assert answered.stdout.splitlines()[1:] == ["all sessions: no sessions", "",
                                                "no signed sessions on these days"]  # fmt: skip


def test_the_help_says_the_interval_as_a_percentage() -> None:
    own = mesolog("reactions", "--help")
    listed = mesolog("--help")
    assert own.returncode == listed.returncode == 0
    assert "end of their 95% Wilson interval" in " ".join(own.stdout.split())
    assert "with its 95% interval" in " ".join(listed.stdout.split())
    assert "%%" not in own.stdout + listed.stdout
