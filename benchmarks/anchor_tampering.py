"""Rewrites of the audit chain that pass a plain `audit verify` (issue 11, defect 4), K times
each, against an anchor taken before from each kind of place; each trial on a fresh copy of
the demo clinic (with 60 PDF exports at its end, entries that change no record).

    .venv/bin/python benchmarks/anchor_tampering.py [--trials K] [--seed N]
                                [--backend sqlite|postgresql] [--kind TEXT] [--source TEXT]

Kinds (tests/integrity/chain_tampering.py): the tail cut by 1 or by 1–50 entries and the
head moved back; a random signed session rewritten with its digest and the chain re-hashed
to the head; an entry appended back-dated by 11 minutes to a year; the tail cut by 1–50
entries and a restore line forged into the anchors log (anchored at the new head, which
holds) saying that a restore kept the entries up to a random one of those left — with no
restore in the chain, or naming the entries a real restore kept, done before the anchor
(anchors log only: no other place holds restore lines). Sources: a backup, an encrypted
backup, an export's `chain_anchor`, the backup folder's anchors log, the entry and first 16
digits of the hash in a summary's footer (PostgreSQL has no backup: export and typed only).
Prints for each kind and source how often plain verify saw it and how often the anchor
did (the target: 100%). Exits with status 1 if an anchor missed one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.pool import NullPool

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.integrity

from mesolog.domain.chain_anchor import AnchorClaim, typed_claim
from mesolog.services.anchor_sources import AnchorFile, typed_file
from mesolog.services.audit_anchors import AnchorService
from mesolog.services.backups import BackupService
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.services.summary import SummaryService
from mesolog.services.transfer_export import write_export
from tests.integrity.chain_tampering import append_backdated, cut_after, rewrite_session

FORGED_RESTORE = "cut + forged restore line"
ON_A_RESTORE = "cut + forged line, real restore"
KINDS = (
    "cut 1",
    "cut 1-50",
    "rewrite signed session",
    "back-dated entry",
    FORGED_RESTORE,
    ON_A_RESTORE,
)
LOG_ONLY = (FORGED_RESTORE, ON_A_RESTORE)
"""Kinds that forge a line of the anchors log: tried against the anchors log alone."""
SOURCES = ("backup", "encrypted backup", "export", "anchors log", "typed hash")
PASSPHRASE = "benchmark passphrase"


def _prepare(clinic: Clinic) -> None:
    DemoService(clinic.context).fill()
    patients = clinic.patients.search(limit=None)
    for patient in (patients * 2)[:60]:
        clinic.exports.export_document(patient=str(patient.id))


def _take(source: str, clinic: Clinic, folder: Path) -> Callable[[], AnchorFile]:
    anchors = AnchorService(clinic.context, folder / "backups")
    backups = BackupService(clinic.context, folder / "backups")
    if source in ("backup", "encrypted backup"):
        passphrase = PASSPHRASE if source == "encrypted backup" else None
        path = backups.backup(passphrase=passphrase).path
        return lambda: anchors.read(path, passphrase)
    if source == "export":
        document = clinic.exports.export_document()
        document.setdefault("chain_anchor", anchors.current().as_json())
        path = folder / "export.json"
        write_export(path, document)
        return lambda: anchors.read(path)
    if source == "anchors log":
        backups.backup()
        log = anchors.anchors_log()
        assert log is not None
        return lambda: anchors.read(log)
    # The footer of a summary printed now (its own export entry follows the anchored one).
    summaries = SummaryService(clinic.context)
    data = summaries.summary_data(clinic.patients.search(limit=1)[0].id)
    summaries.write_pdf(data, folder / "summary.pdf")
    anchor = data.chain_anchor
    assert anchor is not None
    return lambda: typed_file(typed_claim(anchor.hash[:16], anchor.entry))


def _signed_sessions(url: str) -> list[tuple[uuid.UUID, uuid.UUID]]:
    engine = create_engine(url, poolclass=NullPool)
    sql = (
        "SELECT s.uuid, p.uuid FROM sessions s JOIN patients p ON p.id = s.patient_id "
        "WHERE s.status = 'signed' AND s.voided_at IS NULL"
    )
    try:
        with engine.connect() as c:
            return [(uuid.UUID(str(s)), uuid.UUID(str(p))) for s, p in c.execute(text(sql))]
    finally:
        engine.dispose()


def _restored(clinic: Clinic, folder: Path) -> int:
    """A real restore of a backup just taken, then 60 entries more: the last entry the
    restore kept."""
    backups = BackupService(clinic.context, folder / "backups")
    backups.restore(backups.backup().path)
    log = AnchorService(clinic.context, folder / "backups").anchors_log()
    assert log is not None
    kept = int(json.loads(log.read_text().splitlines()[-1])["kept_up_to"])
    for patient in (clinic.patients.search(limit=None) * 2)[:60]:
        clinic.exports.export_document(patient=str(patient.id))
    return kept


def _forge_restore_line(url: str, folder: Path, kept_up_to: int) -> None:
    """Appends to the anchors log a restore line as mesolog writes one, anchored at the
    chain's head now (an anchor that holds)."""
    with Clinic.open(url, actor="benchmark", create=False) as clinic:
        anchors = AnchorService(clinic.context, folder / "backups")
        head, log = anchors.current(), anchors.anchors_log()
    assert log is not None
    line = {**head.as_json(), "event": "restore", "file": "clinic.backup-x.sqlite"}
    with log.open("a") as stream:
        stream.write(json.dumps({**line, "kept_up_to": kept_up_to}) + "\n")


