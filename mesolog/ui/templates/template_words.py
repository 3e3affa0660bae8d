"""Protocol templates in words, as their window and dialog show them: intervals, areas,
fees and the course estimate in the locale's form, the dialog's fields for a save someone
else's change refused or merged (ui.common.versioned_saves), and who may change them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from mesolog.domain.accounts import Permission
from mesolog.domain.currency import currency_symbol
from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.products import ProductUnit
from mesolog.domain.records import NeedleTechnique, ProductUse, TreatmentLine
from mesolog.domain.templates import CourseEstimate, TemplateInput
from mesolog.domain.texts import fill
from mesolog.services.clinic import Clinic
from mesolog.ui.catalogue.catalogue_words import amount_text
from mesolog.ui.common.labels import area_label, indication_label, solution_label
from mesolog.ui.common.record_conflicts import FieldWords, empty_text, number_text

MONEY_PLACES = 2


def may_change_templates(clinic: Clinic) -> bool:
    """Whether whoever is logged in may change templates (anyone, without accounts)."""
    account = clinic.account
    return account is None or account.may(Permission.CATALOGUE)


def read_only_reason() -> str:
    return QCoreApplication.translate(
        "Templates", "Only clinicians and administrators change templates; you may read them."
    )


def money_text(amount: Decimal | None, currency: str = "") -> str:
    """150.00 with the locale's marks, in the clinic's currency as the locale writes it
    ("€150.00", "150,00 €") when it has one; "" for none."""
    if amount is None:
        return ""
    if not currency:
        return QLocale().toString(float(amount), "f", MONEY_PLACES)
    if QLocale().language() == QLocale.Language.C:  # as the PDFs write it: 630.50 EUR
        return f"{QLocale().toString(float(amount), 'f', MONEY_PLACES)} {currency}"
    symbol = currency_symbol(currency, QLocale().name())
    return QLocale().toCurrencyString(float(amount), symbol, MONEY_PLACES)


class TemplateCounts(QObject):
    """The templates' counted words, with a plural form for each language: PySide6
    translates a plural (`self.tr(text, "", n)`) only in the class whose method says it, so
    nothing inherits this one (docs/translation-plan.md §0.2). English reads as the sources
    say ("1 days") until its plural catalogue."""

    def days(self, n: int) -> str:
        return self.tr("%Ln days", "an interval between two sessions", n)

    def intervals(self, initial: int, maintenance: int) -> str:
        return self.tr(
            "%1, then %Ln days", "the first interval, then the maintenance one", maintenance
        ).replace("%1", QLocale().toString(initial))

    def estimate(self, sessions: int, products: str) -> str:
        return self.tr(
            "Estimate for %Ln sessions: %1 of products (no session fee).", "", sessions
        ).replace("%1", products)

    def estimate_with_fees(self, sessions: int, total: str, fees: str, products: str) -> str:
        return (
            self.tr("Estimate for %Ln sessions: %1 (session fees %2, products %3).", "", sessions)
            .replace("%1", total)
            .replace("%2", fees)
            .replace("%3", products)
        )


def days_text(days: int) -> str:
    return TemplateCounts().days(days)


def intervals_text(details: TemplateInput) -> str:
    """ "14, then 28 days": the first interval, then the maintenance one."""
    return TemplateCounts().intervals(
        details.initial_interval_days, details.maintenance_interval_days
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
        how = QCoreApplication.translate("Templates", "needle %1").replace(
            "%1", number_text(technique.depth_mm, "mm")
        )
    else:
        how = QCoreApplication.translate("Templates", "pen %1").replace(
            "%1", number_text(technique.depth_mm, "mm")
        )
    products = ", ".join(product_text(product) for product in line.products)
    area = area_label(line.area)
    if line.area_detail:
        area = f"{area} ({line.area_detail})"
    values = {"area": area, "how": how, "products": products}
    if not products:
        #: a template's treatment line without products: its area, then its technique
        return fill(QCoreApplication.translate("Templates", "{area}: {how}"), None, values, str)
    #: a template's treatment line: its area, its technique, then its products
    line_words = QCoreApplication.translate("Templates", "{area}: {how}; {products}")
    return fill(line_words, None, values, str)


def _lines(lines: tuple[TreatmentLine, ...]) -> str:
    return "\n".join(line_text(line) for line in lines) or empty_text()


def _fee(fee: Decimal | None) -> str:
    return money_text(fee) or empty_text()


def template_fields() -> FieldWords:
    return FieldWords(
        captions={
            "name": QCoreApplication.translate("Templates", "Name"),
            "indication": QCoreApplication.translate("Templates", "Indication"),
            "planned_sessions": QCoreApplication.translate("Templates", "Planned sessions"),
            "initial_interval_days": QCoreApplication.translate("Templates", "First interval"),
            "maintenance_interval_days": QCoreApplication.translate(
                "Templates", "Maintenance interval"
            ),
            "protocol": QCoreApplication.translate("Templates", "Protocol"),
            "lines": QCoreApplication.translate("Templates", "Treatment lines"),
            "session_fee": QCoreApplication.translate("Templates", "Session fee"),
            "notes": QCoreApplication.translate("Templates", "Notes"),
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
    a line that names none (a sentence each: "any" agrees with the solution in Greek)."""
    return product_name or any_solution()[solution]


def any_solution() -> dict[Solution, str]:
    """ "any hyaluronic acid": a solution a template's line names, no product."""
    return {
        Solution.HYALURONIC_ACID: QCoreApplication.translate("Templates", "any hyaluronic acid"),
        Solution.DMAE: QCoreApplication.translate("Templates", "any DMAE"),
        Solution.CAFFEINE: QCoreApplication.translate("Templates", "any caffeine"),
        Solution.PHOSPHATIDYLCHOLINE: QCoreApplication.translate(
            "Templates", "any phosphatidylcholine"
        ),
        Solution.VITAMINS: QCoreApplication.translate("Templates", "any vitamins"),
        Solution.AMINO_ACIDS: QCoreApplication.translate("Templates", "any amino acids"),
        Solution.PEPTIDES: QCoreApplication.translate("Templates", "any peptides"),
        Solution.OTHER: QCoreApplication.translate("Templates", "any other solution"),
    }


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
    counts, currency = TemplateCounts(), estimate.currency
    if estimate.fees is None:
        text = counts.estimate(estimate.sessions, money_text(estimate.products, currency))
    else:
        text = counts.estimate_with_fees(
            estimate.sessions,
            money_text(estimate.total, currency),
            money_text(estimate.fees, currency),
            money_text(estimate.products, currency),
        )
    unpriced = unpriced_names(details, estimate)
    if unpriced:
        text += "\n" + QCoreApplication.translate(
            "Templates", "No price in the catalogue, left out: %1."
        ).replace("%1", ", ".join(unpriced))
    if estimate.without_units:
        text += "\n" + QCoreApplication.translate(
            "Templates", "No units given in the template, left out: %1."
        ).replace("%1", ", ".join(estimate.without_units))
    return text
