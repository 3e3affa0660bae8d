"""The audit log dialog on a real database: entries from real service activity, filtered,
and the chain verified before and after the file is tampered with behind mesolog's back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlite3
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QTableView
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Indication, Role
from mesolog.domain.records import CourseInput, Patient, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.records._audit_entries_model import AuditColumn
from mesolog.ui.records._rules import may_administer
from mesolog.ui.records.audit_dialog import AuditDialog
from tests.conftest import FixedClock
from tests.locale_support import typed_date
from tests.typing_support import Typed, empty, focus, shown, tab_away, type_into, type_keys

PASSWORD = "a long enough password"


@dataclass(frozen=True)
class Activity:
    first: Patient
    second: Patient


@pytest.fixture
def activity(clinic: Clinic, clock: FixedClock) -> Activity:
    """'tester' creates, edits and plans for R-1 on 10 March; 'assistant' creates R-2 two
    days later."""
    first = clinic.patients.create(
        PatientInput("Καρμίρης", "Νίκος", dt.date(1968, 1, 5), record_number="R-1")
    )
    clock.advance(minutes=5)
    clinic.patients.update(
        first.id,
        PatientInput("Καρμίρης", "Νίκος", dt.date(1968, 1, 5), record_number="R-1", phone="210"),
        read=first,
    )
    clinic.courses.plan(first.id, CourseInput(Indication.WRINKLES, 6, dt.date(2026, 3, 10)))
    clock.advance(days=2)
    assistant = Clinic(clinic.context.db, actor="assistant", clock=clock)
    second = assistant.patients.create(
        PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 1), record_number="R-2")
    )
    return Activity(first, second)


@pytest.fixture
def german() -> Iterator[None]:
    """A locale whose formats differ from the C locale's (and from ISO)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def dialog_for(qtbot: QtBot, clinic: Clinic, parent: QMainWindow, **kwargs: int) -> AuditDialog:
    dialog = AuditDialog(clinic, parent, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def tamper(db_path: Path, sql: str) -> None:
    """A change behind mesolog's back, through the app's own SQLite driver."""
    with closing(sqlite3.connect(db_path, isolation_level=None)) as raw:
        raw.execute(sql)


def verify(qtbot: QtBot, dialog: AuditDialog) -> None:
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: not running_jobs() and dialog.verify_button.isEnabled(), timeout=20_000)
    assert dialog.verification.isVisibleTo(dialog)


def test_entries_are_listed_newest_first_in_words_and_local_time(
    qtbot: QtBot, clinic: Clinic, activity: Activity, job_host: QMainWindow, german: None
) -> None:
    dialog = dialog_for(qtbot, clinic, job_host)
    stored = clinic.audit.entries()
    assert [e.id for e in dialog.shown_entries()] == [e.id for e in stored]
    assert [e.id for e in stored] == sorted((e.id for e in stored), reverse=True)
    rows = dialog.shown_rows()
    newest = rows[0]
    # Stored in UTC (16:05); shown in the workstation's time (Athens, 18:05), German style.
    assert newest[AuditColumn.WHEN] == "12.03.2026 18:05"
    assert newest[AuditColumn.USER] == "assistant"
    assert newest[AuditColumn.ACTION] == "Created"
    assert newest[AuditColumn.RECORD] == f"Patient {activity.second.id.hex[:8]}"
    actions = {(row[AuditColumn.ACTION], row[AuditColumn.RECORD].split()[0]) for row in rows}
    assert {("Created", "Course"), ("Changed", "Patient")} <= actions
    assert dialog.note.text() == f"Entries: {len(stored)}, newest first."
    users = [dialog.filter_bar.user.itemText(i) for i in range(dialog.filter_bar.user.count())]
    assert users == ["", "assistant", "tester"]
    since = dialog.filter_bar.since
    assert (since.text(), since.placeholderText()) == ("", "any date")


