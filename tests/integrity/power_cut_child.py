"""The process a power cut kills: one write path of mesolog, over and over.

    python -m tests.integrity.power_cut_child PATH DATABASE FOLDER SEED [--key KEY]
        [--patient ID] [--day N] [--times N]                       (from the repository root)

It imports everything first, prints READY and waits for a line on standard input, JSON
that may give `key`, `day` and `carry` (crash_writer's records to carry on with) instead
of the options, and `once` (one step, then a wait for the cut); with `--times`, it starts
at once and stops after N steps (the rename-order test runs each path once under strace).
Before each step it prints `> WHAT`, and once the step has returned (committed, written,
renamed) `= WHAT`: a promise the files must keep after the power goes. The sessions
paths print crash_writer's lines instead (`> P`, `P id`, …).

`KEY` is the database's passphrase now (None: plain). FOLDER holds what the path reads
(the backups to restore, the export to import) and where it writes its files.

POWER_CUT_SYNCHRONOUS (the harness's switch, not the product's) sets `PRAGMA synchronous`
on every connection the sessions paths open, after mesolog's own FULL: the harness must
see writes lost when it is NORMAL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import random
import re
import sys
import threading
import uuid
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import configure_mappers

from mesolog.cli.main import main as mesolog_main
from mesolog.persistence.database import Database
from mesolog.persistence.location import resolve_database_url
from mesolog.services.clinic import Clinic
from mesolog.services.context import ServiceContext
from mesolog.services.editor_drafts import EditorDraftService
from mesolog.services.patients import PatientService
from mesolog.services.sessions import SessionService
from tests.integrity.crash_writer import ACTOR, Writer, say

WEAKEN = "POWER_CUT_SYNCHRONOUS"
BACKUP_PASSPHRASE = "a backup's own passphrase"
KEYS = ("first passphrase here", "second passphrase here")
"""The passphrases the encrypt and passphrase paths take in turn."""
DAY_ONE = dt.datetime(2031, 1, 1, 12, tzinfo=dt.UTC)
"""The daily backups' first day; each step is a day later (--from: days already done)."""
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def run_cli(*args: str, stdin: str = "") -> None:
    """`mesolog ARGS` in this process; anything but exit status 0 ends the child."""
    sys.stdin = io.StringIO(stdin)
    printed = io.StringIO()
    with redirect_stdout(printed):
        status = mesolog_main(list(args))
    if status != 0:
        raise SystemExit(f"mesolog {args[2:4]} ended with {status}: {printed.getvalue()[-300:]}")


class KeyedWriter(Writer):
    """crash_writer's writer on a database that may be encrypted, its connections maybe
    weakened by the harness."""

    def __init__(self, database: str, rng: random.Random, key: str | None) -> None:
        configure_mappers()
        db = Database(resolve_database_url(database), passphrase=key)
        weaken(db)
        context = ServiceContext(db, ACTOR)
        self.patients = PatientService(context)
        self.sessions = SessionService(context)
        self.editor = EditorDraftService(context)
        self.rng = rng
        self.known_patients = []
        self.drafts = {}
        self.editor_drafts = {}


class AutosaveWriter(KeyedWriter):
    """The session editor's autosave only: editor drafts kept again and again, sometimes
    discarded (after one patient to keep them for)."""

    def step(self) -> None:
        if not self.known_patients:
            self.create_patient()
        elif self.editor_drafts and self.rng.random() < 0.1:
            self.discard_editor_draft(self.rng.choice(sorted(self.editor_drafts)))
        else:
            self.keep_editor_draft()


def weaken(db: Database) -> None:
    setting = os.environ.get(WEAKEN)
    if setting is None:
        return

    def _weakened(connection: Any, _record: Any) -> None:
        connection.execute(f"PRAGMA synchronous = {setting}")

    event.listen(db.engine, "connect", _weakened)


