"""Restore from a file, on real database files and real backups; the file dialog and the
message boxes are the only things replaced."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Role
from mesolog.services.backups import BackupKind
from mesolog.services.clinic import Clinic
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.records._restore_flow import RestoreFlow, restore_from_file
from mesolog.ui.records.passphrase_dialog import PassphraseDialog
from tests.conftest import FixedClock
from tests.qt_fixtures import Boxes
from tests.ui.records.backup_fixtures import PASSPHRASE, add_patient, when_shown

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PASSWORD = "a long enough password"


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


def families(clinic: Clinic) -> set[str]:
    return {p.family_name for p in clinic.patients.search("", limit=None)}


def answer_passphrases(answers: list[str | None]) -> list[bool]:
    """Types each answer into the next passphrase dialog (None: Cancel); returns, for each
    dialog shown, whether it said that the last passphrase was wrong."""
    said_wrong: list[bool] = []
    pending = list(answers)

    def answer(dialog: PassphraseDialog) -> None:
        said_wrong.append(not dialog.error.isHidden())
        typed = pending.pop(0)
        if typed is None:
            dialog.reject()
        else:
            dialog.passphrase.setText(typed)
            dialog.ok_button.click()
        if pending:
            when_shown(PassphraseDialog, answer)

    when_shown(PassphraseDialog, answer)
    return said_wrong


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """QFileDialog.getOpenFileName answers `path` (None: cancelled); returns the titles asked."""
    asked: list[str] = []

    def answer(_parent: object, title: str, *_: object) -> tuple[str, str]:
        asked.append(title)
        return (str(path) if path is not None else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    return asked


def answer_question(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    """QMessageBox.question answers `answer`; returns the texts asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_: object) -> Any:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def finish_flow(qtbot: QtBot, flow: RestoreFlow | None) -> None:
    assert flow is not None
    qtbot.waitUntil(lambda: flow.ended and not running_jobs(), timeout=30_000)


def before_restore_copies(clinic: Clinic) -> list[Path]:
    return [f.path for f in clinic.backups.backups() if f.kind is BackupKind.BEFORE_RESTORE]


def test_a_restore_round_trip_brings_the_backup_back_and_keeps_a_safety_copy(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    clinic: Clinic,
    job_host: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
    clock: FixedClock,
) -> None:
    add_patient(clinic, "Καρμίρης")
    backup = clinic.backups.backup()
    clock.advance(hours=1)
    add_patient(clinic, "Νικολάου")
    choose_file(monkeypatch, backup.path)
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    changes: list[bool] = []
    bus.changed.connect(lambda: changes.append(True))

    flow = restore_from_file(job_host, clinic, bus)
    finish_flow(qtbot, flow)
    assert flow is not None and flow.result is not None

    assert families(clinic) == {"Καρμίρης"}
    assert changes == [True]
    [question] = questions
    assert question.startswith(
        f"{backup.path.name} is a whole mesolog database: 1 patient(s) and 0 session(s)"
    )
    assert "First a safety copy of the database as it is now is kept in" in question
    [safety] = before_restore_copies(clinic)
    assert safety == flow.result.safety_copy
    assert clinic.backups.verify(safety).patients == 2  # the database as it was
    [(kind, title, text)] = boxes.shown
    assert (kind, title) == ("information", "Restore from backup")
    assert f"kept at:\n{safety}\n" in text
    assert clinic.audit.entries(limit=1)[0].action == "restore"


def test_declining_the_question_restores_nothing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    clinic: Clinic,
    job_host: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
) -> None:
    add_patient(clinic, "Καρμίρης")
    backup = clinic.backups.backup()
    add_patient(clinic, "Νικολάου")
    choose_file(monkeypatch, backup.path)
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.No)
    flow = restore_from_file(job_host, clinic, bus)
    finish_flow(qtbot, flow)
    assert len(questions) == 1
    assert families(clinic) == {"Καρμίρης", "Νικολάου"}
    assert before_restore_copies(clinic) == []
    assert boxes.shown == []
    assert job_host.statusBar().currentMessage() == "Nothing was restored."


def test_a_wrong_passphrase_asks_again_and_changes_nothing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    clinic: Clinic,
    job_host: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
) -> None:
    add_patient(clinic, "Καρμίρης")
    backup = clinic.backups.backup(passphrase=PASSPHRASE)
    add_patient(clinic, "Νικολάου")
    choose_file(monkeypatch, backup.path)
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)

    said_wrong = answer_passphrases(["not the passphrase", None])
    finish_flow(qtbot, restore_from_file(job_host, clinic, bus))
    assert said_wrong == [False, True]
    assert questions == []
    assert families(clinic) == {"Καρμίρης", "Νικολάου"}
    assert before_restore_copies(clinic) == []
    assert boxes.shown == []

    said_wrong = answer_passphrases(["Ωραία μέρα", PASSPHRASE])
    flow = restore_from_file(job_host, clinic, bus)
    finish_flow(qtbot, flow)
    assert said_wrong == [False, True]
    assert flow is not None and flow.result is not None and flow.result.encrypted
    assert "It was encrypted; the passphrase opens it." in questions[0]
    assert families(clinic) == {"Καρμίρης"}
    assert len(before_restore_copies(clinic)) == 1


def test_a_damaged_file_is_refused_before_anything_changes(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    clinic: Clinic,
    job_host: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
    tmp_path: Path,
) -> None:
    add_patient(clinic, "Καρμίρης")
    backup = clinic.backups.backup()
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(backup.path.read_bytes())
    damaged.write_bytes(bytes(data[: len(data) // 2]))
    choose_file(monkeypatch, damaged)
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    flow = restore_from_file(job_host, clinic, bus)
    finish_flow(qtbot, flow)
    assert questions == []
    [(kind, _, text)] = boxes.shown
    assert kind == "warning"
    assert "Nothing was restored; the database is as it was." in text
    assert families(clinic) == {"Καρμίρης"}
    assert before_restore_copies(clinic) == []


def test_only_an_administrator_may_restore(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    clinic: Clinic,
    job_host: QMainWindow,
    bus: ChangeBus,
    boxes: Boxes,
) -> None:
    add_patient(clinic, "Καρμίρης")
    backup = clinic.backups.backup()
    clinic.accounts.create_first_admin("eleni", "Dr Eleni Markou", PASSWORD)
    clinic.act_as("eleni")
    clinic.accounts.add("maria", "Maria", Role.ASSISTANT, PASSWORD)
    clinic.act_as("maria")
    asked = choose_file(monkeypatch, backup.path)
    assert restore_from_file(job_host, clinic, bus) is None
    assert asked == []
    [(kind, _, text)] = boxes.shown
    assert kind == "warning"
    assert text.startswith("Only an administrator may restore a backup")

    nobody = Clinic(clinic.context.db, actor="someone")  # accounts exist, nobody logged in
    assert restore_from_file(job_host, nobody, bus) is None
    assert asked == [] and len(boxes.shown) == 2

    clinic.act_as("eleni")
    choose_file(monkeypatch, None)
    assert restore_from_file(job_host, clinic, bus) is None  # allowed; no file chosen
