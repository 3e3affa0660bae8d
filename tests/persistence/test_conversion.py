"""Converting a database on real files: encrypting a plain one, changing an encrypted
one's passphrase, and exporting into an encrypted file."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.pool import Pool

from mesolog.domain.accounts import AccessDeniedError
from mesolog.domain.enums import Role
from mesolog.domain.errors import DatabaseError, KnownError
from mesolog.persistence.backup_files import examine
from mesolog.persistence.conversion import (
    ConversionResult,
    DatabaseInUseError,
    convert_to_encrypted,
    export_encrypted,
)
from mesolog.persistence.encryption import (
    SQLITE_HEADER,
    is_encrypted_database,
    is_plain_database,
)
from mesolog.services.clinic import Clinic, PassphraseNeededError, WrongDatabasePassphraseError
from mesolog.services.encryption import change_database_passphrase, encrypt_database
from tests.persistence.encryption_support import (
    FAMILY,
    NOW,
    PASSPHRASE,
    files_of,
    holding,
    open_clinic,
)

WAIT_S = 60.0
"""How long one side waits for the other before the test fails (never reached when it passes)."""


def _export(clinic: Clinic) -> dict[str, Any]:
    document = dict(clinic.exports.export_document())
    document.pop("exported_at", None)
    document.pop("chain_anchor", None)  # the chain grows with each export
    return document


# --- converting ----------------------------------------------------------------------------


def test_a_demo_database_converted_holds_the_same_records(demo: Path) -> None:
    with open_clinic(demo, None) as plain:
        before = _export(plain)  # (an audit entry of its own)
        entries_before = plain.audit.verify().entries
    names = [p["family_name"].encode() for p in before["patients"]]
    assert all(name in demo.read_bytes() for name in names)

    with open_clinic(demo, None) as clinic:
        result = encrypt_database(clinic, PASSPHRASE)

    assert result.path == demo
    assert result.plain_copy == demo.with_name("clinic.before-encryption-20260310T120000Z.sqlite")
    assert result.plain_copy.read_bytes()[:16] == SQLITE_HEADER
    assert examine(result.plain_copy, label="copy").patients == 40
    assert result.tables >= 10 and result.rows > 1000
    data = demo.read_bytes()
    assert SQLITE_HEADER[:15] not in data
    assert not [name for name in names if name in data]
    leftovers = sorted(p.name for p in demo.parent.iterdir())
    assert leftovers == ["clinic.before-encryption-20260310T120000Z.sqlite", "clinic.sqlite"]

    with open_clinic(demo) as clinic:
        verification = clinic.audit.verify()
        assert verification.intact
        assert verification.entries == entries_before + 1
        last = clinic.audit.entries()[0]
        assert (last.action, last.entity) == ("update", "database")
        assert last.detail == (
            "encrypted at rest (SQLCipher); the unencrypted original kept as "
            "clinic.before-encryption-20260310T120000Z.sqlite"
        )
        assert _export(clinic) == before


def test_converting_a_database_open_elsewhere_is_refused_and_changes_nothing(
    demo: Path,
) -> None:
    with holding(demo, None, add=True):
        before = files_of(demo)
        with open_clinic(demo, None) as clinic, pytest.raises(DatabaseInUseError) as raised:
            encrypt_database(clinic, PASSPHRASE)
        assert files_of(demo) == before
    assert "Close mesolog wherever it has this database open" in str(raised.value)
    assert sorted(p.name for p in demo.parent.iterdir()) == ["clinic.sqlite"]
    assert demo.read_bytes()[:16] == SQLITE_HEADER
    with open_clinic(demo, None) as clinic:
        assert len(clinic.patients.search("", limit=100)) == 41


def test_converting_a_database_open_in_this_process_is_refused(demo: Path) -> None:
    with open_clinic(demo, None) as window, open_clinic(demo, None) as clinic:
        with pytest.raises(DatabaseInUseError):
            encrypt_database(clinic, PASSPHRASE)
        assert len(window.patients.search("", limit=100)) == 40
    assert sorted(p.name for p in demo.parent.iterdir()) == ["clinic.sqlite"]


def test_a_window_started_during_the_conversion_does_not_use_the_old_file(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window opens the plain file while the conversion holds it, and waits for its lock;
    once the encrypted file is in place it is told so, instead of writing to the replaced
    file. The conversion goes on to the swap only once the window has the old file open."""
    from mesolog.persistence import conversion

    plain_file = demo.stat().st_ino
    checking, window_connected = threading.Event(), threading.Event()
    opened: list[int] = []
    outcome: list[object] = []
    check = conversion.check_copy

    def check_once_the_window_is_connected(*args: Any) -> None:
        checking.set()
        if not window_connected.wait(WAIT_S):
            raise AssertionError("no window opened the database during the conversion")
        check(*args)

    def on_connect(_dbapi_connection: Any, _record: Any) -> None:
        # Before the engine's own set-up, which waits for the conversion's lock.
        opened.append(demo.stat().st_ino)
        window_connected.set()

    def convert() -> None:
        try:
            outcome.append(conversion.convert_to_encrypted(demo, PASSPHRASE, now=NOW))
        except BaseException as error:  # reported by the test below
            outcome.append(error)

    monkeypatch.setattr(conversion, "check_copy", check_once_the_window_is_connected)
    event.listen(Pool, "connect", on_connect)
    converting = threading.Thread(target=convert)
    converting.start()
    try:
        assert checking.wait(WAIT_S), "the conversion holds the database and checks its copy"
        with pytest.raises(PassphraseNeededError):
            open_clinic(demo, None)
    finally:
        converting.join()
        event.remove(Pool, "connect", on_connect)
    assert [type(result) for result in outcome] == [ConversionResult], outcome
    assert opened == [plain_file], "the window opened the plain file, once"
    assert demo.stat().st_ino != plain_file, "which the encrypted one replaced"
    assert is_encrypted_database(demo)
    with open_clinic(demo) as clinic:
        assert len(clinic.patients.search("", limit=100)) == 40


