"""Records ▸ Recall on a real database: a lot or a product typed key by key, with the
dates in the window's locale and a reason; the table read back cell by cell; the CSV and
the letters written from it; the search audited; reached through the Records menu."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Role, Solution
from mesolog.domain.ids import PatientId
from mesolog.domain.records import (
    ClinicSettings,
    NeedleTechnique,
    PatientInput,
    PenTechnique,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.reports.recall_letter_text import DEFAULT_TEXT, default_text
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.recall.recall_window import RecallColumn, RecallWindow
from mesolog.ui.window.main_window import MainWindow
from tests.locale_support import typed_date
from tests.typing_support import empty, focus, shown, type_into, type_keys

ATHENS = dt.timezone(dt.timedelta(hours=2))
REASON = "Notice 2026-14 from the maker"
PASSWORD = "a long enough password"


def _signed(
    clinic: Clinic, patient: PatientId, day: dt.date, *products: tuple[str, str, float]
) -> None:
    uses = tuple(
        ProductUse(Solution.HYALURONIC_ACID, ml, name, "", lot) for name, lot, ml in products
    )
    lines = (
        TreatmentLine(Area.FOREHEAD, NeedleTechnique(depth_mm=1.5), uses),
        TreatmentLine(Area.NECK, PenTechnique(depth_mm=0.5, penetrations_per_second=80), uses[:1]),
    )
    entry = SessionInput(dt.datetime.combine(day, dt.time(10), ATHENS), "Dr Eleni Markou", lines)
    clinic.sessions.sign(clinic.sessions.create_draft(patient, entry).id)


@pytest.fixture
def recalled(clinic: Clinic) -> Clinic:
    """Two patients treated with lot L2409-17 of Ύαλο Boost 2%, a third with another lot;
    the clinic's name and phone, which the default letter names."""
    clinic.settings.update_clinic(
        ClinicSettings(name="Κλινική Αθηνών", phone="+30 210 000 0000"), read=ClinicSettings()
    )
    anna = clinic.patients.create(
        PatientInput(
            "Ανδρέου", "Άννα", dt.date(1980, 1, 2), record_number="MC-1",
            phone="+30 694 000 0001", email="anna@example.org",
        )
    )  # fmt: skip
    bella = clinic.patients.create(PatientInput("Bakirtzi", "Bella", dt.date(1990, 5, 6)))
    other = clinic.patients.create(PatientInput("Other", "Olga", dt.date(1970, 7, 8)))
    _signed(clinic, anna.id, dt.date(2026, 2, 3), ("Ύαλο Boost 2%", "L2409-17", 1.5))
    _signed(clinic, anna.id, dt.date(2026, 2, 17), ("Ύαλο Boost 2%", "L2409-17", 1.0))
    _signed(clinic, bella.id, dt.date(2026, 3, 2), ("Ύαλο Boost 2%", "L2409-17", 2.0))
    _signed(clinic, other.id, dt.date(2026, 2, 10), ("Ύαλο Boost 2%", "L2410-01", 2.0))
    return clinic


def _window(qtbot: QtBot, clinic: Clinic) -> RecallWindow:
    window = RecallWindow(clinic)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _cells(window: RecallWindow, *columns: RecallColumn) -> list[tuple[str, ...]]:
    model = window.table.model()
    return [
        tuple(str(model.index(row, column).data() or "") for column in columns)
        for row in range(model.rowCount())
    ]


def _recall_entries(clinic: Clinic) -> list[str]:
    return [e.detail for e in clinic.audit.entries() if e.action == "recall"]


def test_a_lot_typed_lists_the_patients_their_contacts_and_sessions(
    qtbot: QtBot, recalled: Clinic
) -> None:
    window = _window(qtbot, recalled)
    type_into(qtbot, window.form.lot, " l2409-17")
    type_into(qtbot, window.form.reason, REASON, tab=False)
    QTest.keyClick(window.form.reason, Qt.Key.Key_Return)

    assert _cells(window, RecallColumn.PATIENT, RecallColumn.RECORD, RecallColumn.DATE) == [
        ("Bakirtzi, Bella", "", shown_date(dt.date(2026, 3, 2))),
        ("Ανδρέου, Άννα", "MC-1", shown_date(dt.date(2026, 2, 3))),
        ("", "", shown_date(dt.date(2026, 2, 17))),
    ]
    anna = _cells(window, *RecallColumn)[1]
    assert anna[RecallColumn.BORN] == shown_date(dt.date(1980, 1, 2))
    assert (anna[RecallColumn.PHONE], anna[RecallColumn.EMAIL]) == (
        "+30 694 000 0001",
        "anna@example.org",
    )
    assert anna[RecallColumn.AREAS] == "Forehead, Neck"
    assert (anna[RecallColumn.PRODUCT], anna[RecallColumn.LOT]) == ("Ύαλο Boost 2%", "L2409-17")
    assert anna[RecallColumn.AMOUNT] == "3 ml"
    assert window.summary.text() == '2 patients, 3 sessions: lot "l2409-17"'
    assert _recall_entries(recalled) == [
        f'recall search: lot "l2409-17"; 2 patients; reason: {REASON}'
    ]


