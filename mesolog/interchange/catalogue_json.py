"""The product catalogue in the interchange document: `catalogue.products`, each with its
`lots`, with the domain's names and ranges (domain.products).

A product is `id`, `name`, `manufacturer`, `solution`, `concentration`, `unit`, `gtin`
(14 digits), `default_volume`, `price_per_unit` (text with two decimals, "12.50": exact,
where a JSON number is a binary fraction to most readers), `notes`, `retired_at` and
`lots`; a lot is `id`, `lot_number`, `expiry_date`, `received_on` and
`quantity_received`. Optional fields that are None or "" are left out; written in the
schema's order, read back to the same records.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from mesolog.domain.enums import Solution
from mesolog.domain.ids import LotId, ProductId
from mesolog.domain.products import LotInput, ProductInput, ProductUnit
from mesolog.interchange.clinic_file import Catalogue, FiledLot, FiledProduct

Json = dict[str, Any]


def encode_catalogue(catalogue: Catalogue) -> Json:
    return {"products": [_encode_product(product) for product in catalogue.products]}


def decode_catalogue(data: Mapping[str, Any]) -> Catalogue:
    return Catalogue(tuple(_decode_product(item) for item in data["products"]))


def _encode_product(product: FiledProduct) -> Json:
    details = product.details
    price = details.price_per_unit
    for lot in product.lots:
        if lot.details.product_id != product.id:
            raise ValueError(f"lot {lot.id} belongs to product {lot.details.product_id}")
    return _fields(
        id=str(product.id),
        name=details.name,
        manufacturer=details.manufacturer,
        solution=details.solution.value,
        concentration=details.concentration,
        unit=details.unit.value,
        gtin=details.gtin,
        default_volume=_number(details.default_volume),
        price_per_unit=None if price is None else f"{price:.2f}",
        notes=details.notes,
        retired_at=None if product.retired_at is None else _stamp(product.retired_at),
        lots=[_encode_lot(lot) for lot in product.lots],
    )


def _encode_lot(lot: FiledLot) -> Json:
    details = lot.details
    return _fields(
        id=str(lot.id),
        lot_number=details.lot_number,
        expiry_date=details.expiry_date.isoformat(),
        received_on=None if details.received_on is None else details.received_on.isoformat(),
        quantity_received=_number(details.quantity_received),
    )


def _decode_product(data: Mapping[str, Any]) -> FiledProduct:
    product_id = ProductId(uuid.UUID(data["id"]))
    volume, price, retired = (
        data.get(key) for key in ("default_volume", "price_per_unit", "retired_at")
    )
    details = ProductInput(
        name=str(data["name"]),
        solution=Solution(data["solution"]),
        manufacturer=str(data.get("manufacturer", "")),
        concentration=str(data.get("concentration", "")),
        unit=ProductUnit(data.get("unit", ProductUnit.ML)),
        gtin=str(data.get("gtin", "")),
        default_volume=None if volume is None else float(volume),
        price_per_unit=None if price is None else Decimal(price),
        notes=str(data.get("notes", "")),
    )
    return FiledProduct(
        product_id,
        details,
        None if retired is None else dt.datetime.fromisoformat(retired),
        tuple(_decode_lot(item, product_id) for item in data.get("lots", ())),
    )


def _decode_lot(data: Mapping[str, Any], product_id: ProductId) -> FiledLot:
    received, quantity = data.get("received_on"), data.get("quantity_received")
    details = LotInput(
        product_id=product_id,
        lot_number=str(data["lot_number"]),
        expiry_date=dt.date.fromisoformat(data["expiry_date"]),
        received_on=None if received is None else dt.date.fromisoformat(received),
        quantity_received=None if quantity is None else float(quantity),
    )
    return FiledLot(LotId(uuid.UUID(data["id"])), details)


def _fields(**values: object) -> Json:
    """The given fields in order, without those that are None or "" (lists are kept)."""
    return {key: value for key, value in values.items() if value is not None and value != ""}


def _number(value: float | None) -> float | int | None:
    """A whole float as an int (4, not 4.0), as the rest of the document writes numbers."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def _stamp(value: dt.datetime) -> str:
    if value.utcoffset() is None:
        raise ValueError(f"a date-time without UTC offset cannot be exported: {value}")
    return value.isoformat()