class Paths:
    """One step of each path that is not crash_writer's; `db_args` open the database."""

    def __init__(self, options: argparse.Namespace) -> None:
        self.o = options
        self.folder = Path(options.folder)
        self.key: str | None = options.key
        self.number = 0
        self.rng = random.Random(options.seed)

    def db_args(self) -> list[str]:
        keyed = ["--db-passphrase-stdin"] if self.key is not None else []
        return ["--db", self.o.database, *keyed]

    def key_line(self) -> str:
        return "" if self.key is None else self.key + "\n"

    def announce(self, what: str, step: Callable[[], None]) -> None:
        say(f"> {what}")
        step()
        say(f"= {what}")

    def backup(self) -> None:
        name = f"b-{self.o.seed}-{self.number}.sqlite"
        target = self.folder / "backups" / name
        self.announce(name, lambda: run_cli(*self.db_args(), "backup", "-o", str(target)))

    def backup_encrypted(self) -> None:
        name = f"e-{self.o.seed}-{self.number}.sqlite.enc"
        target = self.folder / "backups" / name
        lines = self.key_line() + BACKUP_PASSPHRASE + "\n" + BACKUP_PASSPHRASE + "\n"
        args = (*self.db_args(), "backup", "--encrypt", "--passphrase-stdin", "-o", str(target))
        self.announce(name, lambda: run_cli(*args, stdin=lines))

    def daily(self) -> None:
        now = DAY_ONE + dt.timedelta(days=self.o.day + self.number)

        def take() -> None:
            with Clinic.open(self.o.database, passphrase=self.key, create=False) as clinic:
                clinic.backups.daily_backup_if_due(now)

        self.announce(now.date().isoformat(), take)

    def restore(self) -> None:
        source = ("A", "B")[(self.o.seed + self.number) % 2]
        file = self.folder / "sources" / f"{source}.sqlite"
        self.announce(
            source,
            lambda: run_cli(*self.db_args(), "restore", str(file), stdin=self.key_line()),
        )

    def encrypt(self) -> None:
        if self.key is None:
            new, command, lines = KEYS[0], "encrypt", f"{KEYS[0]}\n"
        else:
            new = KEYS[1] if self.key == KEYS[0] else KEYS[0]
            command, lines = "passphrase", f"{self.key}\n{new}\n"
        args = ("--db", self.o.database, command, "--db-passphrase-stdin")
        self.announce(new, lambda: run_cli(*args, stdin=lines))
        self.key = new

    def upgrade(self) -> None:
        self.announce("upgraded", lambda: run_cli(*self.db_args(), "init", stdin=self.key_line()))

    def import_file(self) -> None:
        document = json.loads((self.folder / "sources" / "export.json").read_text("utf-8"))
        fresh: dict[str, str] = {}
        text = _UUID.sub(
            lambda m: fresh.setdefault(m[0], str(uuid.uuid4())),
            json.dumps(document["patients"], ensure_ascii=False),
        )
        document["patients"] = json.loads(text)
        for patient in document["patients"]:
            if patient.get("record_number"):
                patient["record_number"] = f"PC-{uuid.uuid4().hex[:12]}"
        file = self.folder / "sources" / f"import-{self.o.seed}-{self.number}.json"
        file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        ids = " ".join(patient["id"] for patient in document["patients"])
        self.announce(
            ids, lambda: run_cli(*self.db_args(), "import", str(file), stdin=self.key_line())
        )
        file.unlink()

    def pdf(self) -> None:
        target = self.folder / "summary.pdf"
        args = (*self.db_args(), "export", "pdf", "--patient", self.o.patient, "-o", str(target))
        self.announce(f"pdf {self.number}", lambda: run_cli(*args, stdin=self.key_line()))

    def json(self) -> None:
        target = self.folder / "export.json"
        args = (*self.db_args(), "export", "json", "-o", str(target))
        self.announce(f"json {self.number}", lambda: run_cli(*args, stdin=self.key_line()))


WRITERS = {"sessions": KeyedWriter, "autosave": AutosaveWriter}
STEPS: dict[str, Callable[[Paths], None]] = {
    "backup": Paths.backup,
    "backup-encrypted": Paths.backup_encrypted,
    "daily": Paths.daily,
    "restore": Paths.restore,
    "encrypt": Paths.encrypt,
    "upgrade": Paths.upgrade,
    "import": Paths.import_file,
    "pdf": Paths.pdf,
    "json": Paths.json,
}


def options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", choices=sorted({*WRITERS, *STEPS}))
    parser.add_argument("database")
    parser.add_argument("folder")
    parser.add_argument("seed", type=int)
    parser.add_argument("--key")
    parser.add_argument("--patient", default="")
    parser.add_argument("--day", type=int, default=0)
    parser.add_argument("--times", type=int)
    return parser.parse_args(argv)


def run_once(
    path: str, database: Path, folder: Path, *, patient: str = "", key: str | None = None
) -> None:
    """One step of `path` (the rename-order test runs them all in one process)."""
    keyed = [] if key is None else ["--key", key]
    run([path, str(database), str(folder), "1", "--patient", patient, "--times", "1", *keyed])


def run(argv: list[str]) -> None:
    o = options(argv)
    carried = None
    if o.times is None:
        say("READY")
        line = sys.stdin.readline()
        if not line:
            return  # the harness needs no more runs
        given = json.loads(line)
        o.key, o.day, carried = given.get("key"), given.get("day", 0), given.get("carry")
        o.times_then_wait = 1 if given.get("once") else None
    times = o.times if o.times is not None else o.times_then_wait
    if o.path in WRITERS:
        writer = WRITERS[o.path](o.database, random.Random(o.seed), o.key)
        if carried:
            writer.carry_on(carried)
        step: Callable[[], None] = writer.step
    else:
        paths = Paths(o)

        def step() -> None:
            STEPS[o.path](paths)
            paths.number += 1

    done = 0
    while times is None or done < times:
        step()
        done += 1
    if o.times is None:
        threading.Event().wait()  # a path of one step waits for its cut


if __name__ == "__main__":
    run(sys.argv[1:])
