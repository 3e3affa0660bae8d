"""The clinic's currency in the templates' window and dialog: the estimate and the fee
column name it as the locale writes it, the session fee field shows its symbol, and
amounts are as before while the clinic has set none. A stored template whose ampoule gives
no units says so apart from the products without a price."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.products import ProductUnit
from mesolog.domain.records import ClinicSettings, NeedleTechnique, ProductUse, TreatmentLine
from mesolog.domain.templates import CourseEstimate, TemplateInput, course_estimate
from mesolog.services.clinic import Clinic
from mesolog.services.demo_catalogue import demo_catalogue
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.templates._template_table import TemplateColumn
from mesolog.ui.templates.template_words import estimate_text, money_text
from mesolog.ui.templates.templates_window import TemplatesWindow
from tests.typing_support import type_into
from tests.ui.templates.test_template_dialog import opened
from tests.ui.templates.test_template_volume import estimate_reads

HA = "HydraBoost 1.5%"
"""The demo's hyaluronic acid: 18.40 per ml, 2 ml a session."""


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def in_euros(clinic: Clinic) -> Clinic:
    for product in demo_catalogue(()):
        clinic.products.add(product.details)
    clinic.settings.update_clinic(ClinicSettings(currency="EUR"), read=ClinicSettings())
    return clinic


def euros(amount: float) -> str:
    """As the locale writes euros; the C locale as the PDFs do ("630.50 EUR")."""
    if QLocale().language() == QLocale.Language.C:
        return f"{QLocale().toString(float(amount), 'f', 2)} EUR"
    return QLocale().toCurrencyString(float(amount), "€", 2)


def test_money_names_the_currency_as_the_locale_writes_it_or_none() -> None:
    assert money_text(Decimal("1120.8"), "EUR") == euros(1120.8)
    assert money_text(Decimal("1120.8"), "") == QLocale().toString(1120.8, "f", 2)
    assert money_text(None, "EUR") == ""
    assert money_text(Decimal("5"), "EUR") == euros(5)


def test_the_dialog_estimates_in_the_clinics_currency(qtbot: QtBot, in_euros: Clinic) -> None:
    dialog = opened(qtbot, in_euros)
    assert dialog.plan.session_fee.unit == "€"
    type_into(qtbot, dialog.plan.name, "Hydration")
    type_into(qtbot, dialog.plan.planned_sessions, "6")
    type_into(qtbot, dialog.plan.session_fee, "80")
    row = dialog.lines.editors[0].products[0]
    type_into(qtbot, row.product_name, HA.lower())
    type_into(qtbot, row.volume_ml, "2")
    estimate_reads(
        qtbot,
        dialog,
        f"Estimate for 6 sessions: {euros(700.8)} (session fees {euros(480)}, "
        f"products {euros(220.8)}).",
    )


def test_the_templates_fee_column_names_the_currency(qtbot: QtBot, in_euros: Clinic) -> None:
    line = TreatmentLine(Area.CHEEKS, NeedleTechnique(depth_mm=1.5), ())
    in_euros.templates.add(
        TemplateInput("Fees", Indication.WRINKLES, 5, lines=(line,), session_fee=Decimal("95"))
    )
    window = TemplatesWindow(in_euros, ChangeBus())
    qtbot.addWidget(window)
    fees = {
        window.model.index(row, TemplateColumn.NAME).data(): window.model.index(
            row, TemplateColumn.FEE
        ).data()
        for row in range(window.model.rowCount())
    }
    assert fees["Fees"] == euros(95)


def test_an_ampoule_without_units_is_left_out_for_want_of_units_not_of_a_price() -> None:
    ampoule = ProductUse(Solution.VITAMINS, 2.0, "VitaC Ampoule 2 ml")
    unknown = ProductUse(Solution.PEPTIDES, 1.0, "PeptiLift")
    line = TreatmentLine(Area.CHEEKS, NeedleTechnique(depth_mm=1.5), (ampoule, unknown))
    details = TemplateInput("Glow", Indication.HYDRATION_TIGHTENING, 6, lines=(line,))
    prices = {"vitac ampoule 2 ml": (Decimal("6.50"), ProductUnit.UNITS)}
    estimate = course_estimate(details, 6, prices, "EUR")
    assert estimate == CourseEstimate(
        6, None, Decimal("0.00"), ("PeptiLift",), "EUR", ("VitaC Ampoule 2 ml",)
    )
    assert estimate_text(details, estimate).splitlines()[1:] == [
        "No price in the catalogue, left out: PeptiLift.",
        "No units given in the template, left out: VitaC Ampoule 2 ml.",
    ]


def test_in_the_c_locale_money_reads_as_the_pdfs_write_it() -> None:
    kept = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert money_text(Decimal("630.5"), "EUR") == "630.50 EUR"
    finally:
        QLocale.setDefault(kept)
