"""The reactions room's words: dimensions, groups, counts and rates in the user's language
and locale (numbers with its separators, a rate with its percent sign). They are translated
in the dialog's context, "ReactionsDialog": its table, chart and filters speak as the
dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from mesolog.domain.enums import Area, Solution, TechniqueKind
from mesolog.domain.reaction_rates import DepthBand, Dimension, Group, Lot, Rate
from mesolog.ui.common.labels import area_label, solution_label, technique_kind_label


def dimension_label(dimension: Dimension) -> str:
    return {
        Dimension.PRODUCT: QCoreApplication.translate("ReactionsDialog", "Product"),
        Dimension.LOT: QCoreApplication.translate("ReactionsDialog", "Lot"),
        Dimension.SOLUTION: QCoreApplication.translate("ReactionsDialog", "Solution"),
        Dimension.TECHNIQUE: QCoreApplication.translate("ReactionsDialog", "Technique"),
        Dimension.DEPTH: QCoreApplication.translate("ReactionsDialog", "Depth band"),
        Dimension.AREA: QCoreApplication.translate("ReactionsDialog", "Area"),
        Dimension.CLINICIAN: QCoreApplication.translate("ReactionsDialog", "Clinician"),
    }[dimension]


def grouped_by(dimension: Dimension) -> str:
    """What the rates are grouped by, as it follows "by" in a sentence: "by product"."""
    return {
        Dimension.PRODUCT: QCoreApplication.translate(
            "ReactionsDialog", "product", "after by: rates by …"
        ),
        Dimension.LOT: QCoreApplication.translate("ReactionsDialog", "lot", "after by: rates by …"),
        Dimension.SOLUTION: QCoreApplication.translate(
            "ReactionsDialog", "solution", "after by: rates by …"
        ),
        Dimension.TECHNIQUE: QCoreApplication.translate(
            "ReactionsDialog", "technique", "after by: rates by …"
        ),
        Dimension.DEPTH: QCoreApplication.translate(
            "ReactionsDialog", "depth band", "after by: rates by …"
        ),
        Dimension.AREA: QCoreApplication.translate(
            "ReactionsDialog", "area", "after by: rates by …"
        ),
        Dimension.CLINICIAN: QCoreApplication.translate(
            "ReactionsDialog", "clinician", "after by: rates by …"
        ),
    }[dimension]


def product_text(name: str) -> str:
    return name or QCoreApplication.translate("ReactionsDialog", "(no product name)")


def lot_text(number: str) -> str:
    return number or QCoreApplication.translate("ReactionsDialog", "(no lot recorded)")


def group_text(group: Group) -> str:
    """A row's group in words: a lot with its product, a band with its depths."""
    if isinstance(group, Lot):
        return f"{lot_text(group.number)} · {product_text(group.product)}"
    if isinstance(group, DepthBand):
        return depth_band_text(group)
    if isinstance(group, Solution):
        return solution_label(group)
    if isinstance(group, TechniqueKind):
        return technique_kind_label(group)
    if isinstance(group, Area):
        return area_label(group)
    return product_text(group)


def depth_band_text(band: DepthBand) -> str:
    """'Needle 1–2 mm', 'Micro-needling pen 0,25–0,5 mm' in Greek."""
    locale = QLocale()
    return (
        QCoreApplication.translate("ReactionsDialog", "%1 %2–%3 mm")
        .replace("%1", technique_kind_label(band.technique))
        .replace("%2", locale.toString(band.low_mm, "g", 3))
        .replace("%3", locale.toString(band.high_mm, "g", 3))
    )


def count_text(count: int) -> str:
    return QLocale().toString(count)


def percent_text(proportion: float, *, decimals: int = 1) -> str:
    """17.5% (17,5% in Greek)."""
    locale = QLocale()
    return f"{locale.toString(proportion * 100, 'f', decimals)}{locale.percent()}"


def interval_text(rate: Rate) -> str:
    return f"{percent_text(rate.low)} – {percent_text(rate.high)}"
