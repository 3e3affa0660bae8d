"""Both copies of the summary and the recall letters in Greek, from a catalogue made of
lupdate's extraction (tools/translations.sh's aliases) and compiled by lrelease, read back
with pypdf: Greek headings and words where the catalogue has them, English where it has
none, dates and numbers as Greek writes them, the document's language el-GR, and every
letter printed in a font that has it (DejaVu has Greek: no boxes)."""

from __future__ import annotations

import ast
import datetime as dt
import io
import re
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from mesolog.domain.enums import Area, NeedleMethod, ReactionKind, SessionStatus, Severity, Solution
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.records import (
    ClinicSettings,
    NeedleTechnique,
    Patient,
    PatientInput,
    ProductUse,
    Reaction,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.language.render import Renderer
from mesolog.reports.fonts import BOLD, FAMILY, register_fonts
from mesolog.reports.formatting import document_locale
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
from mesolog.reports.summary_data import SummaryData, SummaryKind
from mesolog.reports.treatment_summary import render_summary
from tests.reports.greek_support import SOURCES, extracted, greek_words

ATHENS = dt.timezone(dt.timedelta(hours=2))
PATIENT_ID = PatientId(uuid.uuid4())
NOW = dt.datetime(2026, 3, 1, 9, 5, tzinfo=ATHENS)


@pytest.fixture(scope="module")
def greek(tmp_path_factory: pytest.TempPathFactory) -> Renderer:
    return greek_words(tmp_path_factory.mktemp("greek"))


def _summary(kind: SummaryKind, language: str = "el", locale: str = "en_GB") -> SummaryData:
    details = PatientInput("Καρμίρη", "Ελένη", dt.date(1978, 5, 17), record_number="MC-7")
    needle = NeedleTechnique(depth_mm=2.5, gauge=30, length_mm=4, method=NeedleMethod.NAPPAGE)
    entry = SessionInput(
        performed_at=dt.datetime(2026, 2, 2, 10, 30, tzinfo=ATHENS),
        clinician="Δρ. Ελένη Παπαδοπούλου",
        treatments=(
            TreatmentLine(
                Area.CHEEKS,
                needle,
                (
                    ProductUse(Solution.VITAMINS, 2.5, "Vita Ampoule", "", "V-1", units=1.5),
                    ProductUse(Solution.HYALURONIC_ACID, 1.25, "Hydra Glow", "", "HG-1"),
                ),
            ),
            TreatmentLine(Area.NECK, needle, ()),
        ),
        reactions=(Reaction(ReactionKind.REDNESS, Severity.MILD),),
    )
    return SummaryData(
        clinic=ClinicSettings("Κλινική Demo", phone="210 000 0000"),
        patient=Patient(PATIENT_ID, details, dt.datetime(2026, 1, 20, tzinfo=ATHENS)),
        courses=(),
        sessions_outside_courses=(
            Session(SessionId(uuid.uuid4()), PATIENT_ID, entry, SessionStatus.SIGNED),
        ),
        include_drafts=False,
        generated_at=NOW,
        generated_by="Δρ. Ελένη Παπαδοπούλου",
        kind=kind,
        locale=locale,
        language=language,
    )


def _read(pdf: bytes) -> tuple[str, PdfReader]:
    """The text of every page, its line breaks and runs of spaces one space each."""
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text), reader


