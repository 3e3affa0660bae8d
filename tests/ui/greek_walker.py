"""What a window shows, walked, and the two checks of "no English in a Greek window"
(docs/translation-plan.md §5.3), for tests/ui/test_greek_windows.py.

`shown_texts(screen, top)` walks a window or dialog and every child a person sees: window
titles, tooltips, names for screen readers, labels, buttons, group box titles, tabs,
placeholders, read-only fields, spin box affixes, combo items, the actions of menus, tool
bars and buttons (through every submenu), item views' headers and first rows (display and
tooltip roles, a tree's children too). Each text is `normalised`: rich text made plain, a
shortcut's tail (`\\tCtrl+S`) and `&` mnemonics dropped, runs of spaces made one.

`EnglishSources` reads the catalogues' English: every source of `mesolog_el.ts` and
`qtbase_el.ts` whose Greek differs from it (a message rightly kept English, such as `OK`
or `ml`, is left out), and the English forms of `mesolog_en.ts`'s plurals, which is what an
English window shows of them. A text shows English when it equals one, or matches one
with placeholders (`%1`, `%n`, `{name}`) standing for anything, or starts with the words
before its first placeholder (two words or more).

`latin_words` is the looser check, for English never marked for translation (an f-string,
an exception's text): the Latin-script words of four letters or more in a text.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressDialog,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QTreeView,
    QWidget,
)

ROWS = 40
"""An item view's rows read (each of its columns): enough for every kind of row."""
PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{[a-z_]+\}")
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]{4,}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@dataclass(frozen=True)
class Seen:
    """A text a screen shows: which screen, where in it (widget path, what of it)."""

    screen: str
    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.screen} | {self.where} | {self.text}"


def normalised(text: str) -> str:
    """The text as read: plain, without a shortcut's tail, mnemonics or repeated spaces."""
    if TAG.search(text):
        text = html.unescape(TAG.sub(" ", re.sub(r"<br\s*/?>", "\n", text)))
    lines = [line.split("\t")[0] for line in text.splitlines()]
    text = " ".join(" ".join(lines).split())
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def lines_of(text: str) -> list[str]:
    """A text and, when it has several lines, each line (a source may be one of them)."""
    parts = [normalised(line) for line in text.splitlines()]
    whole = normalised(text)
    return [whole, *(p for p in parts if p and p != whole)]


# the catalogues' English


@dataclass(frozen=True)
class English:
    exact: frozenset[str]
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    prefixes: tuple[tuple[str, str], ...]
    kept_latin: frozenset[str]
    """Latin words the Greek catalogue itself writes (units, codes, names it keeps)."""

    def source_in(self, text: str) -> str | None:
        """The English source `text` shows, if any."""
        for line in lines_of(text):
            if line in self.exact:
                return line
            for pattern, source in self.patterns:
                if pattern.fullmatch(line):
                    return source
            for prefix, source in self.prefixes:
                if line.startswith(prefix):
                    return source
        return None


def _messages(ts: Path) -> Iterator[tuple[str, list[str], bool]]:
    """(source, translations, finished) of each live message of a .ts file."""
    root = ET.parse(ts).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type", "")
        if kind in ("vanished", "obsolete"):
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")]
        forms = forms or [translation.text or ""]
        yield message.findtext("source") or "", forms, kind != "unfinished" and all(forms)


def english_sources(greek: Iterable[Path], english_plurals: Path | None) -> English:
    sources: set[str] = set()
    kept: set[str] = set()
    latin: set[str] = set()
    for ts in greek:
        for source, forms, finished in _messages(ts):
            if finished and source in forms:
                kept.add(normalised(source))
            elif source not in forms:
                sources.add(normalised(source))
            if finished:
                latin |= {w.casefold() for f in forms for w in LATIN_WORD.findall(f)}
    if english_plurals is not None:
        for _source, forms, finished in _messages(english_plurals):
            sources |= {normalised(form) for form in forms if finished}
    sources -= kept
    exact = frozenset(s for s in sources if not PLACEHOLDER.search(s))
    patterns, prefixes = [], []
    for source in sorted(sources - exact):
        literal = PLACEHOLDER.sub(" ", source)
        if not re.search(r"[A-Za-z]{2,}", literal):
            continue  # "%1 (%2)" is no English
        parts = [re.escape(part) for part in PLACEHOLDER.split(source)]
        patterns.append((re.compile(".+?".join(parts), re.DOTALL), source))
        before = PLACEHOLDER.split(source)[0].strip()
        if len(before.split()) >= 2:
            prefixes.append((before, source))
    return English(exact, tuple(patterns), tuple(prefixes), frozenset(latin))


