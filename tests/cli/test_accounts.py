"""Accounts, log-in, backup and restore on the command line, on real database files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.cli.test_main import mesolog

ADMIN = "admin-password-1"
NURSE = "nurse-password-1"


def _lines(*secrets: str) -> bytes:
    return "".join(f"{s}\n" for s in secrets).encode()


@pytest.fixture
def guarded(tmp_path: Path) -> Path:
    """A demo database with an admin (boss) and an assistant (nurse)."""
    path = tmp_path / "clinic.sqlite"
    assert mesolog("--db", str(path), "demo").returncode == 0
    first = mesolog(
        "--db", str(path), "user", "add", "boss", "--role", "admin", "--name", "Dr Eleni Markou",
        "--password-stdin", stdin=_lines(ADMIN, ADMIN),
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert first.stdout == "first account added: boss\tadmin\tactive\tDr Eleni Markou\n"
    nurse = mesolog(
        "--db", str(path), "user", "add", "nurse", "--role", "assistant", "--user", "boss",
        "--password-stdin", stdin=_lines(ADMIN, NURSE, NURSE),
    )  # fmt: skip
    assert nurse.returncode == 0, nurse.stderr
    return path


def test_the_first_account_must_be_an_admin(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    result = mesolog(
        "--db", str(path), "user", "add", "dr", "--role", "clinician", "--password-stdin",
        stdin=_lines(ADMIN, ADMIN),
    )  # fmt: skip
    assert result.returncode == 1
    assert "the first one must be an admin (--role admin)" in result.stderr


def test_records_need_a_log_in_once_accounts_exist(guarded: Path) -> None:
    refused = mesolog("--db", str(guarded), "patients")
    assert refused.returncode == 1
    assert "This database has accounts: give --user NAME" in refused.stderr
    assert refused.stdout == ""
    wrong = mesolog(
        "--db", str(guarded), "patients", "--user", "boss", "--password-stdin",
        stdin=_lines("not it"),
    )  # fmt: skip
    assert (wrong.returncode, wrong.stdout) == (1, "")
    assert "The username or password is wrong." in wrong.stderr
    assert "Traceback" not in wrong.stderr
    listed = mesolog(
        "--db", str(guarded), "patients", "--user", "nurse", "--password-stdin",
        stdin=_lines(NURSE),
    )  # fmt: skip
    assert listed.returncode == 0
    assert len(listed.stdout.splitlines()) == 40
    no_terminal = mesolog("--db", str(guarded), "patients", "--user", "boss")
    assert "No terminal to ask on (password for boss)" in no_terminal.stderr


def test_an_assistant_cannot_import_or_manage_accounts(guarded: Path, tmp_path: Path) -> None:
    exported = mesolog(
        "--db", str(guarded), "export", "json", "-o", str(tmp_path / "all.json"),
        "--user", "nurse", "--password-stdin", stdin=_lines(NURSE),
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    target = tmp_path / "other.sqlite"
    assert mesolog("--db", str(target), "init").returncode == 0
    assert mesolog(
        "--db", str(target), "user", "add", "nurse", "--role", "admin", "--password-stdin",
        stdin=_lines(NURSE, NURSE),
    ).returncode == 0  # fmt: skip
    imported = mesolog(
        "--db", str(target), "import", str(tmp_path / "all.json"), "--user", "nurse",
        "--password-stdin", stdin=_lines(NURSE),
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    adding = mesolog(
        "--db", str(guarded), "user", "add", "x", "--role", "admin", "--user", "nurse",
        "--password-stdin", stdin=_lines(NURSE, ADMIN, ADMIN),
    )  # fmt: skip
    assert adding.returncode == 1
    assert "role assistant, which may not manage accounts" in adding.stderr


def test_accounts_are_listed_disabled_and_passwords_changed(guarded: Path) -> None:
    def as_boss(*args: str, stdin: tuple[str, ...] = ()) -> str:
        result = mesolog(
            "--db", str(guarded), "user", *args, "--user", "boss", "--password-stdin",
            stdin=_lines(ADMIN, *stdin),
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert as_boss("disable", "nurse") == "disabled: nurse\tassistant\tdisabled\tnurse\n"
    assert "nurse\tassistant\tdisabled" in as_boss("list")
    as_boss("enable", "nurse")
    own = mesolog(
        "--db", str(guarded), "user", "passwd", "nurse", "--user", "nurse", "--password-stdin",
        stdin=_lines(NURSE, "a brand new password", "a brand new password"),
    )  # fmt: skip
    assert own.returncode == 0, own.stderr
    again = mesolog(
        "--db", str(guarded), "patients", "--user", "nurse", "--password-stdin",
        stdin=_lines("a brand new password"),
    )  # fmt: skip
    assert again.returncode == 0


def test_backup_and_restore_round_trip_and_refusals(guarded: Path, tmp_path: Path) -> None:
    def export() -> dict[str, object]:
        result = mesolog(
            "--db", str(guarded), "export", "json", "-o", "-", "--user", "boss",
            "--password-stdin", stdin=_lines(ADMIN),
        )  # fmt: skip
        document: dict[str, object] = json.loads(result.stdout)
        document.pop("exported_at")
        document.pop("chain_anchor")  # the restore's own entry moves the chain on
        return document

    before = export()
    copy = tmp_path / "copy.sqlite.enc"
    taken = mesolog(
        "--db", str(guarded), "backup", "--encrypt", "--passphrase-stdin", "-o", str(copy),
        stdin=_lines("horse battery staple", "horse battery staple"),
    )  # fmt: skip
    assert taken.returncode == 0, taken.stderr
    assert "encrypted backup written and checked" in taken.stdout
    assert mesolog(
        "--db", str(guarded), "user", "disable", "nurse", "--user", "boss", "--password-stdin",
        stdin=_lines(ADMIN),
    ).returncode == 0  # fmt: skip
    wrong_passphrase = mesolog(
        "--db", str(guarded), "restore", str(copy), "--user", "boss", "--password-stdin",
        stdin=_lines(ADMIN, "wrong passphrase"),
    )  # fmt: skip
    assert wrong_passphrase.returncode == 1
    assert "Nothing was restored" in wrong_passphrase.stderr
    restored = mesolog(
        "--db", str(guarded), "restore", str(copy), "--user", "boss", "--password-stdin",
        stdin=_lines(ADMIN, "horse battery staple"),
    )  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    assert "the database as it was is kept at" in restored.stdout
    assert export() == before
    verified = mesolog("--db", str(guarded), "audit", "verify")
    assert verified.returncode == 0, verified.stdout
    actions = mesolog("--db", str(guarded), "audit", "list", "--limit", "3").stdout
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    # The file is named by its SHA-256: a name someone chose may name a patient.
    assert f"\trestore\tdatabase\tfrom file sha256 {digest} (encrypted)" in actions
    assert "copy.sqlite" not in actions


def test_user_and_password_stdin_may_stand_before_the_command(
    guarded: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "summary.pdf"
    exported = mesolog(
        "--user", "nurse", "--password-stdin", "--db", str(guarded),
        "export", "pdf", "--patient", "MC-0001", "-o", str(pdf), stdin=_lines(NURSE),
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    listed = mesolog(
        "--user", "boss", "--password-stdin", "--db", str(guarded), "user", "list",
        stdin=_lines(ADMIN),
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert "nurse\tassistant\tactive" in listed.stdout
    audited = mesolog("--db", str(guarded), "audit", "list", "--user", "nurse", "--limit", "1")
    assert "\tnurse\texport\t" in audited.stdout