def _tamper(
    kind: str,
    url: str,
    claim: AnchorClaim,
    chance: random.Random,
    *,
    folder: Path,
    kept: int | None,
) -> None:
    entry = claim.entry or 0
    if kind in LOG_ONLY:
        floor = 0 if kept is None else kept + 1  # a cut below a real restore is seen as such
        keep = max(floor, entry - chance.randint(1, 50))
        cut_after(url, keep)
        said = chance.randint(0, keep) if kept is None else kept
        _forge_restore_line(url, folder, said)
    elif kind == "cut 1":
        cut_after(url, entry - 1)
    elif kind == "cut 1-50":
        cut_after(url, entry - chance.randint(1, 50))
    elif kind == "rewrite signed session":
        session, _ = chance.choice(_signed_sessions(url))
        rewrite_session(url, session, f"REWRITTEN {chance.getrandbits(32):08x}")
    else:
        _, patient = chance.choice(_signed_sessions(url))
        back = dt.timedelta(minutes=chance.randint(11, 365 * 24 * 60))
        taken = claim.at or dt.datetime.now(dt.UTC)  # a summary: when it was printed
        append_backdated(url, taken - back, patient)


def _trial(
    kind: str, source: str, url: str, folder: Path, chance: random.Random
) -> tuple[bool, bool]:
    """(plain verify saw it, the anchor saw it)."""
    with Clinic.open(url, actor="benchmark", create=False) as clinic:
        kept = _restored(clinic, folder) if kind == ON_A_RESTORE else None
        read = _take(source, clinic, folder)
    (claim,) = read().claims[-1:]
    _tamper(kind, url, claim, chance, folder=folder, kept=kept)
    with Clinic.open(url, actor="benchmark", create=False) as clinic:
        plain = not clinic.audit.verify().intact
        anchored = (
            not AnchorService(clinic.context, folder / "backups").verify(read().claims).intact
        )
    return plain, anchored


Copies = Callable[[], Iterator[str]]


def _sqlite_copies(folder: Path) -> Copies:
    template = folder / "template.sqlite"
    with Clinic.open(str(template), actor="benchmark") as clinic:
        _prepare(clinic)

    @contextmanager
    def fresh() -> Iterator[str]:
        work = folder / "trial"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        shutil.copyfile(template, work / "clinic.sqlite")
        yield f"sqlite:///{work / 'clinic.sqlite'}"

    return fresh


def _postgresql_copies(server: str) -> Copies:
    admin = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        connection.exec_driver_sql('CREATE DATABASE "anchor_template"')
    url = make_url(server)
    with Clinic.open(
        url.set(database="anchor_template").render_as_string(hide_password=False), actor="b"
    ) as clinic:
        _prepare(clinic)

    @contextmanager
    def fresh() -> Iterator[str]:
        name = f"trial_{uuid.uuid4().hex[:12]}"
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "anchor_template"')
        try:
            yield url.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE "{name}"')

    return fresh


def _run(backend: str, copies: Copies, args: argparse.Namespace, chance: random.Random) -> int:
    missed = 0
    sources = [s for s in SOURCES if args.source is None or args.source in s]
    if backend == "postgresql":
        sources = [s for s in sources if s in ("export", "typed hash")]
    for kind in [k for k in KINDS if args.kind is None or args.kind in k]:
        for source in [s for s in sources if kind not in LOG_ONLY or s == "anchors log"]:
            plain = anchored = 0
            seconds = []
            for _ in range(args.trials):
                began = time.perf_counter()
                with copies() as url, tempfile.TemporaryDirectory() as folder:
                    saw_plain, saw_anchor = _trial(kind, source, url, Path(folder), chance)
                plain += saw_plain
                anchored += saw_anchor
                seconds.append(time.perf_counter() - began)
            missed += args.trials - anchored
            print(
                f"{backend:<10}  {kind:<32}  {source:<16}  {args.trials:>6}  "
                f"{plain / args.trials:>6.0%}  {anchored / args.trials:>6.0%}  "
                f"{statistics.median(seconds):>6.2f} s",
                flush=True,
            )
    return missed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=10, help="trials of each kind and source")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], action="append")
    parser.add_argument("--kind", help="only kinds whose name holds this text")
    parser.add_argument("--source", help="only anchor sources whose name holds this text")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)
    chance = random.Random(seed)
    print(f"seed {seed}, {args.trials} trials of each kind and source")
    print(
        f"{'backend':<10}  {'kind':<32}  {'anchor':<16}  {'trials':>6}  {'plain':>6}  "
        f"{'anchor':>6}  {'median':>8}"
    )
    missed = 0
    with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
        for backend in args.backend or ["sqlite", "postgresql"]:
            if backend == "sqlite":
                missed += _run(backend, _sqlite_copies(Path(folder)), args, chance)
                continue
            from tests.postgresql import postgresql_cluster

            try:
                server = stack.enter_context(postgresql_cluster())
            except RuntimeError as error:
                print(f"postgresql: not run ({error})")
            else:
                missed += _run(backend, _postgresql_copies(server), args, chance)
    print(f"missed against an anchor: {missed}")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
