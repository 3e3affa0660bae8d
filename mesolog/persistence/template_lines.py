"""A protocol template's treatment lines in its `lines` column: JSON text.

A column rather than tables: a template's lines are read and written only with it, and
its digest covers them as they are.

    [{"area": "full_face", "area_detail": "",
      "technique": {"kind": "needle", "depth_mm": 1.0, "gauge": 30, "length_mm": 4.0,
                    "method": "nappage"}   (or "pen": depth_mm, penetrations_per_second,
                                            needle_count, passes),
      "products": [{"solution": "hyaluronic_acid", "volume_ml": 2.0,
                    "product_name": "", "concentration": ""}]}, ...]
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

from mesolog.domain.enums import Area, NeedleMethod, Solution, TechniqueKind
from mesolog.domain.errors import DatabaseError
from mesolog.domain.records import NeedleTechnique, PenTechnique, ProductUse, TreatmentLine


def lines_column(lines: Sequence[TreatmentLine]) -> str:
    return json.dumps([_line(line) for line in lines], ensure_ascii=False, separators=(",", ":"))


def lines_from_column(text: str, template_uuid: uuid.UUID) -> tuple[TreatmentLine, ...]:
    """The lines as written; DatabaseError naming the template when the column holds what
    mesolog never writes."""
    try:
        return tuple(line_of(item) for item in json.loads(text))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise DatabaseError(
            f"The lines of protocol template {template_uuid} are not as mesolog writes them: "
            "they were changed outside mesolog."
        ) from None


def _line(line: TreatmentLine) -> dict[str, Any]:
    technique = line.technique
    if isinstance(technique, NeedleTechnique):
        settings: dict[str, Any] = {
            "kind": "needle",
            "depth_mm": technique.depth_mm,
            "gauge": technique.gauge,
            "length_mm": technique.length_mm,
            "method": None if technique.method is None else technique.method.value,
        }
    else:
        settings = {
            "kind": "pen",
            "depth_mm": technique.depth_mm,
            "penetrations_per_second": technique.penetrations_per_second,
            "needle_count": technique.needle_count,
            "passes": technique.passes,
        }
    return {
        "area": line.area.value,
        "area_detail": line.area_detail,
        "technique": settings,
        "products": [_product_item(p) for p in line.products],
    }


def _product_item(product: ProductUse) -> dict[str, Any]:
    """A template's product; its units only when it gives some, so that the lines of
    templates stored before units existed read as they did (and their digests hold)."""
    item: dict[str, Any] = {
        "solution": product.solution.value,
        "volume_ml": product.volume_ml,
        "product_name": product.product_name,
        "concentration": product.concentration,
    }
    if product.units is not None:
        item["units"] = product.units
    return item


def line_of(item: dict[str, Any]) -> TreatmentLine:
    settings = item["technique"]
    technique: NeedleTechnique | PenTechnique
    if TechniqueKind(settings["kind"]) is TechniqueKind.NEEDLE:
        method = settings["method"]
        technique = NeedleTechnique(
            float(settings["depth_mm"]),
            int(settings["gauge"]),
            float(settings["length_mm"]),
            None if method is None else NeedleMethod(method),
        )
    else:
        passes = settings["passes"]
        technique = PenTechnique(
            float(settings["depth_mm"]),
            int(settings["penetrations_per_second"]),
            int(settings["needle_count"]),
            None if passes is None else int(passes),
        )
    products = tuple(
        ProductUse(
            Solution(p["solution"]),
            float(p["volume_ml"]),
            str(p["product_name"]),
            str(p["concentration"]),
            units=None if p.get("units") is None else float(p["units"]),
        )
        for p in item["products"]
    )
    return TreatmentLine(Area(item["area"]), technique, products, str(item["area_detail"]))
