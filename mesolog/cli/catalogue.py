"""`mesolog products list|add|retire` and `mesolog lots list|add`: the product catalogue.

Listing is for anyone logged in; adding and retiring for clinicians and admins (the
services check). A value the catalogue does not take is refused naming the option, the
value and what is allowed, exit status 1 (2 for a value argparse refuses), nothing written.
`--format csv` writes one row a record under a header, numbers with a decimal point and
days as YYYY-MM-DD; a cell a spreadsheet would take for a formula starts with an apostrophe.
A lot's amounts (received, used by signed sessions, left) are in its product's unit, which
its row names: ml, or the units given of a product counted in units.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TextIO

from mesolog.cli.options import EXIT_OK, Commands, day, user_options
from mesolog.cli.speech import say
from mesolog.cli.terminal import field
from mesolog.domain.enums import Solution
from mesolog.domain.errors import NotFoundError
from mesolog.domain.products import Lot, LotInput, Product, ProductInput, ProductUnit
from mesolog.domain.texts import phrase
from mesolog.services.clinic import Clinic

CATALOGUE_COMMANDS = {"products", "lots"}
FORMATS = ("table", "csv")
PRODUCT_COLUMNS = (
    "name",
    "manufacturer",
    "solution",
    "concentration",
    "unit",
    "gtin",
    "default_amount",
    "price_per_unit",
    "lots",
    "state",
)
LOT_COLUMNS = (
    "product",
    "lot",
    "expiry",
    "received_on",
    "unit",
    "quantity_received",
    "used",
    "left",
    "state",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _number(text: str) -> float:
    try:
        return float(Decimal(text))
    except InvalidOperation:
        refusal = phrase(
            "cli.catalogue", "{text} is not a number; write it with a decimal point, e.g. 1.5"
        )
        raise argparse.ArgumentTypeError(say(refusal.having(text=repr(text)))) from None


def _price(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        refusal = phrase(
            "cli.catalogue", "{text} is not a price; write it with a decimal point, e.g. 18.40"
        )
        raise argparse.ArgumentTypeError(say(refusal.having(text=repr(text)))) from None


def add_catalogue_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    as_user = user_options(after=True)
    by_default_a_table = say(phrase("cli.catalogue", "default: table"))
    products = commands.add_parser(
        "products", help=say(phrase("cli.catalogue", "the product catalogue"))
    )
    actions = products.add_subparsers(dest="products_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[after, as_user], help=say(phrase("cli.catalogue", "list the products"))
    )
    listing.add_argument(
        "--retired",
        action="store_true",
        help=say(phrase("cli.catalogue", "include retired products")),
    )
    listing.add_argument("--format", choices=FORMATS, default="table", help=by_default_a_table)
    add = actions.add_parser(
        "add", parents=[after, as_user], help=say(phrase("cli.catalogue", "add a product"))
    )
    add.add_argument(
        "--name",
        required=True,
        metavar="TEXT",
        help=say(phrase("cli.catalogue", "its name (1 to 200 characters)")),
    )
    add.add_argument("--solution", required=True, choices=[s.value for s in Solution])
    add.add_argument("--manufacturer", default="", metavar="TEXT")
    add.add_argument(
        "--concentration",
        default="",
        metavar="TEXT",
        help=say(phrase("cli.catalogue", "as printed, e.g. 1.5%% or 20 mg/ml")),
    )
    add.add_argument("--unit", choices=[u.value for u in ProductUnit], default="ml")
    add.add_argument(
        "--gtin",
        default="",
        metavar="DIGITS",
        help=say(phrase("cli.catalogue", "the barcode's GTIN: 8, 12, 13 or 14 digits")),
    )
    add.add_argument(
        "--default-volume",
        type=_number,
        metavar="AMOUNT",
        help=say(phrase("cli.catalogue", "what a session usually uses, in the product's unit")),
    )
    add.add_argument(
        "--price",
        type=_price,
        metavar="AMOUNT",
        help=say(phrase("cli.catalogue", "price per unit, at most 2 decimals")),
    )
    add.add_argument("--notes", default="", metavar="TEXT")
    retire = actions.add_parser(
        "retire",
        parents=[after, as_user],
        help=say(
            phrase("cli.catalogue", "stop offering a product; the sessions that used it keep it")
        ),
    )
    retire.add_argument("product", metavar="NAME|GTIN")

    lots = commands.add_parser(
        "lots", help=say(phrase("cli.catalogue", "the lots of the catalogue's products"))
    )
    lot_actions = lots.add_subparsers(dest="lots_action", metavar="ACTION", required=True)
    lot_list = lot_actions.add_parser(
        "list",
        parents=[after, as_user],
        help=say(phrase("cli.catalogue", "list the lots, newest expiry first")),
    )
    lot_list.add_argument(
        "--product", metavar="NAME|GTIN", help=say(phrase("cli.catalogue", "one product's lots"))
    )
    lot_list.add_argument("--format", choices=FORMATS, default="table", help=by_default_a_table)
    lot_add = lot_actions.add_parser(
        "add", parents=[after, as_user], help=say(phrase("cli.catalogue", "add a lot"))
    )
    lot_add.add_argument("--product", required=True, metavar="NAME|GTIN")
    lot_add.add_argument(
        "--lot",
        required=True,
        metavar="TEXT",
        help=say(phrase("cli.catalogue", "the lot number printed on the product")),
    )
    lot_add.add_argument("--expiry", required=True, type=day, metavar="YYYY-MM-DD")
    lot_add.add_argument("--received-on", type=day, metavar="YYYY-MM-DD")
    lot_add.add_argument(
        "--quantity",
        type=_number,
        metavar="AMOUNT",
        help=say(phrase("cli.catalogue", "received, in the product's unit")),
    )


def run_catalogue(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    if args.command == "products":
        action = args.products_action
        if action == "list":
            return _list_products(clinic, args, out)
        if action == "add":
            return _add_product(clinic, args, out)
        product = clinic.products.retire(_product(clinic, args.product).id)
        retired = phrase("cli.catalogue", "product retired: {product}")
        print(say(retired.having(product=field(product.details.name))), file=out)
        return EXIT_OK
    if args.lots_action == "list":
        return _list_lots(clinic, args, out)
    product = _product(clinic, args.product)
    lot = clinic.lots.add(
        LotInput(product.id, args.lot, args.expiry, args.received_on, args.quantity)
    )
    added = phrase("cli.catalogue", "lot added: {lot} of {product}, expiry {expiry}").having(
        lot=field(lot.details.lot_number),
        product=field(product.details.name),
        expiry=lot.details.expiry_date,
    )
    print(say(added), file=out)
    return EXIT_OK


def _product(clinic: Clinic, named: str) -> Product:
    """The product of that name (case and accents ignored) or GTIN."""
    found = clinic.products.with_gtin(named) or clinic.products.named(named)
    if found is None:
        missing = phrase(
            "cli.catalogue",
            "product: no product is named {named} or has it as GTIN; "
            "`mesolog products list --retired` lists them all",
        )
        raise NotFoundError(missing.having(named=repr(named)))
    return found


def _add_product(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    product = clinic.products.add(
        ProductInput(
            name=args.name,
            solution=Solution(args.solution),
            manufacturer=args.manufacturer,
            concentration=args.concentration,
            unit=ProductUnit(args.unit),
            gtin=args.gtin,
            default_volume=args.default_volume,
            price_per_unit=args.price,
            notes=args.notes,
        )
    )
    if product.details.gtin:
        added = phrase("cli.catalogue", "product added: {product}, GTIN {gtin}").having(
            gtin=product.details.gtin
        )
    else:
        added = phrase("cli.catalogue", "product added: {product}")
    print(say(added.having(product=field(product.details.name))), file=out)
    return EXIT_OK


def _amount(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _list_products(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    products = clinic.products.all(retired=args.retired)
    counts = Counter(lot.details.product_id for lot in clinic.lots.all())
    rows = []
    for product in products:
        details = product.details
        price = details.price_per_unit
        rows.append(
            [
                details.name,
                details.manufacturer,
                details.solution.value,
                details.concentration,
                details.unit.value,
                details.gtin,
                _amount(details.default_volume),
                "" if price is None else f"{price:.2f}",
                str(counts[product.id]),
                "in use" if product.active else "retired",
            ]
        )
    _write(out, args.format, PRODUCT_COLUMNS, rows)
    return EXIT_OK


def _list_lots(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    lots: Sequence[Lot]
    if args.product is None:
        lots = clinic.lots.all()
    else:
        lots = clinic.lots.of_product(_product(clinic, args.product).id)
    today = clinic.context.today()
    rows = [
        [
            lot.product_name,
            lot.details.lot_number,
            lot.details.expiry_date.isoformat(),
            lot.details.received_on.isoformat() if lot.details.received_on else "",
            lot.unit.value,
            _amount(lot.details.quantity_received),
            _amount(lot.used),
            _amount(lot.quantity_left),
            "expired" if lot.expired_on(today) else "in date",
        ]
        for lot in lots
    ]
    _write(out, args.format, LOT_COLUMNS, rows)
    return EXIT_OK


def _write(out: TextIO, kind: str, columns: Sequence[str], rows: list[list[str]]) -> None:
    """Rows as CSV, or as a table whose columns line up, every value escaped."""
    if kind == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([f"'{c}" if c.startswith(_FORMULA_STARTS) else c for c in row])
        return
    shown = [list(columns), *[[field(cell) for cell in row] for row in rows]]
    widths = [max(len(row[i]) for row in shown) for i in range(len(columns))]
    for row in shown:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip(), file=out)
