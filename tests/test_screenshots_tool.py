"""tools/screenshots.py, run as the README says (offscreen, one screen size): it makes
every picture docs/screenshots holds, the session editor with its chart's injection points,
the record's Photos tab and the compare view, the catalogue's screens and the recall
letter, its dialogs sized for the screen asked for.

Slow: the tool fills a demo clinic and opens every screen in a process of its own. What
each picture shows is checked by the tool itself (it stops when the editor's first line has
no points, compare has no earlier photo beside the latest, a completion list is not open,
a scan added no row, the recall found no one or HA25-0885 is not the first of the
reactions by lot); the pictures are looked at.
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
CATALOGUE_SHOTS = {
    "editor-product-completion.png",
    "editor-lot-list.png",
    "editor-vial-scan.png",
    "products.png",
    "templates.png",
    "course-from-template.png",
    "recall.png",
    "recall-letter.png",
    "reactions.png",
}
A4_AT_70_DPI = (579, 819)


def _run(folder: Path, *options: str) -> Path:
    if shutil.which("pdftoppm") is None:
        pytest.skip("the tool draws the summary's first page with poppler's pdftoppm")
    # this checkout's mesolog, not the one the virtual environment has installed
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, str(TOOL), str(folder), "--size", "1366x768", *options],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    return folder


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _run(tmp_path_factory.mktemp("shots"))


@pytest.fixture(scope="module")
def greek_shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _run(tmp_path_factory.mktemp("el"), "--language", "el")


def _size(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:
        return image.size


def test_the_tool_makes_every_picture_the_docs_hold(shots: Path) -> None:
    made = {path.name for path in shots.glob("*.png")}
    held = {path.name for path in DOCS.glob("*.png")}
    assert held <= made
    assert {"session-editor.png", "patient-photos.png", "photo-compare.png"} <= made
    assert made >= CATALOGUE_SHOTS
    assert {"summary-page-1.png", "summary-patient-page-1.png"} <= made, "both kinds"


def test_the_docs_hold_the_catalogues_pictures() -> None:
    held = {path.name for path in DOCS.glob("*.png")}
    assert held >= CATALOGUE_SHOTS


def test_plain_offscreen_gets_the_screen_size_asked_for(shots: Path) -> None:
    """Qt's plain offscreen screen is 800×800: dialogs sized to it came out 760×760."""
    assert _size(shots / "session-editor.png") == EDITOR_AT_1366_BY_768
    assert _size(shots / "photo-compare.png") == EDITOR_AT_1366_BY_768
    for window in ("patient-record.png", "patient-photos.png"):
        assert _size(shots / window) == (1366, 768)


def test_the_catalogues_pictures_are_the_sizes_of_their_windows(shots: Path) -> None:
    """The editor with a list drawn over it stays the editor's size; Recall and Reactions
    open at their own sizes, which fit the screen; the letter is an A4 page."""
    for editor in ("editor-product-completion.png", "editor-lot-list.png", "editor-vial-scan.png"):
        assert _size(shots / editor) == EDITOR_AT_1366_BY_768
    assert _size(shots / "recall.png") == (1280, 720)
    assert _size(shots / "reactions.png") == (1280, 700)
    assert _size(shots / "recall-letter.png") == A4_AT_70_DPI


def test_in_greek_the_tool_makes_the_same_pictures_in_other_words(
    shots: Path, greek_shots: Path
) -> None:
    """`--language el` starts mesolog in Greek: every picture again, at the same sizes where
    the window fills the screen, and what they show is not the English (a catalogue not
    built yet leaves the words English, but the dates are Greek's all the same)."""
    english = {path.name for path in shots.glob("*.png")}
    assert {path.name for path in greek_shots.glob("*.png")} == english
    for name in ("patient-list.png", "summary-page-1.png", "summary-patient-page-1.png"):
        assert (greek_shots / name).read_bytes() != (shots / name).read_bytes(), name
    assert _size(greek_shots / "recall-letter.png") == A4_AT_70_DPI
