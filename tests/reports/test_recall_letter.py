"""The recall letters from plain data: each letter on pages of its own, numbered within the
letter, bookmarked at its first page; the clinic's text filled in; DejaVu for Greek."""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid
from dataclasses import replace

from pypdf import PdfReader

from mesolog.domain.enums import Area
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.records import ClinicSettings
from mesolog.reports.recall_data import (
    LetterData,
    RecalledPatient,
    RecalledSession,
    RecalledUse,
    RecallQuery,
    RecallResult,
)
from mesolog.reports.recall_letter import NO_PATIENTS, render_letters
from mesolog.reports.recall_letter_text import DEFAULT_TEXT, filled, letter_text_violations
from mesolog.reports.summary_data import PaperSize

NOW = dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def _patient(family: str, given: str, sessions: int) -> RecalledPatient:
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
                "Dr Eleni Markou",
                (use, use),
            )
            for n in range(sessions)
        ),
    )


def _letters(*patients: RecalledPatient, text: str = DEFAULT_TEXT, **options: object) -> bytes:
    sessions = sum(len(p.sessions) for p in patients)
    result = RecallResult(RecallQuery(lot="L-1"), len(patients), sessions, patients, NOW)
    clinic = ClinicSettings(name="Κλινική", phone="210 000")
    return render_letters(LetterData(result, clinic, None, text, NOW, **options))  # type: ignore[arg-type]


def _pages(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_a_long_letter_runs_on_and_each_letter_counts_its_own_pages() -> None:
    long = _patient("Καρμίρη", "Ελένη", 40)
    short = _patient("Bakirtzi", "Bella", 1)
    pdf = _letters(long, short)

    pages = _pages(pdf)
    first = len(pages) - 1  # the long letter's pages
    assert first >= 2
    for number, page in enumerate(pages[:first], 1):
        assert f"Letter to Ελένη Καρμίρη Page {number} of {first}" in page
    assert "Date Area Product Lot Amount" in pages[1]  # the table's head again
    assert "Letter to Bella Bakirtzi Page 1 of 1" in pages[-1]
    assert pages[-1].count("Dear Bella Bakirtzi,") == 1
    reader = PdfReader(io.BytesIO(pdf))
    assert [(o.title, reader.get_destination_page_number(o)) for o in reader.outline] == [
        ("Καρμίρη, Ελένη", 0),
        ("Bakirtzi, Bella", first),
    ]
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert all("DejaVuSans" in font for font in fonts)


def test_the_clinics_text_is_filled_in_and_printed_as_typed() -> None:
    patient = _patient("Καρμίρη", "Ελένη", 2)
    text = "Αγαπητή {patient} <b>&</b> {unknown\n\n{treatments}\n\n{dates} · {clinic_phone}"
    [page] = _pages(_letters(patient, text=text, locale="en_GB"))
    assert "Αγαπητή Ελένη Καρμίρη <b>&</b> {unknown" in page
    assert "1 Jan 2025 and 8 Jan 2025 · 210 000" in page
    assert "1 Jan 2025 Cheeks Ύαλο Boost 2% L-1 1.25 ml" in page


def test_paper_and_an_empty_result() -> None:
    pdf = _letters(_patient("A", "B", 1), paper=PaperSize.LETTER)
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert NO_PATIENTS in _pages(_letters())[0]


def test_what_a_letter_text_may_hold() -> None:
    assert letter_text_violations(DEFAULT_TEXT) == []
    assert [v.value for v in letter_text_violations("{a} {patient} {b}")] == ["{a}", "{b}"]
    assert letter_text_violations("x\n\n{treatments}\n\ny\n\n{treatments}") != []
    assert letter_text_violations("Bell\x07") != []
    assert filled("{patient}, {x} {}", {"patient": "Ελένη"}) == "Ελένη, {x} {}"


def test_a_product_counted_in_units_gives_its_units_beside_the_volume() -> None:
    ampoule = RecalledUse(Area.NECK, "", "Vita Ampoule", "", "L-1", None, 2.5, units=2.0)
    patient = _patient("Καρμίρη", "Ελένη", 1)
    session = replace(patient.sessions[0], uses=(ampoule,))
    [page] = _pages(_letters(replace(patient, sessions=(session,)), locale="el_GR"))
    assert "1 Ιαν 2025 Neck Vita Ampoule L-1 2 units · 2,5 ml" in page.replace("\xa0", " ")
