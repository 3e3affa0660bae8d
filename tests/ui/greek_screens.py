"""Every window and dialog of mesolog.ui opened on the demo clinic, each in a state that shows
its content, for tests/ui/test_greek_windows.py: `Screens.open_all` hands each to `visit`
while it is shown, then closes it.

The main window (the list, a search, the record of the busiest patient with each of its
tabs, the Due list, the record of a patient with every warning), the session editor of that
patient (the warnings) and of a charted course, a recovered copy beside a signed session,
the patient, course, summary options, settings, audit log (verified), anchor check, backup,
encrypt, both passphrase, import problems, products, product, lot, templates, template,
recall (searched), reactions (rates shown), users, add account, change and reset password,
first account, log-in, lock, photo compare, viewer and add-photos dialogs, a job's progress
dialog, and the question before voiding a patient (a message box).
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from mesolog.domain.enums import ReactionKind, Role, Sex
from mesolog.domain.errors import Violation
from mesolog.domain.reaction_rates import Dimension
from mesolog.domain.records import Patient, PatientInput
from mesolog.domain.texts import phrase
from mesolog.services.clinic import Clinic
from mesolog.ui.accounts.first_account_dialog import AccountDialog, FirstAccountDialog
from mesolog.ui.accounts.log_in_dialog import LogInDialog
from mesolog.ui.accounts.password_dialog import ChangePasswordDialog, ResetPasswordDialog
from mesolog.ui.accounts.users_dialog import UsersDialog
from mesolog.ui.catalogue.lot_dialog import LotDialog
from mesolog.ui.catalogue.product_dialog import ProductDialog
from mesolog.ui.catalogue.products_window import ProductsWindow
from mesolog.ui.common.jobs import Job, Progress, running_jobs
from mesolog.ui.courses.course_dialog import CourseDialog
from mesolog.ui.patients.patient_dialog import PatientDialog
from mesolog.ui.reactions.reactions_dialog import ReactionsDialog
from mesolog.ui.recall.recall_window import RecallWindow
from mesolog.ui.records._backup_dialog import BackupDialog
from mesolog.ui.records._encrypt_dialog import EncryptDialog
from mesolog.ui.records.anchor_check_dialog import AnchorCheckDialog
from mesolog.ui.records.audit_dialog import AuditDialog
from mesolog.ui.records.passphrase_dialog import PassphraseDialog
from mesolog.ui.sessions.recovered_copy import RecoveredCopy
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.settings.settings_dialog import SettingsDialog
from mesolog.ui.summaries.summary_export import SummaryOptionsDialog
from mesolog.ui.templates.template_dialog import TemplateDialog
from mesolog.ui.templates.templates_window import TemplatesWindow
from mesolog.ui.transfer.transfer_actions import ImportProblemsDialog
from mesolog.ui.window.main_window import MainWindow

Visit = Callable[[str, QWidget], None]
PASSWORD = "ένας αρκετά μακρύς κωδικός"
AT_RISK = PatientInput(
    "Παπαδοπούλου-Καραγιαννοπούλου",
    "Αικατερίνη",
    dt.date(1971, 5, 9),
    sex=Sex.FEMALE,
    allergies="Λιδοκαΐνη, λάτεξ, πενικιλίνη",
    medications="Ασπιρίνη 100 mg ημερησίως\nΙβουπροφαίνη 400 mg",
)
"""Every warning at once (allergy, NSAID, no consent), in the patient's own Greek words."""
RECALLED_LOT = "HA25-0885"


