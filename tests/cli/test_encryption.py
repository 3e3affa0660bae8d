"""Encrypted databases on the command line, run as subprocesses on real files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3

from mesolog.persistence.encryption import SQLITE_HEADER
from tests.cli.test_main import mesolog
from tests.persistence.test_encryption import holding

PASSPHRASE = "Ωραία μέρα στο ιατρείο"
ADMIN = "admin-password-1"


def _lines(*secrets: str) -> bytes:
    return "".join(f"{s}\n" for s in secrets).encode()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module")
def secret_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo clinic created encrypted with `init --encrypt`."""
    path = tmp_path_factory.mktemp("secret") / "clinic.sqlite"
    init = mesolog("--db", str(path), "--db-passphrase-stdin", "init", "--encrypt",
                   stdin=_lines(PASSPHRASE))  # fmt: skip
    assert init.returncode == 0, init.stderr
    assert "schema none -> " in init.stdout
    assert "encrypted (SQLCipher)" in init.stdout
    demo = mesolog("--db", str(path), "demo", "--db-passphrase-stdin", stdin=_lines(PASSPHRASE))
    assert demo.returncode == 0, demo.stderr
    return path


@pytest.fixture
def secret(tmp_path: Path, secret_template: Path) -> Path:
    path = tmp_path / "clinic.sqlite"
    path.write_bytes(secret_template.read_bytes())
    return path


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    path = tmp_path / "plain.sqlite"
    assert mesolog("--db", str(path), "demo").returncode == 0
    return path


def test_init_encrypt_creates_a_database_that_holds_no_plaintext(secret: Path) -> None:
    data = secret.read_bytes()
    assert not data.startswith(SQLITE_HEADER)
    listed = mesolog("--db", str(secret), "--db-passphrase-stdin", "patients",
                     stdin=_lines(PASSPHRASE))  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 40
    names = {line.split("\t")[2].split(",")[0] for line in lines}
    assert not [name for name in names if name.encode() in data]


def test_a_wrong_passphrase_exits_1_with_a_message_and_writes_nothing(secret: Path) -> None:
    before, listing = _digest(secret), _files(secret.parent)
    wrong = mesolog("--db", str(secret), "patients", "--db-passphrase-stdin",
                    stdin=_lines("not the passphrase"))  # fmt: skip
    assert (wrong.returncode, wrong.stdout) == (1, "")
    assert wrong.stderr == (
        f"mesolog: The passphrase does not open the database {secret}; nothing was changed. "
        "Check capital letters and the keyboard layout, then try again. (A file that is "
        "damaged or not a database at all fails the same way.)\n"
    )
    assert (_digest(secret), _files(secret.parent)) == (before, listing)


def test_without_a_terminal_the_passphrase_must_come_on_standard_input(secret: Path) -> None:
    before = _digest(secret)
    asked = mesolog("--db", str(secret), "patients")
    assert asked.returncode == 1
    assert "Traceback" not in asked.stderr
    assert f"(passphrase of the database {secret}); give it on standard input with " in (
        asked.stderr
    )
    assert "--db-passphrase-stdin" in asked.stderr
    empty = mesolog("--db", str(secret), "patients", "--db-passphrase-stdin", stdin=b"")
    assert empty.returncode == 1
    assert "Standard input ended before the database passphrase" in empty.stderr
    assert _digest(secret) == before


def test_encrypt_converts_a_plain_database_and_keeps_the_original(
    plain: Path, tmp_path: Path
) -> None:
    exported = mesolog("--db", str(plain), "export", "json", "-o", "-")
    connection = sqlite3.connect(plain)
    [tables] = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
    ).fetchone()
    connection.close()
    converted = mesolog("--db", str(plain), "encrypt", "--db-passphrase-stdin",
                        stdin=_lines(PASSPHRASE))  # fmt: skip
    assert converted.returncode == 0, converted.stderr
    (kept,) = [name for name in _files(tmp_path) if ".before-encryption-" in name]
    assert tables >= 20
    assert converted.stdout.splitlines()[0].startswith(f"encrypted: {plain} ({tables} tables, ")
    assert f"kept at {tmp_path / kept}: that copy is NOT encrypted" in converted.stdout
    assert (tmp_path / kept).read_bytes().startswith(SQLITE_HEADER)
    assert not plain.read_bytes().startswith(SQLITE_HEADER)

    again = mesolog("--db", str(plain), "export", "json", "-o", "-", "--db-passphrase-stdin",
                    stdin=_lines(PASSPHRASE))  # fmt: skip
    assert again.returncode == 0, again.stderr
    first, second = json.loads(exported.stdout), json.loads(again.stdout)
    for document in (first, second):  # the encryption's own audit entry moves the chain on
        document.pop("exported_at")
        document.pop("chain_anchor")
    assert first == second
    checked = mesolog("--db", str(plain), "check", "--db-passphrase-stdin",
                      stdin=_lines(PASSPHRASE))  # fmt: skip
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.endswith("all is well\n")


