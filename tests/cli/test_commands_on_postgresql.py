"""The commands a clinic's IT person scripts, run as processes on a database of the test
cluster and on an SQLite file made alike (issue 15, WP 12): each says the same on both, once
the database's place, record ids, hashes and moments are set aside, or differs by design
(`check` names the server instead of SQLite's pragmas and file modes).

The demo clinic is made once per module on each backend (`demos`); a test that changes
anything works on copies of it (`clinics`). Accounts and `init`:
test_commands_on_postgresql_accounts.py."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, select, text

from mesolog.domain.errors import StateError
from mesolog.persistence.base import Base
from mesolog.persistence.database import Database
from mesolog.persistence.location import resolve_database_url
from tests.integrity.chain_tampering import behind_mesologs_back

ROOT = Path(__file__).parents[2]
Result = subprocess.CompletedProcess[str]
IDS = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
HASHES = re.compile(r"\b[0-9a-f]{64}\b|\b[0-9a-f]{4}(?: [0-9a-f]{4}){3,15}\b")
MOMENTS = re.compile(r"\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)")
PACE = re.compile(r"in [0-9.]+ s, ([0-9]+) entries walked \([0-9]+ entries/s\)")


def mesolog(db: str, *args: str, stdin: str = "") -> Result:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("PG") and key != "MESOLOG_DB"
    }
    return subprocess.run(
        [sys.executable, "-m", "mesolog", "--db", db, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment | {"PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"},
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def alike(said: str, *places: str) -> str:
    """What a command said, with what two databases made alike cannot share set aside: their
    places (a URL, a file, a file named after the backend), record ids (numbered in the order
    they come), hashes, moments and the pace of a check."""
    for place in places:
        said = said.replace(place, "DB")
    numbers: dict[str, str] = {}
    said = IDS.sub(lambda found: numbers.setdefault(found[0], f"ID{len(numbers)}"), said)
    return PACE.sub(r"in T s, \1 entries walked", MOMENTS.sub("MOMENT", HASHES.sub("HASH", said)))


@dataclass(frozen=True)
class Clinics:
    """The same clinic on PostgreSQL (a URL) and SQLite (a file's path)."""

    postgresql: str
    sqlite: str

    def run(self, *args: str, stdin: str = "") -> tuple[Result, Result]:
        """The command on each at once (they run side by side on two cores); `{backend}` in
        an argument is the backend's name, to name a file apart."""

        def on(backend: str, db: str) -> Result:
            own = [argument.replace("{backend}", backend) for argument in args]
            return mesolog(db, *own, stdin=stdin)

        with ThreadPoolExecutor(2) as pool:
            postgresql = pool.submit(on, "postgresql", self.postgresql)
            sqlite = pool.submit(on, "sqlite", self.sqlite)
            return postgresql.result(), sqlite.result()

    def same(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        """Runs the command on each, asserts both said the same (set aside as `alike`
        does), and returns what PostgreSQL said so: exit status, output, errors."""
        postgresql, sqlite = self.run(*args, stdin=stdin)
        named = [a.replace("{backend}", "postgresql") for a in args if "{backend}" in a]
        said = (
            postgresql.returncode,
            alike(postgresql.stdout, self.postgresql, *named),
            alike(postgresql.stderr, self.postgresql, *named),
        )
        named = [a.replace("{backend}", "sqlite") for a in args if "{backend}" in a]
        place = str(Path(self.sqlite).resolve())
        assert said == (
            sqlite.returncode,
            alike(sqlite.stdout, *named, place, self.sqlite),
            alike(sqlite.stderr, *named, place, self.sqlite),
        )
        return said


def database_on(server: str, template: str | None = None) -> str:
    """A new database on the test cluster (a copy of `template`'s), its URL."""
    name = f"cli_{uuid.uuid4().hex[:12]}"
    copying = "" if template is None else f' TEMPLATE "{make_url(template).database}"'
    _administer(server, f'CREATE DATABASE "{name}"{copying}')
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def drop(server: str, url: str) -> None:
    _administer(server, f'DROP DATABASE "{make_url(url).database}" WITH (FORCE)')


def _administer(server: str, statement: str) -> None:
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(statement)
    admin.dispose()


def fingerprint(db: str) -> dict[str, str]:
    """Every table's rows, hashed: what a refused command leaves as it found it."""
    database = Database(resolve_database_url(db))
    try:
        with database.read() as s:
            return {
                table.name: hashlib.sha256(
                    repr(sorted(repr(tuple(row)) for row in s.execute(select(table)))).encode()
                ).hexdigest()
                for table in Base.metadata.sorted_tables
            }
    finally:
        database.dispose()


def document(exported: str) -> dict[str, Any]:
    """An export's document, with what belongs to the database and the moment set aside."""
    found: dict[str, Any] = json.loads(alike(exported))
    for own in ("exported_at", "chain_anchor", "photos_left_out"):
        found.pop(own, None)
    return found


@pytest.fixture(scope="module")
def demos(postgresql_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Clinics]:
    demo = Clinics(
        database_on(postgresql_server), str(tmp_path_factory.mktemp("demos") / "demo.sqlite")
    )
    status, written, _ = demo.same("demo")
    assert status == 0
    assert re.fullmatch(
        "demo clinic written: 40 patients, 57 courses, 358 sessions, 11 products, [0-9]+ lots\n",
        written,
    )
    yield demo
    drop(postgresql_server, demo.postgresql)


@pytest.fixture
def clinics(demos: Clinics, postgresql_server: str, tmp_path: Path) -> Iterator[Clinics]:
    """Copies of the demo clinics, for a test that changes them."""
    path = tmp_path / "clinic.sqlite"
    shutil.copyfile(demos.sqlite, path)
    path.chmod(0o600)
    copy = Clinics(database_on(postgresql_server, template=demos.postgresql), str(path))
    yield copy
    drop(postgresql_server, copy.postgresql)


EVERY_DAY = ("--from", "2000-01-01", "--to", "2099-12-31")
# The demo's lots change monthly (services.demo_lots), so how many records it holds moves
# with the day (582 on 6 December 2026, 581 the next day): the counts are the same on both,
# not pinned.
VERIFIED = (
    r"chain intact: (\d+) entries, newest hash HASH\n"
    r"records intact: (\d+) match their newest entry, and an entry wrote every record\n"
    r"guards intact: every trigger that guards the records is as mesolog made it\n"
    r"full check in T s, \1 entries walked, \2 records compared \(the chain is short\)\n"
)
READING = [
    (["patients"], r"(ID\d+\tMC-00[0-4]\d\t[^\t\n]+, [^\t\n]+\t\d{4}-\d\d-\d\d\n){40}"),
    (["patients", "--search", "LEFEVRE"], "ID0\tMC-0007\tLefèvre, Chloé\t1975-09-22\n"),
    (["products", "list"], r"name +manufacturer +[^\n]+\n([^\n]+ in use\n){11}"),
    (
        ["lots", "list", "--product", "09520417020022", "--format", "csv"],
        r"product,lot,expiry,received_on,unit,quantity_received,used,left,state\n"
        r"(AquaVeil HA 2%,AV\d\d-\d{4},[-\d]+,[-\d]+,ml,\d+,[.\d]+,[.\d]+,in date\n)+",
    ),
    (["audit", "verify"], VERIFIED),
    (
        ["audit", "list", "--patient", "MC-0007"],
        r"(\d+\tHASH\tMOMENT\t[^\t]+\timport\t(patient|course|session) ID\d+\n)+",
    ),
    (
        ["audit", "list", "--user", "mesolog", "--since", "2000-01-01", "--limit", "3"],
        r"(\d+\tHASH\tMOMENT\tmesolog\tcreate\ttemplate ID\d\n){3}",
    ),
    (
        ["reactions", *EVERY_DAY, "--by", "product"],
        r"any reaction by product, 2000-01-01 to 2099-12-31\nall sessions: [^\n]+\n\n"
        r"rank +product +sessions +with +rate +95% CI\n( +\d+  [^\n]+\n){11}",
    ),
]


@pytest.mark.parametrize(("args", "expected"), READING, ids=[" ".join(a) for a, _ in READING])
def test_reading_commands_say_the_same_on_both(
    demos: Clinics, args: list[str], expected: str
) -> None:
    status, said, errors = demos.same(*args)
    assert (status, errors) == (0, "")
    assert re.fullmatch(expected, said), said


def test_check_names_the_server_where_sqlite_has_its_pragmas(demos: Clinics) -> None:
    on_postgresql, on_sqlite = demos.run("check")
    assert (on_postgresql.returncode, on_sqlite.returncode) == (0, 0)
    server = on_postgresql.stdout.splitlines()
    assert re.fullmatch(r"ok    server: postgresql \d+\.\d+.*", server[1])
    assert re.fullmatch(
        r"ok    guards: all \d+ triggers and \d+ functions guarding the records are as "
        "mesolog made them",
        server[2],
    )
    shared = [line for line in on_sqlite.stdout.splitlines() if line in server]
    assert shared == [server[0], server[3], "all is well"]
    assert server == shared[:1] + server[1:3] + shared[1:]


@pytest.mark.slow  # six processes, of the whole clinic: 10 s on the shared machine
def test_the_export_imports_into_a_second_empty_database(
    clinics: Clinics, postgresql_url_2: str, tmp_path: Path
) -> None:
    """The seeded demo is the same clinic on both backends, record for record; its export
    from PostgreSQL imports whole into another database there, verifies, and exports again
    as it was."""
    exported = clinics.run("export", "json", "-o", "-")
    assert [r.returncode for r in exported] == [0, 0]
    on_postgresql, on_sqlite = (document(r.stdout) for r in exported)
    assert on_postgresql == on_sqlite
    assert len(on_postgresql["patients"]) == 40
    files = tmp_path / "postgresql.json", tmp_path / "sqlite.json"
    for file, result in zip(files, exported, strict=True):
        file.write_text(result.stdout, encoding="utf-8")
    copies = Clinics(postgresql_url_2, str(tmp_path / "copy.sqlite"))
    status, said, _ = copies.same("import", str(tmp_path / "{backend}.json"))
    assert status == 0
    assert said.startswith("Imported 40 patient(s), 57 course(s) and 358 session(s); 0 patient(s)")
    verified = mesolog(postgresql_url_2, "audit", "verify")
    assert verified.returncode == 0, verified.stdout
    assert verified.stdout.startswith("chain intact: ")
    again = mesolog(postgresql_url_2, "export", "json", "-o", "-")
    assert document(again.stdout) == on_postgresql


@pytest.mark.slow  # a PDF on each backend: 5 s on the shared machine
def test_one_patient_exports_as_a_document_and_a_summary(clinics: Clinics, tmp_path: Path) -> None:
    from pypdf import PdfReader

    status, said, _ = clinics.same("export", "json", "--patient", "MC-0007", "-o", "-")
    [patient] = json.loads(said)["patients"]
    assert (status, patient["record_number"], patient["family_name"]) == (0, "MC-0007", "Lefèvre")
    pdf = str(tmp_path / "{backend}.pdf")
    status, said, _ = clinics.same(
        "export", "pdf", "--patient", "MC-0007", "--kind", "clinical", "-o", pdf
    )
    assert status == 0
    assert re.fullmatch(r"treatment summary \(clinical copy, \d+ kB\) written to DB\n", said)
    texts = [
        "".join(page.extract_text() for page in PdfReader(tmp_path / f"{backend}.pdf").pages)
        for backend in ("postgresql", "sqlite")
    ]
    assert "Lefèvre" in texts[0]
    assert len({re.sub(r"Generated [^·]+·", "", alike(t)) for t in texts}) == 1


@pytest.mark.slow  # the demo's photos, exported twice and imported: 5 s
def test_a_bundle_carries_the_photos_into_an_empty_database(
    clinics: Clinics, postgresql_url: str, tmp_path: Path
) -> None:
    """Into PostgreSQL: tests/cli/test_transfer_bundle.py imports one into SQLite."""
    bundle = str(tmp_path / "{backend}.mesolog.zip")
    exported = clinics.same("export", "json", "--with-photos", "-o", bundle)
    assert exported == (0, "", "40 patients and 39 photos written to DB\n")
    imported = mesolog(postgresql_url, "import", bundle.replace("{backend}", "postgresql"))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.endswith(" Photos: 39 added, 0 in the database already.\n")


def test_a_recall_writes_the_same_csv(clinics: Clinics, tmp_path: Path) -> None:
    csv = str(tmp_path / "{backend}.csv")
    reason = ("--reason", "supplier notice", "--format", "csv", "-o", csv)
    status, said, _ = clinics.same("recall", "--product", "aquaveil ha 2%", *reason)
    assert status == 0
    assert re.fullmatch(
        r'recall of product "aquaveil ha 2%": [1-9]\d* patients, [1-9]\d* sessions; CSV written '
        "to DB\n",
        said,
    )
    written = (tmp_path / "postgresql.csv").read_bytes()
    assert written == (tmp_path / "sqlite.csv").read_bytes()
    assert written.startswith("\ufeffRecord number,Family name,Given name,".encode())


NEW_LOT = ("lots", "add", "--product", "AquaVeil HA 2%", "--lot", "AV-NEW", "--expiry")
REFUSED = [
    (["demo"], 1, "holds 40 patient(s) already"),
    ([*NEW_LOT, "2030-01-01", "--received-on", "2026-01-01", "--quantity", "-1"], 1, "quantity"),
    (["import", "-"], 1, "  patients[0].family_name:"),
]


@pytest.mark.parametrize(
    ("args", "status", "says"), REFUSED, ids=[" ".join(a[:2]) for a, *_ in REFUSED]
)
def test_a_refusal_says_the_same_and_changes_nothing(
    clinics: Clinics, args: list[str], status: int, says: str
) -> None:
    before = fingerprint(clinics.postgresql), fingerprint(clinics.sqlite)
    stdin = '{"format": "mesolog", "version": 1, "patients": [{}]}'
    refused, said, errors = clinics.same(*args, stdin=stdin)
    assert (refused, said) == (status, "")
    assert says in errors and "Traceback" not in errors
    assert (fingerprint(clinics.postgresql), fingerprint(clinics.sqlite)) == before


def test_verify_names_what_plain_sql_changed_on_both(clinics: Clinics) -> None:
    """As tests/cli/test_audit.py does on SQLite; on PostgreSQL the guards refuse the signed
    session's change unless this transaction turns the triggers off, as a superuser can."""
    signed = "SELECT uuid FROM sessions WHERE status = 'signed' ORDER BY performed_at LIMIT 1"
    refused = Database(make_url(clinics.postgresql))
    with pytest.raises(StateError, match="refused to change a signed session"):  # noqa: SIM117
        with refused.write() as s:
            s.execute(text(f"UPDATE sessions SET notes = 'changed' WHERE uuid = ({signed})"))
    refused.dispose()
    for database in (clinics.postgresql, str(resolve_database_url(clinics.sqlite))):
        with behind_mesologs_back(database) as s:
            s.execute(text("UPDATE audit_log SET detail = 'x' WHERE id = 17"))
            s.execute(
                text("UPDATE patients SET allergies = 'none' WHERE record_number = 'MC-0003'")
            )
            s.execute(text(f"UPDATE sessions SET notes = 'changed' WHERE uuid = ({signed})"))
    status, said, errors = clinics.same("audit", "verify")
    assert (status, errors) == (1, "")
    lines = said.splitlines()
    assert (
        lines[0]
        == "CHAIN BROKEN at entry 17: its content does not match its hash (the entry was altered)"
    )
    changed = sorted(line.split(" ID")[0] for line in lines if line.startswith("RECORD CHANGED"))
    assert changed == [
        "RECORD CHANGED outside mesolog: patient",
        "RECORD CHANGED outside mesolog: session",
    ]