def test_the_product_completes_folded_and_the_days_are_typed_in_the_locale(
    qtbot: QtBot, recalled: Clinic
) -> None:
    window = _window(qtbot, recalled)
    focus(qtbot, window.form.product)
    type_keys(window.form.product, "υαλο")
    popup = window.form.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2_000)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "Ύαλο Boost 2%"
    ]
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert shown(window.form.product) == "Ύαλο Boost 2%"
    type_into(qtbot, window.form.from_date, typed_date(dt.date(2026, 2, 10)))
    type_into(qtbot, window.form.to_date, typed_date(dt.date(2026, 2, 28)))
    type_into(qtbot, window.form.reason, REASON)
    qtbot.mouseClick(window.form.search_button, Qt.MouseButton.LeftButton)

    assert _cells(window, RecallColumn.PATIENT, RecallColumn.DATE, RecallColumn.LOT) == [
        ("Other, Olga", shown_date(dt.date(2026, 2, 10)), "L2410-01"),
        ("Ανδρέου, Άννα", shown_date(dt.date(2026, 2, 17)), "L2409-17"),
    ]
    [entry] = _recall_entries(recalled)
    assert 'product "Ύαλο Boost 2%", 2026-02-10 to 2026-02-28; 2 patients' in entry


def test_without_a_reason_or_with_the_days_backwards_nothing_is_searched(
    qtbot: QtBot, recalled: Clinic
) -> None:
    window = _window(qtbot, recalled)
    type_into(qtbot, window.form.lot, "L2409-17")
    qtbot.mouseClick(window.form.search_button, Qt.MouseButton.LeftButton)
    assert window.form.errors_shown() == {"reason": "A reason is required"}
    type_into(qtbot, window.form.from_date, typed_date(dt.date(2026, 3, 1)))
    type_into(qtbot, window.form.to_date, typed_date(dt.date(2026, 2, 1)))
    type_into(qtbot, window.form.reason, REASON)
    qtbot.mouseClick(window.form.search_button, Qt.MouseButton.LeftButton)
    assert list(window.form.errors_shown()) == ["to_date"]
    assert window.table.model().rowCount() == 0
    assert not window.csv_button.isEnabled()
    assert _recall_entries(recalled) == []


def _searched(qtbot: QtBot, window: RecallWindow) -> None:
    qtbot.mouseClick(window.form.search_button, Qt.MouseButton.LeftButton)


def _nothing_shown(window: RecallWindow) -> None:
    assert window.table.model().rowCount() == 0
    assert not window.csv_button.isEnabled()
    assert not window.letters_button.isEnabled()
    assert window.recalled is None
    assert "patient" not in window.summary.text()
    assert window.summary.text() == "Not searched: the problem is shown above."


def test_a_search_refused_takes_the_previous_results_off_the_screen(
    qtbot: QtBot, recalled: Clinic
) -> None:
    window = _window(qtbot, recalled)
    type_into(qtbot, window.form.lot, "L2409-17")
    type_into(qtbot, window.form.reason, REASON)
    _searched(qtbot, window)
    assert window.table.model().rowCount() == 3

    empty(qtbot, window.form.lot)
    _searched(qtbot, window)
    assert window.form.errors_shown() == {"lot": "A lot number, or a product name, is required"}
    _nothing_shown(window)

    type_into(qtbot, window.form.lot, "L2409-17")
    _searched(qtbot, window)
    assert window.table.model().rowCount() == 3
    type_into(qtbot, window.form.from_date, "31/31/2026")
    _searched(qtbot, window)
    assert list(window.form.errors_shown()) == ["from_date"]
    _nothing_shown(window)
    assert len(_recall_entries(recalled)) == 2


def _saving_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))


