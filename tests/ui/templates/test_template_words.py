"""The products a template's estimate leaves out, as the dialogs name them: a product by
its name, a line naming none as "any" and its solution's label in the sentence's case, an
abbreviation (DMAE) kept in capitals."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.records import NeedleTechnique, ProductUse, TreatmentLine
from mesolog.domain.templates import CourseEstimate, TemplateInput
from mesolog.ui.templates.template_words import product_text, unpriced_names


def test_a_solution_named_in_a_sentence_keeps_an_abbreviation_in_capitals(
    qtbot: QtBot,
) -> None:
    products = (
        ProductUse(Solution.DMAE, 1.0),
        ProductUse(Solution.HYALURONIC_ACID, 1.0),
        ProductUse(Solution.PEPTIDES, 1.0, "Κολλαγόνο Πλους"),
    )
    line = TreatmentLine(Area.NECK, NeedleTechnique(depth_mm=1.5), products)
    details = TemplateInput("Neck", Indication.WRINKLES, 5, lines=(line,))
    unpriced = (Solution.DMAE.value, Solution.HYALURONIC_ACID.value, "Κολλαγόνο Πλους")
    estimate = CourseEstimate(5, None, Decimal("0"), unpriced)

    assert unpriced_names(details, estimate) == [
        "any DMAE",
        "any hyaluronic acid",
        "Κολλαγόνο Πλους",
    ]


def test_a_product_counted_in_units_says_one_unit_in_the_singular(qtbot: QtBot) -> None:
    one = ProductUse(Solution.VITAMINS, 2.0, "C-Bright", units=1.0)
    two = ProductUse(Solution.VITAMINS, 4.0, "C-Bright", units=2.0)
    assert product_text(one) == "C-Bright 1 unit · 2 ml"
    assert product_text(two) == "C-Bright 2 units · 4 ml"
