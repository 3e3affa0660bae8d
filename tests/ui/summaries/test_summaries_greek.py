"""Export Summary… in Greek: the options dialog, the save dialog's title and the message
naming the file take their words from the catalogue installed in the application, made from
what lupdate extracted, so each is marked where lupdate reads it and looked up under the
context it was filed under. The options dialog and the message are real widgets, clicked.

(English, without a catalogue, is what every other test of the summaries reads.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMainWindow,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication
from mesolog.domain.records import CourseInput, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.summaries._written_message import WrittenMessage
from mesolog.ui.summaries.summary_export import SummaryOptionsDialog, export_summary
from tests.ui.common.catalogue_support import (
    Greek,
    greek_catalogue,
    installed,
    marked_catalogue,
    unmarked,
)

GREEK: dict[tuple[str, str], Greek] = {
    ("SummaryOptionsDialog", "Export treatment summary"): "Εξαγωγή σύνοψης θεραπείας",
    ("SummaryOptionsDialog", "Choose &file…"): "Επιλογή &αρχείου…",
    ("SummaryOptionsDialog", "%1, from %2"): "%1, από %2",
    ("SummaryOptionsDialog", "The patient copy of the treatment summary"): (
        "Το αντίγραφο ασθενούς της σύνοψης θεραπείας"
    ),
    ("WrittenMessage", "%1 (%2) was written to:"): "%1 (%2) γράφτηκε στο:",
    ("WrittenMessage", "&Open"): "Ά&νοιγμα",
    ("WrittenMessage", "%n photos, %1"): ("%n φωτογραφία, %1", "%n φωτογραφίες, %1"),
}
STARTED = dt.date(2026, 3, 1)


@pytest.fixture
def greek(qapp: object, tmp_path: Path) -> Iterator[None]:
    with installed(greek_catalogue(tmp_path, GREEK)):
        yield


@pytest.fixture
def history(clinic: Clinic) -> PatientHistory:
    patient = clinic.patients.create(
        PatientInput("Καρμίρης", "Νικόλαος", dt.date(1968, 1, 5), record_number="ΜΚ-12")
    )
    clinic.courses.plan(patient.id, CourseInput(Indication.WRINKLES, 6, STARTED, (Area.CHEEKS,)))
    return clinic.history.patient_history(patient.id)


@pytest.fixture(autouse=True)
def nothing_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    """QDesktopServices, the system's edge, opens nothing."""
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)


def ok_button(dialog: SummaryOptionsDialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def when_shown(act: Callable[[SummaryOptionsDialog], None]) -> None:
    def look() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SummaryOptionsDialog) and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(10, look)
            return
        act(shown[0])

    QTimer.singleShot(0, look)


@pytest.mark.usefixtures("greek")
def test_a_patient_copy_is_chosen_saved_and_said_in_greek(
    qtbot: QtBot,
    clinic: Clinic,
    history: PatientHistory,
    job_host: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "για τον ασθενή.pdf"
    titles: list[str] = []

    def save_as(_parent: object, title: str, _start: str, _filter: str) -> tuple[str, str]:
        titles.append(title)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    seen: dict[str, str] = {}

    def choose(dialog: SummaryOptionsDialog) -> None:
        seen.update(
            title=dialog.windowTitle(),
            ok=ok_button(dialog).text(),
            course=dialog.course.itemText(1),
        )
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    when_shown(choose)
    assert export_summary(job_host, clinic, history) is not None
    qtbot.waitUntil(lambda: not running_jobs(), timeout=30_000)
    [message] = [m for m in job_host.findChildren(WrittenMessage) if m.isVisible()]

    assert seen == {
        "title": "Εξαγωγή σύνοψης θεραπείας",
        "ok": "Επιλογή &αρχείου…",
        "course": f"Wrinkles, από {shown_date(STARTED)}",  # the indication not given Greek
    }
    assert titles == ["Εξαγωγή σύνοψης θεραπείας"]
    size = QLocale().formattedDataSize(
        target.stat().st_size, 1, QLocale.DataSizeFormat.DataSizeSIFormat
    )
    assert message.text() == f"Το αντίγραφο ασθενούς της σύνοψης θεραπείας ({size}) γράφτηκε στο:"
    assert message.open_button.text() == "Ά&νοιγμα"
    assert message.windowTitle() == "Treatment summary written"  # not given Greek
    message.close()


@pytest.mark.usefixtures("greek")
def test_the_photos_a_summary_holds_are_counted_in_greek(
    qtbot: QtBot, job_host: QMainWindow, tmp_path: Path
) -> None:
    size = QLocale().formattedDataSize(2_000_000, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
    message = WrittenMessage(
        job_host, tmp_path / "σύνοψη.pdf", "Η σύνοψη", size=2_000_000, photos=3
    )
    qtbot.addWidget(message)
    assert message.text() == f"Η σύνοψη (3 φωτογραφίες, {size}) γράφτηκε στο:"


def test_every_word_of_the_summary_dialogs_is_extracted_where_it_is_looked_up(
    qtbot: QtBot, history: PatientHistory, job_host: QMainWindow, tmp_path: Path
) -> None:
    with installed(marked_catalogue(tmp_path)):
        dialog = SummaryOptionsDialog(history, job_host)
        written = tmp_path / "σύνοψη.pdf"
        message = WrittenMessage(job_host, written, "⟦⟧", size=2_000, photos=2)
        for widget in (dialog, message):
            qtbot.addWidget(widget)
            widget.show()
        path_shown = f"QLabel qt_msgbox_informativelabel: {written}"
        assert [text for text in unmarked(message) if text != path_shown] == []
        assert unmarked(dialog) == []
        assert dialog.course.itemText(1).startswith("⟦⟦Wrinkles⟧, from ")
