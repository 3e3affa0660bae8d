"""What the encryption and conversion tests share: a clinic opened with the passphrase,
a patient to find, another workstation holding the database open, and the files on disk.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
PASSPHRASE = 'Ωραία μέρα, it\'s "quoted" -- ; DROP'
FAMILY = "Zacharopoulou-Kyriakidou"


def open_clinic(path: Path, passphrase: str | None = PASSPHRASE, **options: Any) -> Clinic:
    return Clinic.open(
        str(path), passphrase=passphrase, actor="tester", clock=lambda: NOW, **options
    )


def add_patient(clinic: Clinic, family: str = FAMILY) -> None:
    clinic.patients.create(
        PatientInput(
            family_name=family,
            given_name="Eleni",
            date_of_birth=dt.date(1980, 5, 17),
            phone="+30 210 555 0199",
            notes="Allergic to lidocaine; prefers afternoons.",
        )
    )


HOLDER = """
import sys
from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
import datetime as dt
passphrase = sys.stdin.readline().rstrip("\\n") or None
clinic = Clinic.open(sys.argv[1], passphrase=passphrase, actor="other workstation")
if sys.argv[2:] == ["add"]:
    clinic.patients.create(PatientInput("Papadaki", "Maria", dt.date(1990, 1, 2)))
clinic.patients.search("")
print("open", flush=True)
sys.stdin.readline()
clinic.close()
"""


@contextmanager
def holding(path: Path, passphrase: str | None, *, add: bool = False) -> Iterator[None]:
    """Another workstation (a process) with the database open, and a patient added to its
    write-ahead log when `add`."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), *(["add"] if add else [])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write((passphrase or "") + "\n")
            process.stdin.flush()
            assert process.stdout.readline() == "open\n"
            yield
        finally:
            process.stdin.write("\n")
            process.stdin.flush()
            assert process.wait(timeout=60) == 0


def files_of(path: Path) -> dict[str, str]:
    """The database file and whatever SQLite keeps beside it, by content (read with Python's
    open(): only while this process has no connection to it)."""
    return {
        item.name: hashlib.sha256(item.read_bytes()).hexdigest()
        for item in path.parent.iterdir()
        if item.name.startswith(path.name)
    }
