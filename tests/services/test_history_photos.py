"""A history carries its photos' thumbnails (issue 12), grouped by session, the patient's
own apart, an amendment's with those of the version it corrects; reading it never reads a
photo's image (counted on the engine), however many photos there are."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import event

from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.domain.records import Patient
from mesolog.services.clinic import Clinic
from tests.services.conftest import Maker


def jpeg(shade: int, size: tuple[int, int] = (120, 90)) -> bytes:
    """A small JPEG of its own colour (each shade makes another image)."""
    image = Image.new("RGB", size, (shade % 256, (shade * 7) % 256, 90 + shade // 256))
    image.paste((240, 240, 240), (0, 0, size[0] // 4, size[1] // 4))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def consenting(make: Maker) -> Patient:
    return make.patient(photo_consent_on=dt.date(2025, 1, 10))


class ImageReads:
    """Counts the statements the engine runs that name photo_images."""

    def __init__(self, clinic: Clinic) -> None:
        self.count = 0
        self.statements = 0
        self._engine = clinic.context.db.engine

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        self.statements += 1
        if "photo_images" in statement:
            self.count += 1

    def __enter__(self) -> ImageReads:
        event.listen(self._engine, "before_cursor_execute", self)
        return self

    def __exit__(self, *_: object) -> None:
        event.remove(self._engine, "before_cursor_execute", self)


@pytest.fixture
def reads(clinic: Clinic) -> Iterator[ImageReads]:
    with ImageReads(clinic) as found:
        yield found


def test_photos_come_by_session_the_patients_apart_voided_ones_left_out(clinic: Clinic) -> None:
    make = Maker(clinic)
    patient = consenting(make)
    first = make.clinic.sessions.sign(make.draft(patient.id, performed_at=make.at(2, 10)).id)
    second = make.draft(patient.id, performed_at=make.at(3, 1))
    photos = clinic.photos
    before = photos.add(
        patient.id,
        PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE, first.id),
        jpeg(1),
        file_label="a.jpg",
    )
    after = photos.add(
        patient.id,
        PhotoInput(PhotoView.LEFT_45, PhotoMoment.AFTER, first.id),
        jpeg(2),
        file_label="b.jpg",
    )
    wrong = photos.add(
        patient.id,
        PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE, second.id),
        jpeg(3),
        file_label="c.jpg",
    )
    photos.void(wrong.id, reason="another patient's")
    own = photos.add(
        patient.id,
        PhotoInput(PhotoView.FREE, PhotoMoment.FOLLOW_UP, label="scar"),
        jpeg(4),
        file_label="d.jpg",
    )

    history = clinic.history.patient_history(patient.id)

    assert history.photos_of(first.id) == (before, after)
    assert history.photos_of(second.id) == ()
    assert history.patient_photos == (own,)
    assert before.thumbnail.startswith(b"\xff\xd8")


def test_an_amendments_row_carries_the_photos_of_the_version_it_corrects(clinic: Clinic) -> None:
    make = Maker(clinic)
    patient = consenting(make)
    original = make.clinic.sessions.sign(make.draft(patient.id).id)
    photo = clinic.photos.add(
        patient.id,
        PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE, original.id),
        jpeg(5),
        file_label="a.jpg",
    )
    amended = clinic.sessions.amend(
        original.id, replace(original.entry, notes="Tolerated well."), reason="notes"
    )

    history = clinic.history.patient_history(patient.id)

    assert history.photos_of(amended.id) == (photo,)
    assert history.photos_of(original.id) == (photo,)


def test_a_history_of_200_photos_reads_their_thumbnails_never_an_image(
    clinic: Clinic, reads: ImageReads
) -> None:
    make = Maker(clinic)
    patient = consenting(make)
    sessions = [
        make.draft(patient.id, performed_at=make.at(1 + i // 20, 1 + i % 20)) for i in range(20)
    ]
    for i in range(200):
        session = sessions[i % 20].id if i % 10 else None
        clinic.photos.add(
            patient.id,
            PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE, session),
            jpeg(i),
            file_label=f"{i}.jpg",
        )
    written = reads.count
    assert written == 200  # the counter sees the images when they are written

    reads.statements = 0
    history = clinic.history.patient_history(patient.id)

    assert reads.count == written
    assert sum(len(p) for p in history.session_photos.values()) == 180
    assert len(history.patient_photos) == 20
    assert all(p.thumbnail for p in history.patient_photos)
    # the photos' sessions are the history's own rows: no query per photo
    assert reads.statements < 20
    clinic.photos.image(history.patient_photos[0].id)
    assert reads.count == written + 1
