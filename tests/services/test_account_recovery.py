"""Keeping an administrator able to log in (issue 11): accounts added or changed behind
mesolog's back do not log in, failed log-ins keep no typed secret and tell a disabled
account apart only to its right password, and whoever holds the database recovers an
administrator when none can log in."""

from __future__ import annotations

import os
import stat
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from mesolog.domain.accounts import LOCK_AFTER, AccessDeniedError, Account, LogInRefusedError
from mesolog.domain.enums import Role
from mesolog.domain.errors import StateError
from mesolog.services import passwords
from mesolog.services.accounts import sole_admin_after_disabling
from mesolog.services.clinic import Clinic
from tests.services.conftest import Clock, DatabaseProbe

ADMIN_PASSWORD = "admin-password-1"
PASSWORD = "a long enough password"
CHANGED_OUTSIDE = "its record was changed outside mesolog"


@pytest.fixture
def admin(clinic: Clinic) -> Clinic:
    clinic.accounts.create_first_admin("admin", "Dr Eleni Vasileiou", ADMIN_PASSWORD)
    clinic.log_in("admin", ADMIN_PASSWORD)
    return clinic


def _as(clinic: Clinic, username: str, password: str = PASSWORD) -> Clinic:
    other = Clinic(clinic.context.db, actor="os-user", clock=clinic.context.clock)
    other.log_in(username, password)
    return other


def _holder(clinic: Clinic) -> Clinic:
    """The database opened by whoever holds the file, logged in as no account."""
    return Clinic(clinic.context.db, actor="it-person", clock=clinic.context.clock)


def _lock(clinic: Clinic, username: str, clock: Clock) -> None:
    for _ in range(LOCK_AFTER):
        clock.advance(seconds=61)
        with pytest.raises(LogInRefusedError):
            _as(clinic, username, "not the password")


def _sql(clinic: Clinic, statement: str, **values: object) -> None:
    with clinic.context.db.engine.begin() as connection:
        connection.execute(text(statement), values)


# --- accounts changed behind mesolog's back (defect 2) -----------------------------------------


@pytest.mark.sqlite_only("the plain SQL is SQLite's")
def test_an_admin_inserted_with_plain_sql_cannot_log_in(admin: Clinic) -> None:
    _sql(
        admin,
        "INSERT INTO clinicians (uuid, name, role, active, password_hash, created_at, username,"
        " failed_logins, version) VALUES ('0f8e2b5c9a6d4e1f8a7b6c5d4e3f2a1b', 'Intruder', 'admin',"
        " 1, :hash, '2026-03-10 10:00:00', 'intruder', 0, 1)",
        hash=passwords.hash_password(PASSWORD),
    )
    with pytest.raises(LogInRefusedError, match=CHANGED_OUTSIDE) as refused:
        _as(admin, "intruder")
    assert "mesolog audit verify" in str(refused.value)
    failed = [e for e in admin.audit.entries() if e.action == "log_in_failed"]
    assert [(e.actor, e.detail) for e in failed] == [("intruder", "record changed outside mesolog")]


def test_a_role_raised_with_plain_sql_cannot_log_in_until_verified(admin: Clinic) -> None:
    admin.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    _as(admin, "nurse")
    _sql(admin, "UPDATE clinicians SET role = 'admin' WHERE username = 'nurse'")
    with pytest.raises(LogInRefusedError, match=CHANGED_OUTSIDE):
        _as(admin, "nurse")
    _sql(admin, "UPDATE clinicians SET role = 'assistant' WHERE username = 'nurse'")
    assert _as(admin, "nurse").account == Account("nurse", "Maria Kosta", Role.ASSISTANT)


# --- what failed log-ins keep and say (defect 7) -------------------------------------------------


def test_a_password_typed_as_the_username_is_never_stored(
    admin: Clinic, probe: DatabaseProbe
) -> None:
    typed = "Tr0ub4dor&3-admin-password"
    with pytest.raises(LogInRefusedError, match="username or password is wrong"):
        _as(admin, typed, "anything")
    with pytest.raises(LogInRefusedError):
        _as(admin, "x" * 300, "anything")
    failed = [e for e in admin.audit.entries() if e.action == "log_in_failed"]
    assert [(e.actor, e.detail) for e in failed] == [("(unknown account)", "unknown username")] * 2
    stored = repr(probe.snapshot())
    assert typed not in stored
    assert "xxxxxxxxxx" not in stored


