"""The database's refusals and the audit chain's findings in Greek: each is extracted by
lupdate (contexts Database and Audit, with tools/translations.sh's aliases) and rendered
from a catalogue compiled from that extraction through mesolog.language's Renderer. str()
stays English; what the audit log stores is not touched."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3
from sqlalchemy import make_url
from sqlalchemy.orm.exc import StaleDataError

from mesolog.domain.errors import DatabaseError
from mesolog.language.choice import language
from mesolog.language.qm_file import Catalogue
from mesolog.language.render import Renderer
from mesolog.persistence.audit import AuditAction, add_audit_entry, check_chain
from mesolog.persistence.base import Base
from mesolog.persistence.database import Database, known_database_errors
from mesolog.persistence.engine import create_database_engine
from mesolog.persistence.guard_checks import GuardFault
from mesolog.persistence.migrate import upgrade
from tests.ui.common.catalogue_support import greek_catalogue

SAME_MOMENT = (
    "Another workstation changed the same record at the same moment; nothing was saved, "
    "please try again."
)
GREEK = {
    ("Database", SAME_MOMENT): "Άλλος σταθμός εργασίας άλλαξε την ίδια εγγραφή την ίδια στιγμή.",
    ("Database", "{where} is not an SQLite file: only SQLite files are encrypted by mesolog."): (
        "Το {where} δεν είναι αρχείο SQLite: το mesolog κρυπτογραφεί μόνο αρχεία SQLite."
    ),
    ("Database", "{where} holds tables but is not a mesolog database."): (
        "Το {where} έχει πίνακες αλλά δεν είναι βάση του mesolog."
    ),
    ("Database", "it is missing"): "λείπει",
    ("Audit", "entries {first}–{last} are missing before it"): (
        "λείπουν οι εγγραφές {first}–{last} πριν από αυτήν"
    ),
}


@pytest.fixture(scope="module")
def greek(tmp_path_factory: pytest.TempPathFactory) -> Renderer:
    folder: Path = tmp_path_factory.mktemp("greek")
    catalogue = Catalogue.from_qm(greek_catalogue(folder, GREEK).read_bytes())
    return Renderer(language("el", "el_GR.UTF-8"), lambda: catalogue)


def test_a_change_made_at_the_same_moment_is_refused_in_greek(greek: Renderer) -> None:
    with pytest.raises(DatabaseError) as refused, known_database_errors(make_url("sqlite://")):
        raise StaleDataError("UPDATE matched no row")
    assert greek(refused.value.text) == (
        "Άλλος σταθμός εργασίας άλλαξε την ίδια εγγραφή την ίδια στιγμή."
    )
    assert str(refused.value) == SAME_MOMENT


def test_a_server_database_is_not_encrypted_in_greek(greek: Renderer) -> None:
    url = make_url("postgresql+psycopg://clinic@db.example/mesolog")
    with pytest.raises(DatabaseError) as refused:
        create_database_engine(url, passphrase="a passphrase")
    assert greek(refused.value.text).endswith(
        "δεν είναι αρχείο SQLite: το mesolog κρυπτογραφεί μόνο αρχεία SQLite."
    )


def test_a_file_of_other_tables_is_not_upgraded_in_greek(greek: Renderer, tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(str(path)) as raw:
        raw.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    database = Database(make_url(f"sqlite:///{path}"))
    try:
        with pytest.raises(DatabaseError) as refused:
            upgrade(database, now=dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    finally:
        database.dispose()
    assert greek(refused.value.text).endswith("έχει πίνακες αλλά δεν είναι βάση του mesolog.")
    assert str(refused.value).endswith("holds tables but is not a mesolog database.")


def test_a_missing_guard_is_said_in_greek(greek: Renderer) -> None:
    assert greek(GuardFault.MISSING.text) == "λείπει"
    assert str(GuardFault.MISSING.text) == GuardFault.MISSING.value


def test_entries_missing_from_the_chain_are_said_in_greek(greek: Renderer, tmp_path: Path) -> None:
    database = Database(make_url(f"sqlite:///{tmp_path / 'audit.sqlite'}"))
    Base.metadata.create_all(database.engine)
    with database.write() as s:
        for number in range(1_500):
            add_audit_entry(
                s,
                at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=number),
                actor="tester",
                action=AuditAction.UPDATE,
                entity="patient",
                entity_uuid=uuid.UUID(int=number),
                patient_uuid=None,
                detail="entry",
                before_digest="b" * 64,
                after_digest="a" * 64,
            )
    with sqlite3.connect(str(tmp_path / "audit.sqlite"), isolation_level=None) as raw:
        raw.execute("DELETE FROM audit_log WHERE id BETWEEN 1000 AND 1200")
    with database.read() as s:
        broken = check_chain(s).first_break
    database.dispose()
    assert broken is not None
    assert greek(broken.text) == "λείπουν οι εγγραφές 1000–1200 πριν από αυτήν"
    assert broken.reason == "entries 1000–1200 are missing before it"
