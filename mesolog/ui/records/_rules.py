"""Two rules the Records menu's tools share: the administrators' tools are for
administrators only, and work that cannot stop half-way offers no Cancel."""

from __future__ import annotations

import shiboken6

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic
from mesolog.ui.common.jobs import Job


def may_administer(clinic: Clinic) -> bool:
    """Whether the window may offer administrators' tools (the audit log, restoring a backup).

    As the services decide it: the logged-in account's role, or, with nobody logged in,
    only a database that has no accounts yet.
    """
    account = clinic.account
    if account is None:
        try:
            return not clinic.accounts.has_accounts()
        except KnownError:
            return False
    return account.may(Permission.ADMINISTER)


def uncancellable(job: Job) -> Job:
    """Removes the Cancel button of a job whose work cannot stop half-way (a backup, a
    restore, a check): it would only promise what it cannot do."""
    if shiboken6.isValid(job.dialog):
        job.dialog.setCancelButton(None)
    return job
