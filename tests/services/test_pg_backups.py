"""Backups of a PostgreSQL clinic with pg_dump, against the throwaway cluster of
tests/postgresql.py: each dump restored into a scratch database and checked there, a restore
beside the database in use, tampered and foreign files refused, pg_dump missing or too old
refused, the password kept off command lines, and the least-privilege roles of
docs/clinic-server.md run as written."""

from __future__ import annotations

import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, exc, make_url, text
from sqlalchemy.engine import URL

from mesolog.domain.errors import DatabaseError
from mesolog.persistence.backup_files import BackupFileError
from mesolog.persistence.pg_dump import (
    BIN_VARIABLE,
    client_environment,
    client_tools,
    create_database,
    database_names,
    drop_database,
    dump,
    restore,
)
from mesolog.services.backups import BackupService
from mesolog.services.clinic import Clinic
from mesolog.services.server_backups import ServerBackups
from tests.conftest import FixedClock
from tests.services.backup_support import change, fill
from tests.services.conftest import Maker

DOC = Path(__file__).parents[2] / "docs" / "clinic-server.md"


@pytest.fixture
def server_clinic(postgresql_url: str, clock: FixedClock) -> Iterator[Clinic]:
    opened = Clinic.open(postgresql_url, actor="tester", clock=clock)
    fill(Maker(opened))
    yield opened
    opened.close()


@pytest.fixture
def server(server_clinic: Clinic, tmp_path: Path) -> ServerBackups:
    found = BackupService(server_clinic.context, tmp_path / "backups").server
    assert found is not None
    return found


def actions(url: str | URL) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = connection.execute(text("SELECT action FROM audit_log ORDER BY id"))
        result = list(found.scalars())
    engine.dispose()
    return result


def left_over(clinic: Clinic, prefix: str) -> list[str]:
    return list(database_names(clinic.context.db.engine, prefix))


def test_a_backup_is_a_dump_checked_in_a_scratch_database(
    server: ServerBackups, server_clinic: Clinic, tmp_path: Path
) -> None:
    entries = len(actions(server_clinic.context.db.url))
    result = server.backup()
    assert re.fullmatch(r"test_\w+\.backup-\d{8}T\d{6}Z\.dump", result.path.name)
    assert result.path.parent == tmp_path / "backups"
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(result.path.parent.stat().st_mode) == 0o700
    assert result.check.entries == entries
    assert (result.check.patients, result.check.sessions) == (2, 2)
    assert result.check.records_compared > 0
    assert actions(server_clinic.context.db.url)[-1] == "backup"
    assert left_over(server_clinic, "mesolog_check_") == []
    anchors = tmp_path / "backups" / f"{server_clinic.context.db.url.database}.anchors.jsonl"
    assert stat.S_IMODE(anchors.stat().st_mode) == 0o600
    assert sorted(p.name for p in result.path.parent.iterdir()) == sorted(
        [result.path.name, anchors.name]
    )


def test_a_restore_goes_beside_the_database_in_use(
    server: ServerBackups, server_clinic: Clinic, clock: FixedClock
) -> None:
    taken = server.backup()
    change(Maker(server_clinic))
    live = actions(server_clinic.context.db.url)
    result = server.restore(taken.path)
    assert result.database.startswith(f"{result.replaced}_restored_")
    assert actions(server_clinic.context.db.url) == live
    restored_url = server_clinic.context.db.url.set(database=result.database)
    assert actions(restored_url)[-1] == "restore"
    assert (result.check.patients, result.check.sessions) == (2, 2)
    with Clinic.open(restored_url.render_as_string(False), actor="tester", clock=clock) as back:
        assert back.audit.verify().intact
        assert len(back.patients.search("")) == 2


