"""The audit window's check says what it covered: full or incremental (from which earlier
check), how long it took and how many entries a second; a chain no longer as an earlier
check left it; in English and in the shipped Greek."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mesolog.resource_files import resource
from mesolog.services.audit import AuditService, AuditVerification, CheckKind
from mesolog.services.clinic import Clinic
from mesolog.ui.records._audit_verification import AuditVerificationBox
from tests.integrity.chain_tampering import rewrite_session
from tests.services.conftest import Maker
from tests.ui.common.catalogue_support import installed

CHECKED = dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.UTC)


@pytest.fixture
def audit(clinic: Clinic, tmp_path: Path) -> AuditService:
    return AuditService(clinic.context, marks_folder=tmp_path / "marks", incremental_from=1)


def _incremental(clinic: Clinic, audit: AuditService) -> AuditVerification:
    make = Maker(clinic)
    make.patient()
    assert audit.verify().scope.kind is CheckKind.NO_MARK
    make.patient(family_name="Georgiou")
    make.patient(family_name="Laskaris")
    result = audit.verify()
    assert result.scope.incremental
    return result


def _shown(qtbot: QtBot, result: AuditVerification) -> AuditVerificationBox:
    box = AuditVerificationBox()
    qtbot.addWidget(box)
    box.show_result(result, CHECKED)
    return box


def test_an_incremental_check_says_from_where_how_long_and_how_fast(
    qtbot: QtBot, clinic: Clinic, audit: AuditService
) -> None:
    result = _incremental(clinic, audit)
    assert result.scope.mark is not None
    box = _shown(qtbot, result)
    assert box.heading.text() == "Intact"
    summary = box.summary.text()
    assert summary.startswith(
        f"The 2 entries after entry {result.scope.mark.entry} link up to the newest"
    )
    assert f"{result.records_checked} audited records of {result.records_audited} match" in (
        summary
    )
    assert " s (" in summary.split("Incremental check in ")[1]
    assert "is found within seven checks, or by a full check (mesolog audit verify --full)." in (
        summary
    )
    assert box.newest_hash.text() == result.last_hash


def test_a_full_check_says_how_long_and_how_fast(qtbot: QtBot, clinic: Clinic) -> None:
    Maker(clinic).patient()
    box = _shown(qtbot, clinic.audit.verify())
    assert box.summary.text().split(". ")[-1].startswith("Full check in ")


def test_a_chain_rewritten_since_an_earlier_check_is_named(
    qtbot: QtBot, clinic: Clinic, audit: AuditService, db_path: Path
) -> None:
    make = Maker(clinic)
    patient = make.patient()
    signed = clinic.sessions.sign(make.draft(patient.id).id)
    marked = audit.verify()
    rewrite_session(f"sqlite:///{db_path}", signed.id, "REWRITTEN")
    box = _shown(qtbot, audit.verify())
    assert box.heading.text() == "Rewritten since the last check"
    assert box.summary.text().startswith("The audit log is not as the check of ")
    [problem] = box.problems.toPlainText().splitlines()
    assert problem.startswith(f"Entry {marked.entries}: not as the check of ")
    assert problem.endswith(f"(its hash was {marked.last_hash})")


def test_the_scope_in_greek(qtbot: QtBot, clinic: Clinic, audit: AuditService) -> None:
    result = _incremental(clinic, audit)
    with installed(resource("translations", "mesolog_el.qm")):
        box = _shown(qtbot, result)
    summary = box.summary.text()
    assert summary.startswith("Οι 2 εγγραφές μετά την εγγραφή ")
    assert "Αυξητικός έλεγχος σε " in summary
    assert "Incremental" not in summary
