"""Accounts: the first admin, log-in with slow-down and lock-out, roles, password hashes."""

from __future__ import annotations

import re

import pytest
from argon2 import PasswordHasher

from mesolog.domain import limits
from mesolog.domain.accounts import (
    FREE_ATTEMPTS,
    LOCK_AFTER,
    AccessDeniedError,
    LogInRefusedError,
)
from mesolog.domain.enums import Role
from mesolog.domain.errors import StateError, ValidationError
from mesolog.persistence import queries
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.digests import record_digest
from mesolog.services import accounts, passwords
from mesolog.services.clinic import Clinic
from tests.services.conftest import Clock, DatabaseProbe, Maker

ADMIN_PASSWORD = "admin-password-1"
PASSWORD = "a long enough password"


@pytest.fixture
def admin(clinic: Clinic) -> Clinic:
    """The clinic after its first admin was created and logged in."""
    clinic.accounts.create_first_admin("admin", "Dr Eleni Vasileiou", ADMIN_PASSWORD)
    clinic.log_in("admin", ADMIN_PASSWORD)
    return clinic


def _as(clinic: Clinic, username: str, password: str = PASSWORD) -> Clinic:
    other = Clinic(clinic.context.db, actor="os-user", clock=clinic.context.clock)
    other.log_in(username, password)
    return other


def test_the_first_account_is_an_admin_and_only_once(clinic: Clinic) -> None:
    assert not clinic.accounts.has_accounts()
    account = clinic.accounts.create_first_admin("admin", "Dr Eleni Vasileiou", ADMIN_PASSWORD)
    assert account.role is Role.ADMIN
    assert clinic.accounts.has_accounts()
    with pytest.raises(StateError, match="has accounts already"):
        clinic.accounts.create_first_admin("second", "Someone", ADMIN_PASSWORD)


def test_hashes_are_argon2id_at_or_above_owasp(admin: Clinic, probe: DatabaseProbe) -> None:
    [(encoded,)] = probe.rows("SELECT password_hash FROM clinicians WHERE username = 'admin'")
    found = re.fullmatch(r"\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$.+", encoded)
    assert found is not None, encoded
    memory, time_cost, lanes = map(int, found.groups())
    assert memory >= passwords.OWASP_MEMORY_KIB
    assert time_cost >= passwords.OWASP_TIME_COST
    assert lanes >= passwords.OWASP_PARALLELISM
    assert ADMIN_PASSWORD not in encoded


def test_a_weaker_hash_is_replaced_at_the_next_log_in(admin: Clinic, probe: DatabaseProbe) -> None:
    owasp = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
    weak = passwords.hash_password(ADMIN_PASSWORD, owasp)
    with admin.context.db.write() as s:  # stored and audited as an older mesolog did
        row = queries.account_by_username(s, "admin")
        assert row is not None
        before = record_digest(row)
        row.password_hash = weak
        admin.context.audit(s, AuditAction.UPDATE, "clinician", record=row, before=before)
    _as(admin, "admin", ADMIN_PASSWORD)
    [(encoded,)] = probe.rows("SELECT password_hash FROM clinicians WHERE username = 'admin'")
    assert encoded != weak
    assert not passwords.needs_new_hash(encoded)
    assert any(e.detail == "password hash upgraded" for e in admin.audit.entries())
    assert admin.audit.verify().intact


def test_wrong_passwords_and_unknown_names_read_the_same_and_are_audited(
    admin: Clinic,
) -> None:
    admin.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    with pytest.raises(LogInRefusedError) as wrong:
        _as(admin, "nurse", "not the password")
    with pytest.raises(LogInRefusedError) as unknown:
        _as(admin, "nobody", "not the password")
    assert str(wrong.value) == str(unknown.value) == "The username or password is wrong."
    failed = [e for e in admin.audit.entries() if e.action == "log_in_failed"]
    assert [(e.actor, e.detail) for e in failed] == [
        ("(unknown account)", "unknown username"),
        ("nurse", "wrong password (1 in a row)"),
    ]
    assert all("not the password" not in e.detail for e in admin.audit.entries())