def tampered_dump(server: ServerBackups, clinic: Clinic, tmp_path: Path, sql: str) -> Path:
    """The clinic's dump, restored elsewhere, changed there by `sql` as the superuser, and
    dumped again."""
    url = clinic.context.db.url
    engine = clinic.context.db.engine
    tools = client_tools(15)
    original = server.backup().path
    name = "tampered_" + (url.database or "")
    create_database(engine, name)
    try:
        restore(tools, url.set(database=name), original, with_owners=True, timeout=60)
        other = create_engine(url.set(database=name))
        with other.begin() as connection:
            connection.exec_driver_sql(sql)
        other.dispose()
        target = tmp_path / "tampered.dump"
        with target.open("wb") as output:
            dump(tools, url.set(database=name), output, timeout=60)
    finally:
        drop_database(engine, name)
    return target


def test_a_dump_whose_audit_chain_was_altered_is_refused(
    server: ServerBackups, server_clinic: Clinic, tmp_path: Path
) -> None:
    source = tampered_dump(
        server, server_clinic, tmp_path, "UPDATE audit_log SET actor = 'someone' WHERE id = 2"
    )
    live = actions(server_clinic.context.db.url)
    with pytest.raises(BackupFileError, match="audit chain is broken at entry 2"):
        server.restore(source)
    assert actions(server_clinic.context.db.url) == live
    assert left_over(server_clinic, f"{server_clinic.context.db.url.database}_restored") == []


def test_a_dump_whose_records_were_changed_is_refused(
    server: ServerBackups, server_clinic: Clinic, tmp_path: Path
) -> None:
    source = tampered_dump(
        server, server_clinic, tmp_path, "UPDATE patients SET given_name = 'Eleni'"
    )
    with pytest.raises(BackupFileError, match="records are not what the audit log recorded"):
        server.restore(source)
    assert left_over(server_clinic, f"{server_clinic.context.db.url.database}_restored") == []


def test_a_file_that_is_not_a_dump_is_refused(server: ServerBackups, tmp_path: Path) -> None:
    source = tmp_path / "clinic.backup-20260310T160000Z.sqlite"
    source.write_bytes(b"SQLite format 3\x00" + bytes(200))
    with pytest.raises(BackupFileError, match="is not a whole PostgreSQL dump"):
        server.restore(source)
    with pytest.raises(DatabaseError, match="There is no backup file"):
        server.restore(tmp_path / "missing.dump")


