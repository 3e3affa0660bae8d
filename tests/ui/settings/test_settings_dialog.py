"""The settings dialog on a real database, with this workstation's QSettings in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from mesolog.domain import limits
from mesolog.domain.errors import DatabaseError, Violation
from mesolog.domain.records import ClinicSettings, TechniqueDefaults
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.common.typed_fields import NumberField
from mesolog.ui.settings.settings_dialog import CLINICIAN_KEY, SettingsDialog, workstation_settings
from tests.locale_support import decimal
from tests.typing_support import type_into

ADDRESS = "Λεωφόρος Κηφισίας 112\n115 26 Αθήνα"


@pytest.fixture
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings of this test only: INI files under tmp_path, the application's names set."""
    folder = tmp_path / "settings"
    app = QCoreApplication.instance()
    assert app is not None
    names = (app.organizationName(), app.applicationName())
    default_format = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    app.setOrganizationName("mesolog")
    app.setApplicationName("mesolog")
    yield folder
    app.setOrganizationName(names[0])
    app.setApplicationName(names[1])
    QSettings.setDefaultFormat(default_format)


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


@pytest.fixture
def dialog(qtbot: Any, clinic: Clinic, bus: ChangeBus, isolated_settings: Path) -> SettingsDialog:
    opened = SettingsDialog(clinic, bus)
    qtbot.addWidget(opened)
    return opened


def field(dialog: SettingsDialog, group: str, name: str) -> Any:
    box = dialog.findChild(QGroupBox, group)
    assert box is not None, group
    found = box.findChild(QWidget, name)
    assert found is not None, (group, name)
    return found


def save(qtbot: Any, dialog: SettingsDialog) -> None:
    button = dialog.findChild(QPushButton, "save")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_fields_are_named_labelled_and_limited(dialog: SettingsDialog) -> None:
    for group, name in [
        ("clinic", "name"),
        ("clinic", "address"),
        ("clinic", "phone"),
        ("clinic", "email"),
        ("workstation", "clinician"),
        ("needle", "gauge"),
        ("needle", "length_mm"),
        ("needle", "depth_mm"),
        ("pen", "needle_count"),
        ("pen", "depth_mm"),
        ("pen", "penetrations_per_second"),
    ]:
        widget = field(dialog, group, name)
        assert widget.accessibleName(), name
        buddies = [label for label in dialog.findChildren(QLabel) if label.buddy() is widget]
        assert buddies, f"{group}.{name} has a caption"
    assert isinstance(field(dialog, "clinic", "address"), QPlainTextEdit)
    for group, name, span, unit in [
        ("needle", "gauge", limits.NEEDLE_GAUGE, "G"),
        ("needle", "length_mm", limits.NEEDLE_LENGTH_MM, "mm"),
        ("needle", "depth_mm", limits.NEEDLE_DEPTH_MM, "mm"),
        ("pen", "depth_mm", limits.PEN_DEPTH_MM, "mm"),
        ("pen", "needle_count", limits.PEN_NEEDLE_COUNT, "needles"),
        ("pen", "penetrations_per_second", limits.PEN_PENETRATIONS_PER_SECOND, "/s"),
    ]:
        number: NumberField = field(dialog, group, name)
        assert (number.span, number.unit) == (span, unit), name


def test_a_new_clinic_shows_the_guide_s_defaults(dialog: SettingsDialog) -> None:
    assert field(dialog, "clinic", "name").text() == ""
    assert field(dialog, "workstation", "clinician").text() == ""
    assert field(dialog, "needle", "gauge").value() == 30
    assert field(dialog, "needle", "length_mm").value() == 4.0
    assert field(dialog, "pen", "needle_count").value() == 12
    assert field(dialog, "pen", "depth_mm").value() == limits.DEFAULT_PEN_DEPTH_MM
    assert field(dialog, "pen", "penetrations_per_second").value() == 100
    assert dialog.settings() == ClinicSettings()


