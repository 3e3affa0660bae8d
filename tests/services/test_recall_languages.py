"""A recall's letters in each patient's language: the search reads each patient's language
with their details and counts how many prefer each (the first page's counts are the whole
search's, on SQLite and PostgreSQL); the letters of each language are written from the
clinic's own text in it, else mesolog's own said in it, and one PDF holds both, read back
with pypdf (Greek words from a catalogue compiled from lupdate's extraction)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from mesolog.domain.enums import Area
from mesolog.domain.errors import KnownError, ValidationError
from mesolog.domain.ids import PatientId
from mesolog.domain.records import ClinicSettings
from mesolog.language import catalogues
from mesolog.language.qm_file import Catalogue
from mesolog.reports.recall_data import RecallQuery, RecallResult
from mesolog.reports.recall_letter_text import DEFAULT_LETTER
from mesolog.services.clinic import Clinic
from mesolog.services.recall import RecallService
from mesolog.services.recall_files import RecallFiles
from tests.reports.greek_support import greek_words
from tests.services.conftest import Maker

REASON = "Manufacturer notice 2026-14"
LOT = RecallQuery(lot="L2409-17")
GREEK_OURS = "Αγαπητή/έ {patient},\n\nΚαλέστε μας για την παρτίδα {lot}.\n\n{treatments}"
ENGLISH_OURS = "Hello {patient},\n\nPlease call us about lot {lot}.\n\n{treatments}"


def _signed(make: Maker, patient_id: PatientId, day: int) -> None:
    line = make.needle_line(Area.CHEEKS, products=(make.product(lot_number="L2409-17"),))
    session = make.draft(patient_id, performed_at=make.at(2, day), treatments=(line,))
    make.clinic.sessions.sign(session.id)


def _three(make: Maker) -> None:
    """Bakirtzi prefers English, Ανδρέου Greek, Νικολάου none; Aaron got another lot."""
    make.clinic.settings.update_clinic(
        ClinicSettings(name="Κλινική Αθηνών", phone="+30 210 000 0000"), read=ClinicSettings()
    )
    for family, given, language, day in (
        ("Bakirtzi", "Bella", "en", 3),
        ("Ανδρέου", "Άννα", "el", 4),
        ("Νικολάου", "Νίκος", None, 5),
    ):
        patient = make.patient(family_name=family, given_name=given, preferred_language=language)
        _signed(make, patient.id, day)
    other = make.patient(family_name="Aaron", preferred_language="el")
    line = make.needle_line(products=(make.product(lot_number="X-1"),))
    make.clinic.sessions.sign(make.draft(other.id, treatments=(line,)).id)


def test_the_search_reads_and_counts_each_patients_language(backend_maker: Maker) -> None:
    _three(backend_maker)
    recall = RecallService(backend_maker.clinic.context)
    first = recall.search(LOT, reason=REASON, read=1)

    assert not first.complete
    assert first.preferences == (("el", 1), ("en", 1))
    assert first.letters_by_language("el") == {"el": 2, "en": 1}
    assert first.letters_by_language("en") == {"el": 1, "en": 2}
    whole = recall.whole(first)
    assert [(p.family_name, p.language) for p in whole.patients] == [
        ("Bakirtzi", "en"),
        ("Ανδρέου", "el"),
        ("Νικολάου", None),
    ]
    assert whole.preferences == first.preferences
    nobody = recall.search(RecallQuery(lot="none"), reason=REASON)
    assert nobody.letters_by_language("en") == {}


@pytest.fixture
def greek_shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """mesolog's Greek catalogue is one compiled from lupdate's extraction of the reports,
    some messages translated (tests.reports.greek_support)."""
    catalogue = greek_words(tmp_path).catalogue
    monkeypatch.setattr(
        catalogues, "load_catalogue", lambda code: catalogue if code == "el" else Catalogue()
    )


def _letters(clinic: Clinic, result: RecallResult, target: Path, **options: object) -> list[str]:
    files = RecallFiles(clinic.context)
    files.write_letters(files.letter_data(result, **options), target)  # type: ignore[arg-type]
    reader = PdfReader(target)
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


@pytest.mark.usefixtures("greek_shipped")
def test_three_patients_three_letters_each_in_its_language(
    clinic: Clinic, make: Maker, tmp_path: Path
) -> None:
    _three(make)
    result = RecallService(clinic.context).search(LOT, reason=REASON)
    bella, anna, nikos = _letters(clinic, result, tmp_path / "letters.pdf", locale="en_GB")

    assert "Dear Bella Bakirtzi," in bella
    assert "Letter to Bella Bakirtzi Page 1 of 1" in bella
    assert "Αγαπητή/έ Άννα Ανδρέου," in anna  # mesolog's own text, said in Greek
    assert "Σχετικά με: NCTF 135 HA, παρτίδα L2409-17" in anna
    assert "4 Φεβ 2026" in anna.replace("\xa0", " ")
    assert "Επιστολή προς Άννα Ανδρέου Σελίδα 1 από 1" in anna
    assert "Dear Νίκος Νικολάου," in nikos  # no preference: the language asked for
    reader = PdfReader(tmp_path / "letters.pdf")
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"

    bella, anna, nikos = _letters(clinic, result, tmp_path / "el.pdf", language="el")
    assert "Dear Bella Bakirtzi," in bella
    assert "Αγαπητή/έ Νίκος Νικολάου," in nikos
    assert PdfReader(tmp_path / "el.pdf").trailer["/Root"]["/Lang"] == "el-GR"


@pytest.mark.usefixtures("greek_shipped")
def test_each_language_from_the_clinics_own_text_in_it(
    clinic: Clinic, make: Maker, tmp_path: Path
) -> None:
    _three(make)
    clinic.settings.update_recall_letter(GREEK_OURS, "el")
    clinic.settings.update_recall_letter(ENGLISH_OURS, "en")
    result = RecallService(clinic.context).search(LOT, reason=REASON)
    files = RecallFiles(clinic.context)
    data = files.letter_data(result)
    assert (data.text_in("el"), data.text_in("en")) == (GREEK_OURS, ENGLISH_OURS)

    bella, anna, nikos = _letters(clinic, result, tmp_path / "letters.pdf")
    assert "Hello Bella Bakirtzi, Please call us about lot L2409-17." in bella
    assert "Αγαπητή/έ Άννα Ανδρέου, Καλέστε μας για την παρτίδα L2409-17." in anna
    assert "Hello Νίκος Νικολάου," in nikos
    # a text given is for the letters in the language asked for; the other keeps its own
    given = files.letter_data(result, text="Dear {patient},", language="en")
    assert (given.text_in("en"), given.text_in("el")) == ("Dear {patient},", GREEK_OURS)
    both = files.letter_data(result, texts={"el": DEFAULT_LETTER.source, "en": "Hi {patient}"})
    assert (both.text_in("el"), both.text_in("en")) == (DEFAULT_LETTER, "Hi {patient}")


def test_a_slip_in_another_languages_text_names_that_language(clinic: Clinic, make: Maker) -> None:
    _three(make)
    result = RecallService(clinic.context).search(LOT, reason=REASON)
    files = RecallFiles(clinic.context)
    with pytest.raises(ValidationError) as refused:
        files.letter_data(result, texts={"el": "Αγαπητή {ασθενής},"}, language="en")
    [violation] = refused.value.violations
    assert (violation.path, violation.value) == ("letter_el", "{ασθενής}")
    lotless = make.patient(family_name="Χωρίς", preferred_language="el")
    line = make.needle_line(products=(make.product(lot_number=""),))
    clinic.sessions.sign(make.draft(lotless.id, treatments=(line,)).id)
    product = RecallService(clinic.context).search(
        RecallQuery(product="NCTF 135 HA"), reason=REASON
    )
    naming = {"el": "Για την παρτίδα {lot}.", "en": "About {product}."}
    with pytest.raises(KnownError, match=r"\{lot\}, and 1 of the 3 patients .* without a lot"):
        files.letter_data(product, texts=naming)  # Greek: Ανδρέου, Aaron and Χωρίς
    assert files.letter_data(product, texts={**naming, "el": "Για το {product}."})


def test_only_the_languages_of_the_letters_need_a_text(clinic: Clinic, make: Maker) -> None:
    """Aaron alone received lot X-1, and prefers Greek: an English text naming the clinic's
    phone, which is not set, refuses no letter."""
    _three(make)
    read = clinic.settings.clinic()
    clinic.settings.update_clinic(ClinicSettings(name="Κλινική Αθηνών"), read=read)
    aaron = RecallService(clinic.context).search(RecallQuery(lot="X-1"), reason=REASON)
    files = RecallFiles(clinic.context)
    texts = {"el": "Αγαπητή/έ {patient},", "en": "Call {clinic_phone}."}
    assert set(files.letter_data(aaron, texts=texts, language="en").texts) == {"el"}
    with pytest.raises(KnownError, match=r"\{clinic_phone\}.*phone is not set"):
        files.letter_data(aaron, texts={**texts, "el": "Καλέστε {clinic_phone}."})
