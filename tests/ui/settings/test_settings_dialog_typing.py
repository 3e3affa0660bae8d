"""Every field of the Settings dialog typed into key by key, then Save clicked, and what the
database then holds read back through the settings service.

A value typed is stored exactly as typed, or refused beside its field with what is allowed
(in the domain's words, `limits.Range.describe`), the dialog open and nothing stored: no
new audit entry either. Never clamped, wrapped, cut short, or the old value kept without a
word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGroupBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mesolog.domain import limits
from mesolog.domain.records import ClinicSettings
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.settings.settings_dialog import SettingsDialog
from tests.locale_support import decimal
from tests.typing_support import Typed, empty, shown, type_into

OTHER_MARK = "." if QLocale().decimalPoint() == "," else ","
ADDRESS = "Λεωφόρος Κηφισίας 112\n115 26 Αθήνα"


@dataclass(frozen=True)
class TypedNumber:
    group: str
    name: str
    span: limits.Range
    stored: Callable[[ClinicSettings], float]

    @property
    def path(self) -> str:
        return self.name if self.group == "locking" else f"{self.group}.{self.name}"


FIELDS = {
    field.path: field
    for field in (
        TypedNumber(
            "locking", "idle_lock_minutes", limits.IDLE_LOCK_MINUTES, lambda s: s.idle_lock_minutes
        ),
        TypedNumber("needle", "gauge", limits.NEEDLE_GAUGE, lambda s: s.techniques.needle_gauge),
        TypedNumber(
            "needle", "length_mm", limits.NEEDLE_LENGTH_MM, lambda s: s.techniques.needle_length_mm
        ),
        TypedNumber(
            "needle", "depth_mm", limits.NEEDLE_DEPTH_MM, lambda s: s.techniques.needle_depth_mm
        ),
        TypedNumber(
            "pen", "needle_count", limits.PEN_NEEDLE_COUNT, lambda s: s.techniques.pen_needle_count
        ),
        TypedNumber("pen", "depth_mm", limits.PEN_DEPTH_MM, lambda s: s.techniques.pen_depth_mm),
        TypedNumber(
            "pen",
            "penetrations_per_second",
            limits.PEN_PENETRATIONS_PER_SECOND,
            lambda s: s.techniques.pen_penetrations_per_second,
        ),
    )
}


def refused(path: str, case: str, keys: str) -> Typed:
    return Typed(case, keys, refused=decimal(str(FIELDS[path].span.describe())))


def param(path: str, typed: Typed, *marks: pytest.MarkDecorator) -> Any:
    return pytest.param(path, typed, marks=marks, id=f"{path}-{typed.case}")


def garbage_and_empty(path: str) -> list[Any]:
    return [
        param(path, refused(path, "garbage", "abc")),
        param(path, refused(path, "empty", "")),
    ]


NUMBER_CASES = [
    param("idle_lock_minutes", Typed("typed", "25", 25)),
    param(
        "idle_lock_minutes",
        refused("idle_lock_minutes", "too high", "61"),
    ),
    param(
        "idle_lock_minutes",
        refused("idle_lock_minutes", "too low", "0"),
    ),
    *garbage_and_empty("idle_lock_minutes"),
    param("needle.gauge", Typed("typed", "32", 32)),
    param(
        "needle.gauge",
        refused("needle.gauge", "too high", "35"),
    ),
    param(
        "needle.gauge",
        refused("needle.gauge", "too low", "26"),
    ),
    *garbage_and_empty("needle.gauge"),
    param("needle.length_mm", Typed("typed", decimal("6.5"), 6.5)),
    param(
        "needle.length_mm",
        Typed("other decimal mark", f"6{OTHER_MARK}5", 6.5),
    ),
    param(
        "needle.length_mm",
        refused("needle.length_mm", "too high", "14"),
    ),
    param(
        "needle.length_mm",
        refused("needle.length_mm", "too low", "1"),
    ),
    *garbage_and_empty("needle.length_mm"),
    param("needle.depth_mm", Typed("typed", decimal("2.5"), 2.5)),
    param(
        "needle.depth_mm",
        Typed("other decimal mark", f"2{OTHER_MARK}5", 2.5),
    ),
    param(
        "needle.depth_mm",
        refused("needle.depth_mm", "too high", "5"),
    ),
    param(
        "needle.depth_mm",
        refused("needle.depth_mm", "too low", decimal("0.5")),
    ),
    *garbage_and_empty("needle.depth_mm"),
    param("pen.needle_count", Typed("typed", "36", 36)),
    param(
        "pen.needle_count",
        refused("pen.needle_count", "too high", "50"),
    ),
    param(
        "pen.needle_count",
        refused("pen.needle_count", "too low", "0"),
    ),
    *garbage_and_empty("pen.needle_count"),
    param("pen.depth_mm", Typed("typed", decimal("1.25"), 1.25)),
    param(
        "pen.depth_mm",
        Typed("other decimal mark", f"1{OTHER_MARK}25", 1.25),
    ),
    param(
        "pen.depth_mm",
        refused("pen.depth_mm", "too high", "3"),
    ),
    param(
        "pen.depth_mm",
        refused("pen.depth_mm", "too low", decimal("0.1")),
    ),
    *garbage_and_empty("pen.depth_mm"),
    param("pen.penetrations_per_second", Typed("typed", "80", 80)),
    param(
        "pen.penetrations_per_second",
        refused("pen.penetrations_per_second", "too high", "150"),
    ),
    param(
        "pen.penetrations_per_second",
        refused("pen.penetrations_per_second", "too low", "0"),
    ),
    *garbage_and_empty("pen.penetrations_per_second"),
]


@pytest.fixture
def dialog(qtbot: QtBot, clinic: Clinic) -> SettingsDialog:
    opened = SettingsDialog(clinic, ChangeBus())
    qtbot.addWidget(opened)
    return opened


def field(dialog: SettingsDialog, group: str, name: str) -> Any:
    box = dialog.findChild(QGroupBox, group)
    assert box is not None, group
    found = box.findChild(QWidget, name)
    assert found is not None, (group, name)
    return found


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)


def number_shown(text: str) -> float | None:
    """The number at the start of a field's text, with either decimal mark ("2,50 mm": 2.5)."""
    found = re.match(r"\s*(\d+(?:[.,]\d*)?)", text)
    return float(found.group(1).replace(",", ".")) if found else None


