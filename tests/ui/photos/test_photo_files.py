"""The add dialog's previews read only the kinds mesolog takes: a PostScript file named
like a photo is never handed to Ghostscript (Pillow's EPS decoder runs it)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mesolog.ui.photos.photo_files import preview
from tests.ui.photos.photo_images import phone_jpeg

POSTSCRIPT = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n"


def test_a_postscript_file_named_jpg_gets_no_preview_and_runs_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    ran = tmp_path / "gs-ran"
    fake = bin_folder / "gs"
    fake.write_text(f"#!/bin/sh\ntouch {ran}\nexit 1\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_folder}{os.pathsep}{os.environ['PATH']}")
    disguised = tmp_path / "IMG_0001.jpg"
    disguised.write_bytes(POSTSCRIPT)
    assert preview(disguised, 96).isNull()
    assert not ran.exists()


def test_a_photo_gets_its_preview(qtbot: QtBot, tmp_path: Path) -> None:
    photo = tmp_path / "IMG_0002.jpg"
    photo.write_bytes(phone_jpeg())
    shown = preview(photo, 96)
    assert not shown.isNull()
    assert max(shown.width(), shown.height()) <= 96
