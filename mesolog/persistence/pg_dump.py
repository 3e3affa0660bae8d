"""PostgreSQL's own client programs for a server database's backups: pg_dump and pg_restore,
and the scratch databases a dump is restored into.

The programs are looked for in the folder `MESOLOG_PG_BIN` names when it is set, else in
Debian's `/usr/lib/postgresql/*/bin` and on PATH; the newest whose major version is at least
the server's is used (an older pg_dump refuses a newer server, and an older pg_restore a
newer dump). Each gets the connection through its environment: PGHOST, PGPORT, PGUSER,
PGDATABASE and libpq's variables for the URL's query (`sslmode=verify-full`…). A password
the URL holds goes into a passfile written 0600 in a private temporary folder for the call
and removed after it: never in the arguments (every user of the computer sees them) nor in
a message. Without one, libpq's own PGPASSWORD, ~/.pgpass or service file apply. The
programs never prompt (`--no-password`) and are stopped after a timeout.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine, create_engine, exc, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from mesolog.domain.errors import DatabaseError
from mesolog.domain.texts import phrase
from mesolog.persistence.private_files import create_private_file

BIN_VARIABLE = "MESOLOG_PG_BIN"
INSUFFICIENT_PRIVILEGE = "42501"
DEBIAN_BIN_FOLDERS = "/usr/lib/postgresql/*/bin"
VERSION_TIMEOUT_S = 30
DUMP_TIMEOUT_S = 4 * 3600
"""pg_dump and pg_restore: 8 s and 11 s for the 50,000-patient clinic (692 MB)."""
QUERY_VARIABLES = {
    "host": "PGHOST",
    "port": "PGPORT",
    "user": "PGUSER",
    "dbname": "PGDATABASE",
    "service": "PGSERVICE",
    "passfile": "PGPASSFILE",
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "sslcrl": "PGSSLCRL",
    "sslcrldir": "PGSSLCRLDIR",
    "sslsni": "PGSSLSNI",
    "requirepeer": "PGREQUIREPEER",
    "ssl_min_protocol_version": "PGSSLMINPROTOCOLVERSION",
    "ssl_max_protocol_version": "PGSSLMAXPROTOCOLVERSION",
    "gssencmode": "PGGSSENCMODE",
    "krbsrvname": "PGKRBSRVNAME",
    "channel_binding": "PGCHANNELBINDING",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
    "application_name": "PGAPPNAME",
    "options": "PGOPTIONS",
}
"""libpq's connection parameters a URL's query may hold, and the variable that carries each."""
_INSTALL = phrase(
    "PgDump",
    "Install PostgreSQL's client programs of version {major} or newer (Debian and Ubuntu: "
    "`sudo apt install postgresql-client`, or postgresql-client-{major} from "
    "apt.postgresql.org; Windows: the PostgreSQL installer's command line tools), or name "
    "the folder that holds them in MESOLOG_PG_BIN.",
)


@dataclass(frozen=True, slots=True)
class ClientTools:
    dump: Path
    restore: Path
    major: int
    """Their major version (15 for 15.8)."""


def server_major(engine: Engine) -> int:
    """The server's major version (15 for 15.8)."""
    with engine.connect() as connection:
        number = int(connection.execute(text("SHOW server_version_num")).scalar_one())
    return number // 10_000


