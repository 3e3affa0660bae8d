"""The audit dialog's check in words for what issue 11 added: a record added with plain SQL
(and the parts of a session added so), a lock dropped or altered, and database files others
may read; each named without a record's content, by clicking Verify Chain in a real dialog
on a real database."""

from __future__ import annotations

import uuid
from contextlib import closing
from pathlib import Path

import sqlcipher3.dbapi2 as sqlite3
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from mesolog.services.clinic import Clinic
from tests.services.conftest import Maker
from tests.ui.records.test_audit_dialog import dialog_for, tamper, verify

FORGED = "Forgedname"


def _copied_session(db_path: Path, key: int, session: uuid.UUID, line: uuid.UUID) -> None:
    """The signed session `key` copied as a new one with its first treatment line, plainly."""
    with closing(sqlite3.connect(db_path, isolation_level=None)) as raw:
        _copy(raw, key, session, line)


def _copy(raw: sqlite3.Connection, key: int, session: uuid.UUID, line: uuid.UUID) -> None:
    """As a draft first: the database refuses a new part of a signed session."""
    for sql in (
        f"CREATE TEMP TABLE s AS SELECT * FROM sessions WHERE id = {key}",
        f"UPDATE temp.s SET id = id + 1000, uuid = '{session.hex}', notes = '{FORGED}'",
        "UPDATE temp.s SET status = 'draft', signed_at = NULL",
        "INSERT INTO sessions SELECT * FROM temp.s",
        f"CREATE TEMP TABLE t AS SELECT * FROM treatment_lines WHERE session_id = {key} LIMIT 1",
        f"UPDATE temp.t SET id = id + 1000, uuid = '{line.hex}', session_id = {key + 1000}",
        "INSERT INTO treatment_lines SELECT * FROM temp.t",
        "UPDATE sessions SET (status, signed_at) = (SELECT 'signed', signed_at FROM sessions"
        f" WHERE id = {key}) WHERE id = {key + 1000}",
    ):
        raw.execute(sql)


def test_records_added_and_locks_dropped_are_named_in_words(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow, db_path: Path
) -> None:
    make = Maker(clinic)
    patient = make.patient()
    clinic.sessions.sign(clinic.sessions.create_draft(patient.id, make.full_entry(patient.id)).id)
    db_path.chmod(0o600)
    dialog = dialog_for(qtbot, clinic, job_host)
    box = dialog.verification
    verify(qtbot, dialog)
    assert box.heading.text() == "Intact"
    assert "an entry wrote every record, and the locks on signed records are as mesolog made" in (
        box.summary.text()
    )

    session, line = uuid.uuid4(), uuid.uuid4()
    _copied_session(db_path, 1, session, line)
    verify(qtbot, dialog)
    assert box.heading.text() == "Records added outside mesolog"
    assert "no audit entry wrote them, so nothing says who added them or when" in (
        box.summary.text()
    )
    assert box.problems.toPlainText().splitlines() == [
        f"Session {session.hex[:8]}: added outside mesolog; no audit entry wrote it",
        f"Treatment line {line.hex[:8]}: added outside mesolog, as part of Session "
        f"{session.hex[:8]}",
    ]

    tamper(db_path, "DROP TRIGGER sessions_signed_no_delete")
    verify(qtbot, dialog)
    assert box.heading.text() == "Changed outside mesolog"
    assert "signed records could be changed without the database refusing it" in (
        box.summary.text()
    )
    problems = box.problems.toPlainText().splitlines()
    assert problems[2:] == ["The lock sessions_signed_no_delete on the table sessions is missing"]
    assert FORGED not in box.summary.text() + box.problems.toPlainText()
    box.grab().save(str(db_path.parent / "verification.png"))


def test_files_others_may_read_are_said_beside_an_intact_log(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow, db_path: Path
) -> None:
    Maker(clinic).patient()
    db_path.chmod(0o644)
    dialog = dialog_for(qtbot, clinic, job_host)
    box = dialog.verification
    verify(qtbot, dialog)
    assert box.heading.text() == "Intact"
    sentences = box.summary.text().split(". ")
    checked = next(i for i, sentence in enumerate(sentences) if sentence.startswith("Checked "))
    assert sentences[checked - 1].startswith(
        "Others on this computer may read the database files listed below"
    )
    assert sentences[-1].startswith("Full check in ")
    assert f"Others may read the file {db_path} (permissions 0644)" in (
        box.problems.toPlainText().splitlines()
    )
