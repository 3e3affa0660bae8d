"""What backing up and restoring say alike: the refusal for a database that is not an SQLite
file, a file's size and what a database holds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QMessageBox, QWidget


def not_available(parent: QWidget, title: str) -> None:
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate(
            "BackupActions",
            "This database is on a database server, not in a file on this computer, and is "
            "backed up there: a PostgreSQL database on the server's schedule with `mesolog "
            "backup` (pg_dump, each dump checked) and restored with `mesolog restore`, as the "
            "roles of docs/clinic-server.md (this workstation's role may not make the scratch "
            "database a check needs).",
        ),
    )


def size(size_bytes: int) -> str:
    return QLocale().formattedDataSize(
        size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


class BackupCounts(QObject):
    """What a database holds, counted, with a plural form for each language: PySide6
    translates a plural (`self.tr(text, "", n)`) only in the class whose method says it, so
    nothing inherits this one (docs/translation-plan.md §0.2)."""

    def holds(self, patients: int, sessions: int) -> str:
        """ "3 patient(s) and 12 session(s)" (English reads so until its plural catalogue)."""
        return (
            self.tr("%1 and %2", "a database's patients and sessions, counted")
            .replace("%1", self.tr("%Ln patient(s)", "", patients))
            .replace("%2", self.tr("%Ln session(s)", "", sessions))
        )


def counts(patients: int, sessions: int) -> str:
    return BackupCounts().holds(patients, sessions)
