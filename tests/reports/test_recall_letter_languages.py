"""Recall letters in both languages in one PDF: each letter in its patient's language (the one
they prefer, else the one asked for), its words from a Greek catalogue made of lupdate's
extraction and compiled by lrelease (tests.reports.greek_support), its dates as its language
writes them, and the footer of every page in its letter's language; the document's own words
and language tag in the language asked for. Read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid

import pytest
from pypdf import PdfReader

from mesolog.domain.enums import Area
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.records import ClinicSettings
from mesolog.language.render import Renderer
from mesolog.reports.recall_data import (
    LetterData,
    RecalledPatient,
    RecalledSession,
    RecalledUse,
    RecallQuery,
    RecallResult,
)
from mesolog.reports.recall_letter import render_letters
from mesolog.reports.recall_letter_text import DEFAULT_LETTER
from tests.reports.greek_support import greek_words

NOW = dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


@pytest.fixture(scope="module")
def greek(tmp_path_factory: pytest.TempPathFactory) -> Renderer:
    return greek_words(tmp_path_factory.mktemp("greek"))


def _patient(family: str, given: str, sessions: int, language: str | None) -> RecalledPatient:
    use = RecalledUse(Area.CHEEKS, "", "Ύαλο Boost 2%", "", "L-1", None, 1.25)
    return RecalledPatient(
        PatientId(uuid.uuid4()),
        family,
        given,
        "",
        dt.date(1980, 1, 2),
        "",
        "",
        tuple(
            RecalledSession(
                SessionId(uuid.uuid4()),
                dt.date(2025, 1, 1) + dt.timedelta(days=7 * n),
                "Dr",
                (use,),
            )
            for n in range(sessions)
        ),
        language,
    )


BELLA = _patient("Bakirtzi", "Bella", 1, "en")
ELENI = _patient("Καρμίρη", "Ελένη", 60, "el")  # a letter of several pages
NIKOS = _patient("Νικολάου", "Νίκος", 1, None)


def _read(asked: str, locale: str, greek: Renderer) -> tuple[list[str], PdfReader]:
    patients = (BELLA, ELENI, NIKOS)
    sessions = sum(len(p.sessions) for p in patients)
    result = RecallResult(RecallQuery(lot="L-1"), 3, sessions, patients, NOW)
    clinic = ClinicSettings(name="Κλινική", phone="210 000")
    texts = {"el": DEFAULT_LETTER, "en": DEFAULT_LETTER}
    data = LetterData(
        result, clinic, None, DEFAULT_LETTER, NOW, locale=locale, language=asked, texts=texts
    )
    reader = PdfReader(io.BytesIO(render_letters(data, greek)))
    pages = [re.sub(r"\s+", " ", page.extract_text()).replace("\xa0", " ") for page in reader.pages]
    return pages, reader


def _letters(pages: list[str], reader: PdfReader) -> list[list[str]]:
    """The pages of each letter, by the bookmarks of their first pages."""
    starts = [reader.get_destination_page_number(o) for o in reader.outline]
    ends = [*starts[1:], len(pages)]
    return [pages[start:end] for start, end in zip(starts, ends, strict=True)]


def _english(page: str, name: str, number: int, count: int) -> None:
    assert f"Letter to {name} Page {number} of {count}" in page
    assert "Confidential: this letter concerns" in page
    assert "Επιστολή" not in page and "Σελίδα" not in page


def _greek(page: str, name: str, number: int, count: int) -> None:
    assert f"Επιστολή προς {name} Σελίδα {number} από {count}" in page
    assert "Εμπιστευτικό: η επιστολή αφορά" in page
    assert "Letter to" not in page and "Page" not in page


def test_each_letter_in_its_patients_language_the_rest_in_the_one_asked_for(
    greek: Renderer,
) -> None:
    pages, reader = _read("en", "en_GB", greek)
    bella, eleni, nikos = _letters(pages, reader)

    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.metadata is not None
    assert reader.metadata.title == 'Recall letters: lot "L-1"'
    assert "Dear Bella Bakirtzi," in bella[0]
    assert "About Ύαλο Boost 2%, lot L-1" in bella[0]
    assert "1 Jan 2025 Cheeks Ύαλο Boost 2% L-1 1.25 ml" in bella[0]
    _english(bella[0], "Bella Bakirtzi", 1, 1)
    assert len(eleni) >= 2
    assert "Αγαπητή/έ Ελένη Καρμίρη," in eleni[0]
    assert "Σχετικά με: Ύαλο Boost 2%, παρτίδα L-1" in eleni[0]
    assert "Ημερομηνία Περιοχή Προϊόν Παρτίδα Ποσότητα" in eleni[0]
    assert "1 Ιαν 2025 Παρειές (μάγουλα) Ύαλο Boost 2% L-1 1,25 ml" in eleni[0]
    assert "Ημερομηνία Περιοχή Προϊόν Παρτίδα Ποσότητα" in eleni[1]  # the head again
    for number, page in enumerate(eleni, 1):
        _greek(page, "Ελένη Καρμίρη", number, len(eleni))
        assert "Dear" not in page
    assert "Dear Νίκος Νικολάου," in nikos[0]  # no preference: the language asked for
    _english(nikos[0], "Νίκος Νικολάου", 1, 1)


def test_asked_in_greek_an_english_letter_keeps_english_dates(greek: Renderer) -> None:
    pages, reader = _read("el", "el_GR", greek)
    bella, eleni, nikos = _letters(pages, reader)

    assert reader.trailer["/Root"]["/Lang"] == "el-GR"
    assert reader.metadata is not None
    assert reader.metadata.title == "Επιστολές ανάκλησης: παρτίδα «L-1»"
    assert reader.metadata.subject == "Επιστολές ανάκλησης προς 3 ασθενείς"
    assert "Dear Bella Bakirtzi," in bella[0]
    assert "1 Jan 2025 Cheeks" in bella[0]  # not "1 Ιαν 2025": the letter is English
    _english(bella[0], "Bella Bakirtzi", 1, 1)
    assert "Αγαπητή/έ Ελένη Καρμίρη," in eleni[0]
    assert "Αγαπητή/έ Νίκος Νικολάου," in nikos[0]
    assert "1 Ιαν 2025 Παρειές (μάγουλα)" in nikos[0]
    _greek(nikos[0], "Νίκος Νικολάου", 1, 1)
    assert [o.title for o in reader.outline] == [
        "Bakirtzi, Bella",
        "Καρμίρη, Ελένη",
        "Νικολάου, Νίκος",
    ]


def test_each_language_has_its_own_text() -> None:
    patients = (BELLA, NIKOS)
    result = RecallResult(RecallQuery(lot="L-1"), 2, 2, patients, NOW)
    texts = {"el": "Αγαπητή/έ {patient},\n\n{treatments}", "en": "Hello {patient}."}
    data = LetterData(
        result, ClinicSettings(name="K"), None, texts["el"], NOW, language="el", texts=texts
    )
    reader = PdfReader(io.BytesIO(render_letters(data)))
    bella, nikos = (re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages)
    assert "Hello Bella Bakirtzi." in bella
    assert "Αγαπητή/έ" not in bella
    assert "Αγαπητή/έ Νίκος Νικολάου," in nikos
    assert data.text_in("en") == "Hello {patient}."
    assert data.language_of(BELLA) == "en"
    assert data.language_of(NIKOS) == "el"
