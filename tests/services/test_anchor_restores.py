"""The anchors log is evidence to check, not to trust (issue 11, defect 4): an anchor of the
log counts as replaced by a restore only when today's chain holds that restore's entry
where the line says, saying it kept what the line says, dated after the anchor was taken.
A line forged into the log, of any kind, never turns an anchor that does not hold into one
that passes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mesolog.domain.anchor_findings import Replaced
from mesolog.domain.records import Session
from mesolog.services.audit_anchors import AnchorService
from mesolog.services.backups import BackupService
from mesolog.services.clinic import Clinic
from tests.integrity.chain_tampering import cut_after
from tests.services.conftest import Clock, Maker

pytestmark = pytest.mark.sqlite_only(
    "restores of the SQLite file (PostgreSQL's: test_pg_backups.py)"
)


@pytest.fixture
def small(clinic: Clinic, make: Maker, clock: Clock) -> Session:
    patient = make.patient()
    session = clinic.sessions.sign(make.draft(patient.id).id)
    for _ in range(2):
        clock.advance(minutes=1)
        clinic.exports.export_document(patient=str(patient.id))
    return session


@pytest.fixture
def anchors(clinic: Clinic, tmp_path: Path) -> AnchorService:
    return AnchorService(clinic.context, tmp_path / "backups")


def _log(anchors: AnchorService) -> Path:
    log = anchors.anchors_log()
    assert log is not None
    return log


def _lines(log: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.read_text().splitlines()]


def _append(log: Path, line: dict[str, Any]) -> None:
    with log.open("a") as stream:
        stream.write(json.dumps(line) + "\n")


def _forged_restore(anchors: AnchorService, kept_up_to: int) -> dict[str, Any]:
    """A restore line as mesolog writes one, anchored at today's head (which holds)."""
    return {
        **anchors.current().as_json(),
        "event": "restore",
        "file": "clinic.backup-2026-03-10T160000.sqlite",
        "kept_up_to": kept_up_to,
    }


def _two_backups_cut(
    clinic: Clinic, backups: BackupService, anchors: AnchorService, db_path: Path, clock: Clock
) -> tuple[Path, int]:
    """Two backups (their anchors in the log), then both their entries cut off the chain:
    the log, and the newest entry left."""
    clock.advance(minutes=5)
    backups.backup()
    clock.advance(minutes=5)
    clinic.exports.export_document()
    backups.backup()
    log = _log(anchors)
    kept = _lines(log)[0]["entry"] - 1
    cut_after(f"sqlite:///{db_path}", kept)
    clock.advance(hours=1)
    return log, kept


def test_a_restore_line_forged_into_the_log_does_not_excuse_a_cut(
    clinic: Clinic,
    small: Session,
    backups: BackupService,
    anchors: AnchorService,
    db_path: Path,
    clock: Clock,
) -> None:
    """The reviewer's reproduction: entries cut, one restore line appended to the log that
    says the restore kept the entries left; today's chain holds no restore entry."""
    log, kept = _two_backups_cut(clinic, backups, anchors, db_path, clock)
    _append(log, _forged_restore(anchors, kept))

    result = anchors.verify(anchors.read(log).claims)

    assert not result.intact
    assert [(o.holds, o.replaced) for o in result.outcomes] == [
        (False, False),
        (False, False),
        (True, False),
    ]


def test_a_forged_line_naming_a_real_earlier_restore_does_not_excuse_later_anchors(
    clinic: Clinic,
    small: Session,
    backups: BackupService,
    anchors: AnchorService,
    db_path: Path,
    clock: Clock,
) -> None:
    """A restore the chain does hold, but done before the anchors were taken: it replaced
    nothing they describe."""
    first = backups.backup().path
    clock.advance(minutes=5)
    backups.restore(first)
    restore_line = _lines(_log(anchors))[-1]
    assert restore_line["event"] == "restore"
    log, _ = _two_backups_cut(clinic, backups, anchors, db_path, clock)
    _append(log, _forged_restore(anchors, restore_line["kept_up_to"]))

    result = anchors.verify(anchors.read(log).claims)

    assert not result.intact
    assert [(o.holds, o.replaced) for o in result.outcomes][-3:] == [
        (False, False),
        (False, False),
        (True, False),
    ]