def test_round_trip_through_the_database_and_this_workstation(
    qtbot: Any, dialog: SettingsDialog, clinic: Clinic, bus: ChangeBus, isolated_settings: Path
) -> None:
    changes: list[bool] = []
    bus.changed.connect(lambda: changes.append(True))
    dialog.resize(720, 600)
    for group, name, keys in [
        ("clinic", "name", "Κλινική Δερματολογίας Αθηνών"),
        ("clinic", "address", ADDRESS),
        ("clinic", "phone", "+30 210 555 0100"),
        ("clinic", "email", "reception@example.org"),
        ("workstation", "clinician", "Δρ Ελένη Βασιλείου"),
        ("needle", "gauge", "32"),
        ("needle", "length_mm", "6"),
        ("needle", "depth_mm", decimal("2.5")),
        ("pen", "needle_count", "36"),
        ("pen", "depth_mm", decimal("1.25")),
        ("pen", "penetrations_per_second", "80"),
    ]:
        type_into(qtbot, field(dialog, group, name), keys)
    address = field(dialog, "clinic", "address")
    qtbot.waitUntil(lambda: not address.verticalScrollBar().isVisible())  # laid out
    dialog.grab().save("/tmp/settings_dialog.png")
    save(qtbot, dialog)

    expected = ClinicSettings(
        "Κλινική Δερματολογίας Αθηνών",
        ADDRESS,
        "+30 210 555 0100",
        "reception@example.org",
        TechniqueDefaults(32, 6.0, 2.5, 36, 1.25, 80),
    )
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.saved == expected
    assert clinic.settings.clinic() == expected
    assert changes == [True]
    assert SettingsDialog.clinician_name() == "Δρ Ελένη Βασιλείου"
    assert QSettings().value(CLINICIAN_KEY) == "Δρ Ελένη Βασιλείου", "the window reads it there"
    assert list(isolated_settings.rglob("*.ini")), "stored under tmp_path"

    again = SettingsDialog(clinic, bus)
    qtbot.addWidget(again)
    assert again.settings() == expected
    assert field(again, "workstation", "clinician").text() == "Δρ Ελένη Βασιλείου"


def test_the_clinician_is_not_in_the_database(
    qtbot: Any, dialog: SettingsDialog, clinic: Clinic
) -> None:
    type_into(qtbot, field(dialog, "workstation", "clinician"), "Dr Jürgen Müller")
    save(qtbot, dialog)
    assert SettingsDialog.clinician_name() == "Dr Jürgen Müller"
    workstation_settings().remove(CLINICIAN_KEY)
    assert SettingsDialog.clinician_name() == ""
    assert clinic.settings.clinic() == ClinicSettings()


def test_a_needle_deeper_than_it_is_long_is_shown_beside_the_depth(
    qtbot: Any, dialog: SettingsDialog, clinic: Clinic, bus: ChangeBus
) -> None:
    changes: list[bool] = []
    bus.changed.connect(lambda: changes.append(True))
    type_into(qtbot, field(dialog, "clinic", "name"), "Κλινική")
    type_into(qtbot, field(dialog, "needle", "length_mm"), "2")
    type_into(qtbot, field(dialog, "needle", "depth_mm"), "3")
    type_into(qtbot, field(dialog, "workstation", "clinician"), "Δρ Ελένη Βασιλείου")
    save(qtbot, dialog)
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    shown = dialog.errors_shown()
    assert list(shown) == ["needle.depth_mm"]
    assert shown["needle.depth_mm"].startswith("No deeper than the needle is long (2 mm)")
    error = dialog.findChild(QGroupBox, "needle").findChild(QLabel, "depth_mm_error")
    assert error.text() == shown["needle.depth_mm"]
    pen_error = dialog.findChild(QGroupBox, "pen").findChild(QLabel, "depth_mm_error")
    assert pen_error.text() == ""
    assert clinic.settings.clinic() == ClinicSettings()
    assert SettingsDialog.clinician_name() == "", "nothing saved, not even on this computer"
    assert changes == []

    type_into(qtbot, field(dialog, "needle", "depth_mm"), "2")
    save(qtbot, dialog)
    assert dialog.errors_shown() == {}
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert clinic.settings.clinic().techniques.needle_depth_mm == 2


def test_each_depth_error_goes_to_its_own_group(dialog: SettingsDialog) -> None:
    dialog.show_errors(
        [
            Violation("pen.depth_mm", 3.0, "0.25 to 2.5 mm"),
            Violation("clinic.email", "x" * 300, "at most 200 characters"),
            Violation("techniques", None, "something no field shows"),
        ]
    )
    assert set(dialog.errors_shown()) == {"pen.depth_mm", "clinic.email"}
    assert dialog.findChild(QLabel, "form_error").text() == "techniques: Something no field shows"
    dialog.clear_errors()
    assert dialog.errors_shown() == {}


def test_a_known_error_is_a_message_and_the_dialog_stays_open(
    qtbot: Any, dialog: SettingsDialog, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_: shown.append(text))
    )

    def locked(_settings: ClinicSettings, *, read: ClinicSettings) -> ClinicSettings:
        raise DatabaseError("The database is locked by another workstation.")

    monkeypatch.setattr(clinic.settings, "update_clinic", locked)
    type_into(qtbot, field(dialog, "workstation", "clinician"), "Δρ Ελένη Βασιλείου")
    save(qtbot, dialog)
    assert shown == ["The database is locked by another workstation."]
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert SettingsDialog.clinician_name() == ""