def wait_until(done: Callable[[], bool], what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, f"still waiting for {what}"
        QApplication.processEvents()
        time.sleep(0.01)


class Screens:
    def __init__(self, clinic: Clinic, folder: Path, visit: Visit) -> None:
        self.clinic = clinic
        self.folder = folder
        self.visit = visit
        self.window = MainWindow(clinic)
        self.busiest = max(
            clinic.patients.search("", limit=None),
            key=lambda p: len(clinic.history.patient_history(p.id).sessions),
        )
        self.at_risk: Patient = clinic.patients.create(AT_RISK)

    def shown(self, name: str, dialog: QWidget) -> None:
        dialog.show()
        QApplication.processEvents()
        self.visit(name, dialog)
        if isinstance(dialog, QDialog):
            dialog.done(0)
        else:
            dialog.close()

    def open_all(self) -> None:
        self.shown("FirstAccountDialog", FirstAccountDialog(self.clinic))
        self.main_window()
        self.editors()
        self.records_dialogs()
        self.catalogue()
        self.photos()
        self.accounts()

    # the window and the editor

    def main_window(self) -> None:
        window = self.window
        window.resize(1366, 768)
        window.show()
        window.refresh()
        self.visit("MainWindow: list", window)
        window.search_field.setText("γεωργ")
        window.refresh()
        self.visit("MainWindow: search", window)
        window.search_field.clear()
        window.refresh()
        window.open_patient(self.busiest.id)
        record = window.record
        for tab in range(record.tabs.count()):
            record.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            self.visit(f"MainWindow: record, tab {tab}", window)
        record.tabs.setCurrentIndex(0)
        window.lists.show_due()
        self.visit("MainWindow: Due list", window)
        window.lists.tabs.setCurrentIndex(0)
        window.refresh()
        window.open_patient(self.at_risk.id)
        self.visit("MainWindow: record with warnings", window)

    def editors(self) -> None:
        window = self.window
        editor = window.log_session()
        assert editor is not None
        self.visit("SessionEditor: warnings", editor)
        editor.done(0)
        window.open_patient(self.busiest.id)
        history = self.clinic.history.patient_history(self.busiest.id)
        course = next(c for c in history.courses if c.sessions)
        editor = window.log_session(course.course.id)
        assert editor is not None
        self.visit("SessionEditor: a course's session", editor)
        editor.done(0)
        signed = course.sessions[0]
        editor = SessionEditor(self.clinic, window.bus, history.patient, window, session=signed)
        editor.show()
        self.visit("SessionEditor: a signed session", editor)
        copy = RecoveredCopy(
            editor,
            self.clinic,
            session=signed,
            shown=editor.session_form,
            payload=editor.session_form.to_payload() | {"notes": "Κείμενο πριν τη διακοπή"},
            kept_at=self.clinic.context.now(),
            forget=lambda: None,
        )
        copy.show_beside(editor)
        self.shown("RecoveredCopy", copy)
        editor.done(0)
        self.shown(
            "PatientDialog", PatientDialog(self.clinic, window.bus, window, patient=history.patient)
        )
        self.shown("CourseDialog", CourseDialog(self.clinic, window.bus, self.busiest.id, window))
        photos = self.clinic.photos.of_patient(self.busiest.id)
        self.shown("SummaryOptionsDialog", SummaryOptionsDialog(history, window, photos))
        self.question_before_voiding()

    def question_before_voiding(self) -> None:
        self.window.open_patient(self.busiest.id)
        self.answered("QInputDialog: void patient", self.window.menus.void_patient_action.trigger)

    def answered(self, name: str, trigger: Callable[[], object]) -> None:
        """`trigger`'s modal dialog (a message box, an input dialog), visited and cancelled
        as it waits for an answer in its own event loop."""
        met: list[QWidget] = []

        def look() -> None:
            modal = QApplication.activeModalWidget()
            if isinstance(modal, QDialog) and modal not in met:
                met.append(modal)
                self.visit(name, modal)
                modal.reject()

        timer = QTimer()
        timer.timeout.connect(look)
        timer.start(20)
        trigger()
        timer.stop()
        assert met, f"{name}: no dialog opened"

    # Settings and Records

    def records_dialogs(self) -> None:
        window, clinic = self.window, self.clinic
        self.shown("SettingsDialog", SettingsDialog(clinic, window.bus, window))
        audit = AuditDialog(clinic, window)
        audit.show()
        audit.verify()
        wait_until(lambda: not running_jobs(), "the audit chain's check")
        self.shown("AuditDialog (verified)", audit)
        self.shown("AnchorCheckDialog", AnchorCheckDialog(clinic, window))
        self.shown("BackupDialog", BackupDialog(self.folder, window))
        self.shown("EncryptDialog", EncryptDialog(str(self.folder / "clinic.sqlite"), window))
        self.shown(
            "PassphraseDialog (database)", PassphraseDialog("clinic.sqlite", window, database=True)
        )
        self.shown(
            "PassphraseDialog (backup, wrong)", PassphraseDialog("backup.enc", window, wrong=True)
        )
        future = phrase("Validation", "a date not in the future")
        refused = [Violation("patients[0].date_of_birth", "2999-01-01", future)]
        self.shown("ImportProblemsDialog", ImportProblemsDialog(window, "κλινική.json", refused))
        self.job_progress()

    def job_progress(self) -> None:
        release = threading.Event()

        def work(progress: Progress) -> None:
            progress.report(1, 3)
            release.wait(20)

        job = Job(
            self.window, "Εργασία", work, on_done=lambda _: None, on_error=None, label="Σε εξέλιξη"
        )
        job.start()
        job.dialog.show()
        self.visit("JobProgressDialog", job.dialog)
        release.set()
        wait_until(lambda: not running_jobs(), "the job's end")

    # the catalogue, recall and reactions

    def catalogue(self) -> None:
        window, clinic = self.window, self.clinic
        products = ProductsWindow(clinic, window.bus, window)
        hydra = clinic.products.named("HydraBoost 1.5%")
        assert hydra is not None
        products.products_view.selectRow(products.product_model.row_of(hydra.id) or 0)
        self.shown("ProductsWindow", products)
        self.shown("ProductDialog", ProductDialog(clinic, window.bus, window, product=hydra))
        [lot, *_] = clinic.lots.of_product(hydra.id)
        self.shown("LotDialog", LotDialog(clinic, window.bus, hydra, window, lot=lot))
        self.shown("TemplatesWindow", TemplatesWindow(clinic, window.bus, window))
        [template, *_] = clinic.templates.all()
        self.shown("TemplateDialog", TemplateDialog(clinic, window.bus, window, template=template))
        recall = RecallWindow(clinic, window)
        recall.show()
        recall.form.lot.setText(RECALLED_LOT)
        recall.form.reason.setText("Ανάκληση της παρτίδας από τον παρασκευαστή")
        recall.search()
        self.shown("RecallWindow (searched)", recall)
        reactions = ReactionsDialog(clinic, window)
        reactions.show()
        bar = reactions.filter_bar
        bar.first_day.set_value(clinic.context.today() - dt.timedelta(days=730))
        bar.by.setCurrentIndex(bar.by.findData(Dimension.LOT))
        bar.kind.setCurrentIndex(bar.kind.findData(ReactionKind.BRUISING))
        reactions.show_rates()
        wait_until(lambda: reactions.rates is not None and not running_jobs(), "the rates")
        self.shown("ReactionsDialog (rates)", reactions)

    # photos

    def photos(self) -> None:
        window, clinic = self.window, self.clinic
        photographed = max(
            clinic.patients.search("", limit=None),
            key=lambda p: len(clinic.photos.of_patient(p.id)),
        )
        window.open_patient(photographed.id)
        record = window.record
        record.tabs.setCurrentWidget(record.photos)
        pane = record.photos
        wait_until(lambda: bool(pane.photos), "the photos")
        self.visit("MainWindow: Photos tab", window)
        pane.select(pane.photos[-1].id)
        viewer = pane.view_selected()
        assert viewer is not None
        self.shown("PhotoViewer", viewer)
        pane.compare_selected()
        assert pane.compare is not None
        self.shown("CompareDialog", pane.compare)
        picture = self.folder / "φωτογραφία.png"
        window.grab().save(str(picture))
        added = pane.add_paths([picture], pane.default_session())
        assert added is not None
        self.shown("AddPhotosDialog", added)
        record.tabs.setCurrentIndex(0)

    # accounts (last: from here on the clinic has accounts)

    def accounts(self) -> None:
        window, clinic = self.window, self.clinic
        clinic.accounts.create_first_admin("admin", "Άννα Διαχειρίστρια", PASSWORD)
        clinic.act_as("admin")
        clinic.accounts.add("nurse", "Μαρία Βοηθός", Role.ASSISTANT, PASSWORD)
        self.shown("UsersDialog", UsersDialog(clinic, window))
        self.shown(
            "AccountDialog (add)",
            AccountDialog(clinic, window, title="Προσθήκη", ok_text="&Προσθήκη", with_role=True),
        )
        self.shown("ChangePasswordDialog", ChangePasswordDialog(clinic, window))
        self.shown("ResetPasswordDialog", ResetPasswordDialog(clinic, "nurse", window))
        self.shown("LogInDialog", LogInDialog(clinic))
        window.idle_lock.start()
        window.idle_lock.lock()
        dialog = window.idle_lock.dialog
        assert dialog is not None
        QApplication.processEvents()
        self.visit("LockDialog", dialog)
        self.visit("MainWindow: locked", window)
        window.idle_lock.stop()
