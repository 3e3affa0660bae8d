"""Issue 11, defect 4: the chain cut or rewritten consistently passes a plain verify; checked
against an anchor taken before (a backup, an encrypted backup, an export, the anchors log,
a hash typed from a summary), every such rewrite is caught.

Each attack is made with mesolog's own code on the file (tests/integrity/chain_tampering):
cutting the tail (1 or 50 entries, the head moved back), rewriting a signed session with
its digest and re-hashing the chain to the head, appending a back-dated entry.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mesolog.domain.anchor_findings import (
    BackDated,
    Cut,
    Held,
    NoSuchHash,
    OutOfOrder,
    Replaced,
    RestoredSince,
    Rewritten,
)
from mesolog.domain.chain_anchor import AnchorClaim, ChainAnchor, grouped, typed_claim
from mesolog.domain.errors import KnownError
from mesolog.domain.records import Session
from mesolog.persistence.anchor_log import anchor_log_path
from mesolog.services.anchor_sources import AnchorFile, typed_file
from mesolog.services.audit_anchors import AnchorService
from mesolog.services.backups import BackupService
from mesolog.services.clinic import Clinic
from mesolog.services.summary import SummaryService
from mesolog.services.transfer_export import write_export
from tests.integrity.chain_tampering import append_backdated, cut_after, rewrite_session
from tests.services.backup_support import PASSPHRASE
from tests.services.conftest import Clock, Maker

SOURCES = ("backup", "encrypted backup", "export", "anchors log", "typed hash")
ATTACKS = ("cut 1", "cut 50", "rewrite signed session", "back-dated entry")


def _signed(clinic: Clinic, make: Maker, clock: Clock, exports: int) -> Session:
    """A signed session, then exports: entries that change no record, so that cutting
    them leaves every record matching its digest."""
    patient = make.patient()
    session = clinic.sessions.sign(make.draft(patient.id).id)
    for _ in range(exports):
        clock.advance(minutes=1)
        clinic.exports.export_document(patient=str(patient.id))
    return session


@pytest.fixture
def signed(clinic: Clinic, make: Maker, clock: Clock) -> Session:
    """With 52 exports: the 50 entries up to any anchor taken next change no record."""
    return _signed(clinic, make, clock, 52)


@pytest.fixture
def small(clinic: Clinic, make: Maker, clock: Clock) -> Session:
    return _signed(clinic, make, clock, 2)


@pytest.fixture
def anchors(clinic: Clinic, tmp_path: Path) -> AnchorService:
    return AnchorService(clinic.context, tmp_path / "backups")


def _take(
    source: str, clinic: Clinic, backups: BackupService, anchors: AnchorService, tmp_path: Path
) -> Callable[[], AnchorFile]:
    """Takes an anchor from `source` now; returns how to read it back later."""
    if source in ("backup", "encrypted backup"):
        passphrase = PASSPHRASE if source == "encrypted backup" else None
        path = backups.backup(passphrase=passphrase).path
        return lambda: anchors.read(path, passphrase)
    if source == "export":
        document = clinic.exports.export_document()
        # Format v2's exporter writes it (as read with the records); v1's did not.
        document.setdefault("chain_anchor", anchors.current().as_json())
        path = tmp_path / "export.json"
        write_export(path, document)
        return lambda: anchors.read(path)
    if source == "anchors log":
        backups.backup()
        log = anchors.anchors_log()
        assert log is not None
        return lambda: anchors.read(log)
    anchor = anchors.current()
    printed = grouped(anchor.hash[:16])  # as the footer of every page prints it
    return lambda: typed_file(typed_claim(printed.upper(), anchor.entry))


def _anchored_entry(read: Callable[[], AnchorFile]) -> AnchorClaim:
    (claim,) = read().claims[-1:]
    return claim


def _attack(attack: str, url: str, claim: AnchorClaim, session: Session, clock: Clock) -> None:
    assert claim.entry is not None
    if attack == "cut 1":
        cut_after(url, claim.entry - 1)
    elif attack == "cut 50":
        cut_after(url, claim.entry - 50)
    elif attack == "rewrite signed session":
        start = rewrite_session(url, session.id, "REWRITTEN after the anchor was taken")
        assert start < claim.entry
    else:
        append_backdated(url, clock() - dt.timedelta(days=3), session.patient_id)


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("attack", ATTACKS)
def test_a_consistent_rewrite_passes_plain_verify_and_is_caught_against_an_anchor(
    clinic: Clinic,
    signed: Session,
    backups: BackupService,
    anchors: AnchorService,
    db_path: Path,
    tmp_path: Path,
    clock: Clock,
    source: str,
    attack: str,
) -> None:
    read = _take(source, clinic, backups, anchors, tmp_path)
    claim = _anchored_entry(read)
    before = anchors.verify([claim])
    assert before.intact, before
    clock.advance(hours=1)

    _attack(attack, f"sqlite:///{db_path}", claim, signed, clock)

    assert clinic.audit.verify().intact  # what the defect is: nothing shows without an anchor
    result = anchors.verify(read().claims)
    assert not result.intact
    (outcome,) = [o for o in result.outcomes if not o.holds]
    assert not outcome.replaced
    expected = {
        "cut 1": Cut,
        "cut 50": Cut,
        "rewrite signed session": Rewritten,
        "back-dated entry": BackDated if claim.at is not None else OutOfOrder,
    }[attack]
    assert isinstance(outcome.finding, expected), outcome.finding


def test_a_cut_followed_by_new_work_shows_as_a_rewritten_entry(
    clinic: Clinic, small: Session, anchors: AnchorService, db_path: Path, clock: Clock
) -> None:
    anchor = anchors.current()
    cut_after(f"sqlite:///{db_path}", anchor.entry - 1)
    for _ in range(3):  # the head goes past the anchored entry again
        clinic.exports.export_document()
    assert clinic.audit.verify().intact
    (outcome,) = anchors.verify([AnchorClaim.of(anchor, "noted")]).outcomes
    finding = outcome.finding
    assert isinstance(finding, Rewritten)
    assert finding.entry == anchor.entry and finding.hash_now != anchor.hash


def test_work_after_the_anchor_keeps_it_held(
    clinic: Clinic, small: Session, make: Maker, anchors: AnchorService, clock: Clock
) -> None:
    anchor = anchors.current()
    clock.advance(days=2)
    make.patient()
    clinic.exports.export_document()
    result = anchors.verify([AnchorClaim.of(anchor, "noted"), typed_claim(anchor.hash[:12])])
    assert result.intact, result
    assert [o.holds for o in result.outcomes] == [True, True]
    assert result.outcomes[0].finding == Held(anchor.entry, 2)


def test_a_hash_never_in_the_chain_is_named_not_held(
    small: Session, anchors: AnchorService
) -> None:
    (outcome,) = anchors.verify([typed_claim("abcd " * 4)]).outcomes
    assert outcome.finding == NoSuchHash()


def test_every_backup_and_daily_backup_appends_to_the_anchors_log_which_pruning_keeps(
    clinic: Clinic,
    small: Session,
    backups: BackupService,
    anchors: AnchorService,
    tmp_path: Path,
    clock: Clock,
    db_path: Path,
) -> None:
    backups.backup()
    for _ in range(40):  # more days than daily copies are kept
        clock.advance(days=1)
        backups.daily_backup_if_due()
    log = anchor_log_path(tmp_path / "backups", db_path.stem)
    assert oct(log.stat().st_mode & 0o777) == "0o600"
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert len(lines) == 41
    assert [line["event"] for line in lines] == ["backup"] * 41
    assert len([f for f in backups.backups() if f.kind.value == "daily"]) < 40
    assert lines[0]["file"].startswith(f"{db_path.stem}.backup-")
    for line in lines:
        ChainAnchor.from_json(line, where="line")
    assert anchors.verify(anchors.read(log).claims).intact
    # The oldest anchor is older than every daily copy kept: rewriting behind it shows.
    cut_after(f"sqlite:///{db_path}", lines[0]["entry"] - 1)
    result = anchors.verify(anchors.read(log).claims)
    assert not result.intact
    assert all(not o.holds for o in result.outcomes)


@pytest.mark.sqlite_only("a backup of the SQLite file")
def test_a_backup_to_another_folder_leaves_its_anchor_there_and_in_the_backup_folder(
    small: Session, backups: BackupService, anchors: AnchorService, tmp_path: Path
) -> None:
    (tmp_path / "backups").mkdir()
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    written = backups.backup(elsewhere).path
    for folder in (elsewhere, tmp_path / "backups"):
        log = anchor_log_path(folder, "clinic")
        (line,) = log.read_text().splitlines()
        assert json.loads(line)["file"] == written.name


def test_a_restore_replaces_the_later_anchors_of_the_log_without_excusing_earlier_ones(
    clinic: Clinic,
    small: Session,
    backups: BackupService,
    anchors: AnchorService,
    db_path: Path,
    clock: Clock,
) -> None:
    first = backups.backup().path
    clock.advance(days=1)
    clinic.exports.export_document()
    backups.backup()
    clock.advance(days=1)
    backups.restore(first)
    log = anchors.anchors_log()
    assert log is not None
    result = anchors.verify(anchors.read(log).claims)
    assert result.intact, result
    # Both backups' own entries came after the restored copy's newest entry: replaced.
    assert [(o.holds, o.replaced) for o in result.outcomes] == [
        (False, True),
        (False, True),
        (True, False),
    ]
    finding = result.outcomes[1].finding
    assert isinstance(finding, Replaced)
    assert finding.file == first.name
    # The restore's own line anchors the entries the restored backup kept.
    rewrite_session(f"sqlite:///{db_path}", small.id, "REWRITTEN after the restore")
    assert not anchors.verify(anchors.read(log).claims).intact


@pytest.mark.sqlite_only("a restore of the SQLite file")
def test_an_anchor_of_a_chain_a_restore_replaced_says_so(
    clinic: Clinic, small: Session, backups: BackupService, anchors: AnchorService
) -> None:
    first = backups.backup().path
    clinic.exports.export_document()
    taken = anchors.current()
    backups.restore(first)
    (outcome,) = anchors.verify([AnchorClaim.of(taken, "noted")]).outcomes
    assert not outcome.holds and not outcome.replaced
    assert isinstance(outcome.restored, RestoredSince)
    assert outcome.restored.detail.startswith(f"from {first.name}")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "mesolog-export", "version": 1}', "export without a chain anchor"),
        ('{"format": "x", "chain_anchor": {"entry": -1}}', "chain_anchor.entry: -1"),
        ('{"format": "x", "chain_anchor": {"entry": 3, "hash": "AB"}}', "chain_anchor.hash"),
        ("hello", "neither an export, an anchors log nor a backup"),
        ("{ not json", "holds no chain anchor"),
    ],
)
def test_a_file_that_holds_no_anchor_is_refused_with_its_reason(
    small: Session, anchors: AnchorService, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "file.json"
    path.write_text(content)
    with pytest.raises(KnownError, match=message):
        anchors.read(path)


@pytest.mark.sqlite_only("a backup of the SQLite file")
def test_an_anchors_log_line_edited_is_named(
    small: Session, backups: BackupService, anchors: AnchorService
) -> None:
    backups.backup()
    backups.backup()
    log = anchors.anchors_log()
    assert log is not None
    lines = log.read_text().splitlines()
    log.write_text(lines[0][:-10] + "\n" + lines[1] + "\n")
    read = anchors.read(log)
    assert len(read.claims) == 1
    (problem,) = read.unreadable
    assert (problem.line, problem.field) == (1, None)
    assert str(problem.message).startswith(f"{log.name} line 1: not JSON")


@pytest.mark.parametrize(
    ("typed", "entry", "message"),
    [
        ("3f2a 9b1c 0d4", None, "--against: '3f2a 9b1c 0d4' is not a hash"),
        ("3f2a 9b1c 0d4g", None, "is not a hash; a hash is 12 to 64 hex digits"),
        ("3f2a 9b1c 0d4e", 0, "The entry number 0 is not allowed"),
    ],
)
def test_a_typed_hash_needs_twelve_hex_digits(typed: str, entry: int | None, message: str) -> None:
    with pytest.raises(KnownError, match=message):
        typed_claim(typed, entry)


def test_a_summary_carries_the_anchor_of_the_chain_it_was_read_from(
    clinic: Clinic, small: Session, anchors: AnchorService, tmp_path: Path
) -> None:
    summaries = SummaryService(clinic.context)
    data = summaries.summary_data(small.patient_id)
    assert data.chain_anchor is not None
    now = anchors.current()
    assert (data.chain_anchor.entry, data.chain_anchor.hash) == (now.entry, now.hash)
    summaries.write_pdf(data, tmp_path / "summary.pdf")
    claim = AnchorClaim.of(data.chain_anchor, "the summary")
    (outcome,) = anchors.verify([claim]).outcomes
    assert outcome.finding == Held(now.entry, 1)  # the export's own entry follows


@pytest.fixture
def on_postgresql(postgresql_url: str, clock: Clock) -> Iterator[Clinic]:
    with Clinic.open(postgresql_url, actor="tester", clock=clock) as opened:
        yield opened


@pytest.mark.parametrize("source", ["export", "typed hash"])
@pytest.mark.parametrize("attack", ATTACKS)
def test_on_postgresql_a_consistent_rewrite_is_caught_against_an_anchor(
    on_postgresql: Clinic,
    postgresql_url: str,
    tmp_path: Path,
    clock: Clock,
    source: str,
    attack: str,
) -> None:
    clinic = on_postgresql
    session = _signed(clinic, Maker(clinic), clock, 52)
    anchors = AnchorService(clinic.context)
    read = _take(source, clinic, BackupService(clinic.context), anchors, tmp_path)
    claim = _anchored_entry(read)
    assert anchors.verify([claim]).intact
    clock.advance(hours=1)

    _attack(attack, postgresql_url, claim, session, clock)

    assert clinic.audit.verify().intact
    result = anchors.verify(read().claims)
    assert not result.intact
    (outcome,) = result.outcomes
    assert not outcome.holds


def test_an_entry_dated_before_one_that_precedes_it_is_back_dated_even_without_a_time(
    clinic: Clinic, small: Session, anchors: AnchorService, db_path: Path, clock: Clock
) -> None:
    typed = typed_claim(anchors.current().hash[:12])  # no time on the paper, only the entry's
    clock.advance(days=2)
    clinic.exports.export_document()
    clock.advance(minutes=-5)  # a workstation whose clock is 5 minutes behind: not a forgery
    clinic.exports.export_document()
    assert anchors.verify([typed]).intact
    append_backdated(f"sqlite:///{db_path}", clock() - dt.timedelta(days=1), small.patient_id)
    (outcome,) = anchors.verify([typed]).outcomes
    assert isinstance(outcome.finding, OutOfOrder)
