"""The logo in the Settings dialog: Choose Image… shows the logo to come, a file that cannot
be the logo is refused beside the buttons with its size and kind, Save stores it (and the
summaries print it), Remove and Cancel do what they say. The open-file dialog is the system's
edge and is replaced; the buttons are clicked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton

from mesolog.domain.enums import Role
from mesolog.domain.logo import MAX_BYTES
from mesolog.services.clinic import Clinic
from mesolog.services.clinic_logo import LogoService
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.settings._logo_row import LogoGroup
from mesolog.ui.settings.settings_dialog import SettingsDialog
from tests.logo_support import logo_jpeg, logo_png


@pytest.fixture
def dialog(qtbot: Any, clinic: Clinic) -> SettingsDialog:
    opened = SettingsDialog(clinic, ChangeBus())
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def _logo(dialog: SettingsDialog) -> LogoGroup:
    group = dialog.findChild(LogoGroup, "logo")
    assert group is not None
    return group


def _answer(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def _click(qtbot: Any, button: QPushButton) -> None:
    window = button.window()
    if not window.isVisible():
        window.show()
        qtbot.waitExposed(window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _save(qtbot: Any, dialog: SettingsDialog) -> None:
    _click(qtbot, dialog.save_button)


def _size(size: int) -> str:
    shown = QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    return shown.replace(" ", "\u00a0")


def test_a_chosen_logo_is_stored_on_save_and_shown_next_time(
    qtbot: Any, clinic: Clinic, dialog: SettingsDialog, tmp_path: Path, monkeypatch: Any
) -> None:
    group = _logo(dialog)
    assert group.preview.text() == "No logo"
    assert not group.remove_button.isEnabled()
    path = tmp_path / "clinic logo.png"
    path.write_bytes(logo_png(320, 90))
    _answer(monkeypatch, path)
    _click(qtbot, group.choose_button)
    assert group.error.isHidden()
    assert not group.preview.pixmap().isNull()
    assert (
        group.described.text()
        == f"clinic logo.png\n320 × 90 pixels, {_size(len(path.read_bytes()))}"
    )
    assert LogoService(clinic.context).logo() is None, "nothing is stored before Save"
    _save(qtbot, dialog)
    stored = LogoService(clinic.context).logo()
    assert stored is not None
    assert (stored.image, stored.file_name, stored.width_px) == (path.read_bytes(), path.name, 320)
    again = SettingsDialog(clinic, ChangeBus())
    qtbot.addWidget(again)
    assert _logo(again).described.text().startswith("clinic logo.png\n320 × 90 pixels")
    assert _logo(again).remove_button.isEnabled()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.png", b"written notes", "“notes.png” (%s) is not an image; the logo must be"),
        ("logo.svg", b"<svg/>", "is an SVG drawing; the logo must be PNG or JPEG: save it"),
        ("logo.gif", b"GIF89a\x10\x00\x10\x00", "is a GIF image; the logo must be a PNG or JPEG"),
        ("cut.png", logo_png()[:90], "is a PNG image that cannot be read: it may be damaged."),
        ("wide.png", logo_png(4100, 10), "is 4100 × 10 pixels; the logo may be at most 4,000"),
    ],
)
def test_a_file_that_cannot_be_the_logo_is_refused_beside_the_buttons(
    qtbot: Any,
    clinic: Clinic,
    dialog: SettingsDialog,
    tmp_path: Path,
    monkeypatch: Any,
    name: str,
    content: bytes,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    _answer(monkeypatch, path)
    group = _logo(dialog)
    _click(qtbot, group.choose_button)
    assert group.error.isVisible()
    assert group.hint.isHidden(), "the message takes the hint's place"
    expected = message.replace("%s", _size(len(content)))
    assert expected in group.error.text()
    assert name in group.error.text()
    assert group.preview.text() == "No logo"
    _save(qtbot, dialog)
    assert LogoService(clinic.context).logo() is None


def test_an_oversized_file_is_refused_naming_its_size_and_the_limit(
    qtbot: Any, dialog: SettingsDialog, tmp_path: Path, monkeypatch: Any
) -> None:
    path = tmp_path / "poster.jpg"
    path.write_bytes(logo_jpeg() + b"\x00" * (2 * MAX_BYTES))
    _answer(monkeypatch, path)
    group = _logo(dialog)
    _click(qtbot, group.choose_button)
    size = _size(path.stat().st_size)
    assert group.error.text() == f"“poster.jpg” is {size}; the logo may be at most 1 MB."
    assert "PNG or JPEG, at most 1 MB" in group.hint.text()
    path.write_bytes(logo_jpeg())
    _click(qtbot, group.choose_button)
    assert group.error.isHidden()
    assert group.hint.isVisible()


def test_remove_then_save_takes_the_logo_off_and_cancel_keeps_it(
    qtbot: Any, clinic: Clinic, tmp_path: Path, monkeypatch: Any
) -> None:
    path = tmp_path / "logo.jpg"
    path.write_bytes(logo_jpeg())
    from mesolog.services.clinic_logo import checked_logo_file

    LogoService(clinic.context).set_logo(checked_logo_file(path))
    cancelled = SettingsDialog(clinic, ChangeBus())
    qtbot.addWidget(cancelled)
    _click(qtbot, _logo(cancelled).remove_button)
    assert _logo(cancelled).preview.text() == "No logo"
    _click(qtbot, cancelled.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert LogoService(clinic.context).logo() is not None
    removed = SettingsDialog(clinic, ChangeBus())
    qtbot.addWidget(removed)
    _click(qtbot, _logo(removed).remove_button)
    _save(qtbot, removed)
    assert LogoService(clinic.context).logo() is None


def test_an_account_that_may_not_change_settings_sees_the_logo_but_cannot_change_it(
    qtbot: Any, clinic: Clinic
) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", "correct horse battery")
    clinic.act_as("admin")
    clinic.accounts.add("eleni", "Dr Eleni Markou", Role.CLINICIAN, "correct horse battery")
    clinic.act_as("eleni")
    shown = SettingsDialog(clinic, ChangeBus())
    qtbot.addWidget(shown)
    assert shown.read_only
    assert not _logo(shown).isEnabled()