def test_escape_cancels(qtbot: Any, dialog: SettingsDialog, clinic: Clinic) -> None:
    name = field(dialog, "clinic", "name")
    type_into(qtbot, name, "Κλινική")
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    assert dialog.result() == SettingsDialog.DialogCode.Rejected
    assert clinic.settings.clinic() == ClinicSettings()


def test_enter_saves(qtbot: Any, dialog: SettingsDialog, clinic: Clinic) -> None:
    name: QLineEdit = field(dialog, "clinic", "name")
    type_into(qtbot, name, "Κλινική", tab=False)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert clinic.settings.clinic().name == "Κλινική"


def test_tab_leaves_the_address_instead_of_typing_a_tab(dialog: SettingsDialog) -> None:
    address: QPlainTextEdit = field(dialog, "clinic", "address")
    assert address.tabChangesFocus()


def test_depths_follow_the_locale_s_decimal_comma(
    qtbot: Any, clinic: Clinic, bus: ChangeBus, isolated_settings: Path
) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("el_GR"))
    try:
        greek = SettingsDialog(clinic, bus)
        qtbot.addWidget(greek)
        pen_depth: NumberField = field(greek, "pen", "depth_mm")
        assert (pen_depth.text(), pen_depth.unit) == ("0,5", "mm")
    finally:
        QLocale.setDefault(previous)


def test_the_idle_lock_and_the_backup_folder_are_clinic_settings(
    qtbot: Any, dialog: SettingsDialog, clinic: Clinic, tmp_path: Path
) -> None:
    minutes: NumberField = field(dialog, "locking", "idle_lock_minutes")
    assert (minutes.span, minutes.value(), minutes.unit) == (limits.IDLE_LOCK_MINUTES, 10, "min")
    folder: QLineEdit = field(dialog, "locking", "backup_folder")
    assert folder.text() == ""
    hint: QLabel = field(dialog, "locking", "backup_folder_hint")
    beside = str(tmp_path / "backups")  # the database is tmp_path / "clinic.sqlite"
    assert hint.text() == f"Empty: a “backups” folder beside the database ({beside})."
    for name in ("idle_lock_minutes", "backup_folder"):
        widget = field(dialog, "locking", name)
        assert [label for label in dialog.findChildren(QLabel) if label.buddy() is widget]
    type_into(qtbot, minutes, "25")
    type_into(qtbot, folder, f"  {tmp_path / 'offsite'}  ")
    save(qtbot, dialog)
    stored = clinic.settings.clinic()
    assert (stored.idle_lock_minutes, stored.backup_folder) == (25, str(tmp_path / "offsite"))

    again = SettingsDialog(clinic, ChangeBus())
    qtbot.addWidget(again)
    assert field(again, "locking", "idle_lock_minutes").value() == 25
    assert field(again, "locking", "backup_folder").text() == str(tmp_path / "offsite")


def test_browse_fills_in_the_folder_chosen(
    qtbot: Any, dialog: SettingsDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path / "usb")
    )
    button = field(dialog, "locking", "browse_backup_folder")
    assert button.text() == "&Browse…"
    button.click()
    assert field(dialog, "locking", "backup_folder").text() == str(tmp_path / "usb")


def test_with_accounts_only_an_admin_changes_the_settings(
    qtbot: Any, clinic: Clinic, bus: ChangeBus, isolated_settings: Path
) -> None:
    from mesolog.domain.enums import Role

    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", "correct horse battery")
    clinic.act_as("admin")
    clinic.accounts.add("eleni", "Dr Eleni Markou", Role.CLINICIAN, "correct horse battery")
    as_admin = SettingsDialog(clinic, bus)
    qtbot.addWidget(as_admin)
    workstation = as_admin.findChild(QGroupBox, "workstation")
    assert workstation.isHidden(), "an account has its own name"
    assert not as_admin.read_only
    type_into(qtbot, field(as_admin, "locking", "idle_lock_minutes"), "5")
    save(qtbot, as_admin)
    assert clinic.settings.clinic().idle_lock_minutes == 5
    assert SettingsDialog.clinician_name() == "", "nothing written for this workstation"

    clinic.act_as("eleni")
    as_clinician = SettingsDialog(clinic, bus)
    qtbot.addWidget(as_clinician)
    assert as_clinician.read_only
    assert not field(as_clinician, "clinic", "name").isEnabled()
    assert not field(as_clinician, "locking", "idle_lock_minutes").isEnabled()
    assert as_clinician.findChild(QPushButton, "save").isHidden()
    assert as_clinician.findChild(QLabel, "form_error").text() == (
        "Only an administrator changes these settings."
    )
    as_clinician.save()
    assert clinic.settings.clinic().idle_lock_minutes == 5
