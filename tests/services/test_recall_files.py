"""A recall's files: the CSV list and the letters' PDF, private (0600) whatever the umask,
audited as exports, the letters from the clinic's own text."""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from mesolog.domain.accounts import AccessDeniedError
from mesolog.domain.enums import Area, Role
from mesolog.domain.errors import KnownError, ValidationError
from mesolog.domain.records import ClinicSettings
from mesolog.reports.recall_data import RecallQuery, RecallResult
from mesolog.reports.recall_letter_text import DEFAULT_LETTER, DEFAULT_TEXT
from mesolog.services.clinic import Clinic
from mesolog.services.recall import RecallService
from mesolog.services.recall_files import CSV_COLUMNS, RecallFiles

if TYPE_CHECKING:
    from conftest import DatabaseProbe, Maker

REASON = "Manufacturer notice 2026-14"
PASSWORD = "a long enough password"


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask a user might have: mesolog must not rely on it."""
    before = os.umask(0o000)
    yield
    os.umask(before)


@pytest.fixture
def recalled(clinic: Clinic, make: Maker) -> RecallResult:
    """Two patients who received lot L2409-17: one in two sessions, one in one."""
    clinic.settings.update_clinic(
        ClinicSettings(name="Κλινική Αθηνών", phone="+30 210 000 0000"), read=ClinicSettings()
    )
    elena = make.patient(phone="+30 694 123 4567", email="elena@example.org", record_number="MC-1")
    nikos = make.patient(family_name="Νικολάου", given_name="Νίκος", record_number="MC-2")
    for patient, days in ((elena, (3, 5)), (nikos, (4,))):
        for day in days:
            lines = (
                make.needle_line(Area.FOREHEAD, products=(make.product(volume_ml=1.5),)),
                make.pen_line(Area.NECK, products=(make.product(volume_ml=0.5),)),
            )
            draft = make.draft(patient.id, performed_at=make.at(2, day), treatments=lines)
            clinic.sessions.sign(draft.id)
    return RecallService(clinic.context).search(RecallQuery(lot="L2409-17"), reason=REASON)


def _exports(probe: DatabaseProbe) -> list[str]:
    return [row.detail for row in probe.audit() if row.action == "export"]


def test_the_csv_has_a_row_a_use_with_the_patients_contact_private_and_audited(
    clinic: Clinic, recalled: RecallResult, probe: DatabaseProbe, tmp_path: Path, open_umask: None
) -> None:
    target = tmp_path / "recall.csv"
    size = RecallFiles(clinic.context).write_csv(recalled, target)

    content = target.read_bytes()
    assert size == len(content)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert content.startswith(b"\xef\xbb\xbf")  # the BOM Excel reads UTF-8 by
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + 3 * 2
    assert rows[1] == [
        "MC-1",
        "Papadopoulou",
        "Elena",
        "1985-04-12",
        "'+30 694 123 4567",  # a cell starting with + is a formula to a spreadsheet
        "elena@example.org",
        "2026-02-03",
        "Dr Eleni Vasileiou",
        "Forehead",
        "",
        "NCTF 135 HA",
        "1%",
        "L2409-17",
        "2027-06-30",
        "1.5",
        "",
    ]
    assert [row[1] for row in rows[1:]] == ["Papadopoulou"] * 4 + ["Νικολάου"] * 2
    assert [row[8] for row in rows[5:]] == ["Forehead", "Neck"]
    assert _exports(probe) == ['recall csv: 2 patients, 3 sessions; lot "L2409-17"']


def test_formulas_are_defused_in_every_cell(clinic: Clinic, make: Maker, tmp_path: Path) -> None:
    patient = make.patient(family_name="=HYPERLINK(1)", given_name="@sum")
    line = make.needle_line(products=(make.product(product_name="-2+3", lot_number="L1"),))
    clinic.sessions.sign(make.draft(patient.id, treatments=(line,)).id)
    result = RecallService(clinic.context).search(RecallQuery(lot="L1"), reason=REASON)
    target = tmp_path / "recall.csv"
    RecallFiles(clinic.context).write_csv(result, target)
    row = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))[1]
    assert (row[1], row[2], row[10]) == ("'=HYPERLINK(1)", "'@sum", "'-2+3")


def test_the_units_given_are_a_column_after_the_volume(
    clinic: Clinic, make: Maker, tmp_path: Path
) -> None:
    patient = make.patient()
    uses = (
        make.product(product_name="Vita Ampoule", lot_number="V-1", volume_ml=2.5, units=2.0),
        make.product(product_name="Hydra", lot_number="V-1", volume_ml=1.25),
    )
    clinic.sessions.sign(make.draft(patient.id, treatments=(make.needle_line(products=uses),)).id)
    result = RecallService(clinic.context).search(RecallQuery(lot="V-1"), reason=REASON)
    target = tmp_path / "recall.csv"
    RecallFiles(clinic.context).write_csv(result, target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert CSV_COLUMNS[-2:] == ("Volume (ml)", "Units given")
    assert [(r["Product"], r["Volume (ml)"], r["Units given"]) for r in rows] == [
        ("Vita Ampoule", "2.5", "2"),
        ("Hydra", "1.25", ""),
    ]


def _pages(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def test_one_letter_a_patient_each_on_pages_of_its_own_bookmarked_by_name(
    clinic: Clinic, recalled: RecallResult, probe: DatabaseProbe, tmp_path: Path, open_umask: None
) -> None:
    files = RecallFiles(clinic.context)
    target = tmp_path / "letters.pdf"
    size = files.write_letters(files.letter_data(recalled, locale="en_GB"), target)

    pdf = target.read_bytes()
    assert size == len(pdf)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    elena, nikos = _pages(pdf)
    assert "Dear Elena Papadopoulou," in elena
    assert "used in your treatment at Κλινική Αθηνών on 3 Feb 2026 and 5 Feb 2026:" in elena
    assert "Please call us on +30 210 000 0000" in elena
    assert "About NCTF 135 HA, lot L2409-17" in elena
    assert "+30 694 123 4567 · elena@example.org" in elena
    assert "Letter to Elena Papadopoulou Page 1 of 1" in elena
    assert "Dear Νίκος Νικολάου," in nikos
    assert "Papadopoulou" not in nikos
    outline = PdfReader(io.BytesIO(pdf))
    assert [(o.title, outline.get_destination_page_number(o)) for o in outline.outline] == [
        ("Papadopoulou, Elena", 0),
        ("Νικολάου, Νίκος", 1),
    ]
    assert _exports(probe) == ['recall letters pdf: 2 patients, 3 sessions; lot "L2409-17"']


def test_the_clinics_own_text_with_the_table_where_it_says(
    clinic: Clinic, recalled: RecallResult
) -> None:
    files = RecallFiles(clinic.context)
    text = "Αγαπητή/έ {patient},\n\n{treatments}\n\nΜε εκτίμηση,\n{clinic} {clinic_phone}"
    first = _pages(files_pdf(files, recalled, text))[0]
    assert "Αγαπητή/έ Elena Papadopoulou, Date Area Product Lot Amount" in first
    assert "3 Feb 2026 Forehead NCTF 135 HA L2409-17 1.5 ml" in first
    assert first.index("Amount") < first.index("Με εκτίμηση, Κλινική Αθηνών +30 210 000 0000")
    without_table = _pages(files_pdf(files, recalled, "Call us about {lot}."))[0]
    assert without_table.index("Call us about L2409-17.") < without_table.index("Amount")


def files_pdf(files: RecallFiles, result: RecallResult, text: str) -> bytes:
    from mesolog.reports.recall_letter import render_letters

    return render_letters(files.letter_data(result, text=text, locale="en_GB"))


def test_a_slip_in_the_text_or_no_patient_is_refused(
    clinic: Clinic, recalled: RecallResult
) -> None:
    files = RecallFiles(clinic.context)
    with pytest.raises(ValidationError, match=r"'\{patinet\}' is not allowed; a placeholder"):
        files.letter_data(recalled, text="Dear {patinet},")
    with pytest.raises(ValidationError, match="a paragraph of its own"):
        files.letter_data(recalled, text="See {treatments} below.")
    with pytest.raises(ValidationError, match="a letter text is required"):
        files.letter_data(recalled, text=" \n ")
    nobody = RecallResult(RecallQuery(lot="none"), 0, 0, (), recalled.searched_at)
    with pytest.raises(KnownError, match="no letter to write"):
        files.letter_data(nobody, text=DEFAULT_TEXT)


def test_an_assistant_writes_no_recall_file(
    clinic: Clinic, recalled: RecallResult, tmp_path: Path
) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Admin", PASSWORD)
    clinic.log_in("admin", PASSWORD)
    clinic.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    clinic.log_in("nurse", PASSWORD)
    files = RecallFiles(clinic.context)
    with pytest.raises(AccessDeniedError):
        files.write_csv(recalled, tmp_path / "recall.csv")
    with pytest.raises(AccessDeniedError):
        files.write_letters(files.letter_data(recalled), tmp_path / "letters.pdf")
    assert not (tmp_path / "recall.csv").exists()
    assert not (tmp_path / "letters.pdf").exists()


def test_a_letter_naming_the_clinic_needs_its_name_and_phone_set(
    clinic: Clinic, recalled: RecallResult
) -> None:
    """Without them the default text read "your treatment at  on 3 Feb … call us on  if"."""
    files = RecallFiles(clinic.context)
    read = clinic.settings.clinic()
    clinic.settings.update_clinic(ClinicSettings(phone="+30 210 000 0000"), read=read)
    with pytest.raises(KnownError, match=r"\{clinic\}.*clinic's name is not set.*Settings"):
        files.letter_data(recalled, text=DEFAULT_TEXT)
    assert files.letter_data(recalled, text="Dear {patient},\n\n{treatments}")
    read = clinic.settings.clinic()
    clinic.settings.update_clinic(ClinicSettings(name="Κλινική Αθηνών"), read=read)
    with pytest.raises(KnownError, match=r"\{clinic_phone\}.*phone is not set"):
        files.letter_data(recalled, text=DEFAULT_TEXT)


def test_a_letter_naming_the_lot_needs_every_patients_lot(clinic: Clinic, make: Maker) -> None:
    """A product's recall may find uses without a lot number: the letter read "a notice
    about lot . Our records show"."""
    clinic.settings.update_clinic(
        ClinicSettings(name="Κλινική Αθηνών", phone="+30 210 000 0000"), read=ClinicSettings()
    )
    for lot, family in (("L2409-17", "Ανδρέου"), ("", "Bakirtzi")):
        patient = make.patient(family_name=family)
        line = make.needle_line(Area.FOREHEAD, products=(make.product(lot_number=lot),))
        clinic.sessions.sign(make.draft(patient.id, treatments=(line,)).id)
    found = RecallService(clinic.context).search(RecallQuery(product="NCTF 135 HA"), reason=REASON)
    files = RecallFiles(clinic.context)
    with pytest.raises(KnownError, match=r"\{lot\}, and 1 of the 2 patients .* without a lot"):
        files.letter_data(found, text=DEFAULT_TEXT)
    assert files.letter_data(found, text=DEFAULT_TEXT.replace(" about lot {lot}", ""))


