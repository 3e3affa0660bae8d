"""The template dialog on a real database, typed key by key: a template added with a pen
line and a product completed from the catalogue (Greek names too), numbers never clamped,
refusals beside the field they name with nothing stored, and the course estimate. What was
stored is read back through clinic.templates."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, NeedleMethod, Solution, TechniqueKind
from mesolog.domain.products import Product
from mesolog.domain.records import NeedleTechnique, PenTechnique, ProductUse, TreatmentLine
from mesolog.domain.templates import TemplateInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.templates.template_dialog import TemplateDialog
from tests.locale_support import decimal
from tests.typing_support import Typed, focus, shown, type_into, type_keys
from tests.ui.templates.template_support import add_catalogue, shown_errors


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def catalogue(clinic: Clinic) -> dict[str, Product]:
    return add_catalogue(clinic)


def opened(qtbot: QtBot, clinic: Clinic, **kwargs: object) -> TemplateDialog:
    dialog = TemplateDialog(clinic, ChangeBus(), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot: QtBot, combo: QComboBox, keys: str) -> None:
    """Picks a combo's choice as a person does with the keyboard: its first letters."""
    focus(qtbot, combo)
    type_keys(combo, keys)
    assert shown(combo).casefold().startswith(keys.casefold()), shown(combo)


def pick_offer(qtbot: QtBot, dialog: TemplateDialog, line: int, product: int, keys: str) -> None:
    """Types `keys` into a product's name and picks the first product offered (Down, Enter)."""
    row = dialog.lines.editors[line].products[product]
    type_into(qtbot, row.product_name, keys, tab=False)
    popup = row.offers.popup
    qtbot.waitUntil(popup.isVisible, timeout=2_000)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2_000)


def money(amount: float) -> str:
    """An amount as the locale writes it: 1,120.80 (1.120,80 in Greek)."""
    return QLocale().toString(float(amount), "f", 2)


