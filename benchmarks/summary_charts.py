"""Times a 40-session treatment summary with charts and a photo page of 20 photos, from a
real clinic database to the PDF's bytes, and says how big the file is.

    .venv/bin/python benchmarks/summary_charts.py [--runs N] [--distinct] [--output FILE]

The clinic (a SQLite file in a temporary folder) holds a patient with photo consent, four
courses of ten signed sessions, each session charted on the face (forehead and cheeks,
three points a zone, two products; every fourth also the neck, every fifth by pen, so a
course has three maps), and 20 photos: 12-megapixel JPEGs with a camera's grain (about
4.5 MB each, made with Pillow), five views before and after at two sessions. With
`--distinct` every session's points are moved, so no two sessions share a marker (the
worst case for the figures: more of them, each crowded).

Prints the median of `--runs` runs, by the wall clock and by this process's CPU time, of
reading the data (records, the 20 stored images, each cut to print resolution), of
rendering the PDF, and of both (what Export Summary waits for); then the file's size and
what the photos and charts add to it. Target (issue 12): the whole ≤ 3 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.reports

from mesolog.domain.enums import Area, Indication
from mesolog.domain.ids import PatientId, PhotoId
from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.domain.records import CourseInput, PatientInput
from mesolog.reports.chart_maps import NumberedSession, chart_groups
from mesolog.reports.summary_data import SummaryData, SummaryKind
from mesolog.services.clinic import Clinic
from mesolog.services.summary import SummaryService, size_words
from tests.reports.chart_samples import ATHENS, face_entry
from tests.reports.photo_samples import TWELVE_MP, camera_photo

VIEWS = (
    PhotoView.FRONT,
    PhotoView.LEFT_45,
    PhotoView.RIGHT_45,
    PhotoView.LEFT_PROFILE,
    PhotoView.RIGHT_PROFILE,
)


def _fill(clinic: Clinic, *, distinct: bool) -> tuple[PatientId, list[PhotoId]]:
    patient = clinic.patients.create(
        PatientInput(
            "Καρμίρη",
            "Ελένη",
            dt.date(1979, 4, 2),
            record_number="MC-4040",
            photo_consent_on=dt.date(2023, 12, 1),
        )
    )
    start = dt.datetime(2024, 1, 8, 10, 0, tzinfo=ATHENS)
    sessions = []
    for c in range(4):
        began = start + dt.timedelta(days=150 * c)
        course = clinic.courses.plan(
            patient.id,
            CourseInput(Indication.WRINKLES, 10, began.date(), (Area.FULL_FACE, Area.NECK)),
        )
        for k in range(10):
            entry = face_entry(
                began + dt.timedelta(days=14 * k),
                course=course.id,
                neck=k % 4 == 3,
                pen=k % 5 == 4,
                turn=(10 * c + k) * 0.7 if distinct else 0.0,
            )
            draft = clinic.sessions.create_draft(patient.id, entry)
            sessions.append(clinic.sessions.sign(draft.id))
    photos = []
    for number, view in enumerate(VIEWS):
        for at, session in ((0, sessions[0]), (1, sessions[-1])):
            for moment in (PhotoMoment.BEFORE, PhotoMoment.AFTER):
                data = camera_photo(number * 50 + at * 20 + len(photos), TWELVE_MP, grain=True)
                details = PhotoInput(view, moment, session.id)
                photo = clinic.photos.add(patient.id, details, data, file_label="IMG.jpg")
                photos.append(photo.id)
    return patient.id, photos


def _medians(step: Callable[[], object], runs: int) -> tuple[float, float]:
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
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--distinct", action="store_true")
    parser.add_argument("--output", type=Path, help="keep the PDF here, to look at it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        clinic = Clinic.open(str(Path(folder) / "clinic.sqlite"), actor="benchmark")
        try:
            patient, photos = _fill(clinic, distinct=args.distinct)
            print(f"clinic filled in {time.perf_counter() - began:.1f} s")
            summaries = SummaryService(clinic.context)

            def data() -> SummaryData:
                return summaries.summary_data(patient, kind=SummaryKind.CLINICAL, photo_ids=photos)

            made = data()
            pdf = render_summary(made)  # fonts registered, modules imported
            reading = _medians(data, args.runs)
            rendering = _medians(lambda: render_summary(made), args.runs)
            whole = _medians(lambda: render_summary(data()), args.runs)
            stored = sum(p.byte_size for p in clinic.photos.of_patient(patient))
            bare = render_summary(
                summaries.summary_data(patient, kind=SummaryKind.CLINICAL, photos=False)
            )
        finally:
            clinic.close()
    if args.output is not None:
        args.output.write_bytes(pdf)
    sizes = {d: (x.width, x.height) for d, x in made.diagrams.items()}
    groups = [
        group
        for course in made.courses
        for group in chart_groups(
            [NumberedSession(n, s) for n, s in enumerate(course.sessions, 1)], sizes
        )
    ]
    figures = sum(len(g.diagrams) for g in groups)
    printed = sum(len(p.image) for pair in made.photo_pairs for p in (pair.first, pair.second) if p)
    print(
        f"40 sessions: {len(groups)} charts ({figures} diagrams), "
        f"{made.photo_count} photos on the photo page"
    )
    print("                               wall ms   cpu ms")
    print(f"summary data (photos cut)     {reading[0] * 1000:8.0f} {reading[1] * 1000:8.0f}")
    print(f"render the PDF                {rendering[0] * 1000:8.0f} {rendering[1] * 1000:8.0f}")
    print(f"both (target 3000)            {whole[0] * 1000:8.0f} {whole[1] * 1000:8.0f}")
    print(
        f"file size {size_words(len(pdf))} ({len(pdf):,} bytes); without the photo page "
        f"{size_words(len(bare))}; the photos as printed {size_words(printed)}, "
        f"as stored {size_words(stored)}"
    )


if __name__ == "__main__":
    main()