CODE = re.compile(r"\S*[/\\]\S*|\w+(?:\.\w+)+|\w+\[\d+\]\S*|\w*_\w*|[\w-]*\d[\w-]*")
"""A path, a file's name, a field's path in a file, an identifier, a word with a digit (a
UUID, a lot number, 30G): codes, not words."""


def latin_words(text: str) -> list[str]:
    """The Latin-script words of four letters or more in a text, its codes left out."""
    return LATIN_WORD.findall(CODE.sub(" ", normalised(text)))


# the walk


def _path(widget: QWidget, top: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and current is not top:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names)) or type(top).__name__


def _actions(actions: Iterable[QAction], where: str, seen: set[int]) -> Iterator[tuple[str, str]]:
    for action in actions:
        if id(action) in seen or action.isSeparator() or not action.isVisible():
            continue
        seen.add(id(action))
        name = f"{where}>{action.objectName() or normalised(action.text())}"
        yield f"{name}.text", action.text()
        if action.toolTip() != action.text().replace("&", ""):
            yield f"{name}.toolTip", action.toolTip()
        yield f"{name}.statusTip", action.statusTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield f"{name}.title", menu.title()
            yield from _actions(menu.actions(), name, seen)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    # a list model's columnCount is private in PySide: it has one
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _model_texts(model: QAbstractItemModel, tree: bool) -> Iterator[tuple[str, str]]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for column in range(_columns(model, QModelIndex())):
        for role in roles:
            yield (
                f"header[{column}]",
                str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""),
            )

    def rows(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(min(model.rowCount(parent), ROWS)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in roles:
                    value = index.data(role)
                    if isinstance(value, str):
                        yield f"cell[{depth}:{row},{column}]", value
                if tree and column == 0 and depth < 3:
                    yield from rows(index, depth + 1)

    yield from rows(QModelIndex(), 0)


def _own_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "toolTip", widget.toolTip()
    yield "whatsThis", widget.whatsThis()
    yield "accessibleName", widget.accessibleName()
    yield "accessibleDescription", widget.accessibleDescription()
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "text", widget.text()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "text", widget.toPlainText()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        yield "prefix", widget.prefix()
        yield "suffix", widget.suffix()
    if isinstance(widget, QAbstractSpinBox):
        yield "specialValue", widget.specialValueText()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item[{i}]", widget.itemText(i)
        if widget.isEditable() and widget.lineEdit() is not None:
            yield "placeholder", widget.placeholderText()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"tab[{i}]", widget.tabText(i)
            yield f"tabToolTip[{i}]", widget.tabToolTip(i)
    if isinstance(widget, QProgressDialog):
        yield "label", widget.labelText()
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        model = widget.model()
        if model is not None:
            yield from _model_texts(model, isinstance(widget, QTreeView))


def shown_texts(screen: str, top: QWidget) -> list[Seen]:
    """Every text `top` shows (itself and each child visible in it), with where it is."""
    found: list[Seen] = []
    if top.windowTitle():
        found.append(Seen(screen, "windowTitle", top.windowTitle()))
    seen_actions: set[int] = set()
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        where = _path(widget, top)
        for what, text in [*_own_texts(widget), *_actions(widget.actions(), "", seen_actions)]:
            if text.strip():
                found.append(Seen(screen, f"{where}.{what}", text))
        if isinstance(widget, QAbstractButton) and hasattr(widget, "menu"):
            menu = widget.menu()
            if isinstance(menu, QMenu):
                for what, text in _actions(menu.actions(), "menu", seen_actions):
                    if text.strip():
                        found.append(Seen(screen, f"{where}.{what}", text))
    return found
