"""Where photos belong: sessions numbered among the patient's current sessions (an amended
session keeps its number through its new version, a voided one has none), the default
session for new photos, and compare's partner when no session has the view."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image

from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.services.clinic import Clinic
from mesolog.ui.photos.photo_places import (
    compare_partner,
    default_session,
    photo_groups,
    session_places,
)
from tests.ui.photos.photo_support import DAYS, Record


def jpeg(shade: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (shade, 80, 120)).save(out, "JPEG")
    return out.getvalue()


def test_an_amendment_keeps_the_number_and_a_voided_session_has_none(
    clinic: Clinic, record: Record
) -> None:
    first, second, today = record.sessions
    amended = clinic.sessions.amend(first.id, first.entry, reason="Lot number corrected")
    clinic.sessions.void(second.id, reason="Logged for the wrong patient")
    history = clinic.history.patient_history(record.patient.id)

    places = session_places(history.sessions)

    assert places[first.id].number == places[amended.id].number == 1
    assert places[second.id].number is None
    assert places[today.id].number == 2
    assert places[today.id].day == DAYS[2]


def test_new_photos_go_to_the_open_session_else_todays_else_none(
    clinic: Clinic, record: Record
) -> None:
    first, _second, today = record.sessions
    sessions = clinic.history.patient_history(record.patient.id).sessions
    assert default_session(sessions, DAYS[2], first.id) == first.id
    assert default_session(sessions, DAYS[2], None) == today.id
    assert default_session(sessions, dt.date(2026, 3, 11), None) is None


def test_without_sessions_compare_takes_the_earliest_other_day_of_the_view(
    clinic: Clinic, record: Record
) -> None:
    front = PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE)
    between = clinic.photos.add(record.patient.id, front, jpeg(10), file_label="a.jpg")
    in_first = clinic.photos.add(
        record.patient.id,
        PhotoInput(PhotoView.FRONT, PhotoMoment.AFTER, record.sessions[0].id),
        jpeg(60),
        file_label="b.jpg",
    )
    same_day = clinic.photos.add(record.patient.id, front, jpeg(110), file_label="c.jpg")
    photos = clinic.photos.of_patient(record.patient.id)
    places = session_places(clinic.history.patient_history(record.patient.id).sessions)

    assert compare_partner(between, photos, places) == in_first
    assert compare_partner(in_first, photos, places) == between
    [group] = [g for g in photo_groups(photos, places) if g.place is None]
    assert group.photos == (between, same_day)
