"""Times a 100-session treatment summary against a bare reportlab document with the same table.

    .venv/bin/python benchmarks/summary_pdf.py [--sessions N] [--runs R]

Prints the median of each and their ratio (target: under 1 s, under 1.5× the bare document).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import time
import uuid
from collections.abc import Callable

from mesolog.domain.enums import Area, Indication, ReactionKind, SessionStatus, Severity, Solution
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
    NeedleTechnique,
    Patient,
    PatientInput,
    ProductUse,
    Reaction,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.domain.schedule import SessionMark, course_schedule
from mesolog.reports.summary_data import CourseSummary, SummaryData

ATHENS = dt.timezone(dt.timedelta(hours=2))


def _data(count: int) -> SummaryData:
    patient = Patient(
        PatientId(uuid.uuid4()),
        PatientInput("Καρμίρης", "Νικόλαος", dt.date(1968, 1, 5), record_number="MC-0001"),
        dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
    )
    start = dt.datetime(2020, 1, 6, 10, 0, tzinfo=ATHENS)
    course = Course(
        CourseId(uuid.uuid4()),
        patient.id,
        CourseInput(Indication.WRINKLES, 20, start.date(), areas=(Area.FOREHEAD,)),
    )
    sessions = tuple(
        Session(
            SessionId(uuid.uuid4()),
            patient.id,
            SessionInput(
                start + dt.timedelta(days=14 * k),
                "Dr. Eleni Markou",
                (
                    TreatmentLine(
                        Area.FOREHEAD,
                        NeedleTechnique(depth_mm=1.5),
                        (ProductUse(Solution.HYALURONIC_ACID, 2.0, "HydraBoost", "1.5%", f"L{k}"),),
                    ),
                ),
                course_id=course.id,
                reactions=(Reaction(ReactionKind.REDNESS, Severity.MILD),),
                improvement_score=min(k // 10, 10),
                notes="Ελαφρύ οίδημα, υποχώρησε σε μία ώρα.",
            ),
            SessionStatus.SIGNED,
            signed_at=start + dt.timedelta(days=14 * k, hours=1),
            signed_by="Dr. Eleni Markou",
        )
        for k in range(count)
    )
    marks = [SessionMark(s.performed_on, s.entry.improvement_score) for s in sessions]
    schedule = course_schedule(course, marks, today=dt.date(2026, 1, 1))
    return SummaryData(
        clinic=ClinicSettings("Demo Aesthetics Clinic", "Odos 12, Athens", "+30 210 555 0142"),
        patient=patient,
        courses=(CourseSummary(course, schedule, sessions),),
        sessions_outside_courses=(),
        include_drafts=False,
        generated_at=dt.datetime(2026, 1, 1, 12, 0, tzinfo=ATHENS),
        generated_by="benchmark",
    )


def _bare(data: SummaryData) -> bytes:
    """The same sessions table (same columns, same cell texts, notes rows), and nothing else:
    no headers, footers, page counting, facts, summaries or chart."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from mesolog.reports.fonts import register_fonts
    from mesolog.reports.formatting import Formatter, word
    from mesolog.reports.summary_tables import product_markup, reaction_markup, technique_text

    register_fonts()
    fmt = Formatter(data.locale)
    style = getSampleStyleSheet()["BodyText"]
    style.fontName = "DejaVuSans"
    style.fontSize = 7.5
    titles = ("Date", "Clinician", "Area", "Technique", "Products", "Reactions", "Score")
    rows = [[Paragraph(t, style) for t in titles]]
    for session in data.all_sessions:
        entry = session.entry
        lines = entry.treatments
        cells = (
            fmt.datetime(entry.performed_at),
            entry.clinician,
            "<br/>".join(word(line.area) for line in lines),
            "<br/>".join(technique_text(line.technique, fmt) for line in lines),
            "<br/>".join(product_markup(p, fmt) for line in lines for p in line.products),
            "<br/>".join(reaction_markup(r, fmt) for r in entry.reactions),
            str(entry.improvement_score or ""),
        )
        rows.append([Paragraph(c, style) for c in cells])
        if entry.notes:
            rows.append([Paragraph(entry.notes, style), "", "", "", "", "", ""])
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, initialFontName="DejaVuSans")
    doc.build([Table(rows, repeatRows=1, colWidths=[doc.width / 7] * 7)])
    return out.getvalue()


def _median(step: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        step()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    from mesolog.reports.treatment_summary import render_summary

    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    data = _data(args.sessions)
    render_summary(data)  # fonts registered, modules imported
    summary = _median(lambda: render_summary(data), args.runs)
    bare = _median(lambda: _bare(data), args.runs)
    print(f"{args.sessions}-session summary  median {summary * 1000:7.0f} ms")
    print(f"bare reportlab table    median {bare * 1000:7.0f} ms")
    print(f"ratio                   {summary / bare:7.2f}×")


if __name__ == "__main__":
    main()
