"""The shared pieces of the forms in Greek: Save under a form, what a typed field says of a
value it cannot read (typed into key by key), a value in words, the progress of long work.
Their words come from the catalogue installed in the application, made from what lupdate
extracted, so each is marked where lupdate reads it and looked up under the context it
was filed under.

(English, without a catalogue, is what every other test of these pieces reads.)"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow, QProgressBar, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from mesolog.domain.limits import Range
from mesolog.ui.common.form_layout import save_cancel_buttons
from mesolog.ui.common.forms import FieldErrors
from mesolog.ui.common.jobs import Job, Progress, run_job
from mesolog.ui.common.record_conflicts import plain_text
from mesolog.ui.common.typed_fields import DateField, MomentField, NumberField
from tests.typing_support import type_into
from tests.ui.common.catalogue_support import (
    Greek,
    greek_catalogue,
    installed,
    marked_catalogue,
    unmarked,
)

GREEK: dict[tuple[str, str], Greek] = {
    ("FormLayout", "&Save"): "&Αποθήκευση",
    ("NumberField", "%1 is not a number: %2."): "Το %1 δεν είναι αριθμός: %2.",
    ("NumberField", "%1 to %2"): "%1 έως %2",
    ("TypedDates", "Type a date and time like %1."): "Γράψτε ημερομηνία και ώρα όπως %1.",
    ("RecordConflicts", "(empty)"): "(κενό)",
    ("RecordConflicts", "ticked"): "επιλεγμένο",
    ("Job", "Cancel"): "Ακύρωση",
    ("Job", "%v of %m"): "%v από %m",
    ("Job", "Cancelling…"): "Ακύρωση σε εξέλιξη…",
}
WAIT_S = 10


@pytest.fixture
def greek(qapp: object, tmp_path: Path) -> Iterator[None]:
    with installed(greek_catalogue(tmp_path, GREEK)):
        yield


def form(qtbot: QtBot) -> tuple[QDialog, NumberField, MomentField, FieldErrors]:
    """A dialog with a number of sessions, a day and a moment, Save and Cancel under them."""
    dialog = QDialog()
    column = QVBoxLayout(dialog)
    errors = FieldErrors(dialog)
    number = NumberField(Range(1, 20))
    moment = MomentField(latest_year=2026)
    day = DateField(latest_year=2026, required="")
    for name, field in (("sessions", number), ("moment", moment), ("day", day)):
        field.setObjectName(name)
        column.addWidget(field)
        column.addWidget(errors.label_for(name))
        errors.follow(field)
    buttons, _save = save_cancel_buttons(dialog, dialog.accept)
    column.addWidget(buttons)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, number, moment, errors


@pytest.mark.usefixtures("greek")
def test_save_and_what_a_field_says_of_a_value_it_cannot_read_are_greek(qtbot: QtBot) -> None:
    dialog, number, moment, errors = form(qtbot)
    save = dialog.findChild(QPushButton, "save")
    assert save is not None and save.text() == "&Αποθήκευση"

    type_into(qtbot, number, "δώδεκα")
    type_into(qtbot, moment, "9")
    said = errors.visible()
    assert said["sessions"] == "Το δώδεκα δεν είναι αριθμός: 1 έως 20."
    assert said["moment"].startswith("Γράψτε ημερομηνία και ώρα όπως ")


@pytest.mark.usefixtures("greek")
def test_a_value_in_words_is_greek() -> None:
    assert plain_text(None) == "(κενό)"
    assert plain_text(True) == "επιλεγμένο"
    assert plain_text(False) == "not ticked"  # not given Greek: English, as before


@pytest.mark.usefixtures("greek")
def test_the_progress_of_long_work_is_greek(qtbot: QtBot, job_host: QMainWindow) -> None:
    release = threading.Event()

    def work(_progress: Progress) -> None:
        release.wait(WAIT_S)

    job = run_job(job_host, "Εξαγωγή", work, on_done=lambda _result: None)
    try:
        cancel = job.dialog.findChild(QPushButton, "job_cancel")
        bar = job.dialog.findChild(QProgressBar, "job_progress_bar")
        assert cancel is not None and cancel.text() == "Ακύρωση"
        assert bar is not None and bar.format() == "%v από %m"
        job.cancel()
        assert job.dialog.labelText() == "Ακύρωση σε εξέλιξη…"
    finally:
        release.set()
        finished(qtbot, job)


def finished(qtbot: Any, job: Job) -> None:
    if job.running:
        with qtbot.waitSignal(job.finished, timeout=WAIT_S * 1000):
            pass


def test_every_word_of_a_form_is_extracted_where_it_is_looked_up(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with installed(marked_catalogue(tmp_path)):
        dialog, number, moment, errors = form(qtbot)
        type_into(qtbot, number, "0,5")
        type_into(qtbot, moment, "31/02/2026 9:30")
        assert set(errors.visible()) == {"sessions", "moment"}
        assert unmarked(dialog) == []
