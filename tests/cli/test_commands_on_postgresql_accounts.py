"""`init` and accounts on the command line, on a database of the test cluster and an SQLite
file side by side, as processes (issue 15, WP 12): the same words on both. The other
commands: test_commands_on_postgresql.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.test_commands_on_postgresql import Clinics

ADMIN = "admin-password-1"
NURSE = "nurse-password-1"
RENEWED = "a brand new password"


def _lines(*secrets: str) -> str:
    return "".join(f"{secret}\n" for secret in secrets)


def test_init_creates_the_database_then_finds_it_up_to_date(
    postgresql_url: str, tmp_path: Path
) -> None:
    fresh = Clinics(postgresql_url, str(tmp_path / "new.sqlite"))
    status, said, errors = fresh.same("init")
    assert (status, errors) == (0, "")
    assert re.fullmatch(
        r"DB: schema none -> \d{4}\n8 protocol templates added \(Settings > Templates\)\n", said
    )
    assert fresh.same("init") == (0, "DB: up to date\n", "")


@pytest.mark.slow  # eight commands on each backend: 10-20 s on the shared machine
def test_accounts_are_added_disabled_enabled_and_log_in_with_their_passwords(
    migrated_postgresql_url: str, db_path: Path
) -> None:
    clinics = Clinics(migrated_postgresql_url, str(db_path))
    as_boss = ("--user", "boss", "--password-stdin")
    steps = [
        (
            (
                "user",
                "add",
                "boss",
                "--role",
                "admin",
                "--name",
                "Dr Eleni Markou",
                "--password-stdin",
            ),
            (ADMIN, ADMIN),
            (0, "first account added: boss\tadmin\tactive\tDr Eleni Markou\n", ""),
        ),
        (
            ("user", "add", "nurse", "--role", "assistant", *as_boss),
            (ADMIN, NURSE, NURSE),
            (0, "account added: nurse\tassistant\tactive\tnurse\n", ""),
        ),
        (
            ("user", "disable", "nurse", *as_boss),
            (ADMIN,),
            (0, "disabled: nurse\tassistant\tdisabled\tnurse\n", ""),
        ),
        (
            ("patients", "--user", "nurse", "--password-stdin"),
            (NURSE,),
            (1, "", "mesolog: The account 'nurse' is disabled; an administrator can enable it.\n"),
        ),
        (
            ("user", "enable", "nurse", *as_boss),
            (ADMIN,),
            (0, "enabled: nurse\tassistant\tactive\tnurse\n", ""),
        ),
        (
            ("user", "passwd", "nurse", "--user", "nurse", "--password-stdin"),
            (NURSE, RENEWED, RENEWED),
            (0, "password set for nurse\n", ""),
        ),
        (("patients", "--user", "nurse", "--password-stdin"), (RENEWED,), (0, "", "")),
        (
            ("user", "list", *as_boss),
            (ADMIN,),
            (0, "boss\tadmin\tactive\tDr Eleni Markou\nnurse\tassistant\tactive\tnurse\n", ""),
        ),
    ]
    for args, secrets, expected in steps:
        assert clinics.same(*args, stdin=_lines(*secrets)) == expected, args
