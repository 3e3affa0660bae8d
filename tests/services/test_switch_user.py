"""Switch User through the services, on a real database: the other account's password is
checked like a log-in, the switch is audited from → to in the chain, a refusal changes
nobody and is audited like a failed log-in."""

from __future__ import annotations

import pytest

from mesolog.domain.accounts import LogInRefusedError
from mesolog.domain.enums import Role
from mesolog.domain.errors import StateError, ValidationError
from mesolog.services.clinic import Clinic

PASSWORD = "a long enough password"


@pytest.fixture
def assistant(clinic: Clinic) -> Clinic:
    """Logged in as the assistant maria; eleni is a clinician."""
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.log_in("admin", PASSWORD)
    clinic.accounts.add("maria", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    clinic.accounts.add("eleni", "Dr Eleni Markou", Role.CLINICIAN, PASSWORD)
    clinic.log_in("maria", PASSWORD)
    return clinic


def test_the_workstation_is_handed_over_and_the_switch_audited(assistant: Clinic) -> None:
    account = assistant.switch_user(" eleni ", PASSWORD)
    assert (account.username, account.role) == ("eleni", Role.CLINICIAN)
    assert assistant.account == account
    assert assistant.context.actor == "eleni"
    assistant.log_in("admin", PASSWORD)
    [newest, *_] = assistant.audit.entries()
    assert newest.action == "log_in"
    switch = next(e for e in assistant.audit.entries() if e.action == "switch_user")
    assert (switch.actor, switch.entity, switch.detail) == (
        "eleni",
        "clinician",
        "from maria to eleni",
    )
    assert assistant.audit.verify().intact


def test_a_wrong_password_changes_nobody_and_is_audited(assistant: Clinic) -> None:
    with pytest.raises(LogInRefusedError, match=r"The username or password is wrong\."):
        assistant.switch_user("eleni", "not the password")
    assert assistant.account is not None
    assert assistant.account.username == "maria"
    assistant.log_in("admin", PASSWORD)
    failed = [e for e in assistant.audit.entries() if e.action == "log_in_failed"]
    assert [(e.actor, e.detail) for e in failed] == [("eleni", "wrong password (1 in a row)")]
    assert not [e for e in assistant.audit.entries() if e.action == "switch_user"]


def test_switching_to_oneself_is_refused(assistant: Clinic) -> None:
    with pytest.raises(ValidationError) as refused:
        assistant.switch_user("maria", PASSWORD)
    [violation] = refused.value.violations
    assert str(violation.allowed) == "another account's username (maria is logged in already)"


def test_without_anyone_logged_in_there_is_nothing_to_switch_from(clinic: Clinic) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    with pytest.raises(StateError, match="log in instead"):
        clinic.switch_user("admin", PASSWORD)
    assert clinic.account is None