@pytest.mark.parametrize(("path", "case"), NUMBER_CASES)
def test_a_typed_number_is_stored_as_typed_or_refused_beside_its_field(
    qtbot: QtBot, dialog: SettingsDialog, clinic: Clinic, path: str, case: Typed
) -> None:
    spec = FIELDS[path]
    widget = field(dialog, spec.group, spec.name)
    before, entries = clinic.settings.clinic(), len(clinic.audit.entries())
    if case.keys:
        type_into(qtbot, widget, case.keys)
    else:
        empty(qtbot, widget)

    save(qtbot, dialog)

    if case.refused is None:
        assert dialog.errors_shown() == {}
        assert dialog.result() == SettingsDialog.DialogCode.Accepted
        assert spec.stored(clinic.settings.clinic()) == case.stored
        assert number_shown(shown(widget)) == case.stored
        return
    error = dialog.errors_shown().get(path, "")
    assert case.refused in error, f"beside {path}: {error!r}"
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert clinic.settings.clinic() == before
    assert len(clinic.audit.entries()) == entries, "nothing written"
    if case.keys[:1].isdigit():
        assert number_shown(shown(widget)) == float(case.keys.replace(",", "."))


TEXTS: dict[str, Callable[[Clinic], str]] = {
    "clinic.name": lambda clinic: clinic.settings.clinic().name,
    "clinic.address": lambda clinic: clinic.settings.clinic().address,
    "clinic.phone": lambda clinic: clinic.settings.clinic().phone,
    "clinic.email": lambda clinic: clinic.settings.clinic().email,
    "backup_folder": lambda clinic: clinic.settings.clinic().backup_folder,
    "workstation.clinician": lambda _clinic: SettingsDialog.clinician_name(),
}
"""Where each text field is kept: the clinic's in the database, the clinician on this
computer."""


def text(path: str, typed: Typed) -> Any:
    return pytest.param(path, typed, id=f"{path}-{typed.case}")


TEXT_CASES = [
    text(
        "clinic.name",
        Typed("typed", "Κλινική Δερματολογίας Αθηνών", "Κλινική Δερματολογίας Αθηνών"),
    ),
    text(
        "clinic.name",
        Typed("too long", "Κ" * (limits.NAME_MAX + 1), refused="at most 100 characters"),
    ),
    text("clinic.address", Typed("typed", ADDRESS, ADDRESS)),
    text("clinic.phone", Typed("typed", "+30 210 555 0100", "+30 210 555 0100")),
    text(
        "clinic.phone",
        Typed("too long", "0" * (limits.PHONE_MAX + 1), refused="at most 40 characters"),
    ),
    text("clinic.email", Typed("typed", "υποδοχή@κλινική.gr", "υποδοχή@κλινική.gr")),
    text(
        "clinic.email",
        Typed("too long", "r" * (limits.EMAIL_MAX - 11) + "@example.org", refused="at most 200"),
    ),
    text(
        "backup_folder",
        Typed("typed", "/media/usb/αντίγραφα mesolog", "/media/usb/αντίγραφα mesolog"),
    ),
    text("workstation.clinician", Typed("typed", "Δρ Ελένη Βασιλείου", "Δρ Ελένη Βασιλείου")),
    text(
        "workstation.clinician",
        Typed("too long", "Δ" * (limits.NAME_MAX + 1), refused="at most 100 characters"),
    ),
]


@pytest.mark.parametrize(("path", "case"), TEXT_CASES)
def test_a_typed_text_is_stored_as_typed_or_refused_beside_its_field(
    qtbot: QtBot, dialog: SettingsDialog, clinic: Clinic, path: str, case: Typed
) -> None:
    group, _, name = path.rpartition(".")
    widget = field(dialog, group or "locking", name)
    before = clinic.settings.clinic(), SettingsDialog.clinician_name()
    type_into(qtbot, widget, case.keys)
    assert shown(widget) == case.keys

    save(qtbot, dialog)

    if case.refused is None:
        assert dialog.result() == SettingsDialog.DialogCode.Accepted
        assert TEXTS[path](clinic) == case.stored
        return
    error = dialog.errors_shown().get(path, "")
    assert case.refused in error.lower(), f"beside {path}: {error!r}"
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert (clinic.settings.clinic(), SettingsDialog.clinician_name()) == before
