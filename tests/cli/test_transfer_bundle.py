"""`mesolog export json --with-photos -o FILE.mesolog.zip` and `mesolog import FILE.mesolog.zip`:
the bundle from the command line, in real processes; the document alone says what it left out."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mesolog.services.clinic import Clinic
from tests.cli.test_main import mesolog
from tests.conftest import ATHENS, FixedClock
from tests.services.transfer_support import charted_clinic, rebundle, unbundle


def with_stdin(*args: str, data: bytes) -> subprocess.CompletedProcess[bytes]:
    """mesolog with `data` on its standard input as bytes (a zip file is no text)."""
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    environment.pop("MESOLOG_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "mesolog", *args],
        input=data,
        capture_output=True,
        env=environment,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clinic with charted sessions and four photos (tests/services/transfer_support.py)."""
    path = tmp_path_factory.mktemp("bundle-cli") / "source.sqlite"
    clock = FixedClock(dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS))
    with Clinic.open(str(path), actor="tester", clock=clock) as clinic:
        charted_clinic(clinic)
    return path


def test_a_bundle_goes_out_and_in_by_the_command_line(source: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "clinic.mesolog.zip"
    exported = mesolog("--db", str(source), "export", "json", "--with-photos", "-o", str(bundle))
    assert exported.returncode == 0, exported.stderr
    assert exported.stderr.strip() == f"2 patients and 4 photos written to {bundle}"
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
    target = tmp_path / "target.sqlite"
    imported = mesolog("--db", str(target), "import", str(bundle))
    assert imported.returncode == 0, imported.stderr
    assert "Imported 2 patient(s)" in imported.stdout
    assert "Photos: 4 added, 0 in the database already." in imported.stdout
    verified = mesolog("--db", str(target), "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    again = with_stdin("--db", str(target), "import", "-", data=bundle.read_bytes())
    assert again.returncode == 0, again.stderr
    assert b"Photos: 0 added, 4 in the database already." in again.stdout


def test_the_document_alone_says_it_left_the_photos_out(source: Path, tmp_path: Path) -> None:
    alone = tmp_path / "clinic.json"
    exported = mesolog("--db", str(source), "export", "json", "-o", str(alone))
    assert exported.returncode == 0, exported.stderr
    assert exported.stderr.strip() == (
        f"2 patients written to {alone}; 4 photos left out: export with --with-photos "
        "for a bundle that carries them (FILE.mesolog.zip)"
    )
    to_stdout = mesolog("--db", str(source), "export", "json", "-o", "-")
    assert '"photos_left_out": 4' in to_stdout.stdout
    assert "4 photos left out" in to_stdout.stderr
    refused = mesolog("--db", str(source), "export", "json", "--with-photos", "-o", "-")
    assert refused.returncode == 1
    assert "--with-photos writes a zip file" in refused.stderr
    imported = mesolog("--db", str(tmp_path / "target.sqlite"), "import", str(alone))
    assert "The file left out 4 photo(s)" in imported.stdout


def test_a_hostile_bundle_is_refused_before_a_database_is_made(
    source: Path, tmp_path: Path
) -> None:
    bundle = tmp_path / "clinic.mesolog.zip"
    mesolog("--db", str(source), "export", "json", "--with-photos", "-o", str(bundle))
    document, images = unbundle(bundle.read_bytes())
    name = next(iter(images))
    images[name] = images[name][:-1] + bytes([images[name][-1] ^ 0xFF])
    photo_id = next(
        p["id"]
        for patient in document["patients"]
        for p in patient.get("photos", ())
        if name.startswith(f"photos/{p['sha256']}")
    )
    bad = tmp_path / "bad.mesolog.zip"
    bad.write_bytes(rebundle(document, images))
    target = tmp_path / "target.sqlite"
    refused = mesolog("--db", str(target), "import", str(bad))
    assert refused.returncode == 1
    assert f"(bundle): '{name}' is not allowed" in refused.stderr
    assert f"photo {photo_id}" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not target.exists()
