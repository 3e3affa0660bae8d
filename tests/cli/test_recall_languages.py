"""`mesolog recall --format pdf` in both languages, run as a subprocess on the demo clinic:
`--letter`'s text is for the letters in the command line's language (`--language`), a
patient who prefers the other language gets a letter from the clinic's text in it, and the
dates of the command line's language's letters follow it when no `--locale` is given."""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from mesolog.domain.ids import PatientId
from mesolog.services.clinic import Clinic
from tests.cli.test_main import mesolog
from tests.cli.test_recall_command import COUNTED, _busiest_lot, _sql

KEPT_GREEK = "Αγαπητή/έ {patient}, κείμενο της κλινικής.\n\n{treatments}"
KEPT_ENGLISH = "Hello {patient}, the clinic's text.\n\n{treatments}"
GREEK_MONTH = re.compile(r"\d{1,2} (Ιαν|Φεβ|Μαρ|Απρ|Μαΐ|Ιουν|Ιουλ|Αυγ|Σεπ|Οκτ|Νοε|Δεκ) \d{4}")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, str]]:
    """The demo clinic with the clinic's letter kept in both languages, and two of the
    patients given its busiest lot preferring a language: Greek, English (by family name)."""
    path = tmp_path_factory.mktemp("recall_languages") / "demo.sqlite"
    result = mesolog("--db", str(path), "demo")
    assert result.returncode == 0, result.stderr
    lot = _busiest_lot(path)
    rows = _sql(
        path,
        f"SELECT DISTINCT p.uuid, p.given_name, p.family_name {COUNTED}"
        " AND upper(trim(u.lot_number)) = ? ORDER BY p.family_name",
        lot,
    )
    assert len(rows) >= 3
    preferring = {}
    with Clinic.open(str(path), actor="tester") as clinic:
        clinic.settings.update_recall_letter(KEPT_GREEK, "el")
        clinic.settings.update_recall_letter(KEPT_ENGLISH, "en")
        for (key, given, family), code in zip(rows, ("el", "en"), strict=False):
            patient = clinic.patients.get(PatientId(uuid.UUID(str(key))))
            details = replace(patient.details, preferred_language=code)
            clinic.patients.update(patient.id, details, read=patient)
            preferring[code] = f"{given} {family}"
    return path, lot, preferring


def _letters(demo: Path, lot: str, letter: Path, *before: str) -> dict[str, str]:
    """Each letter's first page, by the name the letter is addressed to."""
    target = letter.with_suffix(".pdf")
    result = mesolog(
        *before, "--db", str(demo), "recall", "--lot", lot, "--reason", "Notice 16",
        "--format", "pdf", "--letter", str(letter), "-o", str(target),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    reader = PdfReader(target)
    pages = [re.sub(r"\s+", " ", p.extract_text()).replace("\xa0", " ") for p in reader.pages]
    firsts = [pages[reader.get_destination_page_number(o)] for o in reader.outline]
    found = {}
    for page in firsts:
        named = re.search(r"(?:Γεια σας|Dear friend|Hello|Αγαπητή/έ) ([^,]+),", page)
        assert named is not None, page[:300]
        found[named[1]] = page
    return found


def test_the_letter_given_is_for_the_command_lines_language(
    demo: tuple[Path, str, dict[str, str]], tmp_path: Path
) -> None:
    path, lot, preferring = demo
    greek = tmp_path / "greek.txt"
    greek.write_text("Γεια σας {patient}, από τη γραμμή εντολών.\n\n{treatments}", "utf-8")

    letters = _letters(path, lot, greek, "--language", "el")
    assert "Hello" in letters[preferring["en"]]  # the clinic's English letter
    others = [page for name, page in letters.items() if name != preferring["en"]]
    assert len(others) >= 2
    assert all("Γεια σας" in page and GREEK_MONTH.search(page) for page in others)
    assert PdfReader(greek.with_suffix(".pdf")).trailer["/Root"]["/Lang"] == "el-GR"

    english = tmp_path / "english.txt"
    english.write_text("Dear friend {patient}, from the command line.\n\n{treatments}", "utf-8")
    letters = _letters(path, lot, english)  # MESOLOG_LANGUAGE=en, as every test
    assert "κείμενο της κλινικής" in letters[preferring["el"]]  # the clinic's Greek letter
    others = [page for name, page in letters.items() if name != preferring["el"]]
    assert all("Dear friend" in page for page in others)
