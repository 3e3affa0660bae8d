"""The way back for a clinic whose only administrator is locked out, and what the command line
keeps of failed log-ins and shows to whom (issue 11, defects 6 and 7), on real files."""

from __future__ import annotations

import datetime as dt
import getpass
from contextlib import closing
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite

from mesolog.domain.accounts import LOCK_AFTER, LogInRefusedError
from mesolog.domain.enums import Role
from mesolog.services.clinic import Clinic
from tests.cli.test_main import mesolog
from tests.conftest import FixedClock

ADMIN = "admin-password-1"
NURSE = "nurse-password-1"
DATABASE_PASSPHRASE = "the clinic's own passphrase"


def _lines(*secrets: str) -> bytes:
    return "".join(f"{s}\n" for s in secrets).encode()


def _clinic(path: Path, passphrase: str | None = None) -> Clinic:
    clock = FixedClock(dt.datetime.now(dt.UTC) - dt.timedelta(days=1))
    return Clinic.open(str(path), passphrase=passphrase, actor="setup", clock=clock)


def _guarded(path: Path, passphrase: str | None = None) -> Path:
    """An administrator (boss) and an assistant (nurse)."""
    with _clinic(path, passphrase) as clinic:
        clinic.accounts.create_first_admin("boss", "Dr Eleni Markou", ADMIN)
        clinic.log_in("boss", ADMIN)
        clinic.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, NURSE)
    return path


def _lock_boss(path: Path, passphrase: str | None = None) -> None:
    with _clinic(path, passphrase) as clinic:
        clock = clinic.context.clock
        assert isinstance(clock, FixedClock)
        for _ in range(LOCK_AFTER):
            clock.advance(seconds=61)
            with pytest.raises(LogInRefusedError):
                clinic.log_in("boss", "not the password")


