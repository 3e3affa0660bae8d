"""What the backup tests share: snapshots of SQLite files, and the changes they compare.

Raw connections here use the app's driver (sqlcipher3), never the standard
library's sqlite3 (two SQLite libraries in one process ignore each other's locks).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlite3

from mesolog.persistence.encryption import key_pragma

if TYPE_CHECKING:
    from tests.services.conftest import Maker

PASSPHRASE = "Ωραία μέρα για αντίγραφα"
DATABASE_PASSPHRASE = "the clinic's own passphrase"
Snapshot = dict[str, list[tuple[Any, ...]]]


def snapshot(path: Path) -> Snapshot:
    """Every row of every table of an SQLite file (read-only), in a stable order."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


def audit_actions(path: Path) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT action, entity, detail FROM audit_log ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def fill(make: Maker) -> None:
    """Two patients, a course, a signed session with lines, products and reactions, a draft."""
    patient = make.patient()
    session = make.clinic.sessions.create_draft(patient.id, make.full_entry(patient.id))
    make.clinic.sessions.sign(session.id)
    make.draft(make.patient(family_name="Georgiou", given_name="Nikos").id)


def change(make: Maker) -> None:
    """Changes of every kind after the backup: a new patient, an edit, a void, a signature."""
    clinic = make.clinic
    newcomer = make.patient(family_name="Laskaris", given_name="Ioanna")
    (first, *_) = clinic.patients.search("Papadopoulou")
    read = clinic.patients.get(first.id)
    clinic.patients.update(first.id, make.patient_input(phone="+30 210 000 0000"), read=read)
    draft = make.draft(newcomer.id)
    clinic.sessions.sign(draft.id)
    (second, *_) = clinic.patients.search("Georgiou")
    clinic.patients.void(second.id, reason="entered twice")


def without_audit(tables: Snapshot) -> Snapshot:
    return {name: rows for name, rows in tables.items() if not name.startswith("audit_")}


def keyed_snapshot(path: Path, passphrase: str = DATABASE_PASSPHRASE) -> Snapshot:
    """`snapshot` of a file encrypted by SQLCipher."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute(key_pragma(passphrase))
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


def keyed_audit_actions(path: Path) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute(key_pragma(DATABASE_PASSPHRASE))
        return connection.execute(
            "SELECT action, entity, detail FROM audit_log ORDER BY id"
        ).fetchall()
    finally:
        connection.close()