def test_a_disabled_account_answers_a_wrong_password_as_any_account(
    admin: Clinic, clock: Clock
) -> None:
    admin.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    admin.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    admin.accounts.disable("dr")
    refusals = []
    for username in ("dr", "nurse", "nobody"):
        with pytest.raises(LogInRefusedError) as refused:
            _as(admin, username, "not the password")
        refusals.append(str(refused.value))
    assert refusals == ["The username or password is wrong."] * 3
    with pytest.raises(LogInRefusedError) as right:
        _as(admin, "dr", PASSWORD)
    assert str(right.value) == "The account 'dr' is disabled; an administrator can enable it."
    _lock(admin, "dr", clock)  # wrong passwords count for a disabled account too
    assert [a.locked for a in admin.accounts.overview() if a.username == "dr"] == [True]


def test_only_an_administrator_lists_the_accounts_with_their_state(admin: Clinic) -> None:
    admin.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    nurse = _as(admin, "nurse")
    with pytest.raises(AccessDeniedError, match="may not manage accounts"):
        nurse.accounts.overview()
    assert [a.username for a in admin.accounts.overview()] == ["admin", "nurse"]


# --- the only administrator locked out (defect 6) ------------------------------------------------


def test_the_only_admin_locked_out_is_recovered_by_the_databases_holder(
    admin: Clinic, clock: Clock
) -> None:
    admin.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    _lock(admin, "admin", clock)
    clock.advance(seconds=61)  # a locked account's tries wait too (its password is checked)
    with pytest.raises(LogInRefusedError) as locked:
        _as(admin, "admin", ADMIN_PASSWORD)
    assert "`mesolog user unlock --as-file-owner admin`" in str(locked.value)
    with pytest.raises(AccessDeniedError):
        admin.accounts.unlock("admin")  # the admin's own session is refused too

    recovered = _holder(admin).accounts.unlock_as_file_owner("admin")

    assert recovered == Account("admin", "Dr Eleni Vasileiou", Role.ADMIN)
    assert _as(admin, "admin", ADMIN_PASSWORD).account == recovered
    [entry] = [e for e in admin.audit.entries() if "database's holder" in e.detail]
    assert (entry.actor, entry.action, entry.detail) == (
        "it-person",
        "update",
        "unlocked by the database's holder, operating-system user it-person",
    )
    assert admin.audit.verify().intact


def test_the_holder_enables_a_disabled_admin_and_sets_a_forgotten_password(
    admin: Clinic, clock: Clock
) -> None:
    admin.accounts.add("second", "Dr Anna Petrou", Role.ADMIN, PASSWORD)
    admin.accounts.disable("second")
    _lock(admin, "admin", clock)
    holder = _holder(admin)
    assert holder.accounts.unlock_as_file_owner("second", new_password="a new admin password")
    assert _as(admin, "second", "a new admin password").account == Account(
        "second", "Dr Anna Petrou", Role.ADMIN
    )
    details = [e.detail for e in holder.audit.entries() if "database's holder" in e.detail]
    assert details == [
        "enabled, password set by the database's holder, operating-system user it-person"
    ]
    assert holder.audit.verify().intact


def test_the_holder_is_refused_while_an_admin_can_log_in_and_for_others(
    admin: Clinic, clock: Clock, probe: DatabaseProbe
) -> None:
    admin.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    _lock(admin, "dr", clock)
    holder = _holder(admin)
    before = probe.snapshot()
    with pytest.raises(StateError, match="'admin' can log in as an administrator"):
        holder.accounts.unlock_as_file_owner("dr")
    with pytest.raises(StateError, match="is logged in"):
        admin.accounts.unlock_as_file_owner("admin")
    with pytest.raises(StateError, match="neither locked nor disabled"):
        holder.accounts.unlock_as_file_owner("admin")
    _lock(admin, "admin", clock)
    with pytest.raises(StateError, match="'dr' is not an administrator's account"):
        holder.accounts.unlock_as_file_owner("dr")
    _sql(admin, "UPDATE clinicians SET name = 'Someone Else' WHERE username = 'admin'")
    with pytest.raises(StateError, match=CHANGED_OUTSIDE):
        holder.accounts.unlock_as_file_owner("admin")
    _sql(admin, "UPDATE clinicians SET name = 'Dr Eleni Vasileiou' WHERE username = 'admin'")
    assert probe.snapshot()["clinicians"] != before["clinicians"]  # the locks only
    holder.accounts.unlock_as_file_owner("admin")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to any file")