def test_filters_by_patient_and_user(
    qtbot: QtBot, clinic: Clinic, activity: Activity, job_host: QMainWindow
) -> None:
    dialog = dialog_for(qtbot, clinic, job_host)
    bar = dialog.filter_bar
    type_into(qtbot, bar.patient, "R-1", tab=False)
    qtbot.keyClick(bar.patient, Qt.Key.Key_Return)  # Enter = Show Entries
    mine = dialog.shown_entries()
    assert len(mine) == 3
    assert [e.id for e in mine] == [e.id for e in clinic.audit.entries(patient="R-1")]
    assert {e.patient_uuid for e in mine} == {activity.first.id}

    empty(qtbot, bar.patient)
    type_into(qtbot, bar.user, "assistant")
    bar.show_button.click()
    assert [e.actor for e in dialog.shown_entries()] == ["assistant"]

    empty(qtbot, bar.user)
    type_into(qtbot, bar.patient, str(activity.second.id))  # a UUID works as well
    bar.show_button.click()
    assert [e.entity_uuid for e in dialog.shown_entries()] == [activity.second.id]


def test_an_unknown_patient_is_said_in_the_dialog(
    qtbot: QtBot, clinic: Clinic, activity: Activity, job_host: QMainWindow
) -> None:
    dialog = dialog_for(qtbot, clinic, job_host)
    type_into(qtbot, dialog.filter_bar.patient, "R-99")
    dialog.filter_bar.show_button.click()
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "No patient has the id or record number 'R-99'."
    assert dialog.shown_entries() == []
    type_into(qtbot, dialog.filter_bar.patient, "R-2")
    dialog.filter_bar.show_button.click()
    assert not dialog.error.isVisibleTo(dialog)
    assert len(dialog.shown_entries()) == 1


def test_a_note_says_when_more_entries_match_than_are_shown(
    qtbot: QtBot, clinic: Clinic, activity: Activity, job_host: QMainWindow
) -> None:
    dialog = dialog_for(qtbot, clinic, job_host, limit=3)
    assert [e.id for e in dialog.shown_entries()] == [e.id for e in clinic.audit.entries(limit=3)]
    assert dialog.note.text().startswith("Showing the newest 3 entries")
    type_into(qtbot, dialog.filter_bar.user, "assistant")
    dialog.filter_bar.show_button.click()
    assert dialog.note.text() == "Entries: 1, newest first."


def test_verify_chain_says_intact_then_names_what_was_changed_behind_its_back(
    qtbot: QtBot, clinic: Clinic, activity: Activity, job_host: QMainWindow, db_path: Path
) -> None:
    dialog = dialog_for(qtbot, clinic, job_host)
    box = dialog.verification
    verify(qtbot, dialog)
    expected = clinic.audit.verify()
    entries = len(clinic.audit.entries())
    assert box.heading.text() == "Intact"
    summary = box.summary.text()
    assert summary.startswith(f"All {entries} entries link up from the first to the newest")
    assert f"a later check must find the same hash at entry {entries}." in summary
    assert box.newest_hash.text() == expected.last_hash
    assert box.newest_hash.isReadOnly() and box.newest_hash.isVisibleTo(dialog)
    assert not box.problems.isVisibleTo(dialog)

    tamper(db_path, "UPDATE patients SET family_name = 'Forged' WHERE record_number = 'R-2'")
    verify(qtbot, dialog)
    assert box.heading.text() == "Records changed outside mesolog"
    assert box.summary.text().startswith(f"The chain of all {entries} entries is intact")
    assert box.problems.toPlainText() == (
        f"Patient {activity.second.id.hex[:8]} (last audited in entry {entries}): its content "
        "differs from what the audit log recorded"
    )

    tamper(db_path, "UPDATE audit_log SET actor = 'someone else' WHERE id = 2")
    verify(qtbot, dialog)
    assert box.heading.text() == "Broken at entry 2"
    problems = box.problems.toPlainText().splitlines()
    assert problems[0] == "Entry 2: its content does not match its hash (the entry was altered)"
    assert len(problems) == 2  # and the patient changed before
    assert not box.newest_hash.isVisibleTo(dialog)
    # The table was read again: it shows the altered entry, selected, and marks it and
    # every later entry as not to be trusted.
    table = dialog.findChild(QTableView, "entries")
    assert table is not None
    [selected] = table.selectionModel().selectedRows()
    altered = dialog.model.entry(selected.row())
    assert (altered.id, altered.actor) == (2, "someone else")
    assert [e.id for e in dialog.shown_entries() if dialog.model.untrusted(e)] == list(
        range(entries, 1, -1)
    )


