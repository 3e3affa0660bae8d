"""This workstation's chosen language, in a file the window and the command line share."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from mesolog.language.catalogues import load_catalogue, renderer
from mesolog.language.choice import language
from mesolog.language.preference import preference_file, store_language, stored_language


def test_a_stored_choice_is_read_back(tmp_path: Path) -> None:
    path = tmp_path / "config" / "mesolog" / "language"
    assert stored_language(path) is None
    store_language("el", path)
    assert stored_language(path) == "el"
    store_language("en", path)
    assert stored_language(path) == "en"
    assert [p.name for p in path.parent.iterdir()] == ["language"]  # no scratch file left


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_file_is_its_owners_alone(tmp_path: Path) -> None:
    path = tmp_path / "mesolog" / "language"
    store_language("el", path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_anything_else_in_the_file_is_no_choice(tmp_path: Path) -> None:
    path = tmp_path / "language"
    path.write_bytes(b"\xff\xfe")
    assert stored_language(path) is None
    path.write_text("de\n")
    assert stored_language(path) is None
    with pytest.raises(ValueError, match="unknown language"):
        store_language("de", path)


def test_the_file_is_in_the_users_configuration_folder() -> None:
    assert preference_file().name == "language"
    assert preference_file().parent.name == "mesolog"


def test_a_catalogue_not_built_is_empty_and_renders_english() -> None:
    assert load_catalogue("xx").messages == {}
    assert renderer(language("el")).language.code == "el"
