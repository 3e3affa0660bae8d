"""What backing up and restoring say alike: their translation context, the refusal for a
database that is not an SQLite file, a file's size and what a database holds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

CONTEXT = "BackupActions"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def not_available(parent: QWidget, title: str) -> None:
    QMessageBox.information(
        parent,
        title,
        tr(
            "This database is not an SQLite file on this computer: mesolog backs up and "
            "restores SQLite files only. Use the database server's own backup tools (for "
            "PostgreSQL, pg_dump and pg_restore)."
        ),
    )


def size(size_bytes: int) -> str:
    return QLocale().formattedDataSize(
        size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def counts(patients: int, sessions: int) -> str:
    return (
        tr("%1 and %2")
        .replace("%1", tr("%Ln patient(s)", patients))
        .replace("%2", tr("%Ln session(s)", sessions))
    )
