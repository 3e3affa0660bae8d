"""Encryption at rest with SQLCipher, on real files: creating, opening, refusing, converting,
changing the passphrase, and upgrading an encrypted database."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlite3
from alembic import command
from sqlalchemy import text

from mesolog.domain.accounts import AccessDeniedError
from mesolog.domain.enums import Role
from mesolog.domain.errors import KnownError
from mesolog.domain.records import PatientInput
from mesolog.persistence.backup_files import examine
from mesolog.persistence.conversion import DatabaseInUseError, export_encrypted
from mesolog.persistence.database import Database
from mesolog.persistence.encryption import (
    SQLITE_HEADER,
    is_encrypted_database,
    key_pragma,
)
from mesolog.persistence.location import resolve_database_url
from mesolog.persistence.migrate import alembic_config, head_revision
from mesolog.services.clinic import (
    Clinic,
    NotEncryptedError,
    PassphraseNeededError,
    WrongDatabasePassphraseError,
    database_is_encrypted,
)
from mesolog.services.demo import DemoService
from mesolog.services.encryption import (
    DatabaseKind,
    change_database_passphrase,
    database_kind,
    encrypt_database,
)

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
PASSPHRASE = 'Ωραία μέρα, it\'s "quoted" -- ; DROP'
FAMILY = "Zacharopoulou-Kyriakidou"
SIDE_FILES = ("-wal", "-shm", "-journal")


def _open(path: Path, passphrase: str | None = PASSPHRASE, **options: Any) -> Clinic:
    return Clinic.open(
        str(path), passphrase=passphrase, actor="tester", clock=lambda: NOW, **options
    )


def _add_patient(clinic: Clinic, family: str = FAMILY) -> None:
    clinic.patients.create(
        PatientInput(
            family_name=family,
            given_name="Eleni",
            date_of_birth=dt.date(1980, 5, 17),
            phone="+30 210 555 0199",
            notes="Allergic to lidocaine; prefers afternoons.",
        )
    )


HOLDER = """
import sys
from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
import datetime as dt
passphrase = sys.stdin.readline().rstrip("\\n") or None
clinic = Clinic.open(sys.argv[1], passphrase=passphrase, actor="other workstation")
if sys.argv[2:] == ["add"]:
    clinic.patients.create(PatientInput("Papadaki", "Maria", dt.date(1990, 1, 2)))
clinic.patients.search("")
print("open", flush=True)
sys.stdin.readline()
clinic.close()
"""


@contextmanager
def holding(path: Path, passphrase: str | None, *, add: bool = False) -> Iterator[None]:
    """Another workstation (a process) with the database open, and a patient added to its
    write-ahead log when `add`."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), *(["add"] if add else [])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write((passphrase or "") + "\n")
            process.stdin.flush()
            assert process.stdout.readline() == "open\n"
            yield
        finally:
            process.stdin.write("\n")
            process.stdin.flush()
            assert process.wait(timeout=60) == 0


def _state(path: Path) -> dict[str, str]:
    """The database file and whatever SQLite keeps beside it, by content (read with Python's
    open(): only while this process has no connection to it)."""
    return {
        item.name: hashlib.sha256(item.read_bytes()).hexdigest()
        for item in path.parent.iterdir()
        if item.name.startswith(path.name)
    }


def _keyed(path: Path, passphrase: str) -> Any:
    connection = sqlite3.connect(str(path))
    connection.execute(key_pragma(passphrase))
    return connection


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "secret.sqlite"
    with _open(path) as clinic:
        _add_patient(clinic)
    return path


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with _open(path, None) as clinic:
        DemoService(clinic.context).fill()
    return path


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "clinic.sqlite"
    path.write_bytes(demo_template.read_bytes())
    return path


def _export(clinic: Clinic) -> dict[str, Any]:
    document = dict(clinic.exports.export_document())
    document.pop("exported_at", None)
    return document


# --- creating and opening ------------------------------------------------------------------


def test_an_encrypted_database_reopens_with_its_passphrase(encrypted: Path) -> None:
    assert is_encrypted_database(encrypted)
    assert database_is_encrypted(str(encrypted))
    assert database_kind(str(encrypted))[0] is DatabaseKind.ENCRYPTED
    with _open(encrypted) as clinic:
        assert clinic.context.db.encrypted
        assert [p.family_name for p in clinic.patients.search("")] == [FAMILY]
        assert clinic.migration is not None and not clinic.migration.changed
        assert PASSPHRASE not in repr(clinic.context.db)


def test_the_file_and_its_log_hold_no_plaintext(tmp_path: Path) -> None:
    path = tmp_path / "secret.sqlite"
    secrets = (SQLITE_HEADER[:15], FAMILY.encode(), FAMILY.encode("utf-16-le"), b"lidocaine")
    with _open(path) as clinic:
        _add_patient(clinic)
        # While open, the changes are in the write-ahead log: encrypted too.
        wal = path.with_name(path.name + "-wal").read_bytes()
        assert wal
        for plain in secrets:
            assert plain not in wal
    data = path.read_bytes()
    for plain in secrets:
        assert plain not in data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.sqlite"]


