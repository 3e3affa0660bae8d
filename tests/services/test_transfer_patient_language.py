"""A patient's language of documents travels in the interchange file (issue 14): written
when the patient has one, after photo_consent_on, and absent when not (a document as
before); read back by an import; a language mesolog does not write refused by place,
nothing imported."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from mesolog.domain.errors import ValidationError
from mesolog.domain.records import PatientInput
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_export import export_text

SOFIA = PatientInput("Ρήγα", "Σοφία", dt.date(1979, 11, 2), record_number="MC-1")
ANNA = PatientInput("Νικολάου", "Άννα", dt.date(1980, 1, 2), record_number="MC-2")


def test_the_language_goes_out_and_comes_back(clinic: Clinic, empty: Clinic) -> None:
    greek = clinic.patients.create(replace(SOFIA, preferred_language="el"))
    unset = clinic.patients.create(ANNA)
    document = clinic.exports.export_document()
    written = {p["id"]: p for p in document["patients"]}
    assert written[str(greek.id)]["preferred_language"] == "el"
    keys = list(written[str(greek.id)])
    assert keys.index("preferred_language") > keys.index("date_of_birth")
    assert "preferred_language" not in written[str(unset.id)]

    empty.imports.import_bytes(export_text(document).encode("utf-8"))
    assert empty.patients.get(greek.id).details.preferred_language == "el"
    assert empty.patients.get(unset.id).details.preferred_language is None


def test_a_language_mesolog_does_not_write_is_refused_by_place(
    clinic: Clinic, empty: Clinic
) -> None:
    clinic.patients.create(replace(SOFIA, preferred_language="en"))
    document = clinic.exports.export_document()
    document["patients"][0]["preferred_language"] = "de"
    with pytest.raises(ValidationError) as refused:
        empty.imports.import_bytes(json.dumps(document).encode("utf-8"))
    [violation] = refused.value.violations
    assert (violation.path, violation.value) == ("patients[0].preferred_language", "de")
    assert empty.patients.search("", limit=None) == []