def client_tools(server: int) -> ClientTools:
    """The newest pg_dump with a pg_restore beside it whose major version is at least
    `server`; refused, naming what was found and how to install the right one, else."""
    found: dict[Path, int] = {}
    for folder in _bin_folders():
        dump = folder / _program("pg_dump")
        if dump in found or not (dump.is_file() and (folder / _program("pg_restore")).is_file()):
            continue
        major = _major(dump)
        if major is not None:
            found[dump] = major
    fitting = [(major, dump) for dump, major in found.items() if major >= server]
    if fitting:
        major, dump = max(fitting)
        return ClientTools(dump, dump.with_name(_program("pg_restore")), major)
    install = _INSTALL.having(major=server)
    if not found:
        missing = phrase(
            "PgDump",
            "pg_dump and pg_restore are not installed here (looked in {where}); they back up "
            "and restore a PostgreSQL database. {install}",
        )
        raise DatabaseError(missing.having(where=", ".join(_searched()), install=install))
    too_old = phrase(
        "PgDump",
        "The database server runs PostgreSQL {server}, and the newest pg_dump here is version "
        "{found} ({path}): a pg_dump older than the server cannot back it up. {install}",
    )
    major, dump = max((major, dump) for dump, major in found.items())
    raise DatabaseError(too_old.having(server=server, found=major, path=dump, install=install))


def _bin_folders() -> list[Path]:
    chosen = os.environ.get(BIN_VARIABLE)
    if chosen:
        return [Path(chosen).expanduser()]
    debian = sorted(Path("/").glob(DEBIAN_BIN_FOLDERS.lstrip("/")), key=_version_key)
    on_path = [Path(p).parent for p in (shutil.which("pg_dump"),) if p is not None]
    return [*reversed(debian), *on_path]


def _searched() -> list[str]:
    chosen = os.environ.get(BIN_VARIABLE)
    return [f"{BIN_VARIABLE}={chosen}"] if chosen else [DEBIAN_BIN_FOLDERS, "PATH"]


def _version_key(folder: Path) -> tuple[int, str]:
    name = folder.parent.name
    return (int(name), name) if name.isdigit() else (0, name)


def _program(name: str) -> str:
    return f"{name}.exe" if os.name == "nt" else name


def _major(program: Path) -> int | None:
    """The major version `program --version` prints ("pg_dump (PostgreSQL) 15.8 (Debian…)")."""
    try:
        done = subprocess.run(
            [str(program), "--version"],
            check=False,
            capture_output=True,
            text=True,
            timeout=VERSION_TIMEOUT_S,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r"\)\s+(\d+)", done.stdout)
    return int(found[1]) if done.returncode == 0 and found else None


@contextlib.contextmanager
def client_environment(url: URL) -> Iterator[dict[str, str]]:
    """The environment that connects libpq's programs as `url` does (see the module's doc)."""
    env = dict(os.environ)
    given = {
        "PGHOST": url.host,
        "PGPORT": None if url.port is None else str(url.port),
        "PGUSER": url.username,
        "PGDATABASE": url.database,
    }
    for name, value in url.query.items():
        variable = QUERY_VARIABLES.get(name)
        if variable is None:
            unknown = phrase(
                "PgDump",
                "The database URL's parameter {name} cannot be handed to pg_dump; put it in a "
                "PostgreSQL service file and name the service in the URL (?service=NAME).",
            )
            raise DatabaseError(unknown.having(name=name))
        given[variable] = value if isinstance(value, str) else ",".join(value)
    env.update({name: value for name, value in given.items() if value})
    env["PGCONNECT_TIMEOUT"] = env.get("PGCONNECT_TIMEOUT") or "30"
    if url.password is None:
        yield env
        return
    with tempfile.TemporaryDirectory(prefix="mesolog-pg-") as folder:
        passfile = Path(folder) / "pgpass"
        create_private_file(passfile)
        secret = str(url.password).replace("\\", "\\\\").replace(":", "\\:")
        passfile.write_text(f"*:*:*:*:{secret}\n", encoding="utf-8")
        env.pop("PGPASSWORD", None)  # it would come before the passfile
        env["PGPASSFILE"] = str(passfile)
        yield env


def dump(tools: ClientTools, url: URL, output: BinaryIO, *, timeout: float) -> None:
    """`pg_dump -Fc` of the database `url` names, written to `output`."""
    _run([str(tools.dump), "--format=custom", "--no-password"], url, output, timeout)


