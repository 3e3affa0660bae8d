"""The records room in Greek at 1024×700 (issue 14): the audit log's filters show their whole
placeholders, on two rows where one does not fit, and the backup dialog its whole warning."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from mesolog.ui.records._audit_filters import AuditFilterBar
from mesolog.ui.records._backup_dialog import BackupDialog
from mesolog.ui.records._placeholders import placeholder_width
from tests.ui.common.catalogue_support import greek_catalogue, installed

GREEK = {
    ("AuditFilterBar", "record number or id"): "αριθμός φακέλου ή αναγνωριστικό",
    ("AuditFilterBar", "any user"): "οποιοσδήποτε χρήστης",
    ("AuditFilterBar", "any date"): "οποιαδήποτε ημερομηνία",
    ("AuditFilterBar", "A&ny Date"): "&Οποιαδήποτε ημερομηνία",
    ("AuditFilterBar", "&Show Entries"): "Εμφάνιση &εγγραφών",
    (
        "BackupDialog",
        "Nobody can read an encrypted backup without its passphrase, not even with "
        "mesolog: a lost passphrase means a lost backup. Write it down and keep it apart from the "
        "backup drive.",
    ): "Κανείς δεν μπορεί να διαβάσει ένα κρυπτογραφημένο αντίγραφο ασφαλείας "
    "χωρίς τη φράση πρόσβασής του, ούτε καν με το mesolog: αν χαθεί η φράση πρόσβασης, χάνεται "
    "και το αντίγραφο ασφαλείας. Σημειώστε τη και φυλάξτε τη χωριστά από τον δίσκο των "
    "αντιγράφων ασφαλείας.",
}
DIALOG_WIDTH = 1008  # the audit dialog on a 1024×700 screen


def _fields(bar: AuditFilterBar) -> list[QLineEdit]:
    line = bar.user.lineEdit()
    assert line is not None
    return [bar.patient, line, bar.since]


@pytest.mark.parametrize("width", [DIALOG_WIDTH, 1350])
def test_filters_show_their_placeholders(qapp: QApplication, tmp_path: Path, width: int) -> None:
    with installed(greek_catalogue(tmp_path, GREEK)):
        bar = AuditFilterBar(dt.date(2026, 3, 1))
        assert bar.since.placeholderText() == "οποιαδήποτε ημερομηνία"
        bar.resize(width, bar.sizeHint().height())
        bar.show()
        QApplication.processEvents()
        assert bar.minimumSizeHint().width() <= DIALOG_WIDTH
        for field in _fields(bar):
            assert field.width() >= placeholder_width(field), field.placeholderText()
        two_rows = bar.show_button.y() > bar.patient.y() + bar.patient.height() // 2
        assert two_rows == (width < bar.one_row_width())
        assert two_rows == (width == DIALOG_WIDTH)
        bar.close()


def test_english_filters_stay_on_one_row(qapp: QApplication) -> None:
    bar = AuditFilterBar(dt.date(2026, 3, 1))
    bar.resize(DIALOG_WIDTH, bar.sizeHint().height())
    bar.show()
    QApplication.processEvents()
    assert abs(bar.show_button.y() - bar.patient.y()) < bar.patient.height()
    for field in _fields(bar):
        assert field.width() >= placeholder_width(field)
    bar.close()


def test_backup_warning_whole_in_greek(qapp: QApplication, tmp_path: Path) -> None:
    with installed(greek_catalogue(tmp_path, GREEK)):
        dialog = BackupDialog(tmp_path)
        dialog.show()
        QApplication.processEvents()
        warning = dialog.warning
        assert warning.text().startswith("Κανείς")
        assert warning.height() >= warning.heightForWidth(warning.width())
        dialog.close()
