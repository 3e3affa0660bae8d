"""Fixtures of the encryption and conversion tests: an encrypted clinic with one patient,
and a plain demo clinic."""

from __future__ import annotations

from pathlib import Path

import pytest

from mesolog.services.demo import DemoService
from tests.persistence.encryption_support import add_patient, open_clinic


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "secret.sqlite"
    with open_clinic(path) as clinic:
        add_patient(clinic)
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with open_clinic(path, None) as clinic:
        DemoService(clinic.context).fill()
    return path


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "clinic.sqlite"
    path.write_bytes(demo_template.read_bytes())
    return path