def test_encrypt_refuses_a_database_that_is_open_elsewhere(plain: Path) -> None:
    with holding(plain, None):
        before = _digest(plain)
        refused = mesolog("--db", str(plain), "encrypt", "--db-passphrase-stdin",
                          stdin=_lines(PASSPHRASE))  # fmt: skip
        assert refused.returncode == 1
        assert "is open in mesolog" in refused.stderr
        assert "Nothing was changed." in refused.stderr
        assert "Traceback" not in refused.stderr
        assert _digest(plain) == before
    assert _files(plain.parent) == ["plain.sqlite"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("init", "--encrypt", "--db-passphrase-stdin"), "exists and is not encrypted"),
        (("patients", "--db-passphrase-stdin"), "is not encrypted: leave out"),
        (("passphrase", "--db-passphrase-stdin"), "is not encrypted, so it has no passphrase"),
    ],
)
def test_a_plain_database_takes_no_passphrase(
    plain: Path, arguments: tuple[str, ...], message: str
) -> None:
    before = _digest(plain)
    refused = mesolog("--db", str(plain), *arguments, stdin=_lines(PASSPHRASE))
    assert refused.returncode == 1
    assert message in refused.stderr
    assert _digest(plain) == before


def test_a_short_passphrase_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    refused = mesolog("--db", str(path), "init", "--encrypt", "--db-passphrase-stdin",
                      stdin=_lines("short"))  # fmt: skip
    assert refused.returncode == 1
    assert "at least 8" in refused.stderr
    assert not path.exists()


def test_the_database_passphrase_comes_before_the_password(secret: Path) -> None:
    added = mesolog("--db", str(secret), "user", "add", "boss", "--role", "admin",
                    "--db-passphrase-stdin", "--password-stdin",
                    stdin=_lines(PASSPHRASE, ADMIN, ADMIN))  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = mesolog("--db", str(secret), "patients", "--user", "boss", "--password-stdin",
                     "--db-passphrase-stdin", stdin=_lines(PASSPHRASE, ADMIN))  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 40
    changed = mesolog("--db", str(secret), "passphrase", "--user", "boss", "--password-stdin",
                      "--db-passphrase-stdin",
                      stdin=_lines(PASSPHRASE, ADMIN, "a brand new passphrase"))  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.startswith(f"passphrase changed: {secret}")
    old = mesolog("--db", str(secret), "patients", "--user", "boss", "--password-stdin",
                  "--db-passphrase-stdin", stdin=_lines(PASSPHRASE, ADMIN))  # fmt: skip
    assert old.returncode == 1
    assert "The passphrase does not open the database" in old.stderr


def test_backup_and_restore_of_an_encrypted_database(secret: Path, tmp_path: Path) -> None:
    backup = mesolog("--db", str(secret), "backup", "-o", str(tmp_path / "copy.sqlite"),
                     "--db-passphrase-stdin", stdin=_lines(PASSPHRASE))  # fmt: skip
    assert backup.returncode == 0, backup.stderr
    assert not (tmp_path / "copy.sqlite").read_bytes().startswith(SQLITE_HEADER)
    restore = mesolog("--db", str(secret), "restore", str(tmp_path / "copy.sqlite"),
                      "--db-passphrase-stdin", stdin=_lines(PASSPHRASE))  # fmt: skip
    assert restore.returncode == 0, restore.stderr
    assert "40 patients" in restore.stdout
