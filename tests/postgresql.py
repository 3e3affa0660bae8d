"""A throwaway PostgreSQL cluster for the tests, started from Debian's binaries.

`bash tools/dev.sh test` installs the `postgresql` package; this module starts
a cluster on a free loopback port in a temporary folder and stops it after the
run. As root the server runs as the `postgres` user (it refuses root).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def _binary(name: str) -> str:
    for folder in BIN_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(
            f"PostgreSQL's {name} is missing: run the tests with `bash tools/dev.sh test`, "
            "which installs Debian's postgresql package"
        )
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _run(command: list[str]) -> None:
    subprocess.run(command, check=True, capture_output=True)


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def postgresql_cluster() -> Iterator[str]:
    """Yields the SQLAlchemy URL of a fresh database `mesolog` owned by user `app`.

    The cluster lives in its own folder under the system's temporary folder
    (pytest's are private to the user running the tests, out of the server's reach).
    """
    folder = Path(tempfile.mkdtemp(prefix="mesolog-postgresql-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data, port = folder / "data", _free_port()
    # UTF-8 whatever locale the tests run in (the test locale need not exist in the system).
    initdb = [_binary("initdb"), "-D", str(data), "-U", "app", "--auth=trust"]
    _run(_as_server_user([*initdb, "--encoding=UTF8", "--locale=C.UTF-8"]))
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off"
    pg_ctl = [_binary("pg_ctl"), "-D", str(data)]
    _run(_as_server_user([*pg_ctl, "-o", options, "-l", str(folder / "log"), "-w", "start"]))
    try:
        _run([_binary("createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "app", "mesolog"])
        yield f"postgresql+psycopg://app@127.0.0.1:{port}/mesolog"
    finally:
        _run(_as_server_user([*pg_ctl, "-m", "fast", "-w", "stop"]))
        shutil.rmtree(folder, ignore_errors=True)