@pytest.mark.parametrize("wrong", ["wrong passphrase", PASSPHRASE.upper(), PASSPHRASE + " "])
def test_a_wrong_passphrase_is_a_clear_error_and_writes_nothing(
    encrypted: Path, wrong: str
) -> None:
    before = _state(encrypted)
    with pytest.raises(WrongDatabasePassphraseError) as raised:
        _open(encrypted, wrong)
    message = str(raised.value)
    assert str(encrypted) in message
    assert "nothing was changed" in message
    assert wrong not in message and PASSPHRASE not in message
    assert raised.value.location == str(encrypted)
    assert _state(encrypted) == before == {"secret.sqlite": before["secret.sqlite"]}


def test_a_wrong_passphrase_leaves_a_live_write_ahead_log_alone(encrypted: Path) -> None:
    """Another workstation has the database open, with changes still in its log."""
    with holding(encrypted, PASSPHRASE, add=True):
        before = _state(encrypted)
        assert set(before) == {"secret.sqlite", "secret.sqlite-wal", "secret.sqlite-shm"}
        with pytest.raises(WrongDatabasePassphraseError):
            _open(encrypted, "wrong passphrase")
        assert _state(encrypted) == before
    with _open(encrypted) as clinic:
        assert len(clinic.patients.search("")) == 2


def test_a_wrong_passphrase_leaves_the_log_of_a_crash_alone(
    encrypted: Path, tmp_path: Path
) -> None:
    """A `-wal` left by a crash is neither replayed nor checkpointed by a wrong passphrase
    (an ordinary connection would write it into the database on closing)."""
    crashed = tmp_path / "crashed" / "secret.sqlite"
    crashed.parent.mkdir()
    with _open(encrypted) as clinic:
        _add_patient(clinic, "Papadaki")
        for suffix in ("", "-wal"):
            source = encrypted.with_name(encrypted.name + suffix)
            crashed.with_name(crashed.name + suffix).write_bytes(source.read_bytes())
    before = _state(crashed)
    assert set(before) == {"secret.sqlite", "secret.sqlite-wal"}

    with pytest.raises(WrongDatabasePassphraseError):
        _open(crashed, "wrong passphrase")

    assert _state(crashed) == before
    with _open(crashed) as clinic:
        assert len(clinic.patients.search("")) == 2


def test_without_a_passphrase_an_encrypted_file_asks_for_one(encrypted: Path) -> None:
    before = _state(encrypted)
    with pytest.raises(PassphraseNeededError) as raised:
        _open(encrypted, None)
    assert raised.value.location == str(encrypted)
    assert "is encrypted" in str(raised.value)
    with pytest.raises(PassphraseNeededError):
        _open(encrypted, None, migrate=False, create=False)
    assert _state(encrypted) == before


def test_a_plain_file_opened_with_a_passphrase_is_refused(demo: Path) -> None:
    before = _state(demo)
    with pytest.raises(NotEncryptedError, match="is not encrypted; open it without a passphrase"):
        _open(demo)
    assert _state(demo) == before
    assert not database_is_encrypted(str(demo))
    assert database_kind(str(demo))[0] is DatabaseKind.PLAIN


@pytest.mark.parametrize(
    ("passphrase", "message"),
    [("", "passphrase is empty"), ("   ", "passphrase is empty"), ("short", "at least 8")],
)
def test_a_new_database_needs_a_passphrase_worth_the_name(
    tmp_path: Path, passphrase: str, message: str
) -> None:
    path = tmp_path / "new.sqlite"
    with pytest.raises(KnownError, match=message):
        _open(path, passphrase)
    assert not path.exists()


def test_a_passphrase_is_the_same_in_any_unicode_form(tmp_path: Path) -> None:
    path = tmp_path / "accents.sqlite"
    composed = unicodedata.normalize("NFC", "Café crème brûlée")
    _open(path, composed).close()
    _open(path, unicodedata.normalize("NFD", composed)).close()


def test_a_server_database_takes_no_passphrase() -> None:
    with pytest.raises(KnownError, match="only SQLite files are encrypted"):
        Clinic.open("postgresql+psycopg://nobody@localhost/none", passphrase=PASSPHRASE)