def test_only_an_administrator_may_read_the_audit_log(
    qtbot: QtBot, clinic: Clinic, activity: Activity, job_host: QMainWindow
) -> None:
    clinic.accounts.create_first_admin("eleni", "Dr Eleni Markou", PASSWORD)
    clinic.act_as("eleni")
    clinic.accounts.add("maria", "Maria", Role.ASSISTANT, PASSWORD)
    clinic.act_as("maria")
    assert not may_administer(clinic)
    refused = dialog_for(qtbot, clinic, job_host)
    assert refused.refused
    assert refused.findChild(QTableView) is None
    assert refused.verify() is None
    message = refused.findChild(QLabel, "refusal")
    assert message is not None
    assert message.text().startswith("Only an administrator may read the audit log")

    clinic.act_as("eleni")
    allowed = dialog_for(qtbot, clinic, job_host)
    assert not allowed.refused
    assert any(
        row[AuditColumn.USER] == "eleni" and row[AuditColumn.RECORD].startswith("Clinician")
        for row in allowed.shown_rows()
    )
    users = [allowed.filter_bar.user.itemText(i) for i in range(allowed.filter_bar.user.count())]
    assert {"eleni", "maria", "assistant", "tester"} <= set(users)


SINCE = dt.date(2026, 3, 12)


def since(how: str, case: Typed, *marks: pytest.MarkDecorator) -> Any:
    return pytest.param(how, case, marks=marks, id=f"{how}-{case.case}")


SINCE_CASES = [
    since(how, case)
    for how in ("select all", "tab in")
    for case in (
        Typed("typed", typed_date(SINCE), SINCE),
        Typed("spaces", typed_date(SINCE, " "), SINCE),
        Typed("slashes", typed_date(SINCE, "/"), SINCE),
        Typed("dots", typed_date(SINCE, "."), SINCE),
        Typed("a year ahead", typed_date(dt.date(2027, 3, 12)), dt.date(2027, 3, 12)),
        Typed("before 2000", typed_date(dt.date(1999, 1, 1)), dt.date(1999, 1, 1)),
        Typed("garbage", "abc", refused="Type a date like"),
    )
] + [since("select all", Typed("empty: any date", "", None))]


@pytest.mark.parametrize(("how", "case"), SINCE_CASES)
def test_the_day_typed_as_since_filters_the_entries_or_is_refused(
    qtbot: QtBot, clinic: Clinic, activity: Activity, job_host: QMainWindow, how: str, case: Typed
) -> None:
    dialog = dialog_for(qtbot, clinic, job_host)
    edit = dialog.filter_bar.since
    if not case.keys:
        empty(qtbot, edit)
    elif how == "select all":
        type_into(qtbot, edit, case.keys)
    else:
        focus(qtbot, edit)
        type_keys(edit, case.keys)
        tab_away(edit)

    dialog.filter_bar.show_button.click()

    shown_ids = [entry.id for entry in dialog.shown_entries()]
    if case.refused is None:
        assert dialog.filter_bar.filters()["since"] == case.stored
        expected = clinic.audit.entries(since=case.stored)
        assert shown_ids == [entry.id for entry in expected]
        assert shown(edit) == ("" if case.stored is None else shown_date(case.stored))
        return
    errors = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.objectName().endswith("_error") and label.isVisibleTo(dialog)
    ]
    assert any(case.refused in text for text in errors if text), errors
    assert shown_ids == [entry.id for entry in clinic.audit.entries()], "as before"
