"""Catalogues made the way the translators' will be: pyside6-lupdate over every module of
mesolog, told of the markers as tools/translations.sh tells it, some messages given a
translation, compiled by pyside6-lrelease and installed in the application.

A catalogue made so proves two things at once: that lupdate extracted the message (under
that context, as a plural where it has two forms), and that the window looks it up there.

- `greek_catalogue`: the messages named given their Greek; lupdate must have extracted
  each of them (it fails naming those it did not), the rest stay English.
- `marked_catalogue`: every message extracted given its source between ⟦ ⟧, so any text a
  window shows without them was either not extracted or looked up under another context;
  `unmarked` finds those a widget and its children show.
"""

from __future__ import annotations

import functools
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from mesolog.language.choice import NAMES
from tests.language.qm_support import compiled

ROOT = Path(__file__).parents[3]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

WORD = re.compile(r"[A-Za-z]{3,}")
"""English shows as Latin words; a date, a number, a dash or a locale's AM has none of three
letters (the tests' own data is Greek, so that it is never taken for English)."""
QT_OWN = {"Cancel", "Close", "OK", "Scroll Left", "Scroll Right"}
"""Qt's own words (its standard buttons, a tab bar's arrows), which qtbase_el translates."""
NEVER_TRANSLATED = set(NAMES.values())
"""Each language's name in its own words, the same in every language (English)."""
Greek = str | tuple[str, str]
"""A translation, or a plural's two forms (one, other)."""


@functools.cache
def extraction() -> str:
    """The `.ts` lupdate makes of mesolog's modules (made once per test run)."""
    script = (ROOT / "tools" / "translations.sh").read_text(encoding="utf-8")
    aliases = re.search(r"^ALIASES=(\S+)$", script, re.MULTILINE)
    assert aliases is not None
    with tempfile.TemporaryDirectory() as folder:
        files = Path(folder, "files")
        files.write_text("\n".join(str(p) for p in sorted((ROOT / "mesolog").rglob("*.py"))))
        ts = Path(folder, "mesolog_el.ts")
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
        return ts.read_text(encoding="utf-8")


def _messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _translate(message: ET.Element, forms: Greek) -> None:
    translation = message.find("translation")
    assert translation is not None
    translation.attrib.pop("type", None)
    translation.text = None
    for form in translation.findall("numerusform"):
        translation.remove(form)
    if message.get("numerus") == "yes":
        for text in forms if isinstance(forms, tuple) else (forms, forms):
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = forms if isinstance(forms, str) else forms[0]


def greek_catalogue(folder: Path, greek: Mapping[tuple[str, str], Greek]) -> Path:
    """The extraction with each (context, source) of `greek` translated (a plural by its two
    forms), compiled into `folder`."""
    root = ET.fromstring(extraction())
    found: dict[tuple[str, str], bool] = {}
    for context, message in _messages(root):
        key = (context, message.findtext("source") or "")
        if key in greek:
            _translate(message, greek[key])
            found[key] = message.get("numerus") == "yes"
    assert set(greek) - set(found) == set(), "lupdate did not extract these"
    plurals = {key for key, forms in greek.items() if isinstance(forms, tuple)}
    assert {key for key, plural in found.items() if plural} == plurals, "plural or not"
    return _compiled(root, folder)


def marked_catalogue(folder: Path) -> Path:
    """The extraction with every message translated as its source between ⟦ ⟧."""
    root = ET.fromstring(extraction())
    for _context, message in _messages(root):
        _translate(message, f"⟦{message.findtext('source')}⟧")
    return _compiled(root, folder)


def _compiled(root: ET.Element, folder: Path) -> Path:
    ts = folder / "mesolog_el.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    return compiled(ts, folder)


@contextmanager
def installed(qm: Path) -> Iterator[None]:
    """`qm` installed in the application while the block runs."""
    translator = QTranslator()
    assert translator.load(str(qm))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def unmarked(root: QWidget) -> list[str]:
    """Each text `root` and its children show (titles, labels, buttons, group titles,
    placeholders, tooltips, names for screen readers, combo items, tabs, menus, tables'
    headers and cells) that has an English word and no ⟦ ⟧, as "where: text"."""
    found = [
        (f"{type(widget).__name__} {widget.objectName()}", text)
        for widget in [root, *root.findChildren(QWidget)]
        for text in _texts(widget)
    ]
    return [
        f"{where}: {text}"
        for where, text in found
        if WORD.search(text) and "⟦" not in text and text not in QT_OWN | NEVER_TRANSLATED
    ]


def _texts(widget: QWidget) -> Iterator[str]:
    yield from (widget.windowTitle(), widget.toolTip(), widget.accessibleName())
    for action in widget.actions():
        yield from (action.text(), action.toolTip())
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QMenu):
        yield widget.title()
    elif isinstance(widget, QTableView):
        model = widget.model()
        for column in range(widget.horizontalHeader().count()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
                for row in range(model.rowCount()):
                    yield str(model.index(row, column).data(role) or "")
