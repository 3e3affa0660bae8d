"""Secrets on the command line: lines of standard input in order, or a refusal that names
the option to use; never an argument."""

from __future__ import annotations

import io

import pytest

from mesolog.cli.backups import BACKUP_PASSPHRASE
from mesolog.cli.credentials import PASSWORD, SecretKind, Secrets
from mesolog.cli.encryption import DATABASE_PASSPHRASE
from mesolog.domain.errors import KnownError
from mesolog.domain.texts import verbatim


def test_lines_of_standard_input_are_read_in_the_order_asked() -> None:
    secrets = Secrets(True, stdin=io.StringIO("first secret\r\nsecond one\n"))
    assert secrets.ask(verbatim("Password for boss")) == "first secret"
    assert secrets.ask(verbatim("New password"), twice=True) == "second one"
    with pytest.raises(KnownError) as ended:
        secrets.ask(verbatim("Password for nurse"))
    assert str(ended.value) == "Standard input ended before the password (password for nurse)."


@pytest.mark.parametrize(
    ("kind", "ended", "no_terminal"),
    [
        (
            PASSWORD,
            "Standard input ended before the password (x).",
            "No terminal to ask on (x); give it on standard input with --password-stdin.",
        ),
        (
            DATABASE_PASSPHRASE,
            "Standard input ended before the database passphrase (x).",
            "No terminal to ask on (x); give it on standard input with --db-passphrase-stdin.",
        ),
        (
            BACKUP_PASSPHRASE,
            "Standard input ended before the backup passphrase (x).",
            "No terminal to ask on (x); give it on standard input with --passphrase-stdin.",
        ),
    ],
)
def test_each_kind_of_secret_names_itself_and_its_own_option(
    kind: SecretKind, ended: str, no_terminal: str
) -> None:
    with pytest.raises(KnownError) as from_stdin:
        Secrets(True, kind, stdin=io.StringIO("")).ask(verbatim("X"))
    assert str(from_stdin.value) == ended
    with pytest.raises(KnownError) as without_terminal:
        Secrets(False, kind, stdin=io.StringIO("not read\n")).ask(verbatim("X"))
    assert str(without_terminal.value) == no_terminal
