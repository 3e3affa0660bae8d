"""The Records menu's rooms in Greek: Back Up Now's dialog and message, the audit log and its
check take their words from the catalogue installed in the application, made from what
lupdate extracted, so each is marked where lupdate reads it and looked up under the context
it was filed under. A passphrase is typed into key by key, as a person types it.

(English, without a catalogue, is what every other test of these rooms reads.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.records._audit_entries_model import AuditColumn
from mesolog.ui.records._backup_dialog import BackupDialog
from mesolog.ui.records._encrypt_dialog import EncryptDialog
from mesolog.ui.records._restore_flow import restore_from_file
from mesolog.ui.records.anchor_check_dialog import AnchorCheckDialog
from mesolog.ui.records.audit_dialog import AuditDialog
from mesolog.ui.records.backup_actions import back_up_now
from mesolog.ui.records.passphrase_dialog import PassphraseDialog
from tests.conftest import FixedClock
from tests.qt_fixtures import Boxes
from tests.typing_support import type_into
from tests.ui.common.catalogue_support import (
    Greek,
    greek_catalogue,
    installed,
    marked_catalogue,
    unmarked,
)
from tests.ui.records.backup_fixtures import PASSPHRASE, when_shown
from tests.ui.records.test_restore_flow import answer_question, choose_file, finish_flow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

GREEK: dict[tuple[str, str], Greek] = {
    ("BackupDialog", "Back up the database"): "Αντίγραφο ασφαλείας της βάσης",
    ("BackupDialog", "&Back Up"): "&Δημιουργία αντιγράφου",
    ("BackupDialog", "type the same passphrase twice; these two differ"): (
        "γράψτε την ίδια φράση δύο φορές· αυτές οι δύο διαφέρουν"
    ),
    ("BackupActions", "Back up"): "Αντίγραφο ασφαλείας",
    ("BackupActions", "It holds %1."): "Περιέχει %1.",
    ("BackupCounts", "%1 and %2"): "%1 και %2",
    ("BackupCounts", "%Ln patient(s)"): ("%Ln ασθενή", "%Ln ασθενείς"),
    ("BackupCounts", "%Ln session(s)"): ("%Ln συνεδρία", "%Ln συνεδρίες"),
    ("RestoreFlow", "%1 is a whole mesolog database: %2, schema %3."): (
        "Το %1 είναι ολόκληρη βάση του mesolog: %2, σχήμα %3."
    ),
    ("RestoreFlow", "Nothing was restored."): "Δεν έγινε επαναφορά.",
    ("AuditDialog", "Audit log"): "Αρχείο ελέγχου",
    ("AuditDialog", "&Verify Chain"): "&Έλεγχος αλυσίδας",
    (
        "AuditDialog",
        "Showing the newest %Ln entries, newest first. Older ones match too: narrow the "
        "filters (a patient, a user or a first day) to see them.",
    ): (
        "Εμφανίζεται η νεότερη εγγραφή. Ταιριάζουν και παλαιότερες: περιορίστε τα φίλτρα.",
        "Εμφανίζονται οι %Ln νεότερες εγγραφές. Ταιριάζουν και παλαιότερες: περιορίστε τα φίλτρα.",
    ),
    ("AuditDialog", "Created"): "Δημιουργία",
    ("AuditDialog", "Patient"): "Ασθενής",
    ("AuditVerificationBox", "Intact"): "Άθικτο",
    ("AuditVerificationBox", "%Ln entries"): ("%Ln εγγραφή", "%Ln εγγραφές"),
    ("AuditVerificationBox", "%Ln audited records"): (
        "%Ln ελεγμένος φάκελος",
        "%Ln ελεγμένοι φάκελοι",
    ),
    (
        "AuditVerificationBox",
        "All %1 link up from the first to the newest, and all %2 match their newest entry; "
        "an entry wrote every record, and the locks on signed records are as mesolog made "
        "them. Write down or print the hash of the newest entry (%3): a later check must find "
        "the same hash at entry %3.",
    ): "Συνδέονται: %1. Συμφωνούν: %2. Σημειώστε το hash της εγγραφής %3.",
}


@pytest.fixture
def greek(qapp: object, tmp_path: Path) -> Iterator[None]:
    with installed(greek_catalogue(tmp_path, GREEK)):
        yield


def patients(clinic: Clinic, *families: str) -> None:
    for family in families:
        clinic.patients.create(PatientInput(family, "Άννα", dt.date(1980, 1, 1)))


def verified(qtbot: QtBot, dialog: AuditDialog) -> None:
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: not running_jobs() and dialog.verify_button.isEnabled(), timeout=20_000)


@pytest.mark.usefixtures("greek")
def test_the_backup_dialog_refuses_two_passphrases_typed_differently_in_greek(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = BackupDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Αντίγραφο ασφαλείας της βάσης"
    assert dialog.back_up_button.text() == "&Δημιουργία αντιγράφου"
    dialog.encrypt.click()
    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    type_into(qtbot, dialog.repeat, PASSPHRASE[:-1])
    dialog.back_up_button.click()

    assert dialog.isVisible()
    assert dialog.errors_shown() == {
        "repeat": "Γράψτε την ίδια φράση δύο φορές· αυτές οι δύο διαφέρουν"
    }
    # not given Greek: English, as before
    assert dialog.encrypt.text() == "&Encrypt the backup with a passphrase"


@pytest.mark.usefixtures("greek")
def test_back_up_now_says_what_the_backup_holds_with_greek_plurals(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow, boxes: Boxes
) -> None:
    patients(clinic, "Καρμίρης")
    failures = when_shown(BackupDialog, lambda dialog: dialog.back_up_button.click())
    assert back_up_now(job_host, clinic) is not None
    qtbot.waitUntil(lambda: not running_jobs(), timeout=30_000)
    assert failures == []
    [(kind, title, text)] = boxes.shown
    assert (kind, title) == ("information", "Αντίγραφο ασφαλείας")
    assert "Περιέχει 1 ασθενή και 0 συνεδρίες." in text.splitlines()
    assert text.startswith("The backup is written and checked.\n")  # not given Greek


@pytest.mark.usefixtures("greek")
def test_a_restore_asks_and_is_declined_in_greek(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, clinic: Clinic, job_host: QMainWindow
) -> None:
    patients(clinic, "Καρμίρης", "Νικολάου")
    backup = clinic.backups.backup()
    choose_file(monkeypatch, backup.path)
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.No)
    flow = restore_from_file(job_host, clinic, ChangeBus())
    finish_flow(qtbot, flow)

    [question] = questions
    assert question.startswith(
        f"Το {backup.path.name} είναι ολόκληρη βάση του mesolog: 2 ασθενείς και 0 συνεδρίες, σχήμα "
    )
    assert job_host.statusBar().currentMessage() == "Δεν έγινε επαναφορά."


@pytest.mark.usefixtures("greek")
def test_the_audit_log_and_its_check_in_greek(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow
) -> None:
    patients(clinic, "Καρμίρης", "Νικολάου")
    dialog = AuditDialog(clinic, job_host, limit=1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Αρχείο ελέγχου"
    assert dialog.verify_button.text() == "&Έλεγχος αλυσίδας"
    assert dialog.note.text() == (
        "Εμφανίζεται η νεότερη εγγραφή. Ταιριάζουν και παλαιότερες: περιορίστε τα φίλτρα."
    )
    [row] = dialog.shown_rows()
    assert row[AuditColumn.ACTION] == "Δημιουργία"
    assert row[AuditColumn.RECORD].startswith("Ασθενής ")

    verified(qtbot, dialog)
    box = dialog.verification
    entries = clinic.audit.entries(limit=100)
    assert box.heading.text() == "Άθικτο"
    assert box.summary.text().startswith(
        f"Συνδέονται: {QLocale().toString(len(entries))} εγγραφές. Συμφωνούν: 2 ελεγμένοι "
        f"φάκελοι. Σημειώστε το hash της εγγραφής {QLocale().toString(len(entries))}. Checked "
    )


def test_every_word_of_the_records_rooms_is_extracted_where_it_is_looked_up(
    qtbot: QtBot, clinic: Clinic, clock: FixedClock, job_host: QMainWindow, tmp_path: Path
) -> None:
    # by a user whose name has no Latin word, so that only the window's own words count
    patients(Clinic(clinic.context.db, actor="ελένη", clock=clock), "Καρμίρης", "Νικολάου")
    with installed(marked_catalogue(tmp_path)):
        audit = AuditDialog(clinic, job_host, limit=1)
        qtbot.addWidget(audit)
        audit.show()
        verified(qtbot, audit)
        dialogs: list[QDialog] = [
            audit,
            BackupDialog(tmp_path),
            EncryptDialog(str(tmp_path / "clinic.sqlite")),
            PassphraseDialog("clinic.sqlite.enc", wrong=True),
            AnchorCheckDialog(clinic, job_host),
        ]
        for dialog in dialogs[1:]:
            qtbot.addWidget(dialog)
            dialog.show()
        assert [text for dialog in dialogs for text in unmarked(dialog)] == []
        assert audit.note.text().startswith("⟦Showing the newest 1 entries")
