"""The templates in Greek: the templates window, its table and the template dialog's estimate
take their words from the catalogue installed in the application, made from what lupdate
extracted, so each is marked where lupdate reads it and looked up under the context it was
filed under. Typed into key by key, as a person fills the dialog.

(English, without a catalogue, is what every other test of the templates reads.)"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.records import NeedleTechnique, ProductUse, TreatmentLine
from mesolog.domain.templates import TemplateInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.templates._template_table import TemplateColumn
from mesolog.ui.templates.template_dialog import TemplateDialog
from mesolog.ui.templates.template_words import any_solution
from mesolog.ui.templates.templates_window import TemplatesWindow
from tests.typing_support import focus, shown, type_into, type_keys
from tests.ui.common.catalogue_support import (
    Greek,
    greek_catalogue,
    installed,
    marked_catalogue,
    unmarked,
)
from tests.ui.templates.template_support import in_modal, rows

GREEK: dict[tuple[str, str], Greek] = {
    ("TemplatesWindow", "Templates"): "Πρότυπα",
    ("TemplatesWindow", "&Duplicate…"): "&Αντιγραφή…",
    ("TemplatesWindow", " (copy)"): " (αντίγραφο)",
    ("TemplateCounts", "%1, then %Ln days"): ("%1, μετά %Ln ημέρα", "%1, μετά %Ln ημέρες"),
    ("TemplateDialog", "New template"): "Νέο πρότυπο",
    ("TemplateDialog", "The estimate needs the number of planned sessions."): (
        "Η εκτίμηση χρειάζεται τον αριθμό των προγραμματισμένων συνεδριών."
    ),
    ("TemplateCounts", "Estimate for %Ln sessions: %1 of products (no session fee)."): (
        "Εκτίμηση για %Ln συνεδρία: %1 για προϊόντα (χωρίς αμοιβή συνεδρίας).",
        "Εκτίμηση για %Ln συνεδρίες: %1 για προϊόντα (χωρίς αμοιβή συνεδρίας).",
    ),
    ("Templates", "No price in the catalogue, left out: %1."): (
        "Χωρίς τιμή στον κατάλογο, εκτός: %1."
    ),
    ("Templates", "any vitamins"): "οποιεσδήποτε βιταμίνες",
}
DRY_SKIN = "Ξηρό δέρμα"
CHEEKS = TreatmentLine(
    Area.CHEEKS, NeedleTechnique(depth_mm=1.5), (ProductUse(Solution.VITAMINS, 2.0),)
)


@pytest.fixture
def greek(qapp: object, tmp_path: Path) -> Iterator[None]:
    with installed(greek_catalogue(tmp_path, GREEK)):
        yield


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)


@pytest.fixture
def dry_skin(clinic: Clinic) -> None:
    """A template with a Greek name, 14 then 28 days apart, its line naming no product."""
    clinic.templates.add(
        TemplateInput(
            DRY_SKIN, Indication.HYDRATION_TIGHTENING, 4, lines=(CHEEKS,), session_fee=Decimal(80)
        )
    )


def opened(qtbot: QtBot, widget: TemplatesWindow | TemplateDialog) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def estimate_reads(qtbot: QtBot, dialog: TemplateDialog, text: str) -> None:
    qtbot.waitUntil(lambda: dialog.estimate.text() == text, timeout=3_000)


@pytest.mark.usefixtures("greek", "dry_skin")
def test_the_templates_window_and_a_duplicate_in_greek(qtbot: QtBot, clinic: Clinic) -> None:
    window = TemplatesWindow(clinic, ChangeBus())
    opened(qtbot, window)
    assert window.windowTitle() == "Πρότυπα"
    assert window.duplicate_button.text() == "&Αντιγραφή…"
    [row] = rows(window.model)
    assert row[TemplateColumn.INTERVALS] == "14, μετά 28 ημέρες"
    window.view.selectRow(0)
    seen: dict[str, str] = {}

    def duplicate(dialog: TemplateDialog) -> None:
        seen.update(title=dialog.windowTitle(), name=shown(dialog.plan.name))
        dialog.reject()

    in_modal(TemplateDialog, duplicate)
    qtbot.mouseClick(window.duplicate_button, Qt.MouseButton.LeftButton)
    assert seen == {"title": "Νέο πρότυπο", "name": f"{DRY_SKIN} (αντίγραφο)"}
    # not given Greek: English, as before
    assert window.edit_button.text() == "&Edit…"


@pytest.mark.usefixtures("greek")
def test_the_estimate_counts_sessions_in_greek_and_refuses_a_count_typed_in_words(
    qtbot: QtBot, clinic: Clinic
) -> None:
    dialog = TemplateDialog(clinic, ChangeBus())
    opened(qtbot, dialog)
    focus(qtbot, dialog.lines.editors[0].products[0].solution)
    type_keys(dialog.lines.editors[0].products[0].solution, "Vit")
    none = QLocale().toString(0.0, "f", 2)
    for sessions, counted in (("1", "1 συνεδρία"), ("6", "6 συνεδρίες")):
        type_into(qtbot, dialog.plan.planned_sessions, sessions)
        expected = (
            f"Εκτίμηση για {counted}: {none} για προϊόντα (χωρίς αμοιβή συνεδρίας).\n"
            "Χωρίς τιμή στον κατάλογο, εκτός: οποιεσδήποτε βιταμίνες."
        )
        estimate_reads(qtbot, dialog, expected)

    type_into(qtbot, dialog.plan.planned_sessions, "έξι")
    estimate_reads(
        qtbot, dialog, "Η εκτίμηση χρειάζεται τον αριθμό των προγραμματισμένων συνεδριών."
    )
    assert dialog.windowTitle() == "Νέο πρότυπο"


def test_any_solution_is_a_sentence_of_its_own_for_every_solution() -> None:
    """ "any" agrees in Greek with the solution's gender and number, so none is assembled."""
    assert set(any_solution()) == set(Solution)


@pytest.mark.usefixtures("dry_skin")
def test_every_word_of_the_templates_is_extracted_where_it_is_looked_up(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path
) -> None:
    with installed(marked_catalogue(tmp_path)):
        window = TemplatesWindow(clinic, ChangeBus())
        opened(qtbot, window)
        window.view.selectRow(0)
        [template] = clinic.templates.all()
        dialogs = [
            TemplateDialog(clinic, ChangeBus()),
            TemplateDialog(clinic, ChangeBus(), template=template),
        ]
        for dialog in dialogs:
            opened(qtbot, dialog)
        assert [text for widget in [window, *dialogs] for text in unmarked(widget)] == []
        estimate = dialogs[1].estimate.text()
        assert estimate.startswith("⟦Estimate for 4 sessions: ") and "⟦any vitamins⟧" in estimate