def test_no_line_forged_into_the_log_turns_a_failure_into_success(
    clinic: Clinic,
    small: Session,
    backups: BackupService,
    anchors: AnchorService,
    db_path: Path,
    clock: Clock,
) -> None:
    """Every line an attacker could add: a restore naming each entry as the last kept, a
    backup anchored at today's head, at the cut entries, anywhere; with a real restore
    earlier in the chain."""
    first = backups.backup().path
    clock.advance(minutes=5)
    backups.restore(first)
    real = _lines(_log(anchors))[-1]["restore_entry"]
    log, _ = _two_backups_cut(clinic, backups, anchors, db_path, clock)
    original = log.read_text()
    head = anchors.current()
    forged: list[dict[str, Any]] = [
        {**head.as_json(), "event": "backup", "file": "clinic.backup-x.sqlite"}
    ]
    for kept in range(head.entry + 3):
        forged.append(_forged_restore(anchors, kept))
        forged.append({**forged[-1], "at": "2000-01-01T00:00:00Z"})
        if kept < real:  # naming the real restore's entry, but not what it kept
            forged.append({**forged[-1], "restore_entry": real})
    for line in forged:
        log.write_text(original)
        _append(log, line)
        assert not anchors.verify(anchors.read(log).claims).intact, line
    log.write_text(original)
    for line in forged:
        _append(log, line)  # all of them at once
    assert not anchors.verify(anchors.read(log).claims).intact


def test_a_real_restore_still_replaces_the_anchors_it_replaced(
    clinic: Clinic,
    small: Session,
    backups: BackupService,
    anchors: AnchorService,
    clock: Clock,
) -> None:
    first = backups.backup().path
    clock.advance(days=1)
    clinic.exports.export_document()
    backups.backup()
    clock.advance(days=1)
    backups.restore(first)
    log = _log(anchors)
    restore_line = _lines(log)[-1]

    result = anchors.verify(anchors.read(log).claims)

    assert result.intact, result
    replaced = [o.finding for o in result.outcomes if o.replaced]
    assert len(replaced) == 2
    for finding in replaced:
        assert isinstance(finding, Replaced)
        assert finding.restore_entry == restore_line["kept_up_to"] + 1
        assert finding.restore_entry == restore_line["restore_entry"]
        assert finding.kept_up_to == restore_line["kept_up_to"]
        assert finding.line == 3
        assert finding.file == first.name


def test_a_restore_cut_short_before_its_line_is_settled_by_the_next_look(
    clinic: Clinic,
    small: Session,
    backups: BackupService,
    anchors: AnchorService,
    clock: Clock,
) -> None:
    """The power goes after the database was replaced, before the restore's line reached
    the anchors log (the safety copy still pending): what the disk then holds is made here.
    The next look at the backups settles the copy and adds the line, so `audit verify` does
    not read the restore as a rewritten chain (issue 17's power-cut finding)."""
    first = backups.backup().path
    clock.advance(days=1)
    clinic.exports.export_document()
    backups.backup()
    clock.advance(days=1)
    result = backups.restore(first)
    log = _log(anchors)
    lines = log.read_text().splitlines()
    restore_line = json.loads(lines[-1])
    log.write_text("\n".join(lines[:-1]) + "\n")
    pending = result.safety_copy.with_name(f".{result.safety_copy.name}.pending")
    result.safety_copy.rename(pending)
    assert not anchors.verify(anchors.read(log).claims).intact, "what the cut leaves"

    clock.advance(minutes=1)
    backups.backups()

    assert result.safety_copy.is_file() and not pending.exists()
    settled = [line for line in _lines(log) if line["event"] == "restore"]
    assert [line["kept_up_to"] for line in settled] == [restore_line["kept_up_to"]]
    assert settled[0]["file"] == first.name
    assert anchors.verify(anchors.read(log).claims).intact
    assert clinic.audit.verify().intact


def test_the_same_backup_restored_twice_leaves_a_line_for_each_restore(
    clinic: Clinic,
    small: Session,
    backups: BackupService,
    anchors: AnchorService,
    clock: Clock,
) -> None:
    """Both restores keep the same entries, but each has its own entry: the second line is
    not taken for the first's."""
    first = backups.backup().path
    clock.advance(days=1)
    backups.restore(first)
    clock.advance(days=1)
    backups.restore(first)
    log = _log(anchors)
    restores = [line for line in _lines(log) if line["event"] == "restore"]
    assert len(restores) == 2
    assert restores[0]["kept_up_to"] == restores[1]["kept_up_to"]
    assert restores[0]["hash"] != restores[1]["hash"]
    assert anchors.verify(anchors.read(log).claims).intact