def save(qtbot: QtBot, dialog: TemplateDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_a_template_typed_key_by_key_is_stored_as_typed(
    qtbot: QtBot, clinic: Clinic, catalogue: dict[str, Product]
) -> None:
    dialog = opened(qtbot, clinic)
    plan = dialog.plan
    type_into(qtbot, plan.name, "Σφριγηλότητα προσώπου")
    choose(qtbot, plan.indication, "Rad")
    type_into(qtbot, plan.planned_sessions, "5")
    type_into(qtbot, plan.initial_interval_days, "10")
    type_into(qtbot, plan.maintenance_interval_days, "21")
    type_into(qtbot, plan.session_fee, decimal("120.5"))
    type_into(qtbot, plan.protocol, "Vitamins, pen over the face")
    type_into(qtbot, plan.notes, "Warm the pen first", tab=False)
    line = dialog.lines.editors[0]
    choose(qtbot, line.area, "Full")
    qtbot.mouseClick(line.kind.buttons[TechniqueKind.PEN], Qt.MouseButton.LeftButton)
    pen = line.pen_fields
    type_into(qtbot, pen.needle_count, "12")
    type_into(qtbot, pen.depth_mm, decimal("0.75"))
    type_into(qtbot, pen.penetrations_per_second, "100")
    type_into(qtbot, pen.passes, "3")
    pick_offer(qtbot, dialog, 0, 0, "hydra")
    type_into(qtbot, line.products[0].volume_ml, decimal("2.5"))
    save(qtbot, dialog)

    assert dialog.result() == TemplateDialog.DialogCode.Accepted
    [stored] = clinic.templates.all()
    assert stored == dialog.saved_template
    assert stored.details == TemplateInput(
        "Σφριγηλότητα προσώπου",
        Indication.RADIANCE_REGENERATION,
        5,
        10,
        21,
        "Vitamins, pen over the face",
        (
            TreatmentLine(
                Area.FULL_FACE,
                PenTechnique(0.75, 100, 12, 3),
                (ProductUse(Solution.HYALURONIC_ACID, 2.5, "HydraBoost 1.5%", "1.5%"),),
            ),
        ),
        Decimal("120.50"),
        "Warm the pen first",
    )


FEES = [
    Typed("whole", "150", stored=Decimal(150)),
    Typed("above a spin box's 99.99", "1500", stored=Decimal(1500)),
    Typed("cents", "150.25", stored=Decimal("150.25")),
    Typed("none", "", stored=None),
    Typed("three decimals", "150.255", refused="has more than 2 decimals"),
    Typed("too high", "100001", refused="is too high: 0 to 100"),
    Typed("a word", "free", refused="free is not a number"),
]


@pytest.mark.parametrize("typed", FEES, ids=lambda t: t.case)
def test_a_typed_session_fee_is_stored_as_typed_or_refused_beside_it(
    qtbot: QtBot, clinic: Clinic, typed: Typed
) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Fees")
    type_into(qtbot, dialog.plan.session_fee, decimal(typed.keys))
    save(qtbot, dialog)
    if typed.refused is None:
        [stored] = clinic.templates.all()
        assert stored.details.session_fee == typed.stored
        return
    assert clinic.templates.all() == [], "nothing stored"
    assert dialog.isVisible()
    assert typed.refused in shown_errors(dialog)["session_fee"]
    assert shown(dialog.plan.session_fee) == decimal(typed.keys), "kept as typed, not clamped"


def test_a_needle_5_mm_deep_is_refused_beside_the_depth_and_nothing_stored(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Too deep")
    needle = dialog.lines.editors[0].needle_fields
    type_into(qtbot, needle.depth_mm, "5")
    assert needle.errors.visible() == {"depth_mm": "5 mm is too high: 1 to 4 mm."}, "on leaving"
    save(qtbot, dialog)
    assert clinic.templates.all() == []
    assert dialog.isVisible()
    assert shown(needle.depth_mm) == "5", "kept as typed, never clamped to 4"
    assert dialog.focusWidget() is needle.depth_mm


def test_the_services_refusals_are_shown_beside_the_line_field_and_the_name(
    qtbot: QtBot, clinic: Clinic
) -> None:
    clinic.templates.add(
        TemplateInput(
            "Cheeks",
            Indication.WRINKLES,
            6,
            lines=(TreatmentLine(Area.CHEEKS, NeedleTechnique(2)),),
        )
    )
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "CHEEKS")
    needle = dialog.lines.editors[0].needle_fields
    type_into(qtbot, needle.length_mm, "2")
    type_into(qtbot, needle.depth_mm, "3")
    assert shown_errors(dialog) == {}, "each number is allowed on its own"
    save(qtbot, dialog)
    assert needle.errors.visible() == {
        "depth_mm": "No deeper than the needle is long (2 mm) (3.0 is not allowed)"
    }
    assert dialog.focusWidget() is needle.depth_mm
    type_into(qtbot, needle.depth_mm, "2")
    save(qtbot, dialog)

    assert [t.details.name for t in clinic.templates.all()] == ["Cheeks"], "nothing stored"
    assert shown_errors(dialog) == {
        "name": "A name no other template has (compared without case or accents) "
        "(CHEEKS is not allowed)"
    }
    assert dialog.focusWidget() is dialog.plan.name


def test_a_greek_product_name_completes_and_fills_solution_and_concentration(
    qtbot: QtBot, clinic: Clinic, catalogue: dict[str, Product]
) -> None:
    dialog = opened(qtbot, clinic)
    row = dialog.lines.editors[0].products[0]
    type_into(qtbot, row.product_name, "κολ", tab=False)
    assert row.offers.offered() == ["Κολλαγόνο Πλους · Ελληνική Φαρμακευτική · Peptides 20 mg/ml"]
    type_keys(row.product_name, "Λ")
    assert len(row.offers.offered()) == 1, "accents and case ignored, Greek as Latin"
    pick_offer(qtbot, dialog, 0, 0, "ελλην φαρ")
    assert shown(row.product_name) == "Κολλαγόνο Πλους"
    assert row.solution.value() == Solution.PEPTIDES
    assert shown(row.concentration) == "20 mg/ml"
    type_into(qtbot, dialog.plan.name, "Peptides")
    save(qtbot, dialog)
    [stored] = clinic.templates.all()
    assert stored.details.lines[0].products == (
        ProductUse(Solution.PEPTIDES, 1.0, "Κολλαγόνο Πλους", "20 mg/ml"),
    )


def test_the_estimate_counts_fees_and_priced_products_and_names_the_unpriced(
    qtbot: QtBot, clinic: Clinic, catalogue: dict[str, Product]
) -> None:
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.planned_sessions, "6")
    type_into(qtbot, dialog.plan.session_fee, "150")
    line = dialog.lines.editors[0]
    pick_offer(qtbot, dialog, 0, 0, "hydra")
    type_into(qtbot, line.products[0].volume_ml, "2")
    qtbot.mouseClick(line.add_product_button, Qt.MouseButton.LeftButton)
    choose(qtbot, line.products[1].solution, "Vit")
    qtbot.mouseClick(line.add_product_button, Qt.MouseButton.LeftButton)
    pick_offer(qtbot, dialog, 0, 2, "κολλ")
    expected = (
        f"Estimate for 6 sessions: {money(1120.80)} (session fees {money(900)}, "
        f"products {money(220.80)}).\n"
        "No price in the catalogue, left out: any vitamins, Κολλαγόνο Πλους."
    )
    qtbot.waitUntil(lambda: dialog.estimate.text() == expected, timeout=3_000)
    type_into(qtbot, dialog.plan.planned_sessions, "twenty")
    qtbot.waitUntil(lambda: "needs the number of planned sessions" in dialog.estimate.text())


