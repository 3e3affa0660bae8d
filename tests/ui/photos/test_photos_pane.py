"""The photos pane: thumbnails by session (number and date) and between sessions, newest
first, with the view, moment and label under each; a double-click opens the full image
fitted; a photo is voided with a reason, and stays in the record."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.photos.photo_viewer import PhotoViewer
from mesolog.ui.photos.photos_pane import PhotosPane
from tests.qt_fixtures import Boxes
from tests.ui.photos.photo_images import phone_jpeg
from tests.ui.photos.photo_support import DAYS, Record


def add(clinic: Clinic, record: Record, details: PhotoInput, shade: int) -> None:
    clinic.photos.add(record.patient.id, details, phone_jpeg(shade=shade), file_label="x.jpg")


def test_thumbnails_are_grouped_by_session_and_between_sessions_newest_first(
    qtbot: QtBot, clinic: Clinic, record: Record, pane: PhotosPane
) -> None:
    first, second, today = record.sessions
    add(clinic, record, PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE, first.id), 0)
    add(clinic, record, PhotoInput(PhotoView.LEFT_45, PhotoMoment.AFTER, first.id, "Cheeks"), 20)
    add(clinic, record, PhotoInput(PhotoView.FREE, PhotoMoment.FOLLOW_UP, None, "Scar"), 40)
    add(clinic, record, PhotoInput(PhotoView.RIGHT_PROFILE, PhotoMoment.BEFORE, second.id), 60)
    pane.reload()

    headings = [group.heading.accessibleName() for group in pane.groups]
    added_on = dt.date(2026, 3, 10)  # the clock's day; no capture time in the files
    assert headings == [
        f"Session 3 · {shown_date(DAYS[2])}",  # today's: where new photos go, none yet
        f"Between sessions · {shown_date(added_on)}",
        f"Session 2 · {shown_date(DAYS[1])}",
        f"Session 1 · {shown_date(DAYS[0])}",
    ]
    assert pane.groups[0].session_id == today.id and pane.groups[0].list.count() == 0
    texts = [
        [group.list.item(i).text() for i in range(group.list.count())] for group in pane.groups
    ]
    assert texts == [
        [],
        ["Scar · Follow-up"],
        ["Right profile · Before"],
        ["Front · Before", "Left 45° · After\nCheeks"],
    ]
    assert not pane.empty.isVisible()
    assert not pane.consent_note.isVisible()
    assert not pane.void_button.isEnabled()


def test_a_double_click_opens_the_full_photo_fitted(
    qtbot: QtBot, clinic: Clinic, record: Record, pane: PhotosPane
) -> None:
    add(clinic, record, PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE, record.sessions[0].id), 0)
    pane.reload()
    photo_list = pane.groups[-1].list
    spot = photo_list.visualItemRect(photo_list.item(0)).center()
    qtbot.mouseClick(photo_list.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert pane.view_button.isEnabled() and pane.void_button.isEnabled()
    qtbot.mouseDClick(photo_list.viewport(), Qt.MouseButton.LeftButton, pos=spot)

    [viewer] = [v for v in pane.findChildren(PhotoViewer) if v.isVisible()]
    assert viewer.view.image().size().toTuple() == (400, 600)
    assert viewer.view.zoom() == 1.0
    frame = viewer.view.frame_rect()
    assert frame.height() == pytest.approx(viewer.view.height(), abs=1), "fitted"
    assert viewer.caption.text() == f"Session 1 · {shown_date(DAYS[0])} · Front · Before"
    qtbot.mouseClick(viewer.findChild(type(pane.add_button), "zoom_in"), Qt.MouseButton.LeftButton)
    assert viewer.view.zoom() == 1.25
    viewer.close()


def test_a_photo_is_voided_with_a_reason_and_leaves_the_pane(
    qtbot: QtBot,
    clinic: Clinic,
    record: Record,
    pane: PhotosPane,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    add(clinic, record, PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE, record.sessions[0].id), 0)
    pane.reload()
    [photo] = pane.photos
    pane.select(photo.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("   ", True))
    qtbot.mouseClick(pane.void_button, Qt.MouseButton.LeftButton)
    assert boxes.kinds() == ["warning"], "a blank reason is refused"
    assert clinic.photos.of_patient(record.patient.id) == [photo]

    monkeypatch.setattr(
        QInputDialog, "getText", lambda *_a, **_k: ("Another patient's photo", True)
    )
    qtbot.mouseClick(pane.void_button, Qt.MouseButton.LeftButton)

    assert clinic.photos.of_patient(record.patient.id) == []
    [voided] = clinic.photos.of_patient(record.patient.id, voided=True)
    assert voided.voiding is not None
    assert voided.voiding.reason == "Another patient's photo"
    assert pane.photos == []
    assert pane.empty.isVisible()
    assert pane.empty.text() == "No photos yet. Add Photos…, or drop image files here."