def test_the_pool_keys_every_connection(encrypted: Path) -> None:
    """Connections opened later (other threads) are keyed as the first was."""
    with _open(encrypted) as clinic:
        found: list[int] = []

        def read() -> None:
            with clinic.context.db.read() as s:
                found.append(len(list(s.execute(text("SELECT id FROM patients")))))

        threads = [threading.Thread(target=read) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert found == [1, 1, 1, 1]


# --- converting ----------------------------------------------------------------------------


def test_a_demo_database_converted_holds_the_same_records(demo: Path) -> None:
    with _open(demo, None) as plain:
        before = _export(plain)  # (an audit entry of its own)
        entries_before = plain.audit.verify().entries
    names = [p["family_name"].encode() for p in before["patients"]]
    assert all(name in demo.read_bytes() for name in names)

    with _open(demo, None) as clinic:
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

    with _open(demo) as clinic:
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
        before = _state(demo)
        with _open(demo, None) as clinic, pytest.raises(DatabaseInUseError) as raised:
            encrypt_database(clinic, PASSPHRASE)
        assert _state(demo) == before
    assert "Close mesolog wherever it has this database open" in str(raised.value)
    assert sorted(p.name for p in demo.parent.iterdir()) == ["clinic.sqlite"]
    assert demo.read_bytes()[:16] == SQLITE_HEADER
    with _open(demo, None) as clinic:
        assert len(clinic.patients.search("", limit=100)) == 41


def test_converting_a_database_open_in_this_process_is_refused(demo: Path) -> None:
    with _open(demo, None) as window, _open(demo, None) as clinic:
        with pytest.raises(DatabaseInUseError):
            encrypt_database(clinic, PASSPHRASE)
        assert len(window.patients.search("", limit=100)) == 40
    assert sorted(p.name for p in demo.parent.iterdir()) == ["clinic.sqlite"]


def test_a_window_started_during_the_conversion_does_not_use_the_old_file(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It opened the plain file and waited for the conversion's lock; once the encrypted
    file is in place it is told so, instead of writing to the replaced file."""
    from mesolog.persistence import conversion

    exporting, original_check = threading.Event(), conversion._check

    def slow_check(*args: Any) -> None:
        exporting.set()
        threading.Event().wait(1.0)
        original_check(*args)

    monkeypatch.setattr(conversion, "_check", slow_check)
    converting = threading.Thread(
        target=conversion.convert_to_encrypted, args=(demo, PASSPHRASE), kwargs={"now": NOW}
    )
    converting.start()
    try:
        assert exporting.wait(10)
        with pytest.raises(PassphraseNeededError):
            _open(demo, None)
    finally:
        converting.join()
    assert is_encrypted_database(demo)
    with _open(demo) as clinic:
        assert len(clinic.patients.search("", limit=100)) == 40


def test_only_an_admin_encrypts_a_database_with_accounts(demo: Path) -> None:
    with _open(demo, None) as clinic:
        clinic.accounts.create_first_admin("boss", "Dr Boss", "admin-password-1")
        clinic.act_as("boss")
        clinic.accounts.add("nurse", "Nurse", Role.ASSISTANT, "nurse-password-1")
    with _open(demo, None) as clinic:
        clinic.act_as("nurse")
        with pytest.raises(AccessDeniedError):
            encrypt_database(clinic, PASSPHRASE)
    assert demo.read_bytes()[:16] == SQLITE_HEADER


def test_an_encrypted_database_is_not_converted_again(encrypted: Path) -> None:
    with _open(encrypted) as clinic, pytest.raises(KnownError, match="encrypted already"):
        encrypt_database(clinic, "another passphrase")


def test_changing_the_passphrase(encrypted: Path) -> None:
    with _open(encrypted) as clinic:
        result = change_database_passphrase(clinic, "a brand new passphrase")
    assert result.plain_copy is None
    assert sorted(p.name for p in encrypted.parent.iterdir()) == ["secret.sqlite"]
    with pytest.raises(WrongDatabasePassphraseError):
        _open(encrypted)
    with _open(encrypted, "a brand new passphrase") as clinic:
        assert [p.family_name for p in clinic.patients.search("")] == [FAMILY]
        assert clinic.audit.verify().intact
        assert clinic.audit.entries()[0].detail == "database passphrase changed"


def test_an_export_into_an_encrypted_file_checks_it(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "keyed.sqlite"
    export_encrypted(demo, target, PASSPHRASE)
    assert is_encrypted_database(target)
    facts = examine(target, label="keyed", key=PASSPHRASE)
    assert facts.whole and facts.patients == 40


# --- upgrading -----------------------------------------------------------------------------


def test_an_encrypted_database_of_an_older_schema_is_upgraded_after_a_keyed_copy(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite"
    db = Database(resolve_database_url(str(path)), passphrase=PASSPHRASE)
    with db.engine.connect() as connection:
        command.upgrade(alembic_config(connection), "0001")
        connection.commit()
    db.dispose()
    assert is_encrypted_database(path)

    with _open(path) as clinic:
        assert clinic.migration is not None
        assert (clinic.migration.from_revision, clinic.migration.to_revision) == (
            "0001",
            head_revision(),
        )
        copy = clinic.migration.backup
        _add_patient(clinic)
    assert copy is not None
    assert copy.name == "old.before-upgrade-0001-20260310T120000Z.sqlite"
    assert is_encrypted_database(copy)
    facts = examine(copy, label="copy", key=PASSPHRASE)
    assert (facts.whole, facts.revision) == (True, "0001")
    with pytest.raises(WrongDatabasePassphraseError):
        examine(copy, label="copy", key="not the passphrase")
    connection = _keyed(path, PASSPHRASE)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
    finally:
        connection.close()
