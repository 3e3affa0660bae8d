"""Accounts changed behind mesolog's back, on SQLite and PostgreSQL (issue 11, defects 2,
6 and 7, the holes a review found in their first fixes): a session logged in loses its
powers when its account's row is changed; an admin row added with plain SQL does not
count as an administrator who can log in; names hold no control character; a log-in
says nothing of an account's state before its password is right."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from mesolog.domain.accounts import LOCK_AFTER, AccessDeniedError, Account, LogInRefusedError
from mesolog.domain.enums import Role
from mesolog.domain.errors import ValidationError
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.models import ClinicianRow
from mesolog.services import passwords
from mesolog.services.clinic import Clinic
from tests.services.conftest import Clock

ADMIN_PASSWORD = "admin-password-1"
PASSWORD = "a long enough password"
WRONG = "The username or password is wrong."
CHANGED_OUTSIDE = "record was changed outside mesolog"


@pytest.fixture(params=["sqlite", "postgresql"])
def admin(request: pytest.FixtureRequest, clock: Clock) -> Iterator[Clinic]:
    """An admin logged in, on an SQLite file or a PostgreSQL database."""
    if request.param == "sqlite":
        clinic: Clinic = request.getfixturevalue("clinic")
    else:
        clinic = Clinic.open(request.getfixturevalue("postgresql_url"), actor="os", clock=clock)
        request.addfinalizer(clinic.close)
    clinic.accounts.create_first_admin("admin", "Dr Eleni Vasileiou", ADMIN_PASSWORD)
    clinic.log_in("admin", ADMIN_PASSWORD)
    yield clinic


def _as(clinic: Clinic, username: str, password: str = PASSWORD) -> Clinic:
    other = Clinic(clinic.context.db, actor="os-user", clock=clinic.context.clock)
    other.log_in(username, password)
    return other


def _sql(clinic: Clinic, statement: str) -> None:
    with clinic.context.db.engine.begin() as connection:
        connection.execute(text(statement))


def _insert_intruder(clinic: Clinic) -> None:
    """An admin account written with plain SQL, with a real hash of PASSWORD."""
    with clinic.context.db.engine.begin() as connection:
        connection.execute(
            insert(ClinicianRow).values(
                uuid=uuid.uuid4(),
                name="Intruder",
                role=Role.ADMIN,
                active=True,
                password_hash=passwords.hash_password(PASSWORD),
                created_at=dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC),
                username="intruder",
                failed_logins=0,
                version=1,
            )
        )


def _lock(clinic: Clinic, username: str, clock: Clock) -> None:
    for _ in range(LOCK_AFTER):
        clock.advance(seconds=61)
        with pytest.raises(LogInRefusedError):
            _as(clinic, username, "not the password")


def _active(clinic: Clinic, username: str) -> bool:
    with clinic.context.db.read() as s:
        row = queries.account_by_username(s, username)
        assert row is not None
        return row.active


# --- a session logged in when its account is changed (defect 2) ---------------------------------


def test_a_role_raised_with_plain_sql_gives_nothing_to_the_session_logged_in(
    admin: Clinic,
) -> None:
    admin.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    nurse = _as(admin, "nurse")
    _sql(admin, "UPDATE clinicians SET role = 'admin' WHERE username = 'nurse'")

    with pytest.raises(AccessDeniedError, match=CHANGED_OUTSIDE) as refused:
        nurse.accounts.overview()
    assert "`mesolog audit verify`" in str(refused.value)
    with pytest.raises(AccessDeniedError, match=CHANGED_OUTSIDE):
        nurse.accounts.disable("admin")
    assert _active(admin, "admin")


def test_a_session_acts_with_the_role_it_logged_in_with(admin: Clinic) -> None:
    """A raised role in the audit log too (as a forger who rewrote the chain would leave it)
    still gives nothing to a session that logged in before it."""
    admin.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    nurse = _as(admin, "nurse")
    with admin.context.db.write() as s:
        row = queries.account_by_username(s, "nurse")
        assert row is not None
        row.role = Role.ADMIN
        admin.context.audit(s, AuditAction.UPDATE, "clinician", record=row, before="forged")

    with pytest.raises(AccessDeniedError, match=CHANGED_OUTSIDE):
        nurse.accounts.overview()
    again = _as(admin, "nurse")  # a new log-in acts as the account now is
    assert again.account == Account("nurse", "Maria Kosta", Role.ADMIN)
    assert len(again.accounts.overview()) == 2


def test_any_change_outside_mesolog_stops_the_session_of_that_account(admin: Clinic) -> None:
    admin.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    dr = _as(admin, "dr")
    _sql(admin, "UPDATE clinicians SET name = 'Dr Someone Else' WHERE username = 'dr'")
    with pytest.raises(AccessDeniedError, match=CHANGED_OUTSIDE):
        dr.accounts.set_password("dr", "another long password")
    _sql(admin, "UPDATE clinicians SET name = 'Dr Jonas Albrecht' WHERE username = 'dr'")
    dr.accounts.set_password("dr", "another long password", current=PASSWORD)


# --- an admin row added with plain SQL is not one who can log in (defect 6) ---------------------


def test_an_inserted_admin_does_not_stop_the_holder_recovering_the_real_one(
    admin: Clinic, clock: Clock
) -> None:
    _lock(admin, "admin", clock)
    _insert_intruder(admin)
    with pytest.raises(LogInRefusedError, match=CHANGED_OUTSIDE):
        _as(admin, "intruder")

    holder = Clinic(admin.context.db, actor="it-person", clock=clock)
    recovered = holder.accounts.unlock_as_file_owner("admin")

    assert recovered == Account("admin", "Dr Eleni Vasileiou", Role.ADMIN)
    assert _as(admin, "admin", ADMIN_PASSWORD).account == recovered


# --- names without control characters (defect 7) ------------------------------------------------


@pytest.mark.parametrize(
    ("username", "name", "field", "shown"),
    [
        ("nurse", "Evil\x1b[31mRed\u202eX", "name", "character 5, U+001B (ESC)"),
        ("nurse", "Maria\u202eKosta", "name", "character 6, U+202E"),
        ("nurse", "Maria\x00Kosta", "name", "character 6, U+0000 (NUL)"),
        ("nurse", "Maria\nKosta", "name", "character 6, U+000A (line break)"),
        ("nur\x1bse", "Maria Kosta", "username", "character 4, U+001B (ESC)"),
        ("nurse", "M" * 101, "name", "(101 characters)' is not allowed; at most 100 characters"),
    ],
)
def test_an_account_name_with_a_control_character_is_refused_by_its_code_point(
    admin: Clinic, username: str, name: str, field: str, shown: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        admin.accounts.add(username, name, Role.ASSISTANT, PASSWORD)
    [violation] = refused.value.violations
    assert violation.path == field
    assert shown in str(refused.value)
    assert not any(c in str(violation) for c in "\x1b\u202e\x00\n")
    assert [a.username for a in admin.accounts.overview()] == ["admin"]


def test_the_first_admin_has_a_name_without_control_characters(clinic: Clinic) -> None:
    with pytest.raises(ValidationError, match=r"name: 'character 8, U\+0007 \(BEL\)'"):
        clinic.accounts.create_first_admin("admin", "Dr Bell\x07", ADMIN_PASSWORD)
    assert not clinic.accounts.has_accounts()


# --- a log-in tells nothing before the password is right (defect 7) -----------------------------


def test_an_account_changed_outside_mesolog_answers_a_wrong_password_as_any(
    admin: Clinic, clock: Clock
) -> None:
    _insert_intruder(admin)
    with pytest.raises(LogInRefusedError) as wrong:
        _as(admin, "intruder", "not the password")
    assert str(wrong.value) == WRONG
    with pytest.raises(LogInRefusedError, match=CHANGED_OUTSIDE):
        _as(admin, "intruder")
    failed = [e.detail for e in admin.audit.entries() if e.action == "log_in_failed"]
    assert failed == ["record changed outside mesolog", "wrong password (1 in a row)"]


def test_a_locked_account_answers_a_wrong_password_as_any_and_counts_it(
    admin: Clinic, clock: Clock
) -> None:
    admin.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    _lock(admin, "dr", clock)
    clock.advance(seconds=61)
    with pytest.raises(LogInRefusedError) as wrong:
        _as(admin, "dr", "still not the password")
    assert str(wrong.value) == WRONG
    with pytest.raises(LogInRefusedError, match="wait 60 seconds"):  # the slow-down applies
        _as(admin, "dr")
    clock.advance(seconds=61)
    with pytest.raises(LogInRefusedError, match="is locked after 10 failed log-ins"):
        _as(admin, "dr")
    failed = [e.detail for e in admin.audit.entries() if e.action == "log_in_failed"]
    assert failed[:3] == ["locked", "too soon", f"wrong password ({LOCK_AFTER + 1} in a row)"]


def test_locking_an_account_changed_outside_mesolog_does_not_launder_it(
    admin: Clinic, clock: Clock
) -> None:
    _insert_intruder(admin)
    _lock(admin, "intruder", clock)
    clock.advance(seconds=61)
    with pytest.raises(LogInRefusedError, match=CHANGED_OUTSIDE):
        _as(admin, "intruder")
    with admin.context.db.read() as s:
        intruder = queries.account_by_username(s, "intruder")
        assert intruder is not None and intruder.locked_at is not None
    unaudited = admin.audit.verify().unaudited_records
    assert [(r.entity, r.entity_uuid) for r in unaudited] == [("clinician", intruder.uuid)]


@pytest.mark.sqlite_only("a restore of the SQLite file")
def test_a_session_goes_on_after_a_restore_from_before_its_accounts_change(
    clinic: Clinic, tmp_path: Path
) -> None:
    """What `require` kept of the audit log is of the log it read: a restore replaces it."""
    clinic.accounts.create_first_admin("admin", "Dr Eleni Vasileiou", ADMIN_PASSWORD)
    clinic.log_in("admin", ADMIN_PASSWORD)
    backup = clinic.backups.backup(tmp_path / "before.mesolog-backup").path
    clinic.accounts.set_password("admin", "a newer admin password", current=ADMIN_PASSWORD)
    clinic.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)

    clinic.backups.restore(backup)

    assert [a.username for a in clinic.accounts.overview()] == ["admin"]