def test_letters_in_greek_say_mesologs_default_text_in_greek(
    clinic: Clinic, recalled: RecallResult, tmp_path: Path
) -> None:
    from mesolog.reports.recall_letter import render_letters
    from tests.reports.greek_support import greek_words

    files = RecallFiles(clinic.context)
    english = files.letter_data(recalled)
    assert (english.language, english.text) == ("en", DEFAULT_LETTER)
    assert files.letter_data(recalled, text=DEFAULT_TEXT).text == DEFAULT_LETTER

    data = files.letter_data(recalled, language="el", locale="en_GB")
    assert data.language == "el"
    pages = _pages(render_letters(data, greek_words(tmp_path)))
    assert "Αγαπητή/έ Elena Papadopoulou," in pages[0]
    assert "στο Κλινική Αθηνών στις 3 Φεβ 2026 και 5 Φεβ 2026:" in pages[0]
    assert "Σχετικά με: NCTF 135 HA, παρτίδα L2409-17" in pages[0]
    own = "Αγαπητή {patient},\n\n{treatments}"
    assert files.letter_data(recalled, text=own, language="el").text == own  # as typed
    with pytest.raises(ValueError, match="'de'"):
        files.letter_data(recalled, language="de")


def test_the_letters_refusals_are_marked_for_translation(
    clinic: Clinic, recalled: RecallResult
) -> None:
    read = clinic.settings.clinic()
    clinic.settings.update_clinic(ClinicSettings(phone="+30 210 000 0000"), read=read)
    with pytest.raises(KnownError) as refused:
        RecallFiles(clinic.context).letter_data(recalled)
    assert refused.value.text.context == "Errors"
    assert str(refused.value) == (
        "The letter text names {clinic}, and the clinic's name is not set: set it in "
        "Settings ▸ Clinic, or take the placeholder out of the text."
    )
