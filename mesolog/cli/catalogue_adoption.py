"""`mesolog products adopt`: the catalogue built from what the signed sessions recorded
(services.catalogue_adoption), with what was added and matched, and each lot skipped.

It joins the `products` command of cli.catalogue when that is registered first, and
makes the command itself otherwise; main dispatches it by `adopt_catalogue`, whatever
the other `products` actions are called.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from mesolog.cli.options import EXIT_OK, Commands, user_options
from mesolog.cli.speech import say
from mesolog.cli.terminal import field
from mesolog.domain.texts import phrase
from mesolog.services.clinic import Clinic

ADOPT_HELP = phrase(
    "cli.catalogue_adoption", "add to the catalogue the products and lots the signed sessions used"
)
ADOPT_DESCRIPTION = phrase(
    "cli.catalogue_adoption",
    "Adds a product for each product name of the signed, current sessions that the "
    "catalogue lacks (names compared without case or accents; solution and concentration "
    "as most recently used, default volume the median used), and a lot for each of its "
    "lot numbers (compared upper-cased), expiring on the latest expiry the sessions give. "
    "A lot no session gives an expiry for is listed and skipped. A second run adds nothing. "
    "For clinicians and administrators.",
)


def add_catalogue_adoption_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    products = commands.choices.get("products")
    if products is None:
        products = commands.add_parser(
            "products",
            parents=[after],
            help=say(phrase("cli.catalogue_adoption", "the product catalogue")),
        )
    adopt = _actions(products).add_parser(
        "adopt",
        parents=[after, user_options(after=True)],
        help=say(ADOPT_HELP),
        description=say(ADOPT_DESCRIPTION),
    )
    adopt.set_defaults(adopt_catalogue=True)


def _actions(products: argparse.ArgumentParser) -> Commands:
    """The `products` command's own sub-commands, made when it has none yet."""
    for action in products._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return products.add_subparsers(dest="products_action", metavar="ACTION", required=True)


def run_catalogue_adoption(clinic: Clinic, out: TextIO) -> int:
    report = clinic.catalogue_adoption.adopt_from_sessions()
    print(say(report.summary()), file=out)
    for lot in report.lots_skipped:
        print(f"skipped\t{field(lot.product)}\t{field(lot.lot_number)}\t{lot.reason}", file=out)
    for name in report.products_skipped:
        print(f"skipped\t{field(name)}", file=out)
    return EXIT_OK
