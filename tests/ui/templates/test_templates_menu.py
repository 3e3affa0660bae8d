"""Settings ▸ Templates… from the main window's menu: the templates window opens beside the
main window, once, a change made in it tells the main window's views, and a template added
there keeps the units typed for an ampoule."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Solution
from mesolog.domain.records import ProductUse
from mesolog.services.clinic import Clinic
from mesolog.ui.templates._template_table import TemplateColumn
from mesolog.ui.templates.template_dialog import TemplateDialog
from mesolog.ui.templates.templates_window import TemplatesWindow
from mesolog.ui.window.main_window import MainWindow
from tests.typing_support import type_into
from tests.ui.templates.template_support import AMPOULE, in_modal, rows
from tests.ui.templates.test_template_dialog import pick_offer


@pytest.fixture
def main_window(qtbot: QtBot, clinic: Clinic) -> Iterator[MainWindow]:
    clinic.templates.add_shipped()
    opened = MainWindow(clinic)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.close()


def test_settings_templates_opens_the_one_templates_window(main_window: MainWindow) -> None:
    [settings] = [a.menu() for a in main_window.menuBar().actions() if a.text() == "&Settings"]
    [action] = [a for a in settings.actions() if a.objectName() == "templates_action"]
    assert action is main_window.menus.templates_action
    assert action.text() == "&Templates…"

    action.trigger()
    templates = main_window.findChild(TemplatesWindow, "templates_window")
    assert templates is not None and templates.isVisible()
    assert len(rows(templates.model)) == 8, "the guide's templates"
    templates.close()
    action.trigger()
    assert main_window.findChildren(TemplatesWindow) == [templates], "the one window, again"
    assert templates.isVisible()


def test_a_template_retired_there_tells_the_main_window(
    qtbot: QtBot, main_window: MainWindow, clinic: Clinic
) -> None:
    main_window.menus.templates_action.trigger()
    templates = main_window.findChild(TemplatesWindow, "templates_window")
    assert templates is not None
    told: list[bool] = []
    main_window.bus.changed.connect(lambda: told.append(True))
    name = rows(templates.model)[0][TemplateColumn.NAME]
    qtbot.mouseClick(templates.retire_button, Qt.MouseButton.LeftButton)
    assert told == [True]
    assert name not in [t.details.name for t in clinic.templates.all()]


def test_an_ampoules_units_typed_in_a_template_added_there_are_stored(
    qtbot: QtBot, main_window: MainWindow, clinic: Clinic
) -> None:
    clinic.products.add(AMPOULE)
    main_window.menus.templates_action.trigger()
    templates = main_window.findChild(TemplatesWindow, "templates_window")
    assert templates is not None
    told: list[bool] = []
    main_window.bus.changed.connect(lambda: told.append(True))

    def add(dialog: TemplateDialog) -> None:
        type_into(qtbot, dialog.plan.name, "Vitamin C, our way")
        pick_offer(qtbot, dialog, 0, 0, "vitac")
        row = dialog.lines.editors[0].products[0]
        type_into(qtbot, row.units, "3")
        type_into(qtbot, row.volume_ml, "1")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    in_modal(TemplateDialog, add)
    qtbot.mouseClick(templates.add_button, Qt.MouseButton.LeftButton)

    [added] = [t for t in clinic.templates.all() if t.details.name == "Vitamin C, our way"]
    assert added.details.lines[0].products == (
        ProductUse(Solution.VITAMINS, 1.0, AMPOULE.name, AMPOULE.concentration, units=3.0),
    )
    assert told == [True]