def test_the_holder_must_be_able_to_write_the_database_file(
    admin: Clinic, clock: Clock, db_path: Path
) -> None:
    _lock(admin, "admin", clock)
    db_path.chmod(stat.S_IRUSR)
    try:
        with pytest.raises(AccessDeniedError, match="may not write to"):
            _holder(admin).accounts.unlock_as_file_owner("admin")
    finally:
        db_path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_the_holder_recovers_the_admin_of_an_encrypted_database(
    secret: Clinic, clock: Clock, db_path: Path
) -> None:
    secret.accounts.create_first_admin("admin", "Dr Eleni Vasileiou", ADMIN_PASSWORD)
    _lock(secret, "admin", clock)
    secret.accounts.unlock_as_file_owner("admin")  # opened with the passphrase: the holder
    assert _as(secret, "admin", ADMIN_PASSWORD).account is not None


def test_the_holder_recovers_the_admin_on_postgresql(postgresql_url: str, clock: Clock) -> None:
    with Clinic.open(postgresql_url, actor="it-person", clock=clock) as clinic:
        clinic.accounts.create_first_admin("admin", "Dr Eleni Vasileiou", ADMIN_PASSWORD)
        _lock(clinic, "admin", clock)
        clinic.accounts.unlock_as_file_owner("admin")
        assert _as(clinic, "admin", ADMIN_PASSWORD).account is not None
        assert clinic.audit.verify().intact


def test_on_postgresql_the_role_owning_the_tables_is_not_enough(
    postgresql_server: str, clock: Clock
) -> None:
    """Workstations may connect as the role that owns the tables (a simple set-up): to
    recover, it takes more than they have, a superuser of the server."""
    suffix = uuid.uuid4().hex[:8]
    owner, database = f"clinic_owner_{suffix}", f"clinic_{suffix}"
    server = create_engine(postgresql_server, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {owner} LOGIN NOSUPERUSER")
        connection.exec_driver_sql(f"CREATE DATABASE {database} OWNER {owner}")
    server.dispose()
    as_superuser = make_url(postgresql_server).set(database=database)
    as_owner = as_superuser.set(username=owner).render_as_string(hide_password=False)
    with Clinic.open(as_owner, actor="it-person", clock=clock) as workstation:
        workstation.accounts.create_first_admin("admin", "Dr Eleni Vasileiou", ADMIN_PASSWORD)
        _lock(workstation, "admin", clock)
        with pytest.raises(
            AccessDeniedError, match=f"role {owner!r} mesolog connects as is not a superuser"
        ):
            workstation.accounts.unlock_as_file_owner("admin")
    superuser = as_superuser.render_as_string(hide_password=False)
    with Clinic.open(superuser, actor="it-person", clock=clock) as holder:
        holder.accounts.unlock_as_file_owner("admin")
        assert holder.audit.verify().intact
    with Clinic.open(as_owner, actor="it-person", clock=clock) as workstation:
        assert _as(workstation, "admin", ADMIN_PASSWORD).account is not None


def test_disabling_an_admin_that_leaves_one_is_told_beforehand() -> None:
    accounts = [
        Account("admin", "A", Role.ADMIN),
        Account("second", "B", Role.ADMIN),
        Account("third", "C", Role.ADMIN, locked=True),
        Account("dr", "D", Role.CLINICIAN),
    ]
    assert sole_admin_after_disabling(accounts, "second") == "admin"
    assert sole_admin_after_disabling(accounts, "dr") is None
    assert sole_admin_after_disabling(accounts, "third") is None
    fourth = [*accounts, Account("fourth", "E", Role.ADMIN)]
    assert sole_admin_after_disabling(fourth, "second") is None