def test_the_csv_and_the_letters_in_the_clinics_words(
    qtbot: QtBot, recalled: Clinic, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, recalled)
    type_into(qtbot, window.form.lot, "L2409-17")
    type_into(qtbot, window.form.reason, REASON)
    qtbot.mouseClick(window.form.search_button, Qt.MouseButton.LeftButton)

    _saving_to(monkeypatch, tmp_path / "recall")
    qtbot.mouseClick(window.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not running_jobs(), timeout=30_000)
    written = tmp_path / "recall.csv"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(written.read_text(encoding="utf-8-sig"))))
    assert [row["Family name"] for row in rows] == ["Bakirtzi", "Bakirtzi", "Ανδρέου"] + [
        "Ανδρέου"
    ] * 3
    assert str(written) in window.status.text()

    window.tabs.setCurrentWidget(window.letter)
    type_into(
        qtbot, window.letter.text, "Αγαπητή {patient},\n\n{treatments}\n\n{clinic}", tab=False
    )
    _saving_to(monkeypatch, tmp_path / "letters.pdf")
    qtbot.mouseClick(window.letters_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not running_jobs(), timeout=30_000)
    pages = [
        re.sub(r"\s+", " ", page.extract_text())
        for page in PdfReader(tmp_path / "letters.pdf").pages
    ]
    assert "Αγαπητή Bella Bakirtzi," in pages[0]
    assert "Αγαπητή Άννα Ανδρέου," in pages[1]
    exports = [e.detail for e in recalled.audit.entries() if e.action == "export"]
    assert exports == [
        'recall letters pdf: 2 patients, 3 sessions; lot "L2409-17"',
        'recall csv: 2 patients, 3 sessions; lot "L2409-17"',
    ]


def test_a_slip_in_the_letter_is_shown_and_nothing_is_written(
    qtbot: QtBot, recalled: Clinic, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, recalled)
    type_into(qtbot, window.form.lot, "L2409-17")
    type_into(qtbot, window.form.reason, REASON)
    qtbot.mouseClick(window.form.search_button, Qt.MouseButton.LeftButton)
    window.tabs.setCurrentWidget(window.letter)
    type_into(qtbot, window.letter.text, "Dear {patinet},", tab=False)
    _saving_to(monkeypatch, tmp_path / "letters.pdf")
    qtbot.mouseClick(window.letters_button, Qt.MouseButton.LeftButton)
    assert "{patinet}" in window.letter.error.text()
    assert window.letter.error.isVisible()
    assert not (tmp_path / "letters.pdf").exists()
    qtbot.mouseClick(window.letter.default_button, Qt.MouseButton.LeftButton)
    assert shown(window.letter.text).startswith("Dear {patient},")
    assert not window.letter.error.isVisible()


def test_a_letter_kept_as_the_clinics_starts_the_next_recall(
    qtbot: QtBot, recalled: Clinic
) -> None:
    window = _window(qtbot, recalled)
    window.tabs.setCurrentWidget(window.letter)
    type_into(qtbot, window.letter.text, "Dear {patinet},", tab=False)
    qtbot.mouseClick(window.letter.keep_button, Qt.MouseButton.LeftButton)
    assert "{patinet}" in window.letter.error.text()
    assert recalled.settings.clinic().recall_letter == "", "a slip is never kept"
    ours = "Dear {patient},\n\nPlease call {clinic_phone} about lot {lot}.\n\n{clinic}"
    window.letter.text.clear()
    type_into(qtbot, window.letter.text, ours, tab=False)
    qtbot.mouseClick(window.letter.keep_button, Qt.MouseButton.LeftButton)
    assert recalled.settings.clinic().recall_letter == ours
    assert "Kept as the clinic's letter" in window.letter.kept.text()
    again = _window(qtbot, recalled)
    assert shown(again.letter.text) == ours


def test_the_default_letter_is_the_command_lines_in_english(qtbot: QtBot, recalled: Clinic) -> None:
    window = _window(qtbot, recalled)
    assert window.letter.shown_language == "en"
    assert shown(window.letter.text) == DEFAULT_TEXT == default_text("en")


def _recall_windows() -> list[RecallWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecallWindow) and w.isVisible()
    ]


def test_records_recall_opens_it_for_a_clinician_not_for_an_assistant(
    qtbot: QtBot, recalled: Clinic
) -> None:
    recalled.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    recalled.act_as("admin")
    recalled.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    recalled.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    for username, allowed in (("nurse", False), ("dr", True)):
        clinic = Clinic(recalled.context.db, actor="os", clock=recalled.context.clock)
        clinic.act_as(username)
        main = MainWindow(clinic)
        qtbot.addWidget(main)
        main.show()
        action = main.records.recall_action
        assert action.isEnabled() is allowed
        assert action in main.records.menu.actions()
    action.trigger()
    qtbot.waitUntil(lambda: bool(_recall_windows()), timeout=10_000)
    [window] = _recall_windows()
    assert window.isVisible()
    type_into(qtbot, window.form.lot, "L2409-17")
    type_into(qtbot, window.form.reason, REASON)
    qtbot.mouseClick(window.form.search_button, Qt.MouseButton.LeftButton)
    assert window.table.model().rowCount() == 3
    window.close()
