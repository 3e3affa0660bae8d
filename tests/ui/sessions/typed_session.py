"""The session editor typed into as a person at the chair types, for the typed-input tests
of its fields (test_session_form, test_treatment_technique, test_treatment_products,
test_reaction_editor).

A `Field` says how a person reaches one input (choosing the pen, adding a product,
toggling a reaction: clicks), where its value lands in the stored session and how the
field shows a value. `check_typed` types one `Typed` case into it, then presses Save
draft and, for a value that must be refused, Sign too, and checks what the services
stored as well as what the field shows: stored exactly as typed, or refused beside the
field saying what is allowed, with nothing stored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication
from mesolog.domain.records import (
    Course,
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.typed_fields import DateField, MomentField
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.locale_support import date_keys, decimal
from tests.qt_fixtures import Boxes, answer_signing
from tests.typing_support import Typed, empty, focus, shown, tab_away, type_into, type_keys

CLINICIAN = "Δρ. Νικολάου"
COURSE_STARTED = dt.date(2026, 2, 1)
TWELVE_HOUR = "h" in QLocale().timeFormat(QLocale.FormatType.ShortFormat)
"""Whether the pinned locale writes times on a twelve-hour clock (en_US, el_GR)."""
DAY_FIRST = date_keys(dt.date(2001, 2, 3)).startswith("03")
"""Whether the pinned locale writes the day before the month (all but en_US)."""


# how a field is reached, read back and shown


@dataclass(frozen=True)
class Field:
    """One input of the editor: `reach` brings it on screen as a person does and returns
    it; `stored` reads its value from a stored session; `shows` is the text the field
    shows for a value; `refill` is a value typed before the field is emptied."""

    name: str
    reach: Callable[[SessionEditor], QWidget]
    stored: Callable[[SessionInput], object]
    shows: Callable[[Any], str]
    refill: str


def number_shown() -> Callable[[Any], str]:
    """The text of a number field holding a value (empty when it holds none; the unit is
    drawn beside the text, not in it)."""

    def text(value: float | None) -> str:
        return "" if value is None else decimal(f"{value:g}")

    return text


def date_shown(value: dt.date | None) -> str:
    return "" if value is None else shown_date(value)


def text_shown(value: str | None) -> str:
    return value or ""


def too_long(limit: int) -> str:
    """One character more than `limit`, typed: Greek and Latin letters and a digit."""
    text = "Λιδοκαΐνη Lidocaine 5% "
    return (text * (limit // len(text) + 1))[: limit + 1]


# typing dates and times


def _in_locale_order(day: str, month: str, year: str) -> str:
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    parts = {"d": day, "M": month, "y": year}
    return "".join(parts[letter] for letter in dict.fromkeys(re.findall(r"[dMy]", pattern)))


def no_such_day_keys(day: int, month: int, year: int) -> str:
    """The digits of a day that does not exist (31 February), in the locale's order."""
    return _in_locale_order(f"{day:02d}", f"{month:02d}", f"{year:04d}")


def time_keys(hour: int, minute: int, *, meridiem: Callable[[str], str] = str) -> str:
    """What a person types for a time: its digits and, on a twelve-hour clock, the
    locale's AM or PM (`meridiem` picks what of it is typed)."""
    if not TWELVE_HOUR:
        return f"{hour:02d}{minute:02d}"
    locale = QLocale()
    marker = locale.amText() if hour < 12 else locale.pmText()
    return f"{(hour - 1) % 12 + 1:02d}{minute:02d}" + meridiem(marker)


def moment_keys(moment: dt.datetime, *, meridiem: Callable[[str], str] = str) -> str:
    """What a person types for a date and time, the date in the locale's order."""
    return date_keys(moment.date()) + time_keys(moment.hour, moment.minute, meridiem=meridiem)


