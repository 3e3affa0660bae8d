"""Shared pieces of every form: names for tests and screen readers, buttons named by their
text, errors beside fields."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from mesolog.domain.errors import Violation
from mesolog.domain.text import visible
from mesolog.domain.texts import phrase, phrase_n
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.translation import shown
from mesolog.ui.common.typed_fields import TypedField

W = TypeVar("W", bound=QWidget)

ERROR_STYLE = "color: #b00020;"


def named(widget: W, name: str, accessible: str) -> W:
    """Gives a widget its snake_case objectName (the interchange field's name where there
    is one) and the name a screen reader speaks."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def action_button(parent: QWidget, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A button beside a list that runs `slot`; a screen reader speaks its text without the
    mnemonic and the ellipsis, and Enter never presses it (it is no dialog's default)."""
    button = named(QPushButton(text, parent), name, text.replace("&", "").rstrip("…"))
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


def error_label(name: str, parent: QWidget | None = None) -> QLabel:
    """A wrapping message in the error colour, named `name`, hidden until there is one."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def in_locale_dates(text: str) -> str:
    """`text` with each ISO day in it (as the domain words its rules) in the locale's form."""

    def local(match: re.Match[str]) -> str:
        try:
            day = dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            return match.group(0)
        return shown_date(day)

    return _ISO_DAY.sub(local, text)


SHOWN_MAX = 60
"""A value longer than this is said by its length beside its field, never cut: its
beginning may be a note (health data), and a cut one reads as what was typed."""


def violation_text(violation: Violation) -> str:
    """One violation in words a clinician reads beside the field, in the window's language,
    dates in the locale's form."""
    rule = shown(violation.allowed)
    allowed = f"{rule[:1].upper()}{rule[1:]}"
    value = violation.value
    blank = value is None or (isinstance(value, str) and not value.strip())
    text = "" if blank else visible(str(value))
    if len(text) > SHOWN_MAX:
        size = len(value) if isinstance(value, str) else len(text)
        #: what a field allows, and the length of the value typed, too long to show here
        sized = phrase_n("Violations", "{allowed} (%n characters)", None, 1)
        return in_locale_dates(shown(sized.counting(size, allowed=allowed)))
    if text.startswith("(") and text.endswith(")"):  # said of the value, "(12000 characters)"
        return in_locale_dates(f"{allowed} {text}")
    if not text:
        return in_locale_dates(allowed)
    #: what a field allows, and the value typed into it
    refused = phrase("Violations", "{allowed} ({value} is not allowed)")
    return in_locale_dates(shown(refused.having(allowed=allowed, value=text)))


class FieldErrors(QObject):
    """Hidden error labels, one under each field, shown for the violations that name it.

    A violation finds its label by its path relative to `prefix` (for example
    `treatments[0].technique.depth_mm` with prefix `treatments[0].`), else by its
    last field name.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, QLabel] = {}
        self._typed: dict[str, TypedField] = {}

    def follow(self, field: TypedField, name: str | None = None) -> None:
        """Shows `field`'s problem under it as soon as the person leaves it, and hides it
        once corrected; `show_typed` shows them all (on Save)."""
        key = name or field.objectName()
        self._typed[key] = field
        field.problem_changed.connect(lambda problem: self._show_problem(key, problem))

    def show_typed(self) -> bool:
        """Shows the problem of every followed field that has one; whether any had."""
        found = False
        for key, field in self._typed.items():
            active = field.isEnabled() and field.isVisibleTo(field.window())
            problem = field.problem() if active else ""
            self._show_problem(key, problem)
            found = found or bool(problem)
        return found

    def say(self, field: str, text: str) -> None:
        """Shows `text` under `field` ("" hides it)."""
        self._show_problem(field, text)

    def _show_problem(self, key: str, problem: str) -> None:
        label = self._labels.get(key)
        if label is None:
            return
        label.setText(problem)
        label.setVisible(bool(problem))

    def label_for(self, field: str) -> QLabel:
        label = error_label(f"{field}_error")
        label.setAccessibleName(self.tr("%1 error").replace("%1", field.replace("_", " ")))
        self._labels[field] = label
        return label

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def show(self, violations: Iterable[Violation], prefix: str = "") -> list[Violation]:
        """Shows each violation beside its field; returns those no label here belongs to."""
        unplaced = []
        for violation in violations:
            path = violation.path
            relative = path[len(prefix) :] if prefix and path.startswith(prefix) else path
            label = self._labels.get(relative) or self._labels.get(violation.field)
            if label is None:
                unplaced.append(violation)
                continue
            text = violation_text(violation)
            label.setText(f"{label.text()}\n{text}" if label.isVisible() else text)
            label.show()
        return unplaced

    def visible(self) -> dict[str, str]:
        """The errors shown now, by field (for tests and for focusing the first one)."""
        return {field: label.text() for field, label in self._labels.items() if label.text()}


def show_beginnings(form: QWidget) -> None:
    """Each one-line field of `form` filled by the program shows the beginning of its text
    (a concentration's dose, an anaesthetic's name), not its end, where setText leaves the
    cursor; the field being typed into keeps its cursor."""
    for field in form.findChildren(QLineEdit):
        if not field.hasFocus():
            field.setCursorPosition(0)