def restore(
    tools: ClientTools, url: URL, source: Path, *, with_owners: bool, timeout: float
) -> None:
    """`pg_restore` of the dump `source` into the (empty) database `url` names, stopping at
    the first error. Without `with_owners` the objects are the connecting role's and no
    grants are restored (a scratch database, checked and dropped)."""
    command = [str(tools.restore), "--exit-on-error", "--no-password", "--no-owner"]
    if not with_owners:
        command.append("--no-acl")
    _run([*command, f"--dbname={url.database}", str(source)], url, None, timeout)


def is_dump(tools: ClientTools, source: Path) -> bool:
    """Whether pg_restore reads `source` as an archive (it lists its contents)."""
    try:
        listed = subprocess.run(
            [str(tools.restore), "--list", str(source)],
            check=False,
            capture_output=True,
            timeout=VERSION_TIMEOUT_S,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return listed.returncode == 0


def _run(command: list[str], url: URL, output: BinaryIO | None, timeout: float) -> None:
    program = Path(command[0]).name
    with client_environment(url) as env:
        try:
            done = subprocess.run(
                command,
                check=False,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=output if output is not None else subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired as error:
            late = phrase("PgDump", "{program} did not finish within {seconds} seconds.")
            raise DatabaseError(late.having(program=program, seconds=int(timeout))) from error
        except OSError as error:
            cannot = phrase("PgDump", "Cannot run {program}: {reason}")
            raise DatabaseError(
                cannot.having(program=program, reason=error.strerror or str(error))
            ) from error
    if done.returncode != 0:
        failed = phrase("PgDump", "{program} failed (exit status {status}): {reason}")
        reason = _first_error(done.stderr.decode("utf-8", errors="replace"))
        raise DatabaseError(failed.having(program=program, status=done.returncode, reason=reason))


def _first_error(stderr: str) -> str:
    """The program's first error line, without what the server's ERROR says after it: that
    may quote a value from the records (a COPY line that does not fit its table)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    chosen = next((line for line in lines if "error:" in line), lines[0] if lines else "")
    return chosen.split(" ERROR: ")[0].split("ERROR:")[0].strip()[:300] or "(no message)"


# --- databases beside the clinic's ---------------------------------------------------------


def scratch_engine(url: URL) -> Engine:
    """An engine for a database made here (a check's or a restore's), pooled for one use."""
    return create_engine(url, hide_parameters=True, poolclass=NullPool)


def create_database(engine: Engine, name: str) -> None:
    """A new empty database `name` with the encoding and collation of `engine`'s."""
    with engine.connect() as connection:
        encoding, collate, ctype = connection.execute(
            text(
                "SELECT pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database "
                "WHERE datname = current_database()"
            )
        ).one()
    quote = engine.dialect.identifier_preparer.quote
    try:
        with engine.execution_options(isolation_level="AUTOCOMMIT").connect() as connection:
            connection.exec_driver_sql(
                f"CREATE DATABASE {quote(name)} TEMPLATE template0 ENCODING {_literal(encoding)} "
                f"LC_COLLATE {_literal(collate)} LC_CTYPE {_literal(ctype)}"
            )
    except exc.ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
        refused = phrase(
            "PgDump",
            "The role {role} may not create databases, and checking or restoring a dump "
            "needs a database of its own: run it as a role with CREATEDB (the backup role of "
            "docs/clinic-server.md, or the owner's for a restore). Nothing was written.",
        )
        raise DatabaseError(refused.having(role=engine.url.username or "")) from error


def drop_database(engine: Engine, name: str) -> None:
    """Drops the database `name` made here, ending any connection left to it."""
    quote = engine.dialect.identifier_preparer.quote
    with engine.execution_options(isolation_level="AUTOCOMMIT").connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {quote(name)} WITH (FORCE)")


def database_names(engine: Engine, prefix: str) -> Sequence[str]:
    """The server's databases whose names start with `prefix`."""
    with engine.connect() as connection:
        names = connection.execute(text("SELECT datname FROM pg_database")).scalars()
        return [name for name in names if name.startswith(prefix)]


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
