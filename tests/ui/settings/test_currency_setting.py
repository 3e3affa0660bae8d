"""Settings ▸ Clinic ▸ Currency typed key by key: a code is stored in capitals and named
beside the field; a code that is none is refused beside it and nothing is stored; nothing
typed is completed into a code nobody typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest

from mesolog.domain.currency import currency_name
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.settings.settings_dialog import SettingsDialog
from tests.typing_support import shown, type_into
from tests.ui.settings.test_settings_dialog import save


def _dialog(qtbot: Any, clinic: Clinic) -> SettingsDialog:
    dialog = SettingsDialog(clinic, ChangeBus())
    qtbot.addWidget(dialog)
    return dialog


def test_a_code_typed_is_stored_in_capitals_and_named_beside_it(qtbot: Any, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic)
    row = dialog.clinic_group.currency
    assert row.text() == ""
    assert row.meaning.text() == "prices and estimates name no currency"
    type_into(qtbot, row.code, "chf")
    assert shown(row.code) == "chf"
    name = currency_name("CHF", QLocale().name())  # "Swiss Franc"; in Greek, the Greek
    assert row.meaning.text() == f"{name} (CHF)"
    save(qtbot, dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert clinic.settings.clinic().currency == "CHF"
    again = _dialog(qtbot, clinic)
    assert again.clinic_group.currency.text() == "CHF"


def test_the_start_of_a_code_is_not_completed_and_is_refused_beside_the_field(
    qtbot: Any, clinic: Clinic
) -> None:
    dialog = _dialog(qtbot, clinic)
    before = clinic.settings.clinic()
    entries = len(clinic.audit.entries())
    row = dialog.clinic_group.currency
    type_into(qtbot, row.code, "US", tab=False)
    QTest.keyClick(row.code, Qt.Key.Key_Tab)
    assert row.text() == "US"
    assert row.meaning.text() == "not a currency code"
    save(qtbot, dialog)
    error = dialog.errors_shown().get("clinic.currency", "")
    assert "US" in error and "ISO 4217" in error
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert clinic.settings.clinic() == before
    assert len(clinic.audit.entries()) == entries


def test_one_of_the_common_codes_is_chosen_from_the_list_by_keys(
    qtbot: Any, clinic: Clinic
) -> None:
    dialog = _dialog(qtbot, clinic)
    code = dialog.clinic_group.currency.code
    code.setFocus()
    QTest.keyClick(code, Qt.Key.Key_Down)
    assert code.currentText() == "EUR"
    save(qtbot, dialog)
    assert clinic.settings.clinic().currency == "EUR"
