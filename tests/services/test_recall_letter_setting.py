"""The clinic's recall letter: kept with the clinic's settings by those who may search for
a recall, checked for its placeholders, and never wiped by saving the other settings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mesolog.domain.accounts import AccessDeniedError, Role
from mesolog.domain.errors import ValidationError
from mesolog.reports.recall_letter_text import DEFAULT_TEXT
from mesolog.services.clinic import Clinic

PASSWORD = "correct horse battery"
OURS = "Dear {patient},\n\nPlease call us about {product}, lot {lot}.\n\n{treatments}\n\n{clinic}"


def test_the_clinics_letter_is_kept_and_audited(clinic: Clinic) -> None:
    assert clinic.settings.recall_letter() == DEFAULT_TEXT
    saved = clinic.settings.update_recall_letter(f"  {OURS}\n")
    assert saved.recall_letter == OURS
    assert clinic.settings.recall_letter() == OURS
    [entry] = [e for e in clinic.audit.entries() if e.entity == "clinic_settings"]
    assert (entry.action, entry.detail) == ("update", "recall letter")
    assert clinic.audit.verify().intact
    clinic.settings.update_recall_letter(DEFAULT_TEXT)
    assert clinic.settings.clinic().recall_letter == "", "mesolog's own text again"


def test_saving_the_other_settings_keeps_the_letter(clinic: Clinic) -> None:
    clinic.settings.update_recall_letter(OURS)
    read = clinic.settings.clinic()
    clinic.settings.update_clinic(replace(read, name="Κλινική Αθηνών"), read=read)
    assert clinic.settings.clinic().recall_letter == OURS


def test_a_letter_with_an_unknown_placeholder_is_refused_and_nothing_kept(clinic: Clinic) -> None:
    clinic.settings.update_recall_letter(OURS)
    with pytest.raises(ValidationError) as refused:
        clinic.settings.update_recall_letter("Dear {patinet},")
    [violation] = refused.value.violations
    assert (violation.path, violation.value) == ("recall_letter", "{patinet}")
    assert clinic.settings.recall_letter() == OURS


def test_an_assistant_does_not_change_the_letter(clinic: Clinic) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Petrou", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    clinic.act_as("nurse")
    with pytest.raises(AccessDeniedError):
        clinic.settings.update_recall_letter(OURS)
    assert clinic.settings.recall_letter() == DEFAULT_TEXT
