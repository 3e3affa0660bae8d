"""The summary's photo page, from a real clinic with real photos (made with Pillow) to a
real PDF read back with poppler: only with photo consent, in the clinical copy by default
and in the patient copy when asked, each view's first and last photo side by side with
dates and session numbers, embedded at print resolution."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from mesolog.domain.errors import KnownError, NotFoundError
from mesolog.domain.ids import PatientId
from mesolog.domain.photos import Photo, PhotoInput, PhotoMoment, PhotoView
from mesolog.domain.records import Session
from mesolog.reports.photo_page import PHOTO_HEIGHT, PHOTO_WIDTH
from mesolog.reports.summary_data import SummaryKind
from mesolog.services.clinic import Clinic
from mesolog.services.summary import SummaryService, size_words
from tests.reports.chart_samples import face_entry
from tests.reports.photo_samples import camera_photo

if TYPE_CHECKING:
    from conftest import Maker

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfimages") is None,
    reason="poppler-utils not installed",
)
BEFORE, AFTER, FOLLOW_UP = PhotoMoment.BEFORE, PhotoMoment.AFTER, PhotoMoment.FOLLOW_UP


@dataclasses.dataclass
class Record:
    patient: PatientId
    sessions: list[Session]
    photos: dict[str, Photo]


def _add(
    clinic: Clinic,
    record: Record,
    name: str,
    details: PhotoInput,
    taken: str | None = None,
) -> None:
    data = camera_photo(len(record.photos) * 37, taken=taken)
    record.photos[name] = clinic.photos.add(record.patient, details, data, file_label=f"{name}.jpg")


@pytest.fixture
def record(clinic: Clinic, make: Maker) -> Record:
    """Three signed sessions of a course, charted, and a draft; photos of the front and
    left 45° at sessions 1 and 3, a free view with no session, and one of the draft."""
    patient = make.patient(photo_consent_on=dt.date(2026, 1, 20))
    course = make.course(patient.id, started_on=dt.date(2026, 1, 20))
    sessions = []
    for month, day in ((1, 26), (2, 9), (2, 23)):
        charted = face_entry(make.at(month, day), course=course.id)  # a chart in each
        draft = clinic.sessions.create_draft(patient.id, charted)
        sessions.append(clinic.sessions.sign(draft.id))
    draft = make.draft(patient.id, performed_at=make.at(3, 9), course_id=course.id)
    made = Record(patient.id, [*sessions, draft], {})
    first, _, third = sessions
    front, side = PhotoView.FRONT, PhotoView.LEFT_45
    _add(clinic, made, "front-1", PhotoInput(front, BEFORE, first.id))
    _add(clinic, made, "front-1-after", PhotoInput(front, AFTER, first.id))
    _add(clinic, made, "side-1", PhotoInput(side, BEFORE, first.id))
    _add(clinic, made, "front-3", PhotoInput(front, AFTER, third.id), "2026:02:24 09:15:00")
    _add(clinic, made, "side-3", PhotoInput(side, FOLLOW_UP, third.id))
    _add(clinic, made, "scar", PhotoInput(PhotoView.FREE, BEFORE, label="Scar, left knee"))
    _add(clinic, made, "draft", PhotoInput(front, AFTER, draft.id))
    return made


def _write(
    clinic: Clinic, record: Record, tmp_path: Path, name: str = "s.pdf", **options: object
) -> tuple[Path, int]:
    summaries = SummaryService(clinic.context)
    data = summaries.summary_data(record.patient, **options)  # type: ignore[arg-type]
    target = tmp_path / name
    return target, summaries.write_pdf(data, target)


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", out.stdout.replace("\xa0", " "))


def _images(path: Path) -> list[list[str]]:
    """pdfimages -list's rows: page num type width height color comp bpc enc interp object
    ID x-ppi y-ppi size ratio."""
    out = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    )
    return [line.split() for line in out.stdout.splitlines()[2:]]


def test_the_clinical_copy_pairs_each_views_first_and_last_photo(
    clinic: Clinic, record: Record, tmp_path: Path
) -> None:
    path, size = _write(clinic, record, tmp_path)
    assert size == path.stat().st_size
    text = _text(path)
    assert "Photos Printed with the patient's consent to clinical photos, given 20 Jan" in text
    # Front: session 1's before and session 3's after (its camera's date); left 45°:
    # before and follow-up; the free view alone, on the day it was added.
    assert (
        "Front Before · 26 Jan 2026 · course 1, session 1 After · 24 Feb 2026 · course 1, "
        "session 3 Left 45° Before · 26 Jan 2026 · course 1, session 1 Follow-up · 23 Feb "
        "2026 · course 1, session 3 Scar, left knee Before · 10 Mar 2026"
    ) in text
    # Session 1's after photo is not the view's last, and the draft's is not printed.
    # The charts are drawn as paths: the only images are the photos, on the photo page.
    assert "Chart of sessions 1–3: one map" in text
    images = _images(path)
    assert len(images) == 5
    assert {int(row[0]) for row in images} == {len(PdfReader(path).pages)}


def test_photos_are_embedded_at_print_resolution(
    clinic: Clinic, record: Record, tmp_path: Path
) -> None:
    path, _ = _write(clinic, record, tmp_path)
    need_w = round(PHOTO_WIDTH * 200 / 72)
    need_h = round(PHOTO_HEIGHT * 200 / 72)
    rows = _images(path)
    assert rows
    for row in rows:
        width, height, kind, x_ppi = int(row[3]), int(row[4]), row[8], int(row[12])
        assert kind == "jpeg"
        assert width <= need_w and height <= need_h
        assert max(width / need_w, height / need_h) > 0.99  # fills its box: downscaled, not less
        assert x_ppi <= 201
    stored = sum(p.byte_size for p in record.photos.values())
    assert path.stat().st_size < stored / 4


def test_the_patient_copy_has_photos_only_when_asked(
    clinic: Clinic, record: Record, tmp_path: Path
) -> None:
    plain, _ = _write(clinic, record, tmp_path, "plain.pdf", kind=SummaryKind.PATIENT)
    assert "Printed with the patient's consent" not in _text(plain)
    assert _images(plain) == []
    asked, _ = _write(clinic, record, tmp_path, "asked.pdf", kind=SummaryKind.PATIENT, photos=True)
    assert "Printed with the patient's consent" in _text(asked)
    assert len(_images(asked)) == 5
    left_out, _ = _write(clinic, record, tmp_path, "none.pdf", photos=False)
    assert _images(left_out) == []


def test_without_photo_consent_there_is_no_photo_page_and_asking_is_refused(
    clinic: Clinic, make: Maker
) -> None:
    patient = make.patient()
    summaries = SummaryService(clinic.context)
    data = summaries.summary_data(patient.id)
    assert data.photo_pairs == ()
    with pytest.raises(KnownError, match="no photo consent on file"):
        summaries.summary_data(patient.id, photos=True)


def test_chosen_photos_are_printed_view_by_view_in_time_order(
    clinic: Clinic, record: Record, tmp_path: Path
) -> None:
    chosen = [record.photos[n].id for n in ("front-3", "scar", "front-1-after", "front-1")]
    path, _ = _write(clinic, record, tmp_path, photo_ids=chosen)
    text = _text(path)
    assert (
        "Front Before · 26 Jan 2026 · course 1, session 1 After · 26 Jan 2026 · course 1, "
        "session 1 Front After · 24 Feb 2026 · course 1, session 3 Scar, left knee"
    ) in text
    assert len(_images(path)) == 4
    voided = clinic.photos.void(record.photos["scar"].id, reason="wrong patient")
    with pytest.raises(NotFoundError, match=str(voided.id)):
        _write(clinic, record, tmp_path, photo_ids=[voided.id])


def test_one_course_prints_its_sessions_photos_and_drafts_photos_with_drafts(
    clinic: Clinic, record: Record
) -> None:
    course_id = record.sessions[0].entry.course_id
    summaries = SummaryService(clinic.context)
    one = summaries.summary_data(record.patient, course_id=course_id)
    printed = [p for pair in one.photo_pairs for p in (pair.first, pair.second) if p]
    assert {p.view for p in printed} == {PhotoView.FRONT, PhotoView.LEFT_45}  # no loose photo
    drafts = summaries.summary_data(record.patient, include_drafts=True)
    front = drafts.photo_pairs[0]
    assert front.second is not None and front.second.session_number == 4


def test_the_file_size_is_said_in_kilobytes_or_megabytes() -> None:
    assert size_words(512) == "1 kB"
    assert size_words(245_300) == "245 kB"
    assert size_words(2_449_000) == "2.4 MB"


def test_a_patient_copy_refuses_a_chosen_photo_of_a_voided_session_or_a_draft(
    clinic: Clinic, record: Record
) -> None:
    clinic.sessions.void(record.sessions[2].id, reason="entered on the wrong patient")
    summaries = SummaryService(clinic.context)
    chosen = [record.photos[n].id for n in ("front-1", "front-3", "side-3", "draft", "scar")]
    with pytest.raises(KnownError) as refused:
        summaries.summary_data(
            record.patient, kind=SummaryKind.PATIENT, photos=True, photo_ids=chosen
        )
    assert str(refused.value) == (
        "The summary cannot print 3 of the 5 chosen photos: 2 are of a voided session, "
        "1 of a draft and drafts are not included. Untick them, or choose the copy, course "
        "or drafts setting that prints them."
    )
    # The draft's photo is printed once drafts are; the loose photo goes in any summary.
    data = summaries.summary_data(
        record.patient, include_drafts=True, photo_ids=[record.photos["draft"].id]
    )
    assert data.photo_count == 1


def test_a_one_course_summary_refuses_a_chosen_photo_of_another_course(
    clinic: Clinic, record: Record, make: Maker
) -> None:
    other = make.course(record.patient, started_on=dt.date(2026, 3, 2))
    entry = face_entry(make.at(3, 3), course=other.id)
    session = clinic.sessions.sign(clinic.sessions.create_draft(record.patient, entry).id)
    _add(clinic, record, "other", PhotoInput(PhotoView.FRONT, BEFORE, session.id))
    first = record.sessions[0].entry.course_id
    assert first is not None
    summaries = SummaryService(clinic.context)
    refusal = r"^The summary cannot print 1 of the 2 chosen photos: 1 is of another course\."
    with pytest.raises(KnownError, match=refusal):
        summaries.summary_data(
            record.patient,
            course_id=first,
            photo_ids=[record.photos["other"].id, record.photos["front-1"].id],
        )
    loose = summaries.summary_data(
        record.patient, course_id=first, photo_ids=[record.photos["scar"].id]
    )
    assert loose.photo_count == 1
    whole = summaries.summary_data(record.patient, photo_ids=[record.photos["other"].id])
    [pair] = whole.photo_pairs
    assert (pair.first.course_number, pair.first.session_number) == (2, 1)


def test_a_photo_of_an_amended_session_prints_with_its_current_version(
    clinic: Clinic, record: Record, make: Maker
) -> None:
    first = record.sessions[0]
    clinic.sessions.amend(first.id, first.entry, reason="depth corrected")
    summaries = SummaryService(clinic.context)
    data = summaries.summary_data(record.patient, photo_ids=[record.photos["front-1"].id])
    [pair] = data.photo_pairs
    assert (pair.first.course_number, pair.first.session_number) == (1, 1)
    plain = summaries.summary_data(record.patient)
    printed = [p for pair in plain.photo_pairs for p in (pair.first, pair.second) if p]
    assert len(printed) == 5  # the amended session's photos still open each view
