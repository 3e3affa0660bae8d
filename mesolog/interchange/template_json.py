"""The protocol templates in the interchange document: `templates`, with the domain's names
and ranges (domain.templates).

A template is `id`, `name`, `indication`, `planned_sessions`, `initial_interval_days`,
`maintenance_interval_days`, `protocol`, `lines`, `session_fee` (text with two decimals,
"80.00", exact as the catalogue's prices are), `notes` and `retired_at`. A line is a
session's line without charts (`area`, `area_detail`, `technique`, `products`), its
products without lot or expiry (`solution`, `product_name`, `concentration`,
`volume_ml`). Optional fields that are None or "" are left out; written in the schema's
order, read back to the same records.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from mesolog.domain import limits
from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.ids import TemplateId
from mesolog.domain.records import ProductUse, TreatmentLine
from mesolog.domain.templates import TemplateInput
from mesolog.interchange.clinic_file import FiledTemplate
from mesolog.interchange.technique_json import decode_technique, encode_technique, number

Json = dict[str, Any]


def encode_templates(templates: Iterable[FiledTemplate]) -> list[Json]:
    return [_encode_template(template) for template in templates]


def decode_templates(data: Iterable[Mapping[str, Any]]) -> tuple[FiledTemplate, ...]:
    return tuple(_decode_template(item) for item in data)


def _encode_template(template: FiledTemplate) -> Json:
    details = template.details
    fee = details.session_fee
    retired = template.retired_at
    if retired is not None and retired.utcoffset() is None:
        raise ValueError(f"a date-time without UTC offset cannot be exported: {retired}")
    return _fields(
        id=str(template.id),
        name=details.name,
        indication=details.indication.value,
        planned_sessions=details.planned_sessions,
        initial_interval_days=details.initial_interval_days,
        maintenance_interval_days=details.maintenance_interval_days,
        protocol=details.protocol,
        lines=[_encode_line(line) for line in details.lines],
        session_fee=None if fee is None else f"{fee:.2f}",
        notes=details.notes,
        retired_at=None if retired is None else retired.isoformat(),
    )


def _encode_line(line: TreatmentLine) -> Json:
    if line.zones or line.points:
        raise ValueError("a template's line has no chart")
    return _fields(
        area=line.area.value,
        area_detail=line.area_detail,
        technique=encode_technique(line.technique),
        products=[_encode_product(product) for product in line.products],
    )


def _encode_product(product: ProductUse) -> Json:
    if product.lot_number or product.expiry_date is not None:
        raise ValueError("a template's product has no lot")
    return _fields(
        solution=product.solution.value,
        product_name=product.product_name,
        concentration=product.concentration,
        volume_ml=number(product.volume_ml),
        units=None if product.units is None else number(product.units),
    )


def _decode_template(data: Mapping[str, Any]) -> FiledTemplate:
    fee, retired = data.get("session_fee"), data.get("retired_at")
    details = TemplateInput(
        name=str(data["name"]),
        indication=Indication(data["indication"]),
        planned_sessions=int(data["planned_sessions"]),
        initial_interval_days=int(
            data.get("initial_interval_days", limits.DEFAULT_INITIAL_INTERVAL_DAYS)
        ),
        maintenance_interval_days=int(
            data.get("maintenance_interval_days", limits.DEFAULT_MAINTENANCE_INTERVAL_DAYS)
        ),
        protocol=str(data.get("protocol", "")),
        lines=tuple(_decode_line(item) for item in data["lines"]),
        session_fee=None if fee is None else Decimal(fee),
        notes=str(data.get("notes", "")),
    )
    return FiledTemplate(
        TemplateId(uuid.UUID(data["id"])),
        details,
        None if retired is None else dt.datetime.fromisoformat(retired),
    )


def _decode_line(data: Mapping[str, Any]) -> TreatmentLine:
    return TreatmentLine(
        area=Area(data["area"]),
        technique=decode_technique(data["technique"]),
        products=tuple(
            ProductUse(
                solution=Solution(item["solution"]),
                volume_ml=float(item["volume_ml"]),
                product_name=str(item.get("product_name", "")),
                concentration=str(item.get("concentration", "")),
                units=None if item.get("units") is None else float(item["units"]),
            )
            for item in data["products"]
        ),
        area_detail=str(data.get("area_detail", "")),
    )


def _fields(**values: object) -> Json:
    """The given fields in order, without those that are None or "" (lists are kept)."""
    return {key: value for key, value in values.items() if value is not None and value != ""}
