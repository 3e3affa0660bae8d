"""The treatment summary PDF, read back with pypdf (and pdffonts when it is installed)."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import uuid

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from mesolog.domain.enums import (
    Area,
    CourseStatus,
    Indication,
    NeedleMethod,
    ReactionKind,
    SessionStatus,
    Severity,
    Solution,
)
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    PenTechnique,
    ProductUse,
    Reaction,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.domain.schedule import SessionMark, course_schedule
from mesolog.reports.formatting import Formatter
from mesolog.reports.summary_data import CourseSummary, PaperSize, SummaryData
from mesolog.reports.treatment_summary import render_summary

ATHENS = dt.timezone(dt.timedelta(hours=2))
PATIENT_ID = PatientId(uuid.uuid4())
GREEK_NAME = "Καρμίρης Νικόλαος"
FMT = Formatter("en_GB")


def _patient() -> Patient:
    details = PatientInput(
        family_name="Καρμίρης",
        given_name="Νικόλαος",
        date_of_birth=dt.date(1978, 5, 17),
        record_number="ΑΘ-0042",
    )
    return Patient(PATIENT_ID, details, dt.datetime(2024, 1, 1, tzinfo=ATHENS))


def _course(planned: int = 6) -> Course:
    plan = CourseInput(
        indication=Indication.WRINKLES,
        planned_sessions=planned,
        started_on=dt.date(2025, 1, 10),
        areas=(Area.CHEEKS, Area.NECK),
        protocol="HA + peptides, nappage",
    )
    return Course(CourseId(uuid.uuid4()), PATIENT_ID, plan, CourseStatus.ACTIVE)


def _session(
    number: int,
    course: Course | None,
    *,
    pen: bool = False,
    status: SessionStatus = SessionStatus.SIGNED,
    notes: str = "",
    reactions: tuple[Reaction, ...] = (),
) -> Session:
    when = dt.datetime(2025, 1, 10, 10, 30, tzinfo=ATHENS) + dt.timedelta(days=14 * number)
    technique = (
        PenTechnique(depth_mm=0.75, penetrations_per_second=90, needle_count=12, passes=3)
        if pen
        else NeedleTechnique(depth_mm=2.5, gauge=32, length_mm=4, method=NeedleMethod.NAPPAGE)
    )
    product = ProductUse(
        Solution.HYALURONIC_ACID,
        1.5,
        product_name=f"Hydra Glow {number}",
        concentration="20 mg/ml",
        lot_number=f"LOT-{number:03d}",
        expiry_date=dt.date(2027, 6, 30),
    )
    entry = SessionInput(
        performed_at=when,
        clinician="Δρ. Παπαδοπούλου",
        treatments=(TreatmentLine(Area.CHEEKS, technique, (product,)),),
        course_id=None if course is None else course.id,
        reactions=reactions,
        improvement_score=number % 11,
        notes=notes,
    )
    return Session(SessionId(uuid.uuid4()), PATIENT_ID, entry, status)


def _data(
    sessions: list[Session],
    course: Course | None,
    *,
    outside: tuple[Session, ...] = (),
    include_drafts: bool = False,
    paper: PaperSize = PaperSize.A4,
) -> SummaryData:
    courses: tuple[CourseSummary, ...] = ()
    if course is not None:
        marks = [SessionMark(s.performed_on, s.entry.improvement_score) for s in sessions]
        schedule = course_schedule(course, marks, today=dt.date(2025, 6, 1))
        courses = (CourseSummary(course, schedule, tuple(sessions)),)
    return SummaryData(
        clinic=ClinicSettings(
            name="Κλινική Αισθητικής", address="Οδός Ερμού 1, Αθήνα", phone="210 1234567"
        ),
        patient=_patient(),
        courses=courses,
        sessions_outside_courses=outside,
        include_drafts=include_drafts,
        generated_at=dt.datetime(2025, 6, 1, 9, 0, tzinfo=ATHENS),
        generated_by="Δρ. Παπαδοπούλου",
        paper=paper,
    )


def _sample() -> tuple[SummaryData, list[Session]]:
    course = _course()
    bruise = Reaction(ReactionKind.BRUISING, Severity.MODERATE, Area.CHEEKS)
    redness = Reaction(ReactionKind.REDNESS, Severity.MILD, resolved_on=dt.date(2025, 2, 1))
    sessions = [
        _session(1, course, reactions=(redness,)),
        _session(2, course, pen=True, reactions=(bruise, redness)),
        _session(3, course),
    ]
    outside = (_session(5, None, pen=True),)
    return _data(sessions, course, outside=outside), [*sessions, *outside]


def _pages(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def _text(pdf: bytes) -> str:
    return " ".join(_pages(pdf))


def test_every_session_is_printed_in_full() -> None:
    data, sessions = _sample()
    text = _text(render_summary(data))
    for session in sessions:
        product = session.entry.treatments[0].products[0]
        assert FMT.date(session.performed_on).replace("\xa0", " ") in text
        assert FMT.number(session.entry.treatments[0].technique.depth_mm) + " mm" in text
        assert product.product_name in text
        assert product.lot_number in text
    assert "Bruising, moderate" in text
    assert "Redness, mild" in text
    assert "Treatment summary" in text
    assert "Sessions outside a course" in text


def test_the_greek_name_appears_exactly() -> None:
    data, _ = _sample()
    text = _text(render_summary(data))
    assert GREEK_NAME.replace(" ", ", ") in text
    assert "ΑΘ-0042" in text
    assert "Κλινική Αισθητικής" in text


def _fonts(pdf: bytes) -> dict[str, DictionaryObject]:
    fonts: dict[str, DictionaryObject] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        if "/Font" not in resources:
            continue
        for ref in resources["/Font"].get_object().values():
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = font
    return fonts


def test_every_font_is_embedded_dejavu() -> None:
    data, _ = _sample()
    fonts = _fonts(render_summary(data))
    assert fonts
    for name, font in fonts.items():
        assert "Helvetica" not in name
        assert "DejaVuSans" in name
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_sees_only_embedded_dejavu(tmp_path: pytest.TempPathFactory) -> None:
    data, _ = _sample()
    path = tmp_path / "summary.pdf"  # type: ignore[operator]
    path.write_bytes(render_summary(data))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert "DejaVuSans" in row
        assert row.split()[-5] == "yes"  # the "emb" column


def test_a_long_course_paginates_with_headers_and_page_numbers() -> None:
    course = _course(planned=20)
    sessions = [_session(n, course, pen=n % 2 == 0) for n in range(1, 121)]
    pages = _pages(render_summary(_data(sessions, course)))
    total = len(pages)
    assert total > 3
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {total}" in page
        assert CONFIDENTIAL in page
    with_sessions = [page for page in pages if "Needle 32G" in page or "Pen, 12" in page]
    assert len(with_sessions) > 2
    for page in with_sessions:
        assert "Technique and settings" in page
    text = " ".join(pages)
    for session in sessions:
        assert session.entry.treatments[0].products[0].lot_number in text


CONFIDENTIAL = "Confidential: medical record of the patient named above."


def test_a_patient_without_sessions_gets_a_valid_document() -> None:
    pdf = render_summary(_data([], None))
    text = _text(pdf)
    assert "No signed sessions recorded" in text
    assert "Page 1 of 1" in text


def test_drafts_are_left_out_unless_included() -> None:
    course = _course()
    drafts = [_session(n, course, status=SessionStatus.DRAFT) for n in (1, 2)]
    left_out = _text(render_summary(_data(drafts, course)))
    assert "No signed sessions recorded" in left_out
    assert "DRAFT" not in left_out
    included = _text(render_summary(_data(drafts, course, include_drafts=True)))
    assert included.count("DRAFT") >= 2
    assert "LOT-001" in included


def test_very_long_notes_still_give_a_valid_document() -> None:
    course = _course()
    words = "Ο ασθενής ανέφερε ήπιο ερύθημα που υποχώρησε. "
    notes = (words * 200)[:5000]
    sessions = [_session(1, course, notes=notes), _session(2, course, notes="x" * 5000)]
    pages = _pages(render_summary(_data(sessions, course)))
    text = " ".join(pages)
    assert "Ο ασθενής ανέφερε" in text
    assert text.count("x") >= 5000
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_letter_paper_is_letter_sized() -> None:
    data, _ = _sample()
    letter = SummaryData(**{**_fields(data), "paper": PaperSize.LETTER})
    reader = PdfReader(io.BytesIO(render_summary(letter)))
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)
    a4 = PdfReader(io.BytesIO(render_summary(data))).pages[0].mediabox
    assert round(float(a4.width)) == 595


def _fields(data: SummaryData) -> dict[str, object]:
    return {name: getattr(data, name) for name in SummaryData.__dataclass_fields__}


def test_metadata_names_the_document() -> None:
    data, _ = _sample()
    reader = PdfReader(io.BytesIO(render_summary(data)))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == f"Treatment summary: {GREEK_NAME.replace(' ', ', ')}"
    assert meta.author == "Κλινική Αισθητικής"
    assert meta.creation_date is not None
    assert meta.creation_date.date() == dt.date(2025, 6, 1)
    assert reader.trailer["/Root"].get("/Lang") == "en-GB"


def test_the_score_line_breaks_where_a_session_has_no_score() -> None:
    from dataclasses import replace

    from mesolog.reports.summary_chart import score_chart, scored_runs

    course = _course()
    sessions = [_session(n, course) for n in range(1, 7)]
    unscored = {3, 4}
    sessions = [
        replace(s, entry=replace(s.entry, improvement_score=None)) if n in unscored else s
        for n, s in enumerate(sessions, 1)
    ]
    runs = scored_runs(sessions)
    assert [[int(x) for x, _ in run] for run in runs] == [[1, 2], [5, 6]]
    chart = score_chart(sessions, 300)
    assert chart is not None
    assert score_chart(sessions[2:5], 300) is None  # one scored session: no line to draw