def _audit(path: Path) -> list[tuple[str, str, str]]:
    with closing(sqlite.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute(
            "SELECT actor, action, detail FROM audit_log ORDER BY id"
        ).fetchall()


@pytest.fixture
def guarded(tmp_path: Path) -> Path:
    return _guarded(tmp_path / "clinic.sqlite")


def test_the_only_admin_locked_out_is_recovered_by_whoever_holds_the_file(guarded: Path) -> None:
    _lock_boss(guarded)
    refused = mesolog(
        "--db", str(guarded), "user", "unlock", "nurse", "--user", "boss", "--password-stdin",
        stdin=_lines(ADMIN),
    )  # fmt: skip
    assert refused.returncode == 1
    assert "`mesolog user unlock --as-file-owner boss`" in refused.stderr

    recovered = mesolog("--db", str(guarded), "user", "unlock", "--as-file-owner", "boss")

    assert recovered.returncode == 0, recovered.stderr
    user = getpass.getuser()
    assert recovered.stdout == (
        "recovered as the holder of the database file: boss\tadmin\tactive\tDr Eleni Markou;"
        f" audited as the operating-system user {user}\n"
    )
    assert _audit(guarded)[-1] == (
        user,
        "update",
        f"unlocked by the database's holder, operating-system user {user}",
    )
    again = mesolog(
        "--db", str(guarded), "patients", "--user", "boss", "--password-stdin",
        stdin=_lines(ADMIN),
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert mesolog("--db", str(guarded), "audit", "verify").returncode == 0


def test_recovery_acts_as_no_account_and_only_when_no_admin_can_log_in(guarded: Path) -> None:
    with_user = mesolog(
        "--db", str(guarded), "user", "unlock", "--as-file-owner", "boss", "--user", "boss",
        "--password-stdin", stdin=_lines(ADMIN),
    )  # fmt: skip
    assert (with_user.returncode, with_user.stdout) == (1, "")
    assert "leave out --user" in with_user.stderr
    while_usable = mesolog("--db", str(guarded), "user", "unlock", "--as-file-owner", "nurse")
    assert while_usable.returncode == 1
    assert "'boss' can log in as an administrator" in while_usable.stderr
    assert "--as-file-owner" in mesolog("--db", str(guarded), "user", "unlock", "--help").stdout


def test_a_forgotten_password_is_replaced_by_whoever_holds_an_encrypted_file(
    tmp_path: Path,
) -> None:
    database = _guarded(tmp_path / "secret.sqlite", DATABASE_PASSPHRASE)
    _lock_boss(database, DATABASE_PASSPHRASE)
    new = "a password I will remember"
    without = mesolog(
        "--db", str(database), "user", "passwd", "--as-file-owner", "boss", "--password-stdin",
        stdin=_lines(new, new),
    )  # fmt: skip
    assert without.returncode == 1
    assert "passphrase" in without.stderr
    recovered = mesolog(
        "--db", str(database), "--db-passphrase-stdin", "user", "passwd", "--as-file-owner",
        "boss", "--password-stdin", stdin=_lines(DATABASE_PASSPHRASE, new, new),
    )  # fmt: skip
    assert recovered.returncode == 0, recovered.stderr
    assert "(new password set)" in recovered.stdout
    logged_in = mesolog(
        "--db", str(database), "--db-passphrase-stdin", "patients", "--user", "boss",
        "--password-stdin", stdin=_lines(DATABASE_PASSPHRASE, new),
    )  # fmt: skip
    assert logged_in.returncode == 0, logged_in.stderr


def test_disabling_the_second_last_admin_warns_who_is_left(guarded: Path) -> None:
    added = mesolog(
        "--db", str(guarded), "user", "add", "second", "--role", "admin", "--user", "boss",
        "--password-stdin", stdin=_lines(ADMIN, NURSE + "-2", NURSE + "-2"),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    disabled = mesolog(
        "--db", str(guarded), "user", "disable", "second", "--user", "boss", "--password-stdin",
        stdin=_lines(ADMIN),
    )  # fmt: skip
    assert disabled.returncode == 0, disabled.stderr
    assert disabled.stdout == "disabled: second\tadmin\tdisabled\tsecond\n"
    assert disabled.stderr.startswith(
        "mesolog: warning: boss is now the only administrator who can log in."
    )
    assert "`mesolog user unlock --as-file-owner boss`" in disabled.stderr
    quiet = mesolog(
        "--db", str(guarded), "user", "disable", "nurse", "--user", "boss", "--password-stdin",
        stdin=_lines(ADMIN),
    )  # fmt: skip
    assert (quiet.returncode, quiet.stderr) == (0, "")


def test_an_assistant_cannot_list_the_accounts(guarded: Path) -> None:
    listed = mesolog(
        "--db", str(guarded), "user", "list", "--user", "nurse", "--password-stdin",
        stdin=_lines(NURSE),
    )  # fmt: skip
    assert (listed.returncode, listed.stdout) == (1, "")
    assert "may not manage accounts" in listed.stderr


def test_a_password_typed_as_the_username_is_not_kept(guarded: Path) -> None:
    typed = "Admin-password-1!"
    refused = mesolog(
        "--db", str(guarded), "patients", "--user", typed, "--password-stdin",
        stdin=_lines("whatever"),
    )  # fmt: skip
    assert refused.returncode == 1
    assert "The username or password is wrong." in refused.stderr
    assert _audit(guarded)[-1] == ("(unknown account)", "log_in_failed", "unknown username")
    for stored in guarded.parent.glob(guarded.name + "*"):
        assert typed.encode() not in stored.read_bytes(), stored.name


def test_an_account_name_with_control_characters_is_refused_by_its_code_point(
    guarded: Path,
) -> None:
    added = mesolog(
        "--db", str(guarded), "user", "add", "dr", "--role", "clinician",
        "--name", "Evil\x1b[31mRed\u202eX", "--user", "boss", "--password-stdin",
        stdin=_lines(ADMIN, NURSE + "-2", NURSE + "-2"),
    )  # fmt: skip
    assert (added.returncode, added.stdout) == (1, "")
    assert "name: 'character 5, U+001B (ESC)' is not allowed; one line of text" in added.stderr
    assert "\x1b" not in added.stderr and "\u202e" not in added.stderr
    with closing(sqlite.connect(f"{guarded.as_uri()}?mode=ro", uri=True)) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM clinicians")]
    assert names == ["Dr Eleni Markou", "Maria Kosta"]
