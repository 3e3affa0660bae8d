"""`check` names every file and folder of the database others on the computer may open
(issue 11, defect 7): the database's own folder, whether mesolog made it (the data folder
of the default location) or the person chose it, and the hidden scratch and pending copies
(`.STEM.…`) that a backup, a restore or an encryption leaves beside the database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mesolog.persistence.location import default_database_path
from mesolog.services.checks import CheckService
from mesolog.services.clinic import Clinic
from mesolog.services.file_modes import exposed_files
from tests.conftest import FixedClock

pytestmark = pytest.mark.sqlite_only("the modes of the SQLite file and its folder")


def _private(folder: Path) -> None:
    for path in folder.glob("*clinic.sqlite*"):
        path.chmod(0o600)


def _warning(clinic: Clinic) -> str:
    report = CheckService(clinic.context).run()
    [item] = report.warnings
    assert item.name == "file_modes"
    assert report.ok
    return str(item.detail)


def test_the_folder_chosen_for_the_database_is_named_when_others_may_open_it(
    clinic: Clinic, tmp_path: Path
) -> None:
    """mesolog leaves the mode of a folder it did not make; others may list the names of
    the database's files and copies there, so check says so, naming it as a folder."""
    _private(tmp_path)
    tmp_path.chmod(0o755)
    [found] = exposed_files(clinic.context)
    assert (found.path, found.octal, found.folder) == (tmp_path, "0755", True)
    assert _warning(clinic) == (
        f"others on this computer may read or open: the folder {tmp_path} (0755); "
        "make files 0600 and folders 0700 (chmod)"
    )
    tmp_path.chmod(0o700)
    assert exposed_files(clinic.context) == ()


def test_hidden_scratch_and_pending_copies_are_named(clinic: Clinic, tmp_path: Path) -> None:
    """A backup's or a restore's unfinished copy (.clinic.sqlite.backup-….partial), a
    safety copy waiting for its restore (.clinic.safety-….sqlite.pending); not another
    database's."""
    _private(tmp_path)
    scratch = tmp_path / ".clinic.sqlite.backup-1a2b3c4d.partial"
    pending = tmp_path / ".clinic.safety-20260310T120000Z.sqlite.pending"
    others = tmp_path / ".other.sqlite.backup-1a2b3c4d.partial"
    for path in (scratch, pending, others):
        path.write_bytes(b"")
        path.chmod(0o644)
    assert [(f.path, f.octal) for f in exposed_files(clinic.context)] == [
        (pending, "0644"),
        (scratch, "0644"),
    ]
    assert _warning(clinic) == (
        f"others on this computer may read or open: {pending} (0644), {scratch} (0644); "
        "make files 0600 and folders 0700 (chmod)"
    )


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The user's data folder, in the test's folder: the default database is there."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("MESOLOG_DB", raising=False)
    yield tmp_path / "data"


def test_the_data_folder_mesolog_made_is_named_when_it_is_not_0700(
    data_home: Path, clock: FixedClock
) -> None:
    """The default location's folder is mesolog's own: made 0700 whatever the umask, but
    an older version or a hand may have widened it."""
    path = default_database_path()
    assert path.parent == data_home / "mesolog"
    with Clinic.open(None, actor="tester", clock=clock) as clinic:
        assert (path.parent.stat().st_mode & 0o777, exposed_files(clinic.context)) == (0o700, ())
        path.parent.chmod(0o750)
        assert _warning(clinic).startswith(
            f"others on this computer may read or open: the folder {path.parent} (0750)"
        )
