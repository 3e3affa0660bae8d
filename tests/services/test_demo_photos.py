"""The demo clinic's clinical photos: generated pictures added through the photo service
for the patients who agreed to photos only, in the standard views and moments, stored
upright with their capture time, the condition fading over the course, and the same
pictures (and charts) every time the demo is built."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat

from mesolog.domain.photos import Photo, PhotoMoment, PhotoView
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.services.demo_data import demo_clinic
from mesolog.services.demo_photos import Shot, Subject
from mesolog.services.demo_pictures import picture_file, size_of, upright_picture
from mesolog.services.history import PatientHistory
from tests.conftest import FixedClock

NOW = dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
ORIENTATION = 0x0112


@dataclass(frozen=True)
class Built:
    histories: dict[str, PatientHistory]
    """By record number."""
    images: dict[str, bytes]
    """Each photo's stored image, by its SHA-256."""


def build(path: Path) -> Built:
    with Clinic.open(str(path), actor="tester", clock=FixedClock(NOW)) as clinic:
        report = DemoService(clinic.context).fill()
        histories = {
            p.record_number: clinic.history.patient_history(p.id)
            for p in clinic.patients.search("", limit=1000)
        }
        images = {
            photo.sha256: clinic.photos.image(photo.id)
            for history in histories.values()
            for photo in photos_of(history)
        }
        assert report.photos == len(images)
        return Built(histories, images)


def photos_of(history: PatientHistory) -> list[Photo]:
    return [p for s in history.sessions for p in history.photos_of(s.id)] + list(
        history.patient_photos
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build(tmp_path_factory.mktemp("demo") / "demo.sqlite")


def shots() -> Iterator[tuple[str, Shot]]:
    for demo in demo_clinic(today=NOW.date())[1]:
        for shot in demo.photos:
            yield demo.patient.record_number, shot


def test_photos_only_for_patients_who_agreed_to_them(built: Built) -> None:
    refused = [h for h in built.histories.values() if h.patient.details.photo_consent_on is None]
    agreed = [h for h in built.histories.values() if h.patient.details.photo_consent_on]
    assert 4 <= len(refused) <= 10 and len(agreed) > 3 * len(refused)
    assert all(photos_of(h) == [] for h in refused)
    assert any(h.courses for h in refused)  # someone treated whose photos were refused
    photographed = [h for h in agreed if photos_of(h)]
    assert len(photographed) >= 4
    assert 30 <= len(built.images) <= 60


def test_standard_views_and_moments_tied_to_the_patients_sessions(built: Built) -> None:
    views: Counter[PhotoView] = Counter()
    moments: Counter[PhotoMoment] = Counter()
    for history in built.histories.values():
        performed = {s.id: s.entry.performed_at for s in history.sessions}
        for photo in photos_of(history):
            views[photo.details.view] += 1
            moments[photo.details.moment] += 1
            assert photo.taken_at is not None
            session = photo.details.session_id
            if session is None:
                assert photo.details.moment is PhotoMoment.FOLLOW_UP
                assert photo.taken_at > max(performed.values())
            else:
                assert abs(photo.taken_at - performed[session]) < dt.timedelta(hours=1)
            if photo.details.view is PhotoView.FREE:
                assert photo.details.label
    assert set(views) == set(PhotoView)
    assert set(moments) == set(PhotoMoment)
    assert views[PhotoView.FRONT] >= 10


def test_pictures_come_turned_as_a_camera_held_them_and_are_stored_upright(
    built: Built,
) -> None:
    turned = Counter(shot.orientation for _, shot in shots())
    assert turned[1] > 0 and turned[6] + turned[8] + turned[3] >= 5
    for data in built.images.values():
        with Image.open(io.BytesIO(data)) as image:
            assert image.getexif().get(ORIENTATION, 1) == 1
            assert image.size in ((1200, 1600), (1600, 1200))
            label = image.getpixel((34, 80))  # the dark label in the upper left corner
            corner = image.getpixel((image.width - 34, 80))
            assert isinstance(label, tuple) and isinstance(corner, tuple)
            assert max(label) < 80 < min(corner)


def test_the_file_a_camera_saved_shows_the_picture_upright() -> None:
    for _, shot in list(shots())[:12]:
        with Image.open(io.BytesIO(picture_file(shot))) as saved:
            assert saved.getexif()[ORIENTATION] == shot.orientation
            shown = ImageOps.exif_transpose(saved)
        assert shown.size == size_of(shot.subject)
        difference = ImageChops.difference(shown, upright_picture(shot)).convert("L")
        assert ImageStat.Stat(difference).mean[0] < 2  # JPEG's loss only


def redness(shot: Shot) -> float:
    """How much redder than green the picture is, on average."""
    red, green, _ = ImageStat.Stat(upright_picture(shot)).mean
    return float(red - green)


def test_the_condition_fades_over_the_course() -> None:
    fronts: dict[str, list[Shot]] = {}
    for record, shot in shots():
        if shot.view is PhotoView.FRONT and shot.moment is not PhotoMoment.AFTER:
            fronts.setdefault(record, []).append(shot)
    compared = 0
    for course in fronts.values():
        if len(course) >= 2 and course[0].subject is not Subject.SCALP:
            assert course[-1].severity < course[0].severity
            assert redness(course[-1]) < redness(course[0])
            compared += 1
    assert compared >= 2


def test_two_builds_give_the_same_charts_and_photos(built: Built, tmp_path: Path) -> None:
    again = build(tmp_path / "again.sqlite")
    assert set(again.images) == set(built.images)
    for record, history in built.histories.items():
        other = again.histories[record]
        charts = [
            [(line.zones, line.points) for line in s.entry.treatments] for s in history.sessions
        ]
        assert charts == [
            [(line.zones, line.points) for line in s.entry.treatments] for s in other.sessions
        ]
        assert [p.sha256 for p in photos_of(history)] == [p.sha256 for p in photos_of(other)]
    assert any(h.charts for h in built.histories.values())
