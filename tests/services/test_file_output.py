"""Files handed to the user are written whole or not at all, readable by their owner only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mesolog.domain.errors import KnownError
from mesolog.services import file_output
from mesolog.services.file_output import write_atomically
from mesolog.services.transfer_export import write_export


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask a user might have: mesolog must not rely on it."""
    before = os.umask(0o000)
    yield
    os.umask(before)


def test_a_failed_write_keeps_the_older_file_and_leaves_no_part_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "export.json"
    target.write_text("older export", encoding="utf-8")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(file_output.os, "fsync", disk_full)
    with pytest.raises(KnownError) as refused:
        write_export(target, {"patients": []})
    assert str(refused.value) == (
        f"The export cannot be written to {target}: No space left on device. "
        "Nothing was written; choose another folder or drive."
    )
    assert target.read_text(encoding="utf-8") == "older export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]
    monkeypatch.undo()
    write_export(target, {"name": "Κλινική"})
    assert target.read_text(encoding="utf-8") == '{\n  "name": "Κλινική"\n}\n'


@pytest.mark.usefixtures("open_umask")
def test_the_file_is_private_whatever_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    write_atomically(target, b"%PDF-1.4", what="The summary")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == b"%PDF-1.4"


def test_a_missing_folder_is_named_and_nothing_is_made(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "summary.pdf"
    with pytest.raises(KnownError, match=r"^The summary cannot be written to .*No such file"):
        write_atomically(target, b"x", what="The summary")
    assert list(tmp_path.iterdir()) == []
