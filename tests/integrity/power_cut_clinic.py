"""The small clinics the power-cut runs and the rename-order test start from, made once.

`make_templates(folder)` writes, on an ordinary disk:

* `clinic.sqlite`: a plain clinic of three patients, each with a signed session;
* `clinic-key.sqlite`: the same, encrypted with DB_KEY;
* `empty.sqlite`, `empty-key.sqlite`: a clinic with no records, plain and encrypted;
* `older.sqlite`: the plain clinic taken back one schema revision (the upgrade path);
* `sources/A.sqlite`, `sources/B.sqlite`: backups of the clinic with three patients and with
  five (the restore path tells them apart by that), and `sources/export.json`, its export
  (the import path imports its patients under new UUIDs again and again).
"""

from __future__ import annotations

import io
import random
import sys
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from mesolog.cli.main import main as mesolog_main
from mesolog.persistence.migrate import alembic_config, head_revision
from mesolog.services.clinic import Clinic
from tests.integrity.workload import patient_input, session_input

DB_KEY = "the clinic's passphrase"
PATIENTS_A, PATIENTS_B = 3, 5


@dataclass(frozen=True, slots=True)
class Templates:
    folder: Path
    patient: str
    """A patient of every template clinic (the PDF path's)."""
    older_revision: str

    @property
    def plain(self) -> Path:
        return self.folder / "clinic.sqlite"

    @property
    def keyed(self) -> Path:
        return self.folder / "clinic-key.sqlite"

    @property
    def older(self) -> Path:
        return self.folder / "older.sqlite"

    @property
    def sources(self) -> Path:
        return self.folder / "sources"

    def file(self, start: str) -> Path:
        """The template named `start`: plain, keyed, empty, empty-key or older."""
        names = {"plain": "clinic", "keyed": "clinic-key", "older": "older"}
        return self.folder / f"{names.get(start, start)}.sqlite"


def cli(*args: str, stdin: str = "") -> str:
    """`mesolog ARGS` in this process; its output (AssertionError unless it succeeded)."""
    sys.stdin = io.StringIO(stdin)
    printed = io.StringIO()
    with redirect_stdout(printed):
        status = mesolog_main(list(args))
    assert status == 0, (args, printed.getvalue()[-500:])
    return printed.getvalue()


def add_patients(database: Path, count: int, *, seed: int, key: str | None = None) -> str:
    """`count` patients with a signed session each; the first one's id."""
    rng = random.Random(seed)
    with Clinic.open(str(database), passphrase=key, actor="power-cut") as clinic:
        first = ""
        for _ in range(count):
            patient = clinic.patients.create(patient_input(rng))
            session = clinic.sessions.create_draft(patient.id, session_input(rng, notes_size=80))
            clinic.sessions.sign(session.id, signer="")
            first = first or str(patient.id)
    return first


def make_templates(folder: Path) -> Templates:
    folder.mkdir(parents=True, exist_ok=True)
    templates = Templates(folder, "", "")
    patient = add_patients(templates.plain, PATIENTS_A, seed=1)
    sources = templates.sources
    sources.mkdir(exist_ok=True)
    cli("--db", str(templates.plain), "backup", "-o", str(sources / "A.sqlite"))
    cli("--db", str(templates.plain), "export", "json", "-o", str(sources / "export.json"))
    b = folder / "b.sqlite"
    (b).write_bytes((sources / "A.sqlite").read_bytes())
    add_patients(b, PATIENTS_B - PATIENTS_A, seed=2)
    cli("--db", str(b), "backup", "-o", str(sources / "B.sqlite"))
    add_patients(templates.keyed, PATIENTS_A, seed=1, key=DB_KEY)
    add_patients(templates.file("empty"), 0, seed=3)
    add_patients(templates.file("empty-key"), 0, seed=3, key=DB_KEY)
    (folder / "older.sqlite").write_bytes(templates.plain.read_bytes())
    revision = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    assert revision is not None and isinstance(revision.down_revision, str)
    with (
        Clinic.open(str(templates.older), actor="power-cut") as clinic,
        clinic.context.db.engine.connect() as connection,
    ):
        command.downgrade(alembic_config(connection), revision.down_revision)
        connection.commit()
    return Templates(folder, patient, revision.down_revision)
