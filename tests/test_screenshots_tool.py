"""tools/screenshots.py, run as the README says (offscreen, one screen size): it makes
every picture docs/screenshots holds, the session editor with its chart's injection points,
the record's Photos tab and the compare view, its dialogs sized for the screen asked for.

Slow: the tool fills a demo clinic and opens every screen in a process of its own. What
each picture shows is checked by the tool itself (it stops when the editor's first line has
no points or compare has no earlier photo beside the latest); the pictures are looked at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).parent.parent
TOOL = ROOT / "tools" / "screenshots.py"
DOCS = ROOT / "docs" / "screenshots"
pytestmark = pytest.mark.slow

EDITOR_AT_1366_BY_768 = (1240, 728)
"""The editor's own size (1240×900) within the screen's height less 40."""


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("pdftoppm") is None:
        pytest.skip("the tool draws the summary's first page with poppler's pdftoppm")
    folder = tmp_path_factory.mktemp("shots")
    result = subprocess.run(
        [sys.executable, str(TOOL), str(folder), "--size", "1366x768"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    return folder


def _size(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:
        return image.size


def test_the_tool_makes_every_picture_the_docs_hold(shots: Path) -> None:
    made = {path.name for path in shots.glob("*.png")}
    held = {path.name for path in DOCS.glob("*.png")}
    assert held <= made
    assert {"session-editor.png", "patient-photos.png", "photo-compare.png"} <= made


def test_plain_offscreen_gets_the_screen_size_asked_for(shots: Path) -> None:
    """Qt's plain offscreen screen is 800×800: dialogs sized to it came out 760×760."""
    assert _size(shots / "session-editor.png") == EDITOR_AT_1366_BY_768
    assert _size(shots / "photo-compare.png") == EDITOR_AT_1366_BY_768
    for window in ("patient-record.png", "patient-photos.png"):
        assert _size(shots / window) == (1366, 768)
