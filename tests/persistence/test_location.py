"""Which database is opened: --db, then MESOLOG_DB, then the user's data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from mesolog.persistence.location import (
    ENV_VAR,
    default_database_path,
    resolve_database_url,
    sqlite_file,
)


def test_default_is_a_file_in_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    expected = tmp_path / "data" / "mesolog" / "mesolog.sqlite"
    assert default_database_path() == expected
    assert sqlite_file(resolve_database_url(None)) == expected


def test_environment_variable_names_the_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env.sqlite"))
    assert sqlite_file(resolve_database_url(None)) == tmp_path / "from-env.sqlite"
    assert sqlite_file(resolve_database_url(str(tmp_path / "arg.sqlite"))) == (
        tmp_path / "arg.sqlite"
    )


def test_relative_paths_are_made_absolute(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert sqlite_file(resolve_database_url("clinic.sqlite")) == tmp_path / "clinic.sqlite"


def test_urls_pass_through() -> None:
    url = resolve_database_url("postgresql+psycopg://app@127.0.0.1:5432/clinic")
    assert url.get_backend_name() == "postgresql"
    assert url.database == "clinic"
    assert sqlite_file(url) is None
    assert sqlite_file(resolve_database_url("sqlite://")) is None
