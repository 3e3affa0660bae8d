"""A full disk: the write that does not fit fails with a plain message, nothing of it is
stored, everything saved before is intact, and writing works again once there is room.

Two ways to fill the disk, both real SQLite failures rather than mocks:

* `PRAGMA max_page_count` on every connection the app's pool hands out: SQLite refuses
  to grow the file past it with SQLITE_FULL, exactly as when the disk has no room.
* RLIMIT_FSIZE in a writer process (SIGXFSZ ignored): the operating system refuses to
  grow the database's files, so the write-ahead log cannot take the commit.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from mesolog.domain.errors import DatabaseError
from mesolog.domain.ids import PatientId, SessionId
from mesolog.services.clinic import Clinic
from tests.integrity.workload import content_problem, editor_payload, patient_input, session_input

pytestmark = pytest.mark.sqlite_only("fills the disk with SQLite's max_page_count")
ROOT = Path(__file__).resolve().parents[2]
Dump = dict[str, list[tuple[Any, ...]]]
UNLIMITED = 2**31


class Disk:
    """The room the database may grow into: every connection, each time the pool hands it
    out, may hold at most `pages` pages (SQLite's own limit, SQLITE_FULL beyond it)."""

    def __init__(self, clinic: Clinic) -> None:
        self.clinic = clinic
        self.pages = UNLIMITED
        event.listen(clinic.context.db.engine, "checkout", self._limit)

    def _limit(self, dbapi_connection: Any, _record: object, _proxy: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA max_page_count = {self.pages}")
        cursor.close()

    def fill(self, spare_pages: int = 2) -> None:
        with self.clinic.context.db.engine.connect() as connection:
            count = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
        self.pages = int(count) + spare_pages

    def free(self) -> None:
        self.pages = UNLIMITED


def dump(clinic: Clinic) -> Dump:
    """Every row of every table."""
    with clinic.context.db.engine.connect() as connection:
        sql = connection.exec_driver_sql
        tables = [
            str(name)
            for (name,) in sql("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {
            table: sorted((tuple(row) for row in sql(f'SELECT * FROM "{table}"')), key=repr)
            for table in tables
        }


def file_checks(clinic: Clinic) -> tuple[list[str], list[tuple[Any, ...]]]:
    with clinic.context.db.engine.connect() as connection:
        sql = connection.exec_driver_sql
        integrity = [str(row[0]) for row in sql("PRAGMA integrity_check")]
        return integrity, [tuple(row) for row in sql("PRAGMA foreign_key_check")]


@pytest.fixture
def rng() -> random.Random:
    return random.Random(20260310)


@pytest.fixture
def disk(clinic: Clinic) -> Disk:
    return Disk(clinic)


def test_a_full_disk_stores_nothing_and_keeps_everything(
    clinic: Clinic, disk: Disk, rng: random.Random
) -> None:
    patient = clinic.patients.create(patient_input(rng)).id
    saved = [clinic.sessions.create_draft(patient, session_input(rng)).id for _ in range(3)]
    clinic.sessions.sign(saved[0])
    editor_key = uuid.uuid4()
    clinic.editor_drafts.keep(
        editor_key, patient_id=patient, session_id=None, payload=editor_payload(rng, 1)
    )

    disk.fill()
    before = dump(clinic)
    failure = None
    for _ in range(50):  # each session needs a few pages: the disk fills within a few
        try:
            saved.append(clinic.sessions.create_draft(patient, session_input(rng)).id)
        except DatabaseError as error:
            failure = str(error)
            break
        before = dump(clinic)
    assert failure is not None, "the disk never filled up"
    assert "is full" in failure
    assert "Nothing was saved" in failure
    assert "Free some disk space" in failure
    assert "(database or disk is full)" in failure
    assert dump(clinic) == before  # nothing of the failed write, nothing else changed

    # The editor's autosave hits the same wall, and the draft kept before stays.
    with pytest.raises(DatabaseError, match="is full"):
        clinic.editor_drafts.keep(
            uuid.uuid4(), patient_id=patient, session_id=None, payload="x" * 200_000
        )
    assert [draft.key for draft in clinic.editor_drafts.pending()] == [editor_key]
    assert dump(clinic) == before
    assert file_checks(clinic) == (["ok"], [])
    for sid in saved:
        assert content_problem(clinic.sessions.get(sid).entry) is None

    disk.free()
    saved.append(clinic.sessions.create_draft(patient, session_input(rng)).id)
    clinic.sessions.sign(saved[-1])
    clinic.editor_drafts.keep(
        uuid.uuid4(), patient_id=patient, session_id=None, payload="x" * 200_000
    )
    assert len(clinic.editor_drafts.pending()) == 2
    assert file_checks(clinic) == (["ok"], [])
    for sid in saved:
        assert content_problem(clinic.sessions.get(sid).entry) is None


def test_a_full_disk_while_creating_a_patient(
    clinic: Clinic, disk: Disk, rng: random.Random
) -> None:
    """The patient row and its search terms go together or not at all."""
    kept = clinic.patients.create(patient_input(rng))
    disk.fill(spare_pages=0)
    before = dump(clinic)
    big = patient_input(rng)
    with pytest.raises(DatabaseError, match="Nothing was saved"):
        clinic.patients.create(replace(big, medical_history="y" * 9_000, notes="z" * 9_000))
    assert dump(clinic) == before
    assert file_checks(clinic) == (["ok"], [])
    assert clinic.patients.get(kept.id) == kept
    disk.free()
    assert clinic.patients.count() == 1
    clinic.patients.create(patient_input(rng))
    assert clinic.patients.count() == 2


FILE_LIMIT_WRITER = """
import json, resource, signal, sys, uuid, random
from pathlib import Path
from mesolog.domain.errors import DatabaseError
from mesolog.domain.ids import PatientId, SessionId
from mesolog.services.clinic import Clinic
from tests.integrity.workload import session_input

database, patient = Path(sys.argv[1]), PatientId(uuid.UUID(sys.argv[2]))
rng = random.Random(5)
clinic = Clinic.open(str(database), actor="file-limit")
# The operating system lets no file of this process grow past the limit.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
biggest = max(p.stat().st_size for p in database.parent.glob(database.name + "*"))
resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + 64 * 1024, resource.RLIM_INFINITY))
saved, error = [], None
for _ in range(500):
    try:
        saved.append(str(clinic.sessions.create_draft(patient, session_input(rng)).id))
    except DatabaseError as failure:
        error = str(failure)
        break
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
after = str(clinic.sessions.create_draft(patient, session_input(rng)).id)
clinic.close()
print(json.dumps({"saved": saved, "error": error, "after": after}))
"""


def test_the_operating_system_refusing_to_grow_the_file(tmp_path: Path) -> None:
    database = tmp_path / "clinic.sqlite"
    rng = random.Random(11)
    with Clinic.open(str(database), actor="setup") as clinic:
        patient: PatientId = clinic.patients.create(patient_input(rng)).id
        earlier = clinic.sessions.create_draft(patient, session_input(rng)).id
    ran = subprocess.run(
        [sys.executable, "-W", "error", "-c", FILE_LIMIT_WRITER, str(database), str(patient)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    result = json.loads(ran.stdout)
    assert result["error"] is not None, "the file limit was never reached"
    assert "failed to read or write (disk I/O error)" in result["error"]
    assert "may be full" in result["error"]
    with Clinic.open(str(database), actor="check", create=False) as clinic:
        assert file_checks(clinic) == (["ok"], [])
        with clinic.context.db.engine.connect() as connection:
            stored = connection.exec_driver_sql("SELECT count(*) FROM sessions").scalar_one()
        # The write the disk refused was not stored; every other one was.
        assert stored == 1 + len(result["saved"]) + 1
        for sid in [str(earlier), *result["saved"], result["after"]]:
            session = clinic.sessions.get(SessionId(uuid.UUID(sid)))
            assert content_problem(session.entry) is None