def test_checking_the_anchors_settles_a_restore_cut_short_first(
    clinic: Clinic,
    small: Session,
    backups: BackupService,
    anchors: AnchorService,
    clock: Clock,
) -> None:
    first = backups.backup().path
    clock.advance(days=1)
    result = backups.restore(first)
    log = _log(anchors)
    log.write_text("\n".join(log.read_text().splitlines()[:-1]) + "\n")
    result.safety_copy.rename(result.safety_copy.with_name(f".{result.safety_copy.name}.pending"))

    found = anchors.anchors_log()

    assert found == log and result.safety_copy.is_file()
    assert anchors.verify(anchors.read(log).claims).intact


def test_an_older_backup_restored_then_a_newer_one_keeps_the_chain_verified(
    clinic: Clinic,
    small: Session,
    backups: BackupService,
    anchors: AnchorService,
    clock: Clock,
) -> None:
    """The wrong backup restored, then the right one (issue 17's power-cut runs found it,
    without any cut): the newer backup shares with the chain it replaces only the entries
    up to the older one's, not every entry before its restore entry. The anchors taken
    after the first restore describe a chain the second replaced."""
    older = backups.backup().path
    clock.advance(days=1)
    clinic.exports.export_document()
    newer = backups.backup().path
    clock.advance(days=1)
    backups.restore(older)
    clock.advance(hours=1)
    clinic.exports.export_document()
    backups.backup()
    clock.advance(hours=1)
    backups.restore(newer)
    log = _log(anchors)
    first, *_, second = [line for line in _lines(log) if line["event"] == "restore"]

    result = anchors.verify(anchors.read(log).claims)

    assert result.intact, result
    assert second["kept_up_to"] == first["kept_up_to"] < second["restore_entry"] - 1
    replaced = [o.finding for o in result.outcomes if o.replaced]
    assert [finding.restore_entry for finding in replaced if isinstance(finding, Replaced)][
        -2:
    ] == [second["restore_entry"]] * 2
    assert clinic.audit.verify().intact


def test_a_restore_replaced_in_turn_by_the_same_backup_again_still_replaces_what_it_did(
    clinic: Clinic,
    small: Session,
    backups: BackupService,
    anchors: AnchorService,
    clock: Clock,
) -> None:
    """The older backup restored, then the newer one twice (issue 17's 1,000 cuts found it):
    the second restore of the newer backup keeps every entry of the first but its restore
    entry, so the chain no longer shows the first; its line's own anchor, replaced by the
    second, carries it. The older backup's restore is still replaced, in turn."""
    older = backups.backup().path
    clock.advance(days=1)
    clinic.exports.export_document()
    newer = backups.backup().path
    clock.advance(days=1)
    backups.restore(older)
    for _ in range(2):
        clock.advance(hours=1)
        backups.restore(newer)
    log = _log(anchors)
    restores = [line for line in _lines(log) if line["event"] == "restore"]
    assert [line["restore_entry"] for line in restores[-2:]] == [restores[-1]["restore_entry"]] * 2
    assert restores[-1]["kept_up_to"] == restores[-1]["restore_entry"] - 1

    result = anchors.verify(anchors.read(log).claims)

    assert result.intact, result
    in_turn = [o.finding for o in result.outcomes if isinstance(o.finding, Replaced)]
    assert any(finding.in_turn for finding in in_turn)
    assert clinic.audit.verify().intact


def test_a_forged_line_replaced_by_a_real_restore_excuses_nothing_it_does_not_pin(
    clinic: Clinic,
    small: Session,
    backups: BackupService,
    anchors: AnchorService,
    db_path: Path,
    clock: Clock,
) -> None:
    """A restore line appended after a cut, anchored at no restore entry of its own (the
    head): a later restore replacing it carries nothing."""
    log, kept = _two_backups_cut(clinic, backups, anchors, db_path, clock)
    head = anchors.current()
    _append(log, {**_forged_restore(anchors, kept), "restore_entry": head.entry + 1})

    assert not anchors.verify(anchors.read(log).claims).intact