def tab_in_and_type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Tab into the field and type, without selecting everything first, then Tab: a date
    starts on its first part and takes the parts in turn; a list of choices goes to the
    choice that starts with the letters typed."""
    focus(qtbot, widget)
    type_keys(widget, text)
    tab_away(widget)


# the editor at the chair


def answer_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions are a system edge: "Sign this session?" is answered Yes, "Discard the
    changes?" (a test closing a changed editor) Discard. Returns the texts asked."""
    asked: list[str] = []

    def question(
        _parent: object, _title: str, text: str, buttons: Any = None, *_: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        if buttons is not None and buttons & QMessageBox.StandardButton.Discard:
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    answer_signing(monkeypatch, into=asked)
    return asked


@dataclass
class Chair:
    """A patient with a course begun on `COURSE_STARTED`, in a real clinic database, and
    session editors opened for them as the clinician `CLINICIAN`."""

    qtbot: QtBot
    clinic: Clinic
    boxes: Boxes
    asked: list[str]
    patient: Patient = field(init=False)
    course: Course = field(init=False)

    def __post_init__(self) -> None:
        self.patient = self.clinic.patients.create(
            PatientInput("Παπαδοπούλου", "Ελένη", dt.date(1980, 3, 14), "R-001")
        )
        self.course = self.clinic.courses.plan(
            self.patient.id,
            CourseInput(Indication.WRINKLES, 6, COURSE_STARTED, areas=(Area.FULL_FACE,)),
        )

    def draft(self, days_ago: int) -> Session:
        """A draft of this course `days_ago` days before now, with the clinic's needle."""
        when = self.clinic.context.now() - dt.timedelta(days=days_ago)
        line = TreatmentLine(Area.FULL_FACE, NeedleTechnique(2.0))
        return self.clinic.sessions.create_draft(
            self.patient.id, SessionInput(when, CLINICIAN, (line,), self.course.id)
        )

    def open(self, session: Session | None = None) -> SessionEditor:
        """A new session (or `session`, a draft) in an editor on screen."""
        editor = SessionEditor(
            self.clinic, ChangeBus(), self.patient, session=session, clinician=CLINICIAN
        )
        self.qtbot.addWidget(editor)
        editor.show()
        self.qtbot.waitExposed(editor)
        return editor

    def sessions(self) -> tuple[Session, ...]:
        """The patient's sessions, read back through the history service."""
        return self.clinic.history.patient_history(self.patient.id).sessions

    def save(self, editor: SessionEditor) -> None:
        editor.frame.save_button.click()

    def sign(self, editor: SessionEditor) -> None:
        editor.frame.sign_button.click()


def without_warnings(entry: SessionInput) -> SessionInput:
    """The session as typed, without the warnings in force recorded as given despite (the
    form records those it shows now; a session signed in a test through the services has
    none)."""
    return replace(entry, given_despite=())


def errors_shown(editor: SessionEditor) -> dict[str, str]:
    """Every error message visible in the editor, by its label's name."""
    return {
        label.objectName(): label.text()
        for label in editor.findChildren(QLabel)
        if label.objectName().endswith("_error") and label.isVisible() and label.text()
    }


def error_beside(widget: QWidget) -> QLabel:
    """The error label of `widget`'s field: `<name>_error`, in the nearest widget around
    it that holds one (the field's own row, page or group)."""
    name = f"{widget.objectName()}_error"
    holder = widget.parentWidget()
    while holder is not None:
        found = holder.findChild(QLabel, name, Qt.FindChildOption.FindDirectChildrenOnly)
        if found is not None:
            return found
        holder = holder.parentWidget()
    raise AssertionError(f"no {name} label around {widget.objectName()}")


def says(message: str, fragment: str) -> bool:
    """Whether `message` says `fragment`: "1 to 100" is also said as "1–100" or "1 - 100",
    a decimal with the locale's mark, an ISO date in the locale's short form."""
    plain = re.sub(r"\s*–\s*|\s+-\s+", " to ", message)
    plain = plain.replace(QLocale().decimalPoint(), ".")
    if fragment in plain:
        return True
    try:
        day = dt.date.fromisoformat(fragment)
    except ValueError:
        return False
    return shown_date(day) in message


def still_shows(widget: QWidget, keys: str) -> bool:
    """Whether a number, a date or a text refused still shows what was typed (a decimal
    with either mark), so that it is corrected rather than replaced; a day that exists is
    shown in the locale's form, as the field writes every day it reads."""
    if isinstance(widget, DateField | MomentField) and widget.reading().value is not None:
        return bool(widget.reading().problem == "" and shown(widget))
    return shown(widget).replace(",", ".") == keys.replace(",", ".")


# one typed case


def enter(qtbot: QtBot, widget: QWidget, field_: Field, typed: Typed) -> None:
    """Types `typed.keys` over the field; an empty case first types `refill`, then
    empties the field."""
    if typed.keys:
        type_into(qtbot, widget, typed.keys)
    else:
        type_into(qtbot, widget, field_.refill)
        empty(qtbot, widget)


def check_stored(
    chair: Chair, editor: SessionEditor, widget: QWidget, field_: Field, typed: Typed
) -> None:
    """Save draft stores the value exactly as typed, and the field shows it."""
    showing = shown(widget)
    chair.save(editor)
    assert editor.saved_session is not None, f"not saved: {errors_shown(editor)}"
    [session] = [s for s in chair.sessions() if s.id == editor.saved_session.id]
    assert field_.stored(session.entry) == typed.stored
    assert showing == field_.shows(typed.stored)


def check_refused(
    chair: Chair,
    editor: SessionEditor,
    widget: QWidget,
    field_: Field,
    typed: Typed,
    before: tuple[Session, ...],
) -> None:
    """Save draft, then Sign, are refused with a message beside the field saying what is
    allowed, and the patient's sessions stay as they were."""
    assert typed.refused is not None
    for press in (chair.save, chair.sign):
        press(editor)
        after = chair.sessions()
        stored = [field_.stored(s.entry) for s in after if s not in before]
        assert after == before, f"{typed.keys!r} typed, {stored!r} stored"
        assert editor.isVisible()
        label = error_beside(widget)
        assert label.isVisible(), f"nothing said beside the field: {errors_shown(editor)}"
        assert says(label.text(), typed.refused), label.text()
        assert still_shows(widget, typed.keys), f"{typed.keys!r} typed, {shown(widget)!r} shown"
    assert chair.boxes.shown == [], "the refusal is beside the field, not in a message box"


def check_typed(
    chair: Chair,
    field_: Field,
    typed: Typed,
    *,
    session: Session | None = None,
    way: Callable[[QtBot, QWidget, str], None] | None = None,
    over: bool = False,
) -> None:
    """Opens an editor (of `session`, a draft, or a new session), types the case into the
    field (`way` types the keys instead of `type_into`; `over` types them over `refill`
    typed first) and checks what comes of it."""
    before = chair.sessions()
    editor = chair.open(session)
    widget = field_.reach(editor)
    if over:
        type_into(chair.qtbot, widget, field_.refill)
    if way is not None and typed.keys:
        way(chair.qtbot, widget, typed.keys)
    else:
        enter(chair.qtbot, widget, field_, typed)
    if typed.refused is None:
        check_stored(chair, editor, widget, field_, typed)
    else:
        check_refused(chair, editor, widget, field_, typed, before)


def case(field_: Field, typed: Typed) -> Any:
    """One parametrized case, named by its field and the way it is typed."""
    return pytest.param(field_, typed, id=f"{field_.name}-{typed.case}")
