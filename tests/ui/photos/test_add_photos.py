"""Adding photo files in the photos pane, through its dialog and by dropping them: real JPEGs
made with Pillow (stored on their side with EXIF orientation 6, with GPS) are stored upright
and without GPS; refusals are said on each file's row and nothing is written for them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.imaging.refusals import MAX_BYTES
from mesolog.services.clinic import Clinic
from mesolog.ui.photos._photo_rows import choose
from mesolog.ui.photos.photos_pane import PhotosPane
from tests.ui.photos.photo_images import GPS_IFD, MAKER, ORIENTATION, phone_jpeg, write
from tests.ui.photos.photo_support import (
    Record,
    add_and_wait,
    add_record,
    drop_files,
    open_add_dialog,
    show_pane,
)


def counts(clinic: Clinic) -> tuple[int, int]:
    with clinic.context.db.engine.connect() as connection:
        photos = connection.execute(text("SELECT count(*) FROM photos")).scalar_one()
        images = connection.execute(text("SELECT count(*) FROM photo_images")).scalar_one()
    return photos, images


def five_files(folder: Path) -> list[Path]:
    return [
        write(folder / f"IMG_00{n}.jpg", phone_jpeg(orientation=6, gps=True, shade=n * 30))
        for n in range(1, 6)
    ]


def test_five_files_go_to_todays_session_in_one_step_upright_and_without_gps(
    qtbot: QtBot, clinic: Clinic, record: Record, pane: PhotosPane, tmp_path: Path
) -> None:
    today = record.sessions[-1]
    dialog = pane.add_paths(five_files(tmp_path), pane.default_session())
    assert dialog is not None
    assert [row.session.currentData() for row in dialog.rows] == [today.id] * 5
    assert dialog.add_button.text() == "&Add 5 photos"
    choose(dialog.all_moment, PhotoMoment.AFTER)  # the row for every file sets them all
    choose(dialog.rows[1].view, PhotoView.LEFT_45)
    choose(dialog.rows[4].view, PhotoView.FREE)
    dialog.rows[4].label.setText("Scar, left temple")

    add_and_wait(qtbot, dialog)

    assert not dialog.isVisible()
    stored = clinic.photos.of_patient(record.patient.id)
    assert len(stored) == 5
    assert {p.details.session_id for p in stored} == {today.id}
    assert {p.details.moment for p in stored} == {PhotoMoment.AFTER}
    views = sorted(p.details.view for p in stored)
    assert views == sorted([PhotoView.FRONT] * 3 + [PhotoView.LEFT_45, PhotoView.FREE])
    assert [p.details.label for p in stored if p.details.view is PhotoView.FREE] == [
        "Scar, left temple"
    ]
    for photo in stored:
        assert (photo.width_px, photo.height_px) == (400, 600), "turned upright"
        with Image.open(io.BytesIO(clinic.photos.image(photo.id))) as image:
            assert image.size == (400, 600)
            exif = image.getexif()
            assert ORIENTATION not in exif
            assert MAKER not in exif
            assert not exif.get_ifd(GPS_IFD)
            corner = image.getpixel((390, 10))
            assert isinstance(corner, tuple) and corner[0] > 180, "the red corner is top right"
    [group] = [g for g in pane.groups if g.session_id == today.id]
    assert group.list.count() == 5


def test_files_dropped_on_the_pane_or_on_a_session_go_to_that_session(
    qtbot: QtBot, clinic: Clinic, record: Record, pane: PhotosPane, tmp_path: Path
) -> None:
    first, second, today = record.sessions
    assert drop_files(pane, [write(tmp_path / "a.jpg", phone_jpeg(shade=10))])
    dialog = open_add_dialog(pane)
    assert dialog.rows[0].session.currentData() == today.id, "today's session"
    choose(dialog.rows[0].session, second.id)
    add_and_wait(qtbot, dialog)
    [group] = [g for g in pane.groups if g.session_id == second.id]

    files = [write(tmp_path / f"b{n}.jpg", phone_jpeg(shade=40 + n * 20)) for n in range(2)]
    assert drop_files(group.list.viewport(), files), "a drop on its thumbnails goes to it"
    dialog = open_add_dialog(pane)
    assert [row.session.currentData() for row in dialog.rows] == [second.id, second.id]
    add_and_wait(qtbot, dialog)

    sessions = [p.details.session_id for p in clinic.photos.of_patient(record.patient.id)]
    assert sessions == [second.id] * 3
    assert first.id not in sessions


def test_without_photo_consent_each_file_says_so_and_nothing_is_written(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path
) -> None:
    record = add_record(clinic, photo_consent=False)
    pane = show_pane(qtbot, clinic, record)
    assert pane.consent_note.isVisible()
    assert "No photo consent on file" in pane.consent_note.text()
    before = counts(clinic)
    files = five_files(tmp_path)[:2]
    assert drop_files(pane, files)
    dialog = open_add_dialog(pane)
    assert dialog.consent_note.isVisible()

    add_and_wait(qtbot, dialog)

    assert dialog.isVisible()
    for row in dialog.rows:
        assert row.outcome.isVisible()
        assert "no photo consent on file" in row.outcome.text()
        assert not row.added
    assert "0 added, 2 not added" in dialog.summary.text()
    assert counts(clinic) == before
    assert clinic.photos.of_patient(record.patient.id) == []


def test_a_refused_file_says_why_on_its_row_and_the_others_are_added(
    qtbot: QtBot, clinic: Clinic, record: Record, pane: PhotosPane, tmp_path: Path
) -> None:
    good = write(tmp_path / "good.jpg", phone_jpeg())
    clinic.photos.add(
        record.patient.id,
        PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE),
        write(tmp_path / "seen.jpg", phone_jpeg(shade=90)).read_bytes(),
        file_label="seen.jpg",
    )
    again = write(tmp_path / "again.jpg", phone_jpeg(shade=90))
    notes = write(tmp_path / "notes.jpg", b"allergic to lidocaine\n")
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as sparse:
        sparse.truncate(MAX_BYTES + 1)
    before = counts(clinic)
    dialog = pane.add_paths([good, notes, huge, again], None)
    assert dialog is not None

    add_and_wait(qtbot, dialog)

    outcomes = [row.outcome.text() for row in dialog.rows]
    assert outcomes[0] == "Added."
    assert "notes.jpg" in outcomes[1] and "is not an image" in outcomes[1]
    assert "lidocaine" not in outcomes[1]
    assert "huge.jpg" in outcomes[2] and "is too large" in outcomes[2]
    assert "again.jpg is a photo the patient has already" in outcomes[3]
    assert counts(clinic) == (before[0] + 1, before[1] + 1)
    assert dialog.add_button.text() == "&Add 3 photos"
    assert dialog.isVisible(), "the refused files stay, to be seen"
    assert good.exists(), "a file added from anywhere but the import folder stays"


def test_a_free_view_without_its_label_is_refused_beside_it(
    qtbot: QtBot, clinic: Clinic, record: Record, pane: PhotosPane, tmp_path: Path
) -> None:
    dialog = pane.add_paths([write(tmp_path / "a.jpg", phone_jpeg())], None)
    assert dialog is not None
    choose(dialog.rows[0].view, PhotoView.FREE)
    add_and_wait(qtbot, dialog)
    assert dialog.rows[0].outcome.text() == (
        "Label: A few words saying what a free view shows (1 to 100 characters)"
    )
    assert clinic.photos.of_patient(record.patient.id) == []

    dialog.rows[0].label.setText("Back of the left hand")
    add_and_wait(qtbot, dialog)
    assert not dialog.isVisible()
    [photo] = clinic.photos.of_patient(record.patient.id)
    assert photo.details.label == "Back of the left hand"


def test_the_file_dialog_offers_photos_and_a_heic_file_is_answered(
    qtbot: QtBot,
    clinic: Clinic,
    record: Record,
    pane: PhotosPane,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = write(tmp_path / "IMG_9.HEIC", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic")
    asked: list[str] = []

    def choose_files(
        _parent: object, _title: str, _start: str, filters: str
    ) -> tuple[list[str], str]:
        asked.append(filters)
        return [str(chosen)], filters

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileNames", choose_files)
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    assert "*.jpg" in asked[0] and "*.heic" in asked[0] and "*.tiff" in asked[0]
    dialog = open_add_dialog(pane)
    add_and_wait(qtbot, dialog)
    assert "HEIC" in dialog.rows[0].outcome.text()
    assert clinic.photos.of_patient(record.patient.id) == []
