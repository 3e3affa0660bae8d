"""Times a 100-session treatment summary against a bare reportlab document with the same table.

    .venv/bin/python benchmarks/summary_pdf.py [--sessions N] [--runs R]

Prints the median of each and their ratio (target: under 1 s, under 1.5× the bare document),
by the wall clock and by this process's CPU time (steadier when other work shares the machine).
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


def _medians(step: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of `runs` calls."""
    wall, cpu = [], []
    for _ in range(runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        step()
        wall.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    from mesolog.reports.treatment_summary import render_summary

    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    data = _data(args.sessions)
    render_summary(data)  # fonts registered, modules imported
    summary = _medians(lambda: render_summary(data), args.runs)
    bare = _medians(lambda: _bare(data), args.runs)
    print("                         wall ms   cpu ms")
    print(f"{args.sessions}-session summary  {summary[0] * 1000:8.0f} {summary[1] * 1000:8.0f}")
    print(f"bare reportlab table    {bare[0] * 1000:8.0f} {bare[1] * 1000:8.0f}")
    print(f"ratio                   {summary[0] / bare[0]:7.2f}× {summary[1] / bare[1]:7.2f}×")


if __name__ == "__main__":
    main()