def test_a_pen_line_keeps_its_needle_settings_apart(qtbot: QtBot, clinic: Clinic) -> None:
    """Switching to the pen and back shows the needle's own settings again; a refusal in
    the page not shown does not stop the save."""
    dialog = opened(qtbot, clinic)
    type_into(qtbot, dialog.plan.name, "Needle only")
    line = dialog.lines.editors[0]
    qtbot.mouseClick(line.kind.buttons[TechniqueKind.PEN], Qt.MouseButton.LeftButton)
    type_into(qtbot, line.pen_fields.depth_mm, "9")
    qtbot.mouseClick(line.kind.buttons[TechniqueKind.NEEDLE], Qt.MouseButton.LeftButton)
    choose(qtbot, line.needle_fields.method, "napp")
    save(qtbot, dialog)
    [stored] = clinic.templates.all()
    assert stored.details.lines[0].technique == NeedleTechnique(2.0, 30, 4.0, NeedleMethod.NAPPAGE)


def test_tab_goes_through_each_line_then_to_save(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = opened(qtbot, clinic)
    line = dialog.lines.editors[0]
    qtbot.mouseClick(line.add_product_button, Qt.MouseButton.LeftButton)
    focus(qtbot, dialog.plan.notes)
    visited = []
    for _ in range(22):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    product = ["product_name", "solution", "concentration", "volume_ml", "remove_product"]
    assert visited == [
        "area",
        "area_detail",
        "kind_needle",
        "gauge",
        "length_mm",
        "depth_mm",
        "method",
        *product,
        *product,
        "add_product",
        "remove_line",
        "add_line",
        "save",
        "cancel",
    ]


def test_room_left_over_goes_under_the_lines_not_into_them(qtbot: QtBot, clinic: Clinic) -> None:
    """At 1366×768 one line is shorter than the dialog's room: it keeps its own height, so
    its technique's fields sit under its area, not in the middle of an empty frame."""
    dialog = opened(qtbot, clinic)
    dialog.resize(1366, 768)
    line = dialog.lines.editors[0]
    qtbot.waitUntil(lambda: dialog.height() == 768, timeout=2_000)
    assert line.height() == line.sizeHint().height()
    assert line.stack.height() == line.stack.sizeHint().height()
