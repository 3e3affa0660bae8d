"""A photo file checked and opened: its size, its kind and its pixel count before anything
is decoded; any failure to decode it is a refusal naming the file, never Pillow's text.

Each kind is opened by its own Pillow class, so no other format Pillow knows (EPS, which
runs Ghostscript, among them) can be reached by a file's bytes, and Pillow's global
decompression-bomb check is never what stops a file: the limit here is lower and comes
first.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import Image, ImageFile
from PIL.ExifTags import Base
from PIL.JpegImagePlugin import JpegImageFile
from PIL.PngImagePlugin import PngImageFile
from PIL.TiffImagePlugin import TiffImageFile

from mesolog.imaging.kinds import CAMERA_RAW, ImageClass, SourceKind, heif_image_class, source_kind
from mesolog.imaging.refusals import MAX_BYTES, MAX_PIXELS, PhotoProblem, PhotoRefusedError

DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error)
"""What Pillow raises for a damaged or truncated file."""
_CLASSES: dict[SourceKind, ImageClass] = {
    SourceKind.JPEG: JpegImageFile,
    SourceKind.PNG: PngImageFile,
    SourceKind.TIFF: TiffImageFile,
}
_NEW_SUBFILE_TYPE, _DNG_VERSION = 254, 50706
UPRIGHT: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
"""The turn that shows pixels stored with an EXIF orientation upright."""


class PhotoFile:
    """One file being read as a photo: what it is and how to refuse it."""

    def __init__(self, data: bytes, *, file_label: str, max_bytes: int = MAX_BYTES) -> None:
        self.data = data
        self.file_label = file_label
        self.max_bytes = max_bytes
        found = source_kind(data)
        if len(data) > max_bytes:
            raise self.refusal(PhotoProblem.TOO_LARGE, found)
        if not isinstance(found, SourceKind):
            raise self.refusal(PhotoProblem.NOT_ACCEPTED, found)
        self.kind = found

    def refusal(
        self, problem: PhotoProblem, kind: str | None = None, size: tuple[int, int] = (0, 0)
    ) -> PhotoRefusedError:
        return PhotoRefusedError(
            problem,
            file_label=self.file_label,
            size_bytes=len(self.data),
            kind=kind or self.kind.described,
            width_px=size[0],
            height_px=size[1],
            max_bytes=self.max_bytes,
        )

    @contextmanager
    def decoding(self) -> Iterator[None]:
        """Turns Pillow's failure to decode the file into a refusal that names it."""
        try:
            yield
        except DECODE_ERRORS:
            raise self.refusal(PhotoProblem.UNREADABLE) from None

    def opened(self) -> ImageFile.ImageFile:
        """The image, its header read and its pixel count checked; nothing decoded yet."""
        image_class = _CLASSES.get(self.kind) or heif_image_class()
        if image_class is None:
            raise self.refusal(PhotoProblem.NEEDS_HEIC_EXTRA)
        with self.decoding():
            image = image_class(io.BytesIO(self.data))
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise self.refusal(PhotoProblem.TOO_MANY_PIXELS, size=image.size)
        if min(width, height) < 1:
            raise self.refusal(PhotoProblem.UNREADABLE)
        if isinstance(image, TiffImageFile) and _camera_raw(image):
            raise self.refusal(PhotoProblem.NOT_ACCEPTED, CAMERA_RAW)
        return image

    def loaded(self, image: ImageFile.ImageFile) -> None:
        with self.decoding():
            image.load()


def _camera_raw(image: TiffImageFile) -> bool:
    """A DNG, NEF, ARW...: a TIFF whose first image is a reduced preview or that says DNG."""
    subfile = image.tag_v2.get(_NEW_SUBFILE_TYPE, 0)
    return _DNG_VERSION in image.tag_v2 or (isinstance(subfile, int) and subfile & 1 == 1)


def orientation(image: Image.Image) -> int:
    """The EXIF orientation, 1 (as stored) when absent, unreadable or out of range."""
    try:
        value = image.getexif().get(Base.Orientation, 1)
    except DECODE_ERRORS:
        return 1
    return value if isinstance(value, int) and value in UPRIGHT else 1


def stated_orientation(image: Image.Image) -> int:
    """The orientation a HEIC file stated: pillow-heif turns the image upright as it reads
    it and keeps what the file said apart."""
    stated = image.info.get("original_orientation")
    return stated if isinstance(stated, int) and stated in UPRIGHT else 1


def upright(image: Image.Image, turn: int) -> Image.Image:
    """The image turned as its orientation says, with none of the file's metadata (only a
    PNG's transparent colour, which is part of its pixels)."""
    method = UPRIGHT.get(turn)
    turned = image if method is None else image.transpose(method)
    transparency = image.info.get("transparency")
    turned.info = {} if transparency is None else {"transparency": transparency}
    return turned
