"""Photo files as the window meets them: chosen in a file dialog, dropped on the window or
found in the import folder; read for the photo service, with their size checked before a
byte is read, and a small preview for the dialog that assigns them."""

from __future__ import annotations

import warnings
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData
from PySide6.QtGui import QImage, QPixmap

from mesolog.domain.errors import KnownError
from mesolog.imaging.refusals import MAX_BYTES, PhotoProblem, PhotoRefusedError

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic", ".heif")
"""What a file dialog and the import folder look for; the service reads the kind from the
bytes, never from the name."""


class PhotoFileError(KnownError):
    """A photo file that cannot be read from the disk."""


def file_filter() -> str:
    """The file dialog's filter: photos (JPEG, PNG, TIFF, HEIC), or any file."""
    patterns = " ".join(f"*{suffix}" for suffix in PHOTO_SUFFIXES)
    upper = " ".join(f"*{suffix.upper()}" for suffix in PHOTO_SUFFIXES)
    photos = QCoreApplication.translate("PhotoFiles", "Photos (JPEG, PNG, TIFF, HEIC)")
    every = QCoreApplication.translate("PhotoFiles", "All files")
    return f"{photos} ({patterns} {upper});;{every} (*)"


def looks_like_photo(path: Path) -> bool:
    return path.suffix.lower() in PHOTO_SUFFIXES


def dropped_files(mime: QMimeData) -> list[Path]:
    """The files (not folders) of the window's own computer in a drop, each once."""
    if not mime.hasUrls():
        return []
    found = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return list(dict.fromkeys(path for path in found if path.is_file()))


def read_photo_file(path: Path) -> bytes:
    """The file's bytes; a file over the photo size limit is refused by its size alone."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PhotoRefusedError(
                PhotoProblem.TOO_LARGE, file_label=path.name, size_bytes=size, kind="a file"
            )
        return path.read_bytes()
    except OSError as error:
        words = QCoreApplication.translate("PhotoFiles", "%1 cannot be read: %2.")
        raise PhotoFileError(
            words.replace("%1", path.name).replace("%2", error.strerror or type(error).__name__)
        ) from None


PREVIEWED = ("JPEG", "PNG", "TIFF")


def preview(path: Path, side: int) -> QPixmap:
    """The file's picture upright at most `side` pixels a side, decoded near that size; an
    empty pixmap for a file that is not a picture Pillow reads (HEIC without the extra,
    damaged)."""
    from PIL import Image, ImageOps  # Pillow when a photo is chosen, not at the window's start

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            # Only the kinds mesolog takes: Image.open would try every decoder it has,
            # EPS among them, which runs Ghostscript on the file.
            with Image.open(path, formats=PREVIEWED) as opened:
                opened.draft("RGB", (side * 2, side * 2))
                upright = ImageOps.exif_transpose(opened)
                upright.thumbnail((side, side))
                shown = upright.convert("RGB")
    except Exception:  # a preview never stops the dialog; the service says what is wrong
        return QPixmap()
    width, height = shown.size
    image = QImage(shown.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(image.copy())


def size_text(path: Path) -> str:
    """The file's size in words (kB or MB), or "" when it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError:
        return ""
    if size >= 1024 * 1024:
        megabytes = QLocale().toString(size / (1024 * 1024), "f", 1)
        return QCoreApplication.translate("PhotoFiles", "%1 MB").replace("%1", megabytes)
    kilobytes = QLocale().toString(max(1, round(size / 1024)))
    return QCoreApplication.translate("PhotoFiles", "%1 kB").replace("%1", kilobytes)