def test_only_an_admin_encrypts_a_database_with_accounts(demo: Path) -> None:
    with open_clinic(demo, None) as clinic:
        clinic.accounts.create_first_admin("boss", "Dr Boss", "admin-password-1")
        clinic.act_as("boss")
        clinic.accounts.add("nurse", "Nurse", Role.ASSISTANT, "nurse-password-1")
    with open_clinic(demo, None) as clinic:
        clinic.act_as("nurse")
        with pytest.raises(AccessDeniedError):
            encrypt_database(clinic, PASSPHRASE)
    assert demo.read_bytes()[:16] == SQLITE_HEADER


def test_an_encrypted_database_is_not_converted_again(encrypted: Path) -> None:
    with open_clinic(encrypted) as clinic, pytest.raises(KnownError, match="encrypted already"):
        encrypt_database(clinic, "another passphrase")


def test_changing_the_passphrase(encrypted: Path) -> None:
    with open_clinic(encrypted) as clinic:
        result = change_database_passphrase(clinic, "a brand new passphrase")
    assert result.plain_copy is None
    assert sorted(p.name for p in encrypted.parent.iterdir()) == ["secret.sqlite"]
    with pytest.raises(WrongDatabasePassphraseError):
        open_clinic(encrypted)
    with open_clinic(encrypted, "a brand new passphrase") as clinic:
        assert [p.family_name for p in clinic.patients.search("")] == [FAMILY]
        assert clinic.audit.verify().intact
        assert clinic.audit.entries()[0].detail == "database passphrase changed"


def test_an_export_into_an_encrypted_file_checks_it(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "keyed.sqlite"
    export_encrypted(demo, target, PASSPHRASE)
    assert is_encrypted_database(target)
    facts = examine(target, label="keyed", key=PASSPHRASE)
    assert facts.whole and facts.patients == 40


# --- killed conversions, and the entry ------------------------------------------------------------


def test_the_next_conversion_removes_what_a_killed_one_left_and_nothing_else(
    demo: Path,
) -> None:
    """A killed conversion's hidden new file (encrypted with a passphrase that may never be
    typed again) and its plain copy's scratch file; not the visible files beside them."""
    left = [
        ".clinic.sqlite.encrypt-0badf00d.partial",
        ".clinic.sqlite.encrypt-0badf00d.partial-journal",
        ".clinic.before-encryption-20260309T120000Z.sqlite.plain-0badf00d.partial",
    ]
    kept = ["clinic.before-encryption-20260101T120000Z.sqlite", ".clinic.sqlite.notes", "x.txt"]
    for name in left + kept:
        (demo.parent / name).write_bytes(b"left")
    with open_clinic(demo, None) as clinic:
        result = encrypt_database(clinic, PASSPHRASE)
    assert result.plain_copy is not None
    assert sorted(p.name for p in demo.parent.iterdir()) == sorted(
        [*kept, "clinic.sqlite", result.plain_copy.name]
    )
    assert all((demo.parent / name).read_bytes() == b"left" for name in kept)


def test_the_entry_goes_into_the_new_file_while_the_database_is_as_it_was(demo: Path) -> None:
    seen: list[tuple[bool, Path | None, bool, bool]] = []

    def entry(new_file: Path, passphrase: str, plain_copy: Path | None) -> None:
        whole = examine(new_file, label="the new file", key=passphrase).whole
        kept = plain_copy is not None and plain_copy.exists()
        seen.append((is_plain_database(demo), plain_copy, kept, whole))

    convert_to_encrypted(demo, PASSPHRASE, now=NOW, entry=entry)
    plain_copy = demo.with_name("clinic.before-encryption-20260310T120000Z.sqlite")
    assert seen == [(True, plain_copy, False, True)]
    assert is_encrypted_database(demo) and plain_copy.is_file()


def test_an_entry_that_cannot_be_written_changes_nothing(demo: Path) -> None:
    with open_clinic(demo, None) as clinic:
        before, entries = _export(clinic), clinic.audit.verify().entries

    def entry(_new_file: Path, _passphrase: str, _plain_copy: Path | None) -> None:
        raise DatabaseError("The audit entry could not be written (disk full)")

    with pytest.raises(DatabaseError, match="disk full"):
        convert_to_encrypted(demo, PASSPHRASE, now=NOW, entry=entry)
    assert sorted(p.name for p in demo.parent.iterdir()) == ["clinic.sqlite"]
    assert is_plain_database(demo)
    with open_clinic(demo, None) as clinic:
        verification = clinic.audit.verify()
        assert (verification.intact, verification.entries) == (True, entries)
        assert _export(clinic) == before
