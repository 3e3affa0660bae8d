"""A treatment line's technique in the interchange document, a session's line or a
template's: a needle (`gauge`, `length_mm`, `depth_mm`, `method`) or a pen
(`needle_count`, `depth_mm`, `penetrations_per_second`, `passes`), told apart by `kind`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mesolog.domain import enums, limits
from mesolog.domain.records import NeedleTechnique, PenTechnique, Technique
from mesolog.interchange.members import Members

Json = dict[str, Any]


def encode_technique(technique: Technique) -> Json:
    """In the schema's order, without the optional fields that are None."""
    if isinstance(technique, PenTechnique):
        return _fields(
            kind=str(enums.TechniqueKind.PEN),
            needle_count=technique.needle_count,
            depth_mm=number(technique.depth_mm),
            penetrations_per_second=technique.penetrations_per_second,
            passes=technique.passes,
        )
    return _fields(
        kind=str(enums.TechniqueKind.NEEDLE),
        gauge=technique.gauge,
        length_mm=number(technique.length_mm),
        depth_mm=number(technique.depth_mm),
        method=None if technique.method is None else str(technique.method),
    )


def decode_technique(data: Mapping[str, Any]) -> Technique:
    """Absent fields take the schema's defaults."""
    if data["kind"] == enums.TechniqueKind.PEN:
        passes = data.get("passes")
        return PenTechnique(
            depth_mm=float(data["depth_mm"]),
            penetrations_per_second=int(data["penetrations_per_second"]),
            needle_count=int(data.get("needle_count", limits.DEFAULT_PEN_NEEDLE_COUNT)),
            passes=None if passes is None else int(passes),
        )
    method = data.get("method")
    return NeedleTechnique(
        depth_mm=float(data["depth_mm"]),
        gauge=int(data.get("gauge", limits.DEFAULT_NEEDLE_GAUGE)),
        length_mm=float(data.get("length_mm", limits.DEFAULT_NEEDLE_LENGTH_MM)),
        method=None if method is None else _METHODS[method],
    )


_METHODS = Members(enums.NeedleMethod)


def number(value: float) -> float | int:
    """A whole float as an int (4, not 4.0), so equal records give equal text."""
    return int(value) if float(value).is_integer() else float(value)


def _fields(**values: object) -> Json:
    return {key: value for key, value in values.items() if value is not None}
