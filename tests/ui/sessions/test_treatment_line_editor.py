"""One treatment line: technique fields, schema limits, products, payload and error placement."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mesolog.domain import limits
from mesolog.domain.enums import Area, NeedleMethod, Solution
from mesolog.domain.errors import Violation
from mesolog.domain.records import (
    NeedleTechnique,
    PenTechnique,
    ProductUse,
    TechniqueDefaults,
    TreatmentLine,
)
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.typed_fields import NumberField
from mesolog.ui.sessions.session_widgets import number_field
from mesolog.ui.sessions.treatment_line_editor import TreatmentLineEditor
from tests.locale_support import date_keys, decimal
from tests.typing_support import empty, shown, type_into

TODAY = dt.date(2026, 3, 10)

NEEDLE_LINE = TreatmentLine(
    area=Area.DECOLLETAGE,
    technique=NeedleTechnique(depth_mm=1.5, gauge=32, length_mm=6.0, method=NeedleMethod.NAPPAGE),
    products=(
        ProductUse(
            Solution.HYALURONIC_ACID,
            2.5,
            product_name="AquaVeil HA 2%",
            concentration="20 mg/ml",
            lot_number="AV-2291",
            expiry_date=dt.date(2027, 5, 31),
        ),
        ProductUse(Solution.VITAMINS, 0.75, product_name="Βιταμίνες C+E"),
    ),
    area_detail="αριστερή πλευρά",
)


@pytest.fixture
def line(qtbot: QtBot) -> TreatmentLineEditor:
    editor = TreatmentLineEditor(TechniqueDefaults(), lambda: TODAY)
    qtbot.addWidget(editor)
    return editor


def page(line: TreatmentLineEditor, name: str) -> QWidget:
    found = line.findChild(QWidget, name)
    assert found is not None
    return found


def spin(line: TreatmentLineEditor, page_name: str, field: str) -> NumberField:
    found = page(line, page_name).findChild(NumberField, field)
    assert isinstance(found, NumberField), field
    return found


def test_choosing_a_technique_shows_only_its_fields(
    qtbot: QtBot, line: TreatmentLineEditor
) -> None:
    line.show()
    qtbot.waitExposed(line)
    assert page(line, "needle_fields").isVisible()
    assert not page(line, "pen_fields").isVisible()

    line.findChild(QRadioButton, "kind_pen").click()

    assert page(line, "pen_fields").isVisible()
    assert not page(line, "needle_fields").isVisible()
    assert line.to_line().technique == TechniqueDefaults().pen()


def test_the_number_fields_take_the_schema_limits_and_units(line: TreatmentLineEditor) -> None:
    expected = {
        ("needle_fields", "gauge"): (limits.NEEDLE_GAUGE, "G"),
        ("needle_fields", "length_mm"): (limits.NEEDLE_LENGTH_MM, "mm"),
        ("needle_fields", "depth_mm"): (limits.NEEDLE_DEPTH_MM, "mm"),
        ("pen_fields", "needle_count"): (limits.PEN_NEEDLE_COUNT, ""),
        ("pen_fields", "depth_mm"): (limits.PEN_DEPTH_MM, "mm"),
        ("pen_fields", "penetrations_per_second"): (limits.PEN_PENETRATIONS_PER_SECOND, "/s"),
        ("pen_fields", "passes"): (limits.PEN_PASSES, ""),
    }
    for (page_name, field), (span, unit) in expected.items():
        box = spin(line, page_name, field)
        assert (box.span, box.unit) == (span, unit), field
    volume = line.add_product().findChild(NumberField, "volume_ml")
    assert (volume.span, volume.unit) == (limits.VOLUME_ML, "ml")


def test_passes_not_recorded_are_empty_and_mean_none(
    qtbot: QtBot, line: TreatmentLineEditor
) -> None:
    line.findChild(QRadioButton, "kind_pen").click()
    passes = spin(line, "pen_fields", "passes")
    assert (shown(passes), passes.placeholderText()) == ("", "not recorded")
    technique = line.to_line().technique
    assert isinstance(technique, PenTechnique)
    assert technique.passes is None

    type_into(qtbot, passes, "3")
    assert shown(passes) == "3"
    technique = line.to_line().technique
    assert isinstance(technique, PenTechnique)
    assert technique.passes == 3


def test_a_line_comes_back_from_its_record_and_from_its_payload(
    qtbot: QtBot, line: TreatmentLineEditor
) -> None:
    line.set_line(NEEDLE_LINE)
    assert line.to_line() == NEEDLE_LINE
    assert line.area.currentText() == "Décolletage"

    copy = TreatmentLineEditor(TechniqueDefaults(), lambda: TODAY)
    qtbot.addWidget(copy)
    copy.load_payload(line.to_payload())
    assert copy.to_payload() == line.to_payload()
    assert copy.to_line() == NEEDLE_LINE


def test_an_expiry_is_typed_key_by_key_and_kept_as_typed(
    qtbot: QtBot, line: TreatmentLineEditor
) -> None:
    line.show()
    product = line.add_product()
    expiry = product.expiry_date
    assert (shown(expiry), product.product().expiry_date) == ("", None), "nothing until typed"

    type_into(qtbot, expiry, date_keys(dt.date(2027, 5, 31)))

    assert shown(expiry) == shown_date(dt.date(2027, 5, 31))
    assert line.to_line().products[0].expiry_date == dt.date(2027, 5, 31)
    payload = line.to_payload()
    copy = TreatmentLineEditor(TechniqueDefaults(), lambda: TODAY)
    qtbot.addWidget(copy)
    copy.load_payload(payload)
    assert copy.products[0].expiry_date.value() == dt.date(2027, 5, 31)

    empty(qtbot, expiry)
    assert shown(expiry) == ""
    assert line.to_line().products[0].expiry_date is None


def test_switching_technique_keeps_both_settings_in_the_payload(
    qtbot: QtBot, line: TreatmentLineEditor
) -> None:
    line.set_line(NEEDLE_LINE)
    line.findChild(QRadioButton, "kind_pen").click()
    type_into(qtbot, spin(line, "pen_fields", "depth_mm"), decimal("0.75"))
    payload = line.to_payload()
    assert payload["kind"] == "pen"
    assert payload["needle"]["depth_mm"] == decimal("1.5")
    assert payload["pen"]["depth_mm"] == decimal("0.75")


def test_products_are_added_and_removed_with_their_buttons(
    qtbot: QtBot, line: TreatmentLineEditor
) -> None:
    line.show()
    add = line.findChild(QPushButton, "add_product")
    with qtbot.waitSignal(line.changed):
        add.click()
    add.click()
    assert len(line.products) == 2
    assert line.product_header.isVisible()

    line.products[0].findChild(QWidget, "remove_product").click()
    assert len(line.products) == 1
    line.products[0].findChild(QWidget, "remove_product").click()
    assert line.products == []
    assert not line.product_header.isVisible()
    assert line.to_line().products == ()


def test_errors_are_placed_beside_the_technique_and_product_fields(
    qtbot: QtBot, line: TreatmentLineEditor
) -> None:
    line.set_line(NEEDLE_LINE)
    line.kind.set_value("pen")
    line.show()
    violations = [
        Violation("treatments[1].technique.depth_mm", 3.0, "0.25 to 2.5 mm"),
        Violation("treatments[1].products[1].volume_ml", 0, "more than 0 and at most 50 ml"),
        Violation("treatments[1].area_detail", "x" * 201, "at most 200 characters"),
        Violation("treatments[1].somewhere_else", 1, "nothing"),
    ]

    unplaced = line.show_errors(violations, "treatments[1].")

    assert [v.path for v in unplaced] == ["treatments[1].somewhere_else"]
    assert set(line.visible_errors()) == {
        "technique.depth_mm",
        "products[1].volume_ml",
        "area_detail",
    }
    depth_error = page(line, "pen_fields").findChild(QLabel, "depth_mm_error")
    assert depth_error.isVisible()
    assert "0.25 to 2.5 mm" in depth_error.text()
    assert line.products[1].findChild(QLabel, "volume_ml_error").isVisible()
    assert not line.products[0].findChild(QLabel, "volume_ml_error").isVisible()
    assert line.first_error_widget() is line.area_detail

    line.clear_errors()
    assert line.visible_errors() == {}


def test_a_decimal_comma_is_read_and_shown_with_the_locales_mark(
    qtbot: QtBot, line: TreatmentLineEditor
) -> None:
    line.findChild(QRadioButton, "kind_pen").click()
    depth = spin(line, "pen_fields", "depth_mm")
    type_into(qtbot, depth, "0,75")
    assert shown(depth) == decimal("0.75")
    assert line.to_line().technique.depth_mm == 0.75


@pytest.mark.parametrize(
    ("locale_name", "typed"),
    [("el_GR", "2.5"), ("el_GR", "2,5"), ("en_GB", "2,5"), ("de_DE", "2.5")],
)
def test_either_decimal_mark_means_a_decimal_point(
    qtbot: QtBot, locale_name: str, typed: str
) -> None:
    """'2.5' where the locale writes '2,5' once became 25 ml: a silent tenfold dose."""
    previous = QLocale()
    QLocale.setDefault(QLocale(locale_name))
    try:
        host = QWidget()
        column = QVBoxLayout(host)
        box = number_field(limits.VOLUME_ML, "ml", places=2)
        column.addWidget(box)
        column.addWidget(QLineEdit())
        qtbot.addWidget(host)
        type_into(qtbot, box, typed)
        assert box.value() == 2.5
        assert shown(box) == f"2{QLocale(locale_name).decimalPoint()}5"
    finally:
        QLocale.setDefault(previous)
