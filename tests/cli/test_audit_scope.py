"""What `mesolog audit verify` says of the check's scope: an incremental check from an
earlier check's mark, its figures and its risk; a chain no longer as that check left it.
Rendered in process from real checks (the command line's own check is incremental only
past 20,000 entries)."""

from __future__ import annotations

from pathlib import Path

from mesolog.cli.audit import _verification_lines
from mesolog.cli.speech import say
from mesolog.services.audit import AuditService
from mesolog.services.clinic import Clinic
from tests.integrity.chain_tampering import rewrite_session
from tests.services.conftest import Maker


def _said(audit: AuditService) -> list[str]:
    return [say(line) for line in _verification_lines(audit.verify())]


def test_an_incremental_check_and_a_rewritten_chain_in_words(
    clinic: Clinic, tmp_path: Path, db_path: Path
) -> None:
    make = Maker(clinic)
    signed = clinic.sessions.sign(make.draft(make.patient().id).id)
    audit = AuditService(clinic.context, marks_folder=tmp_path / "marks", incremental_from=1)
    [full] = [line for line in _said(audit) if line.startswith("full check in ")]
    assert full.endswith("records compared (no mark of this database on this computer)")
    marked = audit.verify()
    incremental, risk = _said(audit)[-2:]
    assert incremental.startswith("incremental check in ")
    assert f"those after entry {marked.entries}, marked by the check of " in incremental
    assert "and share 2 of 7 of the older ones; " in incremental
    assert risk.endswith("(within 7 checks) or by `mesolog audit verify --full`")

    rewrite_session(f"sqlite:///{db_path}", signed.id, "REWRITTEN")
    said = _said(audit)
    assert said[0].startswith("chain intact: ")  # the chain rehashed is whole in itself
    [rewritten] = [line for line in said if line.startswith("CHAIN REWRITTEN since the check of")]
    assert f"entry {marked.entries} no longer holds the hash it held then ({marked.last_hash})" in (
        rewritten
    )
    assert rewritten.endswith("accepts the chain as it is now")
    assert said[-1].endswith("(the chain is not as the last check left it)")
