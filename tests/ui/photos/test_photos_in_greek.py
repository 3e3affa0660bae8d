"""The photos room in Greek: a small catalogue made by lupdate from the room's own modules
(tests/ui/courses/greek_catalogue.py), installed in the application, turns the pane's
buttons and session headings, the import folder's count of new photos and its refusal of a
symbolic link, the add dialog's button counting the photos and its views, and the photo
viewer's title and zoom buttons Greek; without it the same widgets say today's English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from mesolog.domain.photos import PhotoView
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date
from mesolog.ui.photos.import_folder import FolderWatch, set_import_folder
from mesolog.ui.photos.photo_files import file_filter
from mesolog.ui.photos.photo_labels import view_label
from mesolog.ui.photos.photo_viewer import PhotoViewer
from mesolog.ui.photos.photos_pane import PhotosPane
from tests.ui.courses.greek_catalogue import Greek, greek_catalogue, room_modules, speaking
from tests.ui.photos.photo_images import phone_jpeg
from tests.ui.photos.photo_support import DAYS, Record, show_pane

GREEK: Greek = {
    ("PhotosPane", "&Add Photos…"): "&Προσθήκη φωτογραφιών…",
    ("photo_labels", "Session %1 · %2"): "Συνεδρία %1 · %2",
    ("photo_labels", "Front"): "Μπροστά",
    ("PhotoFiles", "All files"): "Όλα τα αρχεία",
    ("ImportBanner", "%n new photos in the import folder"): (
        "%n νέα φωτογραφία στον φάκελο εισαγωγής",
        "%n νέες φωτογραφίες στον φάκελο εισαγωγής",
    ),
    ("ImportBanner", "The import folder %1 cannot be read: %2."): (
        "Ο φάκελος εισαγωγής %1 δεν διαβάζεται: %2."
    ),
    ("FolderWatch", "%1 is a symbolic link; photos are not moved through one"): (
        "το %1 είναι συμβολικός σύνδεσμος· οι φωτογραφίες δεν μετακινούνται μέσω αυτού"
    ),
    ("AddPhotosDialog", "&Add %n photos"): ("&Προσθήκη %n φωτογραφίας", "&Προσθήκη %n φωτογραφιών"),
    ("PhotoViewer", "Photo"): "Φωτογραφία",
    ("PhotoViewer", "Fit"): "Προσαρμογή",
}


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return greek_catalogue(tmp_path_factory.mktemp("photos_el"), room_modules("photos"), GREEK)


@pytest.fixture(params=["en", "el"])
def language(
    request: pytest.FixtureRequest, qapp: QCoreApplication, catalogue: Path
) -> Iterator[str]:
    """English (no catalogue, as today), then Greek (the catalogue installed)."""
    with speaking(request.param, catalogue):
        yield request.param


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def settled(watch: FolderWatch, clock: Clock) -> None:
    """The folder looked at twice, a while apart: its files are complete."""
    watch.scan()
    clock.now += 2
    watch.scan()


def pane_watching(
    qtbot: QtBot, clinic: Clinic, record: Record, folder: Path
) -> tuple[PhotosPane, FolderWatch, Clock]:
    folder.mkdir()
    set_import_folder(folder)
    clock = Clock()
    watch = FolderWatch(poll_ms=3_600_000, settle_s=1.0, clock=clock)
    return show_pane(qtbot, clinic, record, watch=watch), watch, clock


def test_the_pane_its_button_headings_and_new_photos_speak_the_language(
    qtbot: QtBot, clinic: Clinic, record: Record, tmp_path: Path, language: str
) -> None:
    pane, watch, clock = pane_watching(qtbot, clinic, record, tmp_path / "tablet")
    for name in ("IMG_0001.jpg", "IMG_0002.jpg"):
        (tmp_path / "tablet" / name).write_bytes(phone_jpeg())
    settled(watch, clock)
    heading = pane.groups[0].heading.text()
    today = shown_date(DAYS[2])
    if language == "en":
        assert pane.add_button.text() == "&Add Photos…"
        assert heading == f"<b>Session 3 · {today}</b>"
        assert pane.banner.text.text() == "2 new photos in the import folder"
    else:
        assert pane.add_button.text() == "&Προσθήκη φωτογραφιών…"
        assert heading == f"<b>Συνεδρία 3 · {today}</b>"
        assert pane.banner.text.text() == "2 νέες φωτογραφίες στον φάκελο εισαγωγής"


def test_a_symbolic_link_the_import_folder_refuses_is_said_in_the_language(
    qtbot: QtBot, clinic: Clinic, record: Record, tmp_path: Path, language: str
) -> None:
    folder = tmp_path / "tablet"
    pane, watch, clock = pane_watching(qtbot, clinic, record, folder)
    (tmp_path / "elsewhere").mkdir()
    (folder / "imported").symlink_to(tmp_path / "elsewhere")
    photo = folder / "IMG_0003.jpg"
    photo.write_bytes(phone_jpeg())
    settled(watch, clock)
    assert watch.take(photo) is None
    if language == "en":
        assert pane.banner.text.text() == (
            f"The import folder {folder} cannot be read: "
            "imported is a symbolic link; photos are not moved through one."
        )
    else:
        assert pane.banner.text.text() == (
            f"Ο φάκελος εισαγωγής {folder} δεν διαβάζεται: το imported είναι συμβολικός "
            "σύνδεσμος· οι φωτογραφίες δεν μετακινούνται μέσω αυτού."
        )


def test_the_add_dialog_counts_the_photos_and_names_the_views_in_the_language(
    qtbot: QtBot, clinic: Clinic, record: Record, tmp_path: Path, language: str
) -> None:
    pane = show_pane(qtbot, clinic, record)
    files = [tmp_path / "IMG_0004.jpg", tmp_path / "IMG_0005.jpg"]
    for path in files:
        path.write_bytes(phone_jpeg())
    dialog = pane.add_paths(files, record.sessions[2].id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    front = dialog.rows[0].view.itemText(dialog.rows[0].view.findData(PhotoView.FRONT))
    if language == "en":
        assert dialog.add_button.text() == "&Add 2 photos"
        assert front == view_label(PhotoView.FRONT) == "Front"
        assert file_filter().endswith(";;All files (*)")
    else:
        assert dialog.add_button.text() == "&Προσθήκη 2 φωτογραφιών"
        assert front == view_label(PhotoView.FRONT) == "Μπροστά"
        assert file_filter().endswith(";;Όλα τα αρχεία (*)")
    dialog.reject()


def test_the_viewer_its_title_and_zoom_buttons_speak_the_language(
    qtbot: QtBot, language: str
) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB888)
    image.fill(0)
    viewer = PhotoViewer(image, "Front · Before")
    qtbot.addWidget(viewer)
    fit = viewer.findChild(QPushButton, "zoom_fit")
    assert fit is not None
    if language == "en":
        assert (viewer.windowTitle(), fit.text()) == ("Photo", "Fit")
    else:
        assert (viewer.windowTitle(), fit.text()) == ("Φωτογραφία", "Προσαρμογή")