def _without_a_glyph(text: str) -> set[str]:
    """The characters printed that DejaVu Sans (regular or bold) has no glyph for."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (FAMILY, BOLD)]
    return {c for c in text if not c.isspace() and not all(ord(c) in face for face in faces)}


def test_every_phrase_of_the_pdfs_is_extracted_under_its_context(tmp_path: Path) -> None:
    marked = set()
    for source in SOURCES[:-1]:  # the reports and their two services
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                "phrase",
                "phrase_n",
            ):
                args = [a.value for a in node.args if isinstance(a, ast.Constant)]
                marked.add((args[0], args[1], args[2] if len(args) > 2 else None))
    root = extracted(tmp_path / "reports_el.ts")
    found = {
        (context.findtext("name"), message.findtext("source"), message.findtext("comment"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    assert len(marked) > 200
    assert marked <= found
    plural = {m.findtext("source") for m in root.iter("message") if m.get("numerus") == "yes"}
    assert plural == {"Pen, %n needles", "Recall letters to %n patients"}


def test_the_clinical_copy_in_greek(greek: Renderer) -> None:
    text, reader = _read(render_summary(_summary(SummaryKind.CLINICAL), greek))

    assert reader.trailer["/Root"]["/Lang"] == "el-GR"
    assert reader.metadata is not None
    assert reader.metadata.title == "Σύνοψη θεραπείας: Καρμίρη, Ελένη"
    assert reader.metadata.subject == "Σύνοψη θεραπείας μεσοθεραπείας, κλινικό αντίγραφο"
    for greek_words_printed in (
        "Σύνοψη θεραπείας",
        "Κλινικό αντίγραφο: ο πλήρης φάκελος",
        "Ασθενής",
        "Ημερομηνία γέννησης 17 Μαΐ 1978",  # a Greek date though the locale given was en_GB
        "Συνεδρίες εκτός προγράμματος",
        "Ημερομηνία Θεράπων Περιοχή Τεχνική και ρυθμίσεις Προϊόντα Αντιδράσεις Βαθμός",
        "Βελόνα 30G, μήκος 4 mm, βάθος 2,5 mm, nappage",
        "Βιταμίνες",
        "1,5 μονάδες · 2,5 ml",
        "Σύνολα",
        "Συνεδρίες: 1",
        "Σελίδα 1 από",
        "Δημιουργήθηκε 1 Μαρ 2026",
        "Εμπιστευτικό: ιατρικός φάκελος",
    ):
        assert greek_words_printed in text
    for english in ("Treatment summary", "Date of birth", "Page 1 of", "Needle 30G", "units"):
        assert english not in text
    assert "Ερυθρότητα, ήπιας βαρύτητας" in text
    assert "Sex not recorded" in text  # words the catalogue does not translate stay English
    assert not _without_a_glyph(text)


def test_the_patient_copy_in_greek(greek: Renderer) -> None:
    text, reader = _read(render_summary(_summary(SummaryKind.PATIENT), greek))

    assert reader.trailer["/Root"]["/Lang"] == "el-GR"
    for greek_words_printed in (
        "Αντίγραφο ασθενούς",
        "Ημερομηνία Θεράπων Περιοχές Θεραπεία Προϊόντα",
        "2 Φεβ 2026",
        "Παρειές (μάγουλα)",
        "Τράχηλος (λαιμός)",
        "Ενέσεις με λεπτή βελόνα",
        "Hydra Glow (Υαλουρονικό οξύ), 1,25 ml, παρτίδα HG-1",
        "Αντιδράσεις μετά τις συνεδρίες σας",
        "Συνεδρία Αντίδραση Τώρα",
        "2 Φεβ 2026 Ερυθρότητα, ήπιας βαρύτητας υπήρχε ακόμη στην τελευταία επίσκεψη",
        "Μετά τη συνεδρία σας",
        "Υπογραφή θεράποντος",
    ):
        assert greek_words_printed in text
    assert not _without_a_glyph(text)


def test_english_is_written_when_no_language_is_asked_for(greek: Renderer) -> None:
    data = _summary(SummaryKind.CLINICAL, language="en")
    text, reader = _read(render_summary(data))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert "Treatment summary" in text
    assert "Needle 30G, length 4 mm, depth 2.5 mm, nappage" in text


def _recalled(family: str, given: str) -> RecalledPatient:
    use = RecalledUse(Area.CHEEKS, "", "Ύαλο Boost 2%", "", "L-1", None, 1.25)
    sessions = tuple(
        RecalledSession(SessionId(uuid.uuid4()), dt.date(2025, 1, 1 + 7 * n), "Dr", (use,))
        for n in range(2)
    )
    return RecalledPatient(
        PatientId(uuid.uuid4()), family, given, "MC-1", dt.date(1980, 1, 2), "", "", sessions
    )


def _letters(greek: Renderer, *patients: RecalledPatient) -> bytes:
    result = RecallResult(RecallQuery(lot="L-1"), len(patients), 2 * len(patients), patients, NOW)
    clinic = ClinicSettings(name="Κλινική Αθηνών", phone="210 000 0000")
    data = LetterData(result, clinic, None, DEFAULT_LETTER, NOW, locale="C", language="el")
    return render_letters(data, greek)


def test_a_recall_letter_in_greek(greek: Renderer) -> None:
    text, reader = _read(_letters(greek, _recalled("Καρμίρη", "Ελένη")))

    assert reader.trailer["/Root"]["/Lang"] == "el-GR"
    assert reader.metadata is not None
    assert reader.metadata.title == "Επιστολές ανάκλησης: παρτίδα «L-1»"
    assert reader.metadata.subject == "Επιστολές ανάκλησης προς 1 ασθενή"
    for greek_words_printed in (
        "Σχετικά με: Ύαλο Boost 2%, παρτίδα L-1",
        "Αγαπητή/έ Ελένη Καρμίρη,",
        "στις 1 Ιαν 2025 και 8 Ιαν 2025:",  # the days listed as Greek lists them
        "Ημερομηνία Περιοχή Προϊόν Παρτίδα Ποσότητα",
        "1 Ιαν 2025 Παρειές (μάγουλα) Ύαλο Boost 2% L-1 1,25 ml",
        "Ημερομηνία γέννησης 2 Ιαν 1980",
        "Επιστολή προς Ελένη Καρμίρη",
        "Σελίδα 1 από 1",
        "Εμπιστευτικό: η επιστολή αφορά",
    ):
        assert greek_words_printed in text
    assert "Dear" not in text
    assert not _without_a_glyph(text)


def test_the_letters_count_their_patients_in_greek_plurals(greek: Renderer) -> None:
    _, reader = _read(_letters(greek, _recalled("Α", "Β"), _recalled("Γ", "Δ")))
    assert reader.metadata is not None
    assert reader.metadata.subject == "Επιστολές ανάκλησης προς 2 ασθενείς"


@pytest.mark.parametrize(
    ("code", "given", "written"),
    [
        ("en", "en_GB", "en_GB"),
        ("en", "el_GR", "el_GR"),  # as before languages: the locale the caller gave
        ("en", "C", "C"),
        ("el", "el_GR", "el_GR"),
        ("el", "el_CY", "el_CY"),
        ("el", "en_GB", "el_GR"),
        ("el", "en_CY", "el_CY"),
        ("el", "C", "el_GR"),
    ],
)
def test_a_greek_document_is_written_in_greek_formats(code: str, given: str, written: str) -> None:
    assert document_locale(code, given) == written
