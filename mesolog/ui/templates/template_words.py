"""Protocol templates in words, as their window and dialog show them: intervals, areas,
fees and the course estimate in the locale's form, the dialog's fields for a save someone
else's change refused or merged (ui.common.versioned_saves), and who may change them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from mesolog.domain.accounts import Permission
from mesolog.domain.currency import currency_symbol
from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.products import ProductUnit
from mesolog.domain.records import NeedleTechnique, ProductUse, TreatmentLine
from mesolog.domain.templates import CourseEstimate, TemplateInput
from mesolog.services.clinic import Clinic
from mesolog.ui.catalogue.catalogue_words import amount_text
from mesolog.ui.common.labels import area_label, indication_label, solution_label
from mesolog.ui.common.record_conflicts import FieldWords, empty_text, in_sentence, number_text

MONEY_PLACES = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("Templates", text)


def may_change_templates(clinic: Clinic) -> bool:
    """Whether whoever is logged in may change templates (anyone, without accounts)."""
    account = clinic.account
    return account is None or account.may(Permission.CATALOGUE)


def read_only_reason() -> str:
    return _tr("Only clinicians and administrators change templates; you may read them.")


def money_text(amount: Decimal | None, currency: str = "") -> str:
    """150.00 with the locale's marks, in the clinic's currency as the locale writes it
    ("€150.00", "150,00 €") when it has one; "" for none."""
    if amount is None:
        return ""
    if not currency:
        return QLocale().toString(float(amount), "f", MONEY_PLACES)
    symbol = currency_symbol(currency, QLocale().name())
    return QLocale().toCurrencyString(float(amount), symbol, MONEY_PLACES)


def days_text(days: int) -> str:
    return _tr("%1 days").replace("%1", QLocale().toString(days))


def intervals_text(details: TemplateInput) -> str:
    """ "14, then 28 days": the first interval, then the maintenance one."""
    return (
        _tr("%1, then %2 days")
        .replace("%1", QLocale().toString(details.initial_interval_days))
        .replace("%2", QLocale().toString(details.maintenance_interval_days))
    )


def areas_text(areas: tuple[Area, ...]) -> str:
    return ", ".join(area_label(area) for area in areas)


def product_text(product: ProductUse) -> str:
    """ "HydraBoost 1.5% 2 ml"; a product counted in units "VitaC 2 units · 4 ml", "VitaC
    1 unit · 2 ml"."""
    amount = number_text(product.volume_ml, "ml")
    if product.units is not None:
        amount = f"{amount_text(product.units, ProductUnit.UNITS)} · {amount}"
    return f"{product.product_name or solution_label(product.solution)} {amount}"


def line_text(line: TreatmentLine) -> str:
    """One line in a sentence: "Cheeks: needle 2 mm; HydraBoost 1.5% 2 ml"."""
    technique = line.technique
    if isinstance(technique, NeedleTechnique):
        how = _tr("needle %1").replace("%1", number_text(technique.depth_mm, "mm"))
    else:
        how = _tr("pen %1").replace("%1", number_text(technique.depth_mm, "mm"))
    products = ", ".join(product_text(product) for product in line.products)
    area = area_label(line.area)
    if line.area_detail:
        area = f"{area} ({line.area_detail})"
    return f"{area}: {how}; {products}" if products else f"{area}: {how}"


def _lines(lines: tuple[TreatmentLine, ...]) -> str:
    return "\n".join(line_text(line) for line in lines) or empty_text()


def _fee(fee: Decimal | None) -> str:
    return money_text(fee) or empty_text()


def template_fields() -> FieldWords:
    return FieldWords(
        captions={
            "name": _tr("Name"),
            "indication": _tr("Indication"),
            "planned_sessions": _tr("Planned sessions"),
            "initial_interval_days": _tr("First interval"),
            "maintenance_interval_days": _tr("Maintenance interval"),
            "protocol": _tr("Protocol"),
            "lines": _tr("Treatment lines"),
            "session_fee": _tr("Session fee"),
            "notes": _tr("Notes"),
        },
        values={
            "indication": lambda value: indication_label(Indication(value)),
            "initial_interval_days": days_text,
            "maintenance_interval_days": days_text,
            "lines": _lines,
            "session_fee": _fee,
        },
    )


def use_word(product_name: str, solution: Solution) -> str:
    """A template's product as the estimate names it: by its name, or "any <solution>" for
    a line that names none."""
    return product_name or _tr("any %1").replace("%1", in_sentence(solution_label(solution)))


def unpriced_names(details: TemplateInput, estimate: CourseEstimate) -> list[str]:
    """The products the estimate leaves out, as the dialog names them (use_word)."""
    words: dict[str, str] = {}
    for line in details.lines:
        for product in line.products:
            key = product.product_name or product.solution.value
            words.setdefault(key, use_word(product.product_name, product.solution))
    return [words.get(key, key) for key in estimate.unpriced]


def estimate_text(details: TemplateInput, estimate: CourseEstimate) -> str:
    """What a course of the template is expected to cost, in a sentence or two."""
    sessions = QLocale().toString(estimate.sessions)
    if estimate.fees is None:
        text = (
            _tr("Estimate for %1 sessions: %2 of products (no session fee).")
            .replace("%1", sessions)
            .replace("%2", money_text(estimate.products, estimate.currency))
        )
    else:
        text = (
            _tr("Estimate for %1 sessions: %2 (session fees %3, products %4).")
            .replace("%1", sessions)
            .replace("%2", money_text(estimate.total, estimate.currency))
            .replace("%3", money_text(estimate.fees, estimate.currency))
            .replace("%4", money_text(estimate.products, estimate.currency))
        )
    unpriced = unpriced_names(details, estimate)
    if unpriced:
        text += "\n" + _tr("No price in the catalogue, left out: %1.").replace(
            "%1", ", ".join(unpriced)
        )
    if estimate.without_units:
        text += "\n" + QCoreApplication.translate(
            "Templates", "No units given in the template, left out: %1."
        ).replace("%1", ", ".join(estimate.without_units))
    return text
