"""Saving a form over a record another workstation may have changed since the form was
filled from it (services.conflicts): the save names the record as read, and the form shows
what became of it. Never a silent overwrite.

- Saved as typed: done, the form may close.
- Merged with someone's change of other fields: saved, and the form takes the record as
  stored, so that a later save from it does not undo that change; a note beside the form
  says whose change of which fields was kept and when. The form stays open to show it
  (its Cancel says Close: the save is done).
- Refused, both having changed a field: the conflict dialog (ui.common.conflict_dialog)
  names who and when and shows their value and what was typed side by side. "Keep mine"
  saves again on the version stored now (their changes of other fields kept); "Use theirs
  and keep editing" fills the form from the record stored now, what was typed shown beside
  it; "Cancel" leaves the form as typed, on the version it read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget

from mesolog.domain.conflicts import (
    ConflictError,
    VersionedRecord,
    changed_fields,
    three_way,
    with_values,
)
from mesolog.domain.errors import KnownError
from mesolog.services.clinic import Clinic
from mesolog.services.conflicts import Change, Saved
from mesolog.services.record_changes import RecordChanges
from mesolog.ui.common.conflict_dialog import Choice, ConflictDialog, FieldRow
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.common.record_conflicts import FieldWords, moment_text

R = TypeVar("R", bound=VersionedRecord)
C = TypeVar("C")
NOTE_STYLE = "QLabel { background: #e3f2fd; color: #0d3c61; padding: 6px 8px; }"


def note_label(parent: QWidget) -> QLabel:
    """Where a form says that a save kept someone else's change (hidden until it does)."""
    label = QLabel(parent)
    label.setObjectName("merge_note")
    label.setAccessibleName(QCoreApplication.translate("VersionedForm", "Another change kept"))
    label.setStyleSheet(NOTE_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


@dataclass(frozen=True, slots=True)
class SaveOutcome(Generic[R]):
    base: R
    """What the form is based on now: the record stored, the one it was filled from after
    "Use theirs", or the one it read when nothing was saved."""
    saved: R | None = None
    """The record as stored, when the save went through."""
    kept: tuple[str, ...] = ()
    """Fields of someone else's change the save kept, which the form now shows."""

    @property
    def done(self) -> bool:
        """Saved with nothing more to show: the form may close."""
        return self.saved is not None and not self.kept


class VersionedForm(Generic[R, C]):
    """The saves of one form: `content` is the part of a record the form edits, `write`
    saves content on a record read (the service's update with `read=`, which says what a
    merge kept and whose change it was), `load` fills the
    form, `words` names its fields, `record` says what it edits ("this patient")."""

    def __init__(
        self,
        form: QWidget,
        clinic: Clinic,
        bus: ChangeBus,
        *,
        record: str,
        words: FieldWords,
        content: Callable[[R], C],
        write: Callable[[C, R], Saved[R]],
        load: Callable[[C], None],
        note: QLabel,
    ) -> None:
        self._form = form
        self._clinic = clinic
        self._bus = bus
        self._record = record
        self._words = words
        self._content = content
        self._write = write
        self._load = load
        self.note = note
        self.aside: ConflictDialog | None = None
        """The conflict dialog kept open beside the form after "Use theirs"."""
        self._shown: R | None = None
        self._noted = False
        self._cancel = form.findChild(QAbstractButton, "cancel")
        """The form's Cancel, which says Close once a save is shown: nothing to cancel."""
        if isinstance(form, QDialog):
            form.finished.connect(lambda _result: self.close_aside())

    def save(self, read: R, typed: C, *, title: str, refusal: str = "") -> SaveOutcome[R]:
        """Saves `typed`, filled from `read`; `refusal` words what a refusal that names no
        field both changed means here (signing: "It was not signed")."""
        if read is self._shown and typed == self._content(read):
            return SaveOutcome(read, read)  # the merged record shown, stored already
        base, sent, other = read, typed, None
        while True:
            outcome = run_change(
                self._form, self._bus, partial(self._attempt, sent, base), title=title
            )
            if outcome is None:
                return SaveOutcome(read)
            if not isinstance(outcome, ConflictError):
                break
            error = outcome
            current = cast(R, error.current)
            merge = three_way(self._content(base), self._content(current), sent)
            shown = error.conflicting or error.theirs
            choice, dialog = self._ask(error, current, sent, title=title, refusal=refusal)
            if choice is Choice.KEEP_MINE:
                base, sent = current, with_values(merge.result, sent, shown)
                other = self._who(error)
                continue
            if choice is Choice.USE_THEIRS:
                self._load(with_values(merge.result, self._content(current), shown))
                self._keep_beside(dialog, error)
                return SaveOutcome(current)
            return SaveOutcome(read)
        return self._saved(outcome, read, typed, other)

    def _attempt(self, content: C, base: R) -> Saved[R] | ConflictError:
        try:
            return self._write(content, base)
        except ConflictError as error:
            return error  # the views refresh: the record did change, elsewhere

    def _saved(self, result: Saved[R], read: R, typed: C, other: Change | None) -> SaveOutcome[R]:
        """`other`: the change a "Keep mine" saved over, whose other fields it kept."""
        saved = result.record
        first = self._content(read)
        mine = changed_fields(first, typed)
        kept = tuple(p for p in changed_fields(first, self._content(saved)) if p not in mine)
        self._clear_note()
        if not kept:
            return SaveOutcome(saved, saved)
        self._load(self._content(saved))
        self._shown = saved
        if self._cancel is not None:
            self._cancel.setText(QCoreApplication.translate("VersionedForm", "Close"))
        self._say_kept(kept, result.kept_from or other)
        return SaveOutcome(saved, saved, kept)

    # the conflict dialog

    def _ask(
        self, error: ConflictError, current: R, sent: C, *, title: str, refusal: str
    ) -> tuple[Choice, ConflictDialog]:
        self.close_aside()
        self._clear_note()
        now = self._content(current)
        shown = error.conflicting or error.theirs
        rows = [
            FieldRow(
                path,
                self._words.caption(path),
                self._words.value(path, now),
                self._words.value(path, sent),
            )
            for path in shown
        ]
        who = self._name(error.changed_by)
        dialog = ConflictDialog(
            self._form,
            title=title,
            heading=self._heading(error, who, refusal),
            rows=rows,
            theirs_header=(
                QCoreApplication.translate("VersionedForm", "Saved now by %1").replace("%1", who)
                if who
                else QCoreApplication.translate("VersionedForm", "Saved now")
            ),
            others=self._others(error, who, shown),
        )
        choice = Choice(dialog.exec())
        return choice, dialog

    def _heading(self, error: ConflictError, who: str, refusal: str) -> str:
        when = self._when(error.changed_at)
        if who and when:
            text = QCoreApplication.translate(
                "VersionedForm", "%1 changed %2 at %3, after you opened it."
            ).replace("%3", when)
        elif who:
            text = QCoreApplication.translate("VersionedForm", "%1 changed %2 after you opened it.")
        elif when:
            text = QCoreApplication.translate(
                "VersionedForm", "Someone else changed %2 at %3, after you opened it."
            ).replace("%3", when)
        else:
            text = QCoreApplication.translate(
                "VersionedForm", "Someone else changed %2 after you opened it."
            )
        text = text.replace("%1", who).replace("%2", self._record)
        if error.conflicting:
            why = QCoreApplication.translate(
                "VersionedForm",
                "You both changed the fields below; nothing you typed is saved yet.",
            )
        else:
            why = refusal or QCoreApplication.translate(
                "VersionedForm",
                "Your changes and theirs together break a rule, so nothing was saved; their "
                "changes are below, beside what your form holds.",
            )
        return f"{text}\n{why}"

    def _others(self, error: ConflictError, who: str, shown: tuple[str, ...]) -> str:
        theirs = [p for p in error.theirs if p not in shown]
        mine = [p for p in error.mine if p not in shown]
        lines = []
        if theirs:
            also = (
                QCoreApplication.translate(
                    "VersionedForm", "%1 also changed %2; that stays as they saved it."
                )
                if who
                else QCoreApplication.translate(
                    "VersionedForm", "They also changed %2; that stays as they saved it."
                )
            )
            lines.append(also.replace("%1", who).replace("%2", self._words.listed(theirs)))
        if mine:
            lines.append(
                QCoreApplication.translate(
                    "VersionedForm", "You also changed %1; that stays as you typed it."
                ).replace("%1", self._words.listed(mine))
            )
        return "\n".join(lines)

    def _keep_beside(self, dialog: ConflictDialog, error: ConflictError) -> None:
        who = self._name(error.changed_by)
        heading = (
            QCoreApplication.translate(
                "VersionedForm",
                "The form now shows what %1 saved. What you typed is kept here until you "
                "close this window; nothing is saved until you save the form.",
            ).replace("%1", who)
            if who
            else QCoreApplication.translate(
                "VersionedForm",
                "The form now shows what is saved. What you typed is kept here until you "
                "close this window; nothing is saved until you save the form.",
            )
        )
        dialog.keep_beside(heading)
        self.aside = dialog

    def close_aside(self) -> None:
        if self.aside is not None:
            self.aside.close()
            self.aside = None

    # who and when, in words

    def _say_kept(self, kept: tuple[str, ...], change: Change | None) -> None:
        fields = self._words.listed(kept)
        if change is None:
            text = QCoreApplication.translate(
                "VersionedForm", "Saved. Kept a change of %1 made after you opened it."
            ).replace("%1", fields)
        else:
            text = (
                QCoreApplication.translate("VersionedForm", "Saved. Kept %1's change of %2, %3.")
                .replace("%1", change.by)
                .replace("%2", fields)
                .replace("%3", self._when(change.at))
            )
        self.note.setText(text)
        self.note.show()
        self._noted = True

    def _clear_note(self) -> None:
        """Hides the note this form showed (not what else the label may say)."""
        if self._noted:
            self.note.hide()
            self._noted = False

    def _who(self, error: ConflictError) -> Change | None:
        if error.changed_by is None or error.changed_at is None:
            return None
        return Change(self._name(error.changed_by), error.changed_at)

    def _name(self, actor: str | None) -> str:
        if actor is None:
            return ""
        try:
            return RecordChanges(self._clinic.context).name_of(actor)
        except KnownError:
            return actor

    def _when(self, moment: dt.datetime | None) -> str:
        return moment_text(moment, self._clinic.context.today()) if moment else ""
