"""`mesolog reactions --from D --to D --by DIMENSION [--reaction R] --format csv|table
[-o FILE]`: the rate of a reaction per product, lot, solution, technique, depth band, area
or clinician over a range of days (services.reaction_rates)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from mesolog.cli.options import EXIT_OK, Commands, day, user_options
from mesolog.cli.speech import say
from mesolog.cli.terminal import field
from mesolog.domain.reaction_rates import DepthBand, Dimension, Lot, Rate, ReactionChoice
from mesolog.domain.texts import phrase, phrase_n
from mesolog.services.clinic import Clinic
from mesolog.services.reaction_rates import ReactionRates, rates_csv

FORMATS = ("table", "csv")
_GROUP_TITLES = {
    Dimension.PRODUCT: ("product",),
    Dimension.LOT: ("lot", "product"),
    Dimension.SOLUTION: ("solution",),
    Dimension.TECHNIQUE: ("technique",),
    Dimension.DEPTH: ("depth band",),
    Dimension.AREA: ("area",),
    Dimension.CLINICIAN: ("clinician",),
}


def add_reaction_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    reactions = commands.add_parser(
        "reactions",
        parents=[after, user_options(after=True)],
        help=say(
            phrase(
                "cli.reactions",
                "the rate of a reaction per product, lot, solution, technique, depth band, "
                "area or clinician, with its 95%% interval (signed, current sessions of the "
                "days)",
            )
        ),
        description=say(
            phrase(
                "cli.reactions",
                "Signed, current sessions of the days given count. Groups with fewer than 10 "
                "sessions are listed last and not ranked; the others are ranked by the low end "
                "of their 95% Wilson interval, so that a rate the sessions support stands out. "
                "For clinicians and administrators.",
            )
        ),
    )
    reactions.add_argument(
        "--from", dest="first_day", metavar="DAY", type=day, required=True, help="YYYY-MM-DD"
    )
    reactions.add_argument(
        "--to",
        dest="last_day",
        metavar="DAY",
        type=day,
        required=True,
        help=say(phrase("cli.reactions", "YYYY-MM-DD, included")),
    )
    reactions.add_argument(
        "--by",
        choices=[d.value for d in Dimension],
        required=True,
        help=say(phrase("cli.reactions", "what to group by")),
    )
    reactions.add_argument(
        "--reaction",
        type=_reaction,
        default=ReactionChoice(),
        help=say(
            phrase(
                "cli.reactions",
                "any (the default), a kind (bruising) or a kind and a severity (bruising:moderate)",
            )
        ),
    )
    reactions.add_argument("--format", choices=FORMATS, default="table")
    reactions.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help=say(
            phrase(
                "cli.reactions",
                "write to FILE (readable by you only; a CSV with a byte-order mark for "
                "spreadsheets) instead of standard output",
            )
        ),
    )


def _reaction(text: str) -> ReactionChoice:
    try:
        return ReactionChoice.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def run_reactions(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    service = clinic.reaction_rates
    by = Dimension(args.by)
    rates = service.rates(args.first_day, args.last_day, by=by, reaction=args.reaction)
    if args.output is None:
        text = rates_csv(rates, newline="\n") if args.format == "csv" else table_text(rates)
        print(text, end="", file=out)
        return EXIT_OK
    if args.format == "csv":
        service.write_csv(rates, args.output)
    else:
        service.write_table(rates, args.output, table_text(rates))
    written = phrase_n("cli.reactions", "%n rows written to {file}", None, 1)
    print(say(written.counting(len(rates.table.rows), file=args.output)), file=out)
    return EXIT_OK


def table_text(rates: ReactionRates) -> str:
    """A heading, the rate of all the sessions, then the rows in columns."""
    table = rates.table
    reaction = "any reaction" if table.reaction.kind is None else str(table.reaction)
    lines = [
        f"{reaction} by {table.dimension}, {rates.first_day} to {rates.last_day}",
        f"all sessions: {_counts(table.overall)}",
        "",
    ]
    titles = ["rank", *_GROUP_TITLES[table.dimension], "sessions", "with", "rate", "95% CI", ""]
    body = [
        [
            "-" if row.rank is None else str(row.rank),
            *_group_cells(row.group),
            str(row.rate.sessions),
            str(row.rate.with_reaction),
            _percent(row.rate.proportion),
            f"{_percent(row.rate.low)}–{_percent(row.rate.high)}",
            "too few sessions to rank"
            if row.rank is None
            else "above the rate of all sessions"
            if row.stands_out
            else "",
        ]
        for row in table.rows
    ]
    if not body:
        return "\n".join([*lines, "no signed sessions on these days"]) + "\n"
    widths = [max(len(cells[i]) for cells in [titles, *body]) for i in range(len(titles))]
    numeric = {0, *range(len(titles) - 5, len(titles) - 1)}
    for cells in [titles, *body]:
        padded = [
            cell.rjust(width) if i in numeric else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines) + "\n"


def _counts(rate: Rate) -> str:
    if not rate.sessions:
        return "no sessions"
    return (
        f"{rate.sessions} sessions, {rate.with_reaction} with the reaction: "
        f"{_percent(rate.proportion)} (95% CI {_percent(rate.low)}–{_percent(rate.high)})"
    )


def _group_cells(group: object) -> list[str]:
    if isinstance(group, Lot):
        return [field(group.number) or "(none)", field(group.product) or "(unnamed)"]
    if isinstance(group, DepthBand):
        return [str(group)]
    return [field(str(group)) or "(unnamed)"]


def _percent(proportion: float) -> str:
    return f"{proportion * 100:.1f}%"
