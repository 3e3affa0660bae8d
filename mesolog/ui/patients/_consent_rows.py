"""A consent in the patient dialog: a tick and the day it was given, which go together."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from mesolog.ui.common.forms import FieldErrors, named
from mesolog.ui.common.typed_fields import DateField
from mesolog.ui.patients._patient_form_rows import FormRows


class ConsentRow(QObject):
    """Ticked: the day, today unless changed; unticked: no day. Emptying the day takes the
    tick off. `field` names the day (the patient's field); the tick is `<name>`."""

    def __init__(
        self,
        owner: QWidget,
        rows: FormRows,
        errors: FieldErrors,
        *,
        today: dt.date,
        earliest: dt.date,
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._rows = rows
        self._errors = errors
        self._today = today
        self._earliest = earliest

    def add(
        self,
        form: QFormLayout,
        field: str,
        tick: QCheckBox,
        accessible: str,
        hint: QLabel | None = None,
    ) -> DateField:
        named(tick, tick.objectName(), accessible)
        day = DateField(
            latest_year=self._today.year,
            earliest=(
                self._earliest,
                self.tr("%1 is too long ago for a consent: %2 at the earliest."),
            ),
            latest=(
                self._today,
                self.tr("%1 is in the future: a consent is signed today (%2) at the latest."),
            ),
            start_page=self._today,
        )
        self._errors.follow(day, field)
        day.setEnabled(False)
        tick.toggled.connect(lambda given: self._toggled(day, given))
        day.changed.connect(lambda: self._day_changed(tick, day))
        self._rows.add(form, field, tick, day, hint)
        return day

    def _toggled(self, day: DateField, given: bool) -> None:
        day.setEnabled(given)
        if not given:
            day.set_value(None)
        elif day.value() is None:
            day.set_value(self._today)

    @staticmethod
    def _day_changed(tick: QCheckBox, day: DateField) -> None:
        """The day emptied (select all, Delete): no consent, so the tick goes too."""
        if not day.text().strip():
            tick.setChecked(False)
