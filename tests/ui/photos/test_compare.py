"""Compare: opened on a photo (or a session), the other side is the first session's photo of
the same view; the earlier photo on the left, with its session and date under it; both
sides zoom and pan together; the overlay's slider fades or wipes between them; any other
photo of the patient can be chosen for either side."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from mesolog.domain.ids import SessionId
from mesolog.domain.photos import Photo, PhotoInput, PhotoMoment, PhotoView
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.photos._photo_rows import index_of
from mesolog.ui.photos.compare_dialog import CompareDialog, Mode
from mesolog.ui.photos.photos_pane import PhotosPane
from tests.qt_fixtures import Boxes
from tests.ui.photos.photo_images import face_chart, jpeg_of
from tests.ui.photos.photo_support import DAYS, Record

RED, BLUE = (220, 30, 30), (30, 30, 220)


def add(
    clinic: Clinic,
    record: Record,
    data: bytes,
    view: PhotoView,
    session: SessionId | None,
    moment: PhotoMoment = PhotoMoment.BEFORE,
) -> Photo:
    details = PhotoInput(view, moment, session)
    return clinic.photos.add(record.patient.id, details, data, file_label="test.jpg")


def plain(colour: tuple[int, int, int], size: tuple[int, int] = (300, 400)) -> bytes:
    return jpeg_of(Image.new("RGB", size, colour), quality=95)


def series(clinic: Clinic, record: Record) -> dict[str, Photo]:
    """Front photos in every session (session 1's red, the others blue), a left 45° in
    session 1 and 3, and a front photo between sessions."""
    first, second, today = (s.id for s in record.sessions)
    return {
        "front_1": add(clinic, record, plain(RED), PhotoView.FRONT, first),
        "left_1": add(clinic, record, jpeg_of(face_chart(300, 400)), PhotoView.LEFT_45, first),
        "front_2": add(clinic, record, plain(BLUE, (600, 800)), PhotoView.FRONT, second),
        "front_3_after": add(
            clinic, record, plain((30, 30, 200)), PhotoView.FRONT, today, PhotoMoment.AFTER
        ),
        "front_3": add(clinic, record, plain((30, 30, 210)), PhotoView.FRONT, today),
        "left_3": add(
            clinic, record, jpeg_of(face_chart(300, 400, redness=40)), PhotoView.LEFT_45, today
        ),
    }


def compare_on(qtbot: QtBot, pane: PhotosPane, photo: Photo) -> CompareDialog:
    pane.reload()
    pane.select(photo.id)
    qtbot.mouseClick(pane.compare_button, Qt.MouseButton.LeftButton)
    dialog = pane.compare
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def colour_at(dialog: CompareDialog, x: float, y: float = 0.5) -> QColor:
    shot = dialog.overlay.grab().toImage()
    return shot.pixelColor(round(shot.width() * x), round(shot.height() * y))


def test_compare_puts_the_first_sessions_photo_of_the_same_view_on_the_left(
    qtbot: QtBot, clinic: Clinic, record: Record, pane: PhotosPane
) -> None:
    photos = series(clinic, record)
    dialog = compare_on(qtbot, pane, photos["front_3"])
    left, right = dialog.shown()
    assert (left.id, right.id) == (photos["front_1"].id, photos["front_3"].id)
    assert dialog.left_caption.text() == f"Session 1 · {shown_date(DAYS[0])}\nFront · Before"
    assert dialog.right_caption.text() == f"Session 3 · {shown_date(DAYS[2])}\nFront · Before"
    assert dialog.left_view.image().size().toTuple() == (300, 400)
    dialog.close()

    dialog = compare_on(qtbot, pane, photos["left_3"])
    assert [p.id for p in dialog.shown()] == [photos["left_1"].id, photos["left_3"].id]
    dialog.close()

    dialog = compare_on(qtbot, pane, photos["front_1"])
    assert [p.id for p in dialog.shown()] == [photos["front_1"].id, photos["front_3"].id], (
        "from the first session: beside the latest, the same moment"
    )
    dialog.close()


def test_compare_on_a_session_and_another_photo_chosen_for_a_side(
    qtbot: QtBot, clinic: Clinic, record: Record, pane: PhotosPane
) -> None:
    photos = series(clinic, record)
    pane.reload()
    [group] = [g for g in pane.groups if g.session_id == record.sessions[1].id]
    qtbot.mouseClick(group.compare_button, Qt.MouseButton.LeftButton)
    dialog = pane.compare
    assert dialog is not None
    assert [p.id for p in dialog.shown()] == [photos["front_1"].id, photos["front_2"].id]

    dialog.right_choice.setCurrentIndex(index_of(dialog.right_choice, photos["left_3"].id))
    assert dialog.shown()[1].id == photos["left_3"].id
    assert dialog.right_view.image().size().toTuple() == (300, 400)
    assert dialog.right_caption.text().endswith("Left 45° · Before")


def test_zoom_and_pan_on_one_side_move_the_other(
    qtbot: QtBot, clinic: Clinic, record: Record, pane: PhotosPane
) -> None:
    photos = series(clinic, record)
    dialog = compare_on(qtbot, pane, photos["front_2"])
    left, right = dialog.left_view, dialog.right_view
    assert left.image().size() != right.image().size()

    left.set_zoom(3.0)
    assert right.zoom() == 3.0
    left.pan_by(-60, 40)
    assert right.viewport.centre == left.viewport.centre != QPointF(0.5, 0.5)
    right.set_zoom(1.5)
    assert left.zoom() == 1.5
    assert dialog.overlay.zoom() == 1.5, "the overlay shows the same part"
    qtbot.keyClick(right, Qt.Key.Key_0)
    assert (left.zoom(), left.viewport.centre) == (1.0, QPointF(0.5, 0.5))


def test_the_slider_fades_and_wipes_between_the_two_photos(
    qtbot: QtBot, clinic: Clinic, record: Record, pane: PhotosPane
) -> None:
    photos = series(clinic, record)
    dialog = compare_on(qtbot, pane, photos["front_2"])
    assert not dialog.slider_row.isVisible()
    dialog.mode.setCurrentIndex(Mode.FADE)
    assert dialog.slider_row.isVisible()
    dialog.slider.setValue(0)
    assert colour_at(dialog, 0.5).red() > 180, "the left (red) photo only"
    dialog.slider.setValue(100)
    assert colour_at(dialog, 0.5).blue() > 180 and colour_at(dialog, 0.5).red() < 60
    dialog.slider.setValue(50)
    middle = colour_at(dialog, 0.5)
    assert 90 < middle.red() < 160 and 90 < middle.blue() < 160

    dialog.mode.setCurrentIndex(Mode.WIPE)
    dialog.slider.setValue(50)
    assert colour_at(dialog, 0.45).red() > 180
    assert colour_at(dialog, 0.55).blue() > 180
    dialog.slider.setValue(30)
    assert colour_at(dialog, 0.45).blue() > 180, "the line moved left"


def test_compare_without_another_day_of_the_view_says_so(
    qtbot: QtBot, clinic: Clinic, record: Record, pane: PhotosPane, boxes: Boxes
) -> None:
    only = add(clinic, record, plain(RED), PhotoView.RIGHT_PROFILE, record.sessions[0].id)
    add(clinic, record, plain(BLUE), PhotoView.FRONT, record.sessions[1].id)
    pane.reload()
    pane.select(only.id)
    qtbot.mouseClick(pane.compare_button, Qt.MouseButton.LeftButton)
    assert pane.compare is None
    assert boxes.kinds() == ["information"]