def test_a_missing_pg_dump_is_named_with_how_to_install_it(
    server: ServerBackups,
    server_clinic: Clinic,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv(BIN_VARIABLE, str(empty))
    before = actions(server_clinic.context.db.url)
    with pytest.raises(DatabaseError, match="pg_dump and pg_restore are not installed") as error:
        server.backup()
    assert "apt install postgresql-client" in str(error.value)
    assert str(empty) in str(error.value)
    assert actions(server_clinic.context.db.url) == before
    assert not (tmp_path / "backups").exists()


def test_a_pg_dump_older_than_the_server_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "bin"
    folder.mkdir()
    for name in ("pg_dump", "pg_restore"):
        program = folder / name
        program.write_text(f"#!/bin/sh\necho '{name} (PostgreSQL) 12.19'\n")
        program.chmod(0o700)
    monkeypatch.setenv(BIN_VARIABLE, str(folder))
    with pytest.raises(
        DatabaseError, match="runs PostgreSQL 15, and the newest pg_dump here is version 12"
    ):
        client_tools(15)
    assert client_tools(12).major == 12


def test_the_password_goes_in_a_private_passfile_never_in_the_arguments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PGPASSWORD", "from the environment")
    url = make_url(
        "postgresql+psycopg://app:a%3Asecret%5Cword@db.clinic.lan:5433/clinic"
        "?sslmode=verify-full&sslrootcert=/etc/clinic-ca.crt"
    )
    with client_environment(url) as env:
        passfile = Path(env["PGPASSFILE"])
        assert stat.S_IMODE(passfile.stat().st_mode) == 0o600
        assert stat.S_IMODE(passfile.parent.stat().st_mode) == 0o700
        assert passfile.read_text() == "*:*:*:*:a\\:secret\\\\word\n"
        assert "PGPASSWORD" not in env
        assert (env["PGHOST"], env["PGPORT"], env["PGUSER"], env["PGDATABASE"]) == (
            "db.clinic.lan",
            "5433",
            "app",
            "clinic",
        )
        assert (env["PGSSLMODE"], env["PGSSLROOTCERT"]) == ("verify-full", "/etc/clinic-ca.crt")
        assert not any("secret" in value for key, value in env.items() if key != "PGPASSFILE")
    assert not passfile.exists()
    with pytest.raises(DatabaseError, match="parameter prepare_threshold cannot be handed"):
        client_environment(url.update_query_dict({"prepare_threshold": "0"})).__enter__()


# --- the roles of docs/clinic-server.md ----------------------------------------------------


def doc_blocks() -> tuple[str, str]:
    """The page's two SQL blocks: the roles and database (as a superuser), the grants (as
    the owner, once mesolog made its tables)."""
    roles, grants = re.findall(r"```sql\n(.*?)```", DOC.read_text(), re.DOTALL)[:2]
    return roles, grants


def run_sql(url: URL, sql: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        for statement in filter(str.strip, sql.split(";")):
            connection.exec_driver_sql(statement)
    engine.dispose()


@pytest.fixture(scope="module")
def roles(postgresql_server: str) -> URL:
    """The page's roles and database on the test cluster; the database's URL as the owner
    once `init` and the grants ran."""
    superuser = make_url(postgresql_server)
    created, grants = doc_blocks()
    run_sql(superuser, created)
    owner = superuser.set(username="mesolog_owner", database="mesolog_clinic")
    Clinic.open(owner.render_as_string(False), actor="it").close()
    run_sql(owner, grants)
    return owner


REFUSED = (
    "DELETE FROM audit_log",
    "UPDATE audit_log SET detail = ''",
    "DELETE FROM audit_head",
    "TRUNCATE audit_log",
    "TRUNCATE patients",
    "UPDATE alembic_version SET version_num = ''",
    "ALTER TABLE sessions DISABLE TRIGGER ALL",
    "DROP TRIGGER sessions_signed_locked ON sessions",
    "DROP FUNCTION mesolog_lock_signed_session() CASCADE",
    "SET session_replication_role = replica",
    "CREATE DATABASE mesolog_app_own",
)


@pytest.mark.parametrize("statement", REFUSED)
def test_the_application_role_may_not(roles: URL, statement: str) -> None:
    engine = create_engine(roles.set(username="mesolog_app"), isolation_level="AUTOCOMMIT")
    refused = pytest.raises(exc.ProgrammingError, match=r"permission denied|must be owner")
    with refused, engine.connect() as connection:
        connection.exec_driver_sql(statement)
    engine.dispose()


def test_the_application_role_works_and_the_backup_role_backs_up(
    roles: URL, clock: FixedClock, tmp_path: Path
) -> None:
    app = roles.set(username="mesolog_app").render_as_string(False)
    with Clinic.open(app, actor="tester", clock=clock) as clinic:
        fill(Maker(clinic))
        assert clinic.audit.verify().intact
        refused = BackupService(clinic.context, tmp_path).server
        assert refused is not None
        with pytest.raises(DatabaseError, match="may not create databases"):
            refused.backup()
    backup_role = roles.set(username="mesolog_backup").render_as_string(False)
    with Clinic.open(backup_role, actor="it", clock=clock) as clinic:
        server = BackupService(clinic.context, tmp_path).server
        assert server is not None
        taken = server.backup()
    with Clinic.open(roles.render_as_string(False), actor="it", clock=clock) as clinic:
        server = BackupService(clinic.context, tmp_path).server
        assert server is not None
        restored = server.restore(taken.path)
    engine = create_engine(roles.set(username="mesolog_app", database=restored.database))
    refused = pytest.raises(exc.ProgrammingError, match="permission denied")
    with refused, engine.connect() as connection:
        connection.exec_driver_sql("DELETE FROM audit_log")
    engine.dispose()
