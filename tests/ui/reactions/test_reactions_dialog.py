"""Records ▸ Reactions on a real database: days typed key by key, the table read as a person
reads it (numbers in the locale), the chart, the CSV file, who may open it, and the menu."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QTableView
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import ReactionKind, Role, Severity
from mesolog.domain.reaction_rates import Dimension, Lot, ReactionChoice
from mesolog.domain.records import Reaction
from mesolog.services.clinic import Clinic
from mesolog.services.reaction_rates import rates_csv
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.reactions._rates_chart import STANDS_OUT_COLOUR
from mesolog.ui.reactions._rates_model import RateColumn
from mesolog.ui.reactions.reactions_dialog import ReactionsDialog
from mesolog.ui.window.main_window import MainWindow
from tests.locale_support import decimal, typed_date
from tests.services.conftest import Maker
from tests.typing_support import focus, select_all, tab_away, type_into, type_keys

FIRST, LAST = dt.date(2026, 2, 1), dt.date(2026, 3, 10)
PASSWORD = "a long enough password"
BRUISING = Reaction(ReactionKind.BRUISING, Severity.MODERATE)
REDNESS = Reaction(ReactionKind.REDNESS, Severity.MILD)


@pytest.fixture
def lots(clinic: Clinic) -> Clinic:
    """Lot HA-1: 12 sessions, 8 with bruising; HA-2: 20 sessions, 2 with redness; HA-3: 3
    sessions, one bruised; and one session in January, before the days asked."""
    make = Maker(clinic)
    patient = make.patient()
    plan = [("HA-1", 12, 8, BRUISING), ("HA-2", 20, 2, REDNESS), ("HA-3", 3, 1, BRUISING)]
    number = 0
    for lot, total, reacted, reaction in plan:
        for index in range(total):
            number += 1
            day = FIRST + dt.timedelta(days=number % 36)
            product = make.product(product_name="HydraBoost 1.5%", lot_number=lot)
            draft = make.draft(
                patient.id,
                performed_at=make.at(day.month, day.day, 9 + index % 8),
                treatments=(make.needle_line(products=(product,)),),
                reactions=(reaction,) if index < reacted else (),
            )
            clinic.sessions.sign(draft.id)
    early = make.draft(patient.id, performed_at=make.at(1, 20), reactions=(BRUISING,))
    clinic.sessions.sign(early.id)
    return clinic


def opened(qtbot: QtBot, clinic: Clinic, parent: QMainWindow) -> ReactionsDialog:
    dialog = ReactionsDialog(clinic, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def show(qtbot: QtBot, dialog: ReactionsDialog) -> None:
    dialog.filter_bar.show_button.click()
    qtbot.waitUntil(
        lambda: not running_jobs() and dialog.filter_bar.show_button.isEnabled(), timeout=20_000
    )


def type_days(qtbot: QtBot, dialog: ReactionsDialog, first: dt.date, last: dt.date) -> None:
    type_into(qtbot, dialog.filter_bar.first_day, typed_date(first, "/"))
    type_into(qtbot, dialog.filter_bar.last_day, typed_date(last))


def choose(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def percent(value: float) -> str:
    return decimal(f"{value:.1f}") + QLocale().percent()


def test_the_days_typed_and_the_lot_give_the_table_a_person_reads(
    qtbot: QtBot, lots: Clinic, job_host: QMainWindow
) -> None:
    dialog = opened(qtbot, lots, job_host)
    type_days(qtbot, dialog, FIRST, LAST)
    choose(dialog.filter_bar.by, Dimension.LOT)
    show(qtbot, dialog)
    assert dialog.shown_titles() == [
        "Rank", "Lot", "Product", "Sessions", "With the reaction", "Rate", "95% interval", "Note",
    ]  # fmt: skip
    expected = lots.reaction_rates.rates(FIRST, LAST, by=Dimension.LOT)
    assert dialog.rates == expected
    high, low = (row.rate for row in expected.table.rows[:2])
    assert dialog.shown_rows() == [
        ["1", "HA-1", "HydraBoost 1.5%", "12", "8", percent(66.7),
         f"{percent(high.low * 100)} – {percent(high.high * 100)}",
         "Above the overall rate"],
        ["2", "HA-2", "HydraBoost 1.5%", "20", "2", percent(10.0),
         f"{percent(low.low * 100)} – {percent(low.high * 100)}", ""],
        ["–", "HA-3", "HydraBoost 1.5%", "3", "1", percent(33.3),
         f"{percent(expected.table.rows[2].rate.low * 100)} – "
         f"{percent(expected.table.rows[2].rate.high * 100)}",
         "Too few sessions to rank"],
    ]  # fmt: skip
    note = dialog.note.text()
    assert note.startswith(f"Any reaction by lot, {shown_date(FIRST)} – {shown_date(LAST)}: ")
    assert f"35 signed sessions, 11 with the reaction ({percent(100 * 11 / 35)})" in note
    assert dialog.chart.bars() == list(expected.table.rows[:2])
    assert dialog.export_button.isEnabled()


def test_every_column_reads_whole_beside_the_chart_at_1024_by_700(
    qtbot: QtBot, lots: Clinic, job_host: QMainWindow
) -> None:
    dialog = opened(qtbot, lots, job_host)
    dialog.resize(1024, 700)
    type_days(qtbot, dialog, FIRST, LAST)
    choose(dialog.filter_bar.by, Dimension.LOT)
    show(qtbot, dialog)
    table = dialog.table
    for column in RateColumn:
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column.name
    assert table.horizontalScrollBar().maximum() == 0
    assert dialog.chart.width() >= dialog.chart.minimumSizeHint().width()


def test_a_kind_and_a_severity_are_chosen_and_the_january_session_left_out(
    qtbot: QtBot, lots: Clinic, job_host: QMainWindow
) -> None:
    dialog = opened(qtbot, lots, job_host)
    bar = dialog.filter_bar
    assert not bar.severity.isEnabled()
    choose(bar.kind, ReactionKind.BRUISING)
    assert bar.severity.isEnabled()
    choose(bar.severity, Severity.MODERATE)
    type_days(qtbot, dialog, dt.date(2026, 1, 1), LAST)
    choose(bar.by, Dimension.CLINICIAN)
    show(qtbot, dialog)
    choice = ReactionChoice(ReactionKind.BRUISING, Severity.MODERATE)
    assert dialog.rates is not None
    assert dialog.rates.table.reaction == choice
    assert dialog.shown_rows()[0][1:5] == ["Dr Eleni Vasileiou", "36", "10", percent(100 * 10 / 36)]
    assert dialog.note.text().startswith("Bruising (moderate) by clinician, ")
    choose(bar.kind, None)
    assert not bar.severity.isEnabled()
    assert bar.severity.currentData() is None


@pytest.mark.parametrize(
    ("first", "last", "said"),
    [
        ("31022026", typed_date(LAST), "There is no such day"),
        (typed_date(LAST), typed_date(FIRST), "comes before the first day"),
        ("", typed_date(LAST), "Type the first day"),
    ],
)
def test_days_that_cannot_be_read_are_said_and_nothing_is_shown(
    qtbot: QtBot, lots: Clinic, job_host: QMainWindow, first: str, last: str, said: str
) -> None:
    dialog = opened(qtbot, lots, job_host)
    bar = dialog.filter_bar
    focus(qtbot, bar.first_day)
    select_all(bar.first_day)
    if first:
        type_keys(bar.first_day, first)
    else:
        QTest.keyClick(bar.first_day, Qt.Key.Key_Delete)
    tab_away(bar.first_day)
    type_into(qtbot, bar.last_day, last)
    assert dialog.show_rates() is None
    assert said in bar.days_error.text()
    assert bar.days_error.isVisibleTo(dialog)
    assert dialog.shown_rows() == []
    if said.startswith("comes"):
        assert shown_date(FIRST) in bar.days_error.text()
        assert shown_date(LAST) in bar.days_error.text()


def test_export_csv_writes_the_rates_shown_to_a_private_file(
    qtbot: QtBot,
    lots: Clinic,
    job_host: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    suggested: list[str] = []

    def save(_parent: object, _title: str, where: str, _filter: str) -> tuple[str, str]:
        suggested.append(where)
        return str(tmp_path / "lots"), "CSV (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    dialog = opened(qtbot, lots, job_host)
    type_days(qtbot, dialog, FIRST, LAST)
    choose(dialog.filter_bar.by, Dimension.LOT)
    show(qtbot, dialog)
    written = dialog.export_csv()
    assert written == tmp_path / "lots.csv"
    assert Path(suggested[0]).name == "reaction-rates-lot-any-2026-02-01-2026-03-10.csv"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert dialog.rates is not None
    assert written.read_bytes() == rates_csv(dialog.rates).encode("utf-8-sig")
    assert dialog.written.text() == f"3 rows written to {written}"
    assert lots.audit.entries(limit=1)[0].entity == "reaction_rates"


def test_the_chart_draws_the_row_that_stands_out_in_its_colour(
    qtbot: QtBot, lots: Clinic, job_host: QMainWindow
) -> None:
    dialog = opened(qtbot, lots, job_host)
    type_days(qtbot, dialog, FIRST, LAST)
    choose(dialog.filter_bar.by, Dimension.LOT)
    show(qtbot, dialog)
    image = dialog.chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colours = {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert STANDS_OUT_COLOUR.name() in colours
    assert isinstance(dialog.chart.bars()[0].group, Lot)


def staff(clinic: Clinic) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    clinic.accounts.add("maria", "Maria", Role.ASSISTANT, PASSWORD)


def test_an_assistant_is_refused_by_the_menu_and_the_dialog(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow
) -> None:
    staff(clinic)
    clinic.act_as("maria")
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    assert not window.records.reactions_action.isEnabled()
    refused = opened(qtbot, clinic, job_host)
    assert refused.refused
    assert refused.findChild(QTableView) is None
    assert refused.show_rates() is None
    message = refused.findChild(QLabel, "refusal")
    assert message is not None
    assert message.text().startswith("Only clinicians and administrators may read")
    clinic.act_as("dr")
    window.records.enable_for_account()
    assert window.records.reactions_action.isEnabled()


def test_records_reactions_opens_the_dialog_from_the_menu(qtbot: QtBot, lots: Clinic) -> None:
    window = MainWindow(lots)
    qtbot.addWidget(window)
    window.show()
    menu = window.records.menu
    assert window.records.reactions_action in menu.actions()
    assert window.records.reactions_action.text().replace("&", "") == "Reactions…"
    window.records.reactions_action.trigger()
    dialog = window.findChild(ReactionsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    type_days(qtbot, dialog, FIRST, LAST)
    show(qtbot, dialog)
    assert [row[1] for row in dialog.shown_rows()] == ["HydraBoost 1.5%"]
    dialog.close()
