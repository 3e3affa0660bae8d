"""Clinical photos in the record (issue 12): added only with the patient's photo consent,
stored upright and without identifying metadata inside the database, listed by their
thumbnails, opened on demand, voided with a reason and never changed: by mesolog or by
plain SQL, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3
from PIL import Image
from sqlalchemy import event, exc, text

from mesolog.domain.errors import StateError, ValidationError
from mesolog.domain.ids import SessionId
from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.domain.records import Patient
from mesolog.persistence.guards import NOT_TRUNCATED, PHOTO_LOCKED
from mesolog.services.clinic import Clinic
from mesolog.services.photos import PhotoConsentError
from tests.services.conftest import Maker

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def photo_file(*, orientation: int = 1, gps: bool = True, shade: int = 0) -> bytes:
    """A 600×400 JPEG whose top-left corner is red, with an EXIF orientation and GPS."""
    image = Image.new("RGB", (600, 400), (30 + shade, 90, 160))
    image.paste((220, 20, 20), (0, 0, 150, 100))
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"
    if gps:
        exif.get_ifd(GPS_IFD).update({1: "N", 2: (37.0, 58.0, 30.0), 3: "E", 4: (23.0, 43.0, 5.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def consenting(make: Maker) -> Patient:
    return make.patient(photo_consent_on=dt.date(2025, 1, 10))


FRONT = PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE)


def counts(clinic: Clinic) -> tuple[int, int, int]:
    with clinic.context.db.engine.connect() as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("photos", "photo_images", "audit_log")
        )


def test_a_photo_is_stored_upright_without_gps_and_listed_by_its_thumbnail(
    clinic: Clinic,
) -> None:
    make = Maker(clinic)
    patient = consenting(make)
    added = clinic.photos.add(patient.id, FRONT, photo_file(orientation=6), file_label="a.jpg")
    (listed,) = clinic.photos.of_patient(patient.id)
    assert listed == added
    assert (listed.width_px, listed.height_px) == (400, 600)  # turned upright
    with Image.open(io.BytesIO(listed.thumbnail)) as thumbnail:
        assert max(thumbnail.size) <= 320
    stored = clinic.photos.image(added.id)
    with Image.open(io.BytesIO(stored)) as image:
        assert image.size == (400, 600)
        exif = image.getexif()
        assert ORIENTATION not in exif
        assert not exif.get_ifd(GPS_IFD)
        assert 0x010F not in exif
        assert image.getpixel((390, 10))[0] > 180  # the red corner, now top right
    entries = clinic.audit.entries(patient=patient.id)
    assert [(e.action, e.entity) for e in entries][:1] == [("create", "photo")]
    assert clinic.audit.verify().intact


def test_without_photo_consent_nothing_is_written(clinic: Clinic) -> None:
    patient = Maker(clinic).patient()
    before = counts(clinic)
    with pytest.raises(PhotoConsentError, match="no photo consent on file"):
        clinic.photos.add(patient.id, FRONT, photo_file(), file_label="a.jpg")
    assert counts(clinic) == before


def test_a_file_that_is_not_an_image_is_refused_and_nothing_written(clinic: Clinic) -> None:
    patient = consenting(Maker(clinic))
    before = counts(clinic)
    with pytest.raises(Exception, match=r"notes\.txt") as refused:
        clinic.photos.add(patient.id, FRONT, b"allergic to lidocaine\n", file_label="notes.txt")
    assert "lidocaine" not in str(refused.value)
    assert counts(clinic) == before


def test_the_same_image_twice_is_refused(clinic: Clinic) -> None:
    patient = consenting(Maker(clinic))
    clinic.photos.add(patient.id, FRONT, photo_file(), file_label="a.jpg")
    before = counts(clinic)
    with pytest.raises(StateError, match=r"b\.jpg is a photo the patient has already"):
        clinic.photos.add(patient.id, FRONT, photo_file(), file_label="b.jpg")
    assert counts(clinic) == before


def test_a_free_view_needs_a_label_and_a_session_must_be_the_patients(clinic: Clinic) -> None:
    make = Maker(clinic)
    patient = consenting(make)
    other = make.patient(family_name="Other")
    theirs = clinic.sessions.create_draft(other.id, make.entry())
    before = counts(clinic)
    with pytest.raises(ValidationError, match="label"):
        clinic.photos.add(
            patient.id, PhotoInput(PhotoView.FREE, PhotoMoment.AFTER), photo_file(), file_label="a"
        )
    with pytest.raises(ValidationError, match="session_id"):
        clinic.photos.add(
            patient.id,
            PhotoInput(PhotoView.FRONT, PhotoMoment.AFTER, SessionId(theirs.id)),
            photo_file(),
            file_label="a",
        )
    assert counts(clinic) == before


def test_a_photo_of_a_signed_session_is_added_and_voided_with_a_reason(clinic: Clinic) -> None:
    make = Maker(clinic)
    patient = consenting(make)
    signed = clinic.sessions.sign(clinic.sessions.create_draft(patient.id, make.entry()).id)
    details = PhotoInput(PhotoView.LEFT_45, PhotoMoment.AFTER, signed.id)
    photo = clinic.photos.add(patient.id, details, photo_file(), file_label="a.jpg")
    assert photo.details.session_id == signed.id
    with pytest.raises(ValidationError, match="reason"):
        clinic.photos.void(photo.id, reason="")
    voided = clinic.photos.void(photo.id, reason="another patient's photo")
    assert voided.voiding is not None
    assert clinic.photos.of_patient(patient.id) == []
    assert [p.id for p in clinic.photos.of_patient(patient.id, voided=True)] == [photo.id]
    assert clinic.audit.verify().intact


@pytest.fixture
def outsider(clinic: Clinic, db_path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(str(db_path), isolation_level=None)) as connection:
        yield connection


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE photos SET view = 'front_x'",
        "UPDATE photos SET label = 'changed'",
        "DELETE FROM photos",
        "UPDATE photo_images SET image = x'00'",
        "DELETE FROM photo_images",
        "INSERT OR REPLACE INTO photos SELECT * FROM photos",
        "INSERT OR REPLACE INTO photo_images SELECT * FROM photo_images",
        "UPDATE photos SET voided_at = '2026-01-01', label = 'changed'",
    ],
)
def test_another_program_cannot_change_or_remove_a_photo(
    clinic: Clinic, outsider: sqlite3.Connection, statement: str
) -> None:
    patient = consenting(Maker(clinic))
    clinic.photos.add(patient.id, FRONT, photo_file(), file_label="a.jpg")
    before = [outsider.execute(f"SELECT * FROM {t}").fetchall() for t in ("photos", "photo_images")]
    with pytest.raises(sqlite3.IntegrityError, match=PHOTO_LOCKED):
        outsider.execute(statement)
    after = [outsider.execute(f"SELECT * FROM {t}").fetchall() for t in ("photos", "photo_images")]
    assert after == before
    assert clinic.audit.verify().intact


def test_an_image_swapped_behind_the_guards_back_shows_in_verify(
    clinic: Clinic, outsider: sqlite3.Connection
) -> None:
    patient = consenting(Maker(clinic))
    clinic.photos.add(patient.id, FRONT, photo_file(), file_label="a.jpg")
    outsider.execute("DROP TRIGGER photo_images_no_update")
    outsider.execute("UPDATE photo_images SET image = x'FFD8FFD9'")
    found = clinic.audit.verify()
    assert not found.intact
    assert [m.entity for m in found.changed_records] == ["photo"]


@pytest.mark.slow
def test_postgresql_locks_photos_too(clinic: Clinic, postgresql_url: str) -> None:
    with Clinic.open(postgresql_url, actor="tester", clock=clinic.context.clock) as server:
        patient = consenting(Maker(server))
        server.photos.add(patient.id, FRONT, photo_file(orientation=8), file_label="a.jpg")
        for statement in (
            "UPDATE photos SET label = 'changed'",
            "DELETE FROM photo_images",
            "UPDATE photo_images SET image = '\\x00'",
        ):
            with (
                pytest.raises(exc.IntegrityError, match=PHOTO_LOCKED),
                server.context.db.engine.begin() as connection,
            ):
                connection.execute(text(statement))
        for table in ("photos", "photo_images"):
            with (
                pytest.raises(exc.IntegrityError, match=NOT_TRUNCATED),
                server.context.db.engine.begin() as connection,
            ):
                connection.execute(text(f"TRUNCATE {table} CASCADE"))
        (photo,) = server.photos.of_patient(patient.id)
        server.photos.void(photo.id, reason="wrong patient")
        assert server.audit.verify().intact


def test_a_patients_photos_are_listed_in_a_fixed_number_of_queries(clinic: Clinic) -> None:
    make = Maker(clinic)
    patient = consenting(make)
    for day in (3, 4, 5):
        session = clinic.sessions.create_draft(patient.id, make.entry(performed_at=make.at(3, day)))
        for shade in (0, 40):
            details = PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE, session.id)
            clinic.photos.add(
                patient.id, details, photo_file(shade=shade + day * 10), file_label="p"
            )
    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(clinic.context.db.engine, "before_cursor_execute", seen)
    try:
        assert len(clinic.photos.of_patient(patient.id)) == 6
    finally:
        event.remove(clinic.context.db.engine, "before_cursor_execute", seen)
    assert sum("FROM sessions" in statement for statement in statements) == 1
    assert not any("photo_images" in statement for statement in statements)


def test_a_photo_goes_to_a_sessions_newest_version_only(clinic: Clinic) -> None:
    make = Maker(clinic)
    patient = consenting(make)
    signed = clinic.sessions.sign(clinic.sessions.create_draft(patient.id, make.entry()).id)
    newer = clinic.sessions.amend(signed.id, make.entry(notes="corrected"), reason="typo")
    before = counts(clinic)
    with pytest.raises(StateError, match="add the photo to its newest version"):
        clinic.photos.add(
            patient.id,
            PhotoInput(PhotoView.FRONT, PhotoMoment.AFTER, signed.id),
            photo_file(),
            file_label="a.jpg",
        )
    assert counts(clinic) == before
    details = PhotoInput(PhotoView.FRONT, PhotoMoment.AFTER, newer.id)
    assert clinic.photos.add(patient.id, details, photo_file(), file_label="a.jpg")
