"""The settings dialog's fields in words, for a save someone else's change refused or
merged (ui.common.versioned_saves): each of the clinic's settings by its path, with the
caption the dialog shows beside it (with its group's title where two groups share one)
and its value as the dialog shows it, with its unit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from mesolog.ui.common.record_conflicts import FieldWords, number_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def _in(unit: str) -> Callable[[float], str]:
    return lambda value: number_text(value, unit)


def _whole(unit: str) -> Callable[[int], str]:
    return lambda value: f"{QLocale().toString(value)} {unit}"


def settings_fields() -> FieldWords:
    needle, pen = _tr("Mesotherapy needle"), _tr("Micro-needling pen")

    def of(group: str, caption: str) -> str:
        return _tr("%1 (%2)").replace("%1", caption).replace("%2", group)

    return FieldWords(
        captions={
            "name": _tr("Name"),
            "address": _tr("Address"),
            "phone": _tr("Phone"),
            "email": _tr("E-mail"),
            "techniques.needle_gauge": of(needle, _tr("Gauge")),
            "techniques.needle_length_mm": of(needle, _tr("Length")),
            "techniques.needle_depth_mm": of(needle, _tr("Depth")),
            "techniques.pen_needle_count": of(pen, _tr("Needles")),
            "techniques.pen_depth_mm": of(pen, _tr("Depth")),
            "techniques.pen_penetrations_per_second": of(pen, _tr("Penetrations per second")),
            "idle_lock_minutes": _tr("Lock after"),
            "backup_folder": _tr("Backup folder"),
            "record_number_pattern": _tr("Record numbers"),
            "currency": QCoreApplication.translate("SettingsDialog", "Currency"),
        },
        values={
            "techniques.needle_gauge": _whole("G"),
            "techniques.needle_length_mm": _in(_tr("mm")),
            "techniques.needle_depth_mm": _in(_tr("mm")),
            "techniques.pen_needle_count": _whole(_tr("needles")),
            "techniques.pen_depth_mm": _in(_tr("mm")),
            "techniques.pen_penetrations_per_second": _whole(_tr("per second")),
            "idle_lock_minutes": _whole(_tr("min")),
        },
    )
