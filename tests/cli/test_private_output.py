"""The command line, run as a person with the common umask 022 would: every file it writes
is 0600 and every folder it makes 0700, the default data folder included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mesolog.cli.main import main
from tests.persistence.private_support import mode, not_private, process_umask

BACKUP_PASSPHRASE = "a passphrase for the backup drive"
DATABASE_PASSPHRASE = "the clinic's own passphrase"


def mesolog(
    *args: str, stdin: str | None = None, data_home: Path | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    environment.pop("MESOLOG_DB", None)
    if data_home is not None:
        environment["XDG_DATA_HOME"] = str(data_home)
    # The umask is set by a shell, not preexec_fn (unsafe while the test process has threads).
    umask_022 = ["/bin/sh", "-c", 'umask 022 && exec "$0" "$@"', sys.executable]
    result = subprocess.run(
        [*umask_022, "-m", "mesolog", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is where Linux keeps data")
def test_init_demo_backup_and_exports_write_private_files_only(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    exports = tmp_path / "exports"  # made and chosen by the person: left as it is
    exports.mkdir(mode=0o755)
    exports.chmod(0o755)
    database = fresh / "clinic" / "clinic.sqlite"
    db = ("--db", str(database))

    mesolog(*db, "init")
    mesolog(*db, "demo")
    mesolog(*db, "backup")
    mesolog(*db, "backup", "--encrypt", "--passphrase-stdin", stdin=BACKUP_PASSPHRASE + "\n")
    mesolog(*db, "export", "json", "-o", str(exports / "clinic.json"))
    mesolog(*db, "export", "pdf", "--patient", "MC-0001", "-o", str(exports / "summary.pdf"))
    mesolog(*db, "encrypt", "--db-passphrase-stdin", stdin=DATABASE_PASSPHRASE + "\n")
    mesolog("init", data_home=fresh / "xdg" / "share")

    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    default = "fresh/xdg/share/mesolog/mesolog.sqlite"
    assert {"exports/clinic.json", "exports/summary.pdf", "fresh/clinic/backups", default} <= set(
        written
    )
    backups = [name for name in written if name.startswith("fresh/clinic/backups/")]
    assert backups[0] == "fresh/clinic/backups/clinic.anchors.jsonl"  # private too (below)
    assert [name.endswith(".sqlite.enc") for name in backups[1:]] == [False, True], backups
    [plain_copy] = (fresh / "clinic").glob("clinic.before-encryption-*.sqlite")  # NOT encrypted
    assert mode(plain_copy) == 0o600
    assert mode(exports) == 0o755
    assert not_private(tmp_path, left_alone=frozenset({exports})) == {}


def test_main_makes_the_process_umask_077_first_of_all(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with process_umask(0o022):
        with pytest.raises(SystemExit):
            main(["--version"])
        found = os.umask(0o022)
    assert found == 0o077
    assert capsys.readouterr().out.startswith("mesolog ")
