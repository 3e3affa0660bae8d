"""A small Greek catalogue for a room's window tests, made the way the real one is made:
pyside6-lupdate over the room's modules with tools/translations.sh's options, a few of its
messages given Greek, compiled by lrelease and installed in the application as mesolog_el.qm
is. Each message a test translates must be one lupdate extracted under the context the test
names, so Greek in a real widget proves both that the string is marked and that Qt looks it
up at run time under the context it was filed under.

Shared by the Greek tests of the courses, history, photos and reactions rooms.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from tests.language.qm_support import compiled

ROOT = Path(__file__).parents[3]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

Greek = Mapping[tuple[str, str], str | tuple[str, str]]
"""(context, English source) → its Greek, or a plural's two forms (for 1, for more)."""


def room_modules(*rooms: str) -> list[Path]:
    """Every module of these folders of mesolog/ui."""
    return sorted(path for room in rooms for path in (ROOT / "mesolog" / "ui" / room).glob("*.py"))


def greek_catalogue(folder: Path, modules: Sequence[Path], greek: Greek) -> Path:
    """The `.qm` of what lupdate extracts from `modules`, with `greek`'s messages translated
    (the rest left unfinished, so Qt shows their English)."""
    script = (ROOT / "tools" / "translations.sh").read_text(encoding="utf-8")
    aliases = re.search(r"^ALIASES=(\S+)$", script, re.MULTILINE)
    assert aliases is not None
    files = folder / "modules.txt"
    files.write_text("\n".join(str(module) for module in modules), encoding="utf-8")
    ts = folder / "room_el.ts"
    subprocess.run(
        [
            str(LUPDATE),
            "-silent",
            "-locations",
            "none",
            "-tr-function-alias",
            aliases[1],
            f"@{files}",
            "-target-language",
            "el_GR",
            "-ts",
            str(ts),
        ],
        check=True,
    )
    root = ET.parse(ts).getroot()
    left = dict(greek)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key in left:
                _translate(message, key, left.pop(key))
    assert not left, f"lupdate extracted none of these under their context: {sorted(left)}"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    return compiled(ts, folder)


def _translate(message: ET.Element, key: tuple[str, str], greek: str | tuple[str, str]) -> None:
    translation = message.find("translation")
    assert translation is not None
    plural = message.get("numerus") == "yes"
    assert plural == isinstance(greek, tuple), f"{key}: lupdate's plural mark is {plural}"
    if isinstance(greek, tuple):
        forms = translation.findall("numerusform")
        for form, text in zip(forms, greek, strict=True):
            form.text = text
    else:
        translation.text = greek
    translation.attrib.pop("type", None)


@contextmanager
def installed(qm: Path) -> Iterator[None]:
    """`qm` installed in the application while the block runs, as the window installs its
    language's catalogue at start-up."""
    translator = QTranslator()
    assert translator.load(str(qm))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


@contextmanager
def speaking(language: str, qm: Path) -> Iterator[None]:
    """The application in `language`: "en" with no catalogue (the English of the sources,
    as today), "el" with `qm` installed."""
    if language == "en":
        yield
        return
    with installed(qm):
        yield
