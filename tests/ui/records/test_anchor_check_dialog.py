"""Records ▸ Audit Log ▸ Verify Against… on a real database (issue 11, defect 4): a hash typed
as printed on a summary, an encrypted backup chosen (its passphrase asked, again when
wrong), each held while the log is as it was and not held once it was cut or rewritten
behind mesolog's back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from mesolog.domain.chain_anchor import grouped
from mesolog.services.audit_anchors import AnchorService
from mesolog.services.clinic import Clinic
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.records.anchor_check_dialog import AnchorCheckDialog
from mesolog.ui.records.audit_dialog import AuditDialog
from mesolog.ui.records.passphrase_dialog import PassphraseDialog
from tests.integrity.chain_tampering import cut_after
from tests.typing_support import type_into
from tests.ui.records.backup_fixtures import PASSPHRASE, add_patient, when_shown


def _dialog(qtbot: QtBot, clinic: Clinic, parent: QMainWindow) -> AnchorCheckDialog:
    dialog = AnchorCheckDialog(clinic, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _check(qtbot: QtBot, dialog: AnchorCheckDialog) -> None:
    dialog.check_button.click()
    qtbot.waitUntil(lambda: not running_jobs() and dialog.check_button.isEnabled(), timeout=20_000)


def test_a_hash_typed_from_a_summary_holds_until_the_log_is_cut(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow, db_path: Path
) -> None:
    add_patient(clinic, "Παππά")
    add_patient(clinic, "Λαμπράκη")
    anchor = AnchorService(clinic.context).current()
    dialog = _dialog(qtbot, clinic, job_host)
    type_into(qtbot, dialog.hash, grouped(anchor.hash[:16]))
    assert dialog.from_hash.isChecked()
    type_into(qtbot, dialog.entry, str(anchor.entry))
    _check(qtbot, dialog)
    assert dialog.heading.text().startswith("Held")
    assert "1 of 1 anchors held." in dialog.found.toPlainText()

    cut_after(f"sqlite:///{db_path}", anchor.entry - 1)
    _check(qtbot, dialog)
    assert dialog.heading.text().startswith("Not held")
    assert (
        f"(the hash typed): today's log ends at entry {anchor.entry - 1}, before entry "
        f"{anchor.entry}: entries were cut off its end." in dialog.found.toPlainText()
    )


def test_a_hash_mistyped_is_said_beside_the_fields_and_nothing_runs(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow
) -> None:
    dialog = _dialog(qtbot, clinic, job_host)
    type_into(qtbot, dialog.hash, "3f2a 9b1c")
    assert dialog.check() is None
    assert dialog.error.text().startswith("Hash: '3f2a 9b1c' is not a hash; a hash is 12 to")
    assert dialog.found.isHidden()


def test_an_encrypted_backup_asks_its_passphrase_again_when_wrong(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow, db_path: Path
) -> None:
    add_patient(clinic, "Παππά")
    anchor = AnchorService(clinic.context).current()
    backup = clinic.backups.backup(passphrase=PASSPHRASE).path
    dialog = _dialog(qtbot, clinic, job_host)
    type_into(qtbot, dialog.path, str(backup))
    answers = ["not the passphrase", PASSPHRASE]
    said_wrong: list[bool] = []

    def answer(asked: PassphraseDialog) -> None:
        said_wrong.append(not asked.error.isHidden())
        asked.passphrase.setText(answers.pop(0))
        asked.ok_button.click()
        if answers:
            when_shown(PassphraseDialog, answer)

    when_shown(PassphraseDialog, answer)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: not answers and not running_jobs() and not dialog.found.isHidden())
    assert said_wrong == [False, True]
    assert dialog.heading.text().startswith("Held")
    assert (
        f"Entry 1 with hash {grouped(anchor.hash[:16])} … ({backup.name}): held: today's log "
        "extends it, and 1 entry follows it." in dialog.found.toPlainText()
    )


def test_the_audit_log_offers_it(qtbot: QtBot, clinic: Clinic, job_host: QMainWindow) -> None:
    audit = AuditDialog(clinic, job_host)
    qtbot.addWidget(audit)
    opened = audit.verify_against()
    qtbot.addWidget(opened)
    assert audit.against_button.text() == "Verify &Against…"
    assert opened.isVisible() and opened.windowTitle() == "Verify against a backup or summary"