def test_failures_slow_down_after_five_then_lock_until_an_admin_unlocks(
    admin: Clinic, clock: Clock
) -> None:
    admin.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(LogInRefusedError, match="wrong"):
            _as(admin, "dr", "guess")
    with pytest.raises(LogInRefusedError, match="wait 2 seconds"):
        _as(admin, "dr", PASSWORD)  # even the right password waits
    clock.advance(seconds=2)
    _as(admin, "dr", PASSWORD)  # and a success starts the count again
    messages = []
    for _ in range(LOCK_AFTER):
        clock.advance(seconds=60)
        with pytest.raises(LogInRefusedError) as refused:
            _as(admin, "dr", "guess")
        messages.append(str(refused.value))
    assert messages[: FREE_ATTEMPTS - 1] == ["The username or password is wrong."] * (
        FREE_ATTEMPTS - 1
    )
    assert messages[FREE_ATTEMPTS - 1 : -1] == [
        f"The username or password is wrong. {left} more failed log-in{'s' * (left > 1)} "
        f"lock{'s' * (left == 1)} this account; then an administrator, or whoever holds "
        "the database file (`mesolog user unlock --as-file-owner dr`), can unlock it."
        for left in range(LOCK_AFTER - FREE_ATTEMPTS, 0, -1)
    ]
    assert "now locked" in messages[-1]
    assert "`mesolog user unlock --as-file-owner dr`" in messages[-1]
    clock.advance(hours=5)
    with pytest.raises(LogInRefusedError, match="is locked"):
        _as(admin, "dr", PASSWORD)
    assert [a.locked for a in admin.accounts.list() if a.username == "dr"] == [True]
    admin.accounts.unlock("dr")
    assert _as(admin, "dr", PASSWORD).account is not None
    assert admin.audit.verify().intact


def test_roles_decide_who_records_signs_and_administers(admin: Clinic, make: Maker) -> None:
    admin.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    admin.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    nurse, doctor = _as(admin, "nurse"), _as(admin, "dr")
    patient = Maker(nurse).patient()
    draft = nurse.sessions.create_draft(patient.id, make.entry())
    with pytest.raises(AccessDeniedError, match="role assistant, which may not sign"):
        nurse.sessions.sign(draft.id)
    with pytest.raises(AccessDeniedError, match="may not sign"):
        nurse.patients.void(patient.id, reason="test")
    with pytest.raises(AccessDeniedError, match="manage accounts"):
        doctor.accounts.add("x", "X", Role.ADMIN, PASSWORD)
    with pytest.raises(AccessDeniedError, match="manage accounts"):
        doctor.settings.update_clinic(doctor.settings.clinic(), read=doctor.settings.clinic())
    signed = doctor.sessions.sign(draft.id, signer="ignored when logged in")
    assert signed.signed_by == "Dr Jonas Albrecht"
    assert [e.actor for e in admin.audit.entries() if e.action == "sign"] == ["dr"]


def test_without_log_in_a_database_with_accounts_refuses_changes(
    admin: Clinic, make: Maker
) -> None:
    anonymous = Clinic(admin.context.db, actor="os-user", clock=admin.context.clock)
    with pytest.raises(AccessDeniedError, match="has accounts: log in to record"):
        Maker(anonymous).patient()


def test_a_disabled_account_cannot_log_in_or_act(admin: Clinic, make: Maker) -> None:
    admin.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    doctor = _as(admin, "dr")
    admin.accounts.disable("dr")
    with pytest.raises(LogInRefusedError, match="disabled"):
        _as(admin, "dr")
    with pytest.raises(AccessDeniedError, match="disabled or locked"):
        Maker(doctor).patient()
    with pytest.raises(StateError, match="own account"):
        admin.accounts.disable("admin")
    admin.accounts.enable("dr")
    _as(admin, "dr")


def test_passwords_are_changed_by_their_owner_or_an_admin(admin: Clinic) -> None:
    admin.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    admin.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    doctor = _as(admin, "dr")
    with pytest.raises(ValidationError, match="current password"):
        doctor.accounts.set_password("dr", "another long password", current="wrong")
    doctor.accounts.set_password("dr", "another long password", current=PASSWORD)
    _as(admin, "dr", "another long password")
    with pytest.raises(AccessDeniedError):
        doctor.accounts.set_password("nurse", "another long password")
    admin.accounts.set_password("nurse", "reset by the admin")
    _as(admin, "nurse", "reset by the admin")


