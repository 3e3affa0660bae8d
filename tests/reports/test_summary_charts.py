"""Charts in the treatment summary, read back from real PDFs: the diagrams drawn as vector
paths (no image), zones shaded with a legend, a table of points with zone, product, lot
and amount, repeated maps drawn once per course, Greek in embedded DejaVu, and a
40-session patient whose every word lies inside its page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from mesolog.domain.enums import Area, CourseStatus, Indication
from mesolog.domain.ids import CourseId, PatientId
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
    Patient,
    PatientInput,
    Session,
)
from mesolog.domain.schedule import SessionMark, course_schedule
from mesolog.reports.summary_data import CourseSummary, PaperSize, SummaryData, SummaryKind
from mesolog.reports.treatment_summary import render_summary
from tests.reports.chart_samples import ATHENS, all_drawings, face_session

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfimages") is None,
    reason="poppler-utils not installed",
)
PATIENT = PatientId(uuid.uuid4())


def _course(planned: int = 6) -> Course:
    plan = CourseInput(Indication.WRINKLES, planned, dt.date(2025, 1, 1), (Area.FULL_FACE,))
    return Course(CourseId(uuid.uuid4()), PATIENT, plan, CourseStatus.ACTIVE)


def _data(
    sessions: list[Session],
    course: Course,
    *,
    kind: SummaryKind = SummaryKind.CLINICAL,
    paper: PaperSize = PaperSize.A4,
) -> SummaryData:
    marks = [SessionMark(s.performed_on, None) for s in sessions]
    schedule = course_schedule(course, marks, today=dt.date(2026, 6, 1))
    patient = Patient(
        PATIENT,
        PatientInput("Καρμίρη", "Ελένη", dt.date(1980, 3, 4), record_number="ΑΘ-12"),
        dt.datetime(2024, 1, 1, tzinfo=ATHENS),
    )
    return SummaryData(
        clinic=ClinicSettings("Κλινική Αισθητικής"),
        patient=patient,
        courses=(CourseSummary(course, schedule, tuple(sessions)),),
        sessions_outside_courses=(),
        include_drafts=False,
        generated_at=dt.datetime(2026, 6, 1, 9, 0, tzinfo=ATHENS),
        generated_by="Δρ. Παπαδοπούλου",
        kind=kind,
        paper=paper,
        diagrams=all_drawings(),
    )


def _write(tmp_path: Path, data: SummaryData, name: str = "summary.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(render_summary(data))
    return path


def _text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def test_the_points_table_lists_number_zone_product_lot_and_amount(tmp_path: Path) -> None:
    course = _course()
    path = _write(tmp_path, _data([face_session(0, patient=PATIENT, course=course.id)], course))
    lines = [re.sub(r"\s+", " ", line).strip() for line in _text(path).splitlines()]
    assert "Chart of session 1, 1 Jan 2025" in lines
    assert "Point Zone Product Lot Amount" in lines
    assert "1 Forehead Υαλουρονικό Plus (Hyaluronic acid) HA-24A 0.05 ml" in lines
    assert "2 Forehead VitaGlow (Vitamins) VG-7 0.05 ml" in lines
    assert "4 Cheeks, right Υαλουρονικό Plus (Hyaluronic acid) HA-24A 0.05 ml" in lines
    assert "9 Cheeks, left Υαλουρονικό Plus (Hyaluronic acid) HA-24A 0.05 ml" in lines
    assert "Needle, over 2 mm deep" in " ".join(lines)


def test_a_chart_is_drawn_as_vector_paths_not_as_an_image(tmp_path: Path) -> None:
    course = _course()
    session = face_session(0, patient=PATIENT, course=course.id, neck=True)
    path = _write(tmp_path, _data([session], course))
    assert _run("pdfimages", "-list", str(path)).splitlines()[2:] == []
    reader = PdfReader(path)
    [page] = [p for p in reader.pages if "Chart of session 1" in p.extract_text()]
    content = page.get_contents().get_data().decode("latin-1")
    assert re.search(r"\bf\*", content)  # zones: filled by the even-odd rule
    assert len(re.findall(r" c\s", content)) > 100  # the outlines' cubic curves
    assert "/XObject" not in page["/Resources"]
    text = page.extract_text()
    assert "Face, from the front" in text
    assert "Neck and décolletage" in text
    assert "Needle, up to 1 mm deep" in text  # the neck line's shade, in the legend


def test_sessions_repeating_a_map_share_one_chart_with_session_labels(tmp_path: Path) -> None:
    course = _course()
    sessions = [face_session(14 * k, patient=PATIENT, course=course.id) for k in range(3)]
    sessions.append(face_session(50, patient=PATIENT, course=course.id, pen=True))
    sessions.append(face_session(64, patient=PATIENT, course=course.id))
    text = re.sub(r"\s+", " ", _text(_write(tmp_path, _data(sessions, course))))
    assert "Chart of sessions 1–3 and 5: one map" in text
    assert "S1 1 Jan 2025 · S2 15 Jan 2025 · S3 29 Jan 2025 · S5 6 Mar 2025" in text
    # The points are where every session put them: labelled by number alone.
    assert re.search(r"Point Zone Product Lot Amount 1 Forehead", text)
    assert "Chart of session 4, 20 Feb 2025" in text
    assert "Pen, up to 1 mm deep" in text
    assert "Chart of session 1," not in text


def test_sessions_outside_courses_have_their_charts_after_their_table(tmp_path: Path) -> None:
    course = _course()
    loose = face_session(90, patient=PATIENT, pen=True)
    data = dataclasses.replace(
        _data([face_session(0, patient=PATIENT, course=course.id)], course),
        sessions_outside_courses=(loose,),
    )
    text = re.sub(r"\s+", " ", _text(_write(tmp_path, data)))
    outside = text.split("Sessions outside a course", 1)[1]
    assert "Chart of session 1, 1 Apr 2025" in outside
    assert "Pen, up to 1 mm deep" in outside


def test_the_patient_copy_has_the_charts_too(tmp_path: Path) -> None:
    course = _course()
    data = _data([face_session(0, patient=PATIENT, course=course.id)], course)
    text = _text(_write(tmp_path, dataclasses.replace(data, kind=SummaryKind.PATIENT)))
    assert "Patient copy" in text
    assert "Chart of session 1" in text
    assert re.search(r"1\s+Forehead\s+Υαλουρονικό Plus", text)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_greek_prints_in_embedded_dejavu_only(tmp_path: Path) -> None:
    course = _course()
    path = _write(tmp_path, _data([face_session(0, patient=PATIENT, course=course.id)], course))
    rows = _run("pdffonts", str(path)).splitlines()[2:]
    assert rows
    for row in rows:
        assert "DejaVuSans" in row
        assert row.split()[-5] == "yes"  # embedded
    assert "Υαλουρονικό Plus" in _text(path)


def _word_boxes(path: Path) -> list[tuple[int, float, float, float, float, float, float, str]]:
    """(page, page width, height, xMin, yMin, xMax, yMax, word) of every word."""
    html = _run("pdftotext", "-bbox", str(path), "-")
    found = []
    page, width, height = 0, 0.0, 0.0
    for line in html.splitlines():
        opened = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if opened:
            page, width, height = page + 1, float(opened[1]), float(opened[2])
        word = re.search(
            r'<word xMin="([^"]+)" yMin="([^"]+)" xMax="([^"]+)" yMax="([^"]+)">(.*)</word>', line
        )
        if word:
            x0, y0, x1, y1 = (float(word[i]) for i in range(1, 5))
            found.append((page, width, height, x0, y0, x1, y1, word[5]))
    return found


@pytest.mark.parametrize("paper", [PaperSize.A4, PaperSize.LETTER])
def test_a_forty_session_patient_with_charts_keeps_every_word_inside_its_page(
    tmp_path: Path, paper: PaperSize
) -> None:
    course = _course(planned=40)
    sessions = []
    for k in range(40):
        if k % 4 == 3:  # a session of its own: pen, many points
            session = face_session(
                14 * k, patient=PATIENT, course=course.id, pen=True, per_zone=10, turn=k
            )
        elif k % 4 == 2:
            session = face_session(14 * k, patient=PATIENT, course=course.id, neck=True)
        else:
            session = face_session(14 * k, patient=PATIENT, course=course.id, turn=k % 8)
        sessions.append(session)
    path = _write(tmp_path, _data(sessions, course, paper=paper))
    words = _word_boxes(path)
    pages = len(PdfReader(path).pages)
    assert pages > 10
    assert {w[0] for w in words} == set(range(1, pages + 1))
    outside = [w for w in words if w[3] < 0 or w[4] < 0 or w[5] > w[1] or w[6] > w[2]]
    assert outside == []
    # The labels of the markers are there (a session of its own numbers its 30 points).
    text = _text(path)
    assert "Chart of session 4," in text
    assert re.search(r"\b30\s+Cheeks, left\b", text)