def test_bad_account_input_names_every_field_and_writes_nothing(
    admin: Clinic, probe: DatabaseProbe
) -> None:
    before = probe.snapshot()
    with pytest.raises(ValidationError) as refused:
        admin.accounts.add("Bad Name!", " ", Role.CLINICIAN, "short")
    message = str(refused.value)
    assert "username: 'Bad Name!' is not allowed; 1 to 60 characters" in message
    assert "name: '' is not allowed" in message
    assert "password: '(5 characters)' is not allowed; 10 to 128 characters" in message
    assert "short" not in message.replace("'(5 characters)'", "")
    with pytest.raises(ValidationError, match="a username no other account has"):
        admin.accounts.add("admin", "Someone Else", Role.CLINICIAN, PASSWORD)
    assert probe.snapshot() == before


def test_a_name_is_kept_whole_up_to_its_limit_and_a_longer_one_refused_by_its_length(
    clinic: Clinic, probe: DatabaseProbe
) -> None:
    """The service checks the name's length itself (not only the window): nothing is cut."""
    longest = "Δρ " + "Α" * (limits.NAME_MAX - 3)
    before = probe.snapshot()
    with pytest.raises(ValidationError) as refused:
        clinic.accounts.create_first_admin("admin", longest + "Σ", ADMIN_PASSWORD)
    message = str(refused.value)
    assert f"name: '({limits.NAME_MAX + 1} characters)' is not allowed" in message
    assert f"at most {limits.NAME_MAX} characters" in message
    assert "ΑΣ" not in message, "the name itself is not repeated"
    assert probe.snapshot() == before
    clinic.accounts.create_first_admin("admin", longest, ADMIN_PASSWORD)
    clinic.log_in("admin", ADMIN_PASSWORD)
    with pytest.raises(ValidationError, match=f"at most {limits.NAME_MAX} characters"):
        clinic.accounts.add("nurse", "N" * (limits.NAME_MAX + 1), Role.ASSISTANT, PASSWORD)
    clinic.accounts.add("nurse", "N" * limits.NAME_MAX, Role.ASSISTANT, PASSWORD)
    names = {account.username: account.name for account in clinic.accounts.list()}
    assert names == {"admin": longest, "nurse": "N" * limits.NAME_MAX}


def test_a_clinician_named_by_sessions_becomes_an_account(admin: Clinic, make: Maker) -> None:
    """Sessions recorded before accounts existed name clinicians; the account takes over."""
    patient = make.patient()
    draft = admin.sessions.create_draft(patient.id, make.entry(clinician="Dr Jonas Albrecht"))
    account = admin.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    assert account.name == admin.sessions.get(draft.id).entry.clinician


def test_only_admins_read_the_audit_log_in_the_window(admin: Clinic) -> None:
    admin.accounts.add("dr", "Dr Jonas Albrecht", Role.CLINICIAN, PASSWORD)
    doctor = _as(admin, "dr")
    with pytest.raises(AccessDeniedError, match="manage accounts"):
        doctor.audit.entries()
    with pytest.raises(AccessDeniedError):
        doctor.audit.verify()
    assert admin.audit.entries()
    maintenance = Clinic(admin.context.db, actor="os-user", clock=admin.context.clock)
    assert maintenance.audit.verify().intact


def test_a_log_in_to_read_with_room_on_the_disk_is_a_log_in_like_any(
    admin: Clinic, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Recorded, counted and slowed as `log_in`; the full disk's answers (recorded False,
    the longest wait) are tests/integrity/test_full_disk_reads.py's."""
    monkeypatch.setattr(accounts, "sleep", lambda seconds: pytest.fail(f"slept {seconds} s"))
    logged = admin.accounts.log_in_to_read("admin", ADMIN_PASSWORD)
    assert (logged.account.username, logged.recorded) == ("admin", True)
    assert admin.audit.entries()[0].action == AuditAction.LOG_IN.value  # the newest first
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(LogInRefusedError) as refused:
            admin.accounts.log_in_to_read("admin", "not the password")
        assert "could not be recorded" not in str(refused.value)
    with pytest.raises(LogInRefusedError, match="Too many failed log-ins: wait 2 seconds"):
        admin.accounts.log_in_to_read("admin", ADMIN_PASSWORD)
    failed = [e for e in admin.audit.entries() if e.action == AuditAction.LOG_IN_FAILED.value]
    assert failed[0].detail == "too soon"
    assert len(failed) == FREE_ATTEMPTS + 1
    clock.advance(seconds=2)
    assert admin.accounts.log_in_to_read("admin", ADMIN_PASSWORD).recorded
