"""A clinical photo made fit to keep: upright, with no GPS or other identifying metadata,
its ICC profile and capture time kept, a thumbnail beside it, named by its SHA-256.

How each kind is stored:

- JPEG stays JPEG. Upright already (orientation 1 or none), its metadata segments are
  removed without decoding it (`jpeg_markers`): no quality lost. Turned, it must be
  encoded again: at quality 92 with its own chroma subsampling.
- PNG stays PNG: its chunks filtered (`png_chunks`) when upright, encoded again (losslessly)
  when turned.
- TIFF becomes a JPEG of quality 95 with full colour resolution (4:4:4) when it is an
  opaque photo of 8 bits a sample, else (transparency, 16 bits) a PNG, which keeps both.
- HEIC (with the `heic` extra) becomes a JPEG of quality 92.

The stored file keeps an Exif block with only DateTimeOriginal and OffsetTimeOriginal,
so a photo exported from mesolog still says when it was taken; a photo with no capture
time is stored with no Exif at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import time
from dataclasses import dataclass
from enum import StrEnum

from PIL import Image, ImageFile, JpegImagePlugin
from PIL.JpegImagePlugin import JpegImageFile

from mesolog.imaging.capture_time import CaptureTime, capture_time
from mesolog.imaging.decoding import (
    DECODE_ERRORS,
    PhotoFile,
    orientation,
    stated_orientation,
    upright,
)
from mesolog.imaging.jpeg_markers import stripped_jpeg
from mesolog.imaging.kinds import SourceKind
from mesolog.imaging.png_chunks import stripped_png
from mesolog.imaging.refusals import MAX_BYTES
from mesolog.imaging.scaling import THUMBNAIL_SIDE, jpeg_bytes, thumbnail

TURNED_JPEG_QUALITY = 92
TIFF_JPEG_QUALITY = 95
HEIC_JPEG_QUALITY = 92
PNG_COMPRESS_LEVEL = 3
"""Within 4% of the default level's size at 70% of its time, on a 12 MP photo."""
_EXIF_PREFIX = b"Exif\x00\x00"
_PNG_MODES = frozenset(("1", "L", "LA", "P", "RGB", "RGBA", "I;16", "I;16B"))


class PhotoType(StrEnum):
    """The media types a photo is stored as."""

    JPEG = "image/jpeg"
    PNG = "image/png"


@dataclass(frozen=True, slots=True)
class PreparedPhoto:
    image: bytes
    """The file to store: upright, with only its ICC profile and capture time."""
    media_type: PhotoType
    width_px: int
    height_px: int
    sha256: str
    """Of `image`, lowercase hex."""
    captured_at: dt.datetime | None
    """Aware; None when the file does not say when it was taken."""
    capture_offset_stated: bool
    """False when the file gave no UTC offset and the zone was assumed."""
    icc_kept: bool
    thumbnail: bytes
    """A JPEG in sRGB, THUMBNAIL_SIDE pixels on its long side (less for a smaller photo)."""
    thumbnail_width_px: int
    thumbnail_height_px: int
    source_kind: SourceKind
    orientation: int
    """The EXIF orientation the file had (1-8), applied to its pixels."""
    recompressed: bool
    """True when the pixels went through a lossy encoding again."""

    @property
    def size_bytes(self) -> int:
        return len(self.image)


@dataclass(slots=True)
class _Stored:
    image: bytes
    media_type: PhotoType
    pixels: Image.Image
    """The upright image, or a smaller decoding of it, for the thumbnail."""
    size: tuple[int, int]
    recompressed: bool


class _Steps:
    """Seconds spent in each step, when the caller asked for them."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def done(self, step: str) -> None:
        if self.timings is not None:
            now = time.perf_counter()
            self.timings[step] = self.timings.get(step, 0.0) + now - self.last
            self.last = now


@dataclass(frozen=True, slots=True)
class _Kept:
    """What the stored file keeps of the original, and the clock of the steps."""

    exif: bytes | None
    icc: bytes | None
    steps: _Steps


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def prepare_photo(
    data: bytes,
    *,
    file_label: str,
    zone: dt.tzinfo | None = None,
    max_bytes: int = MAX_BYTES,
    timings: dict[str, float] | None = None,
) -> PreparedPhoto:
    """The photo in `data` as mesolog stores it, or PhotoRefusedError naming `file_label`.

    A capture time with no UTC offset is read in `zone` (None: this computer's zone).
    `timings`, when given, receives the seconds spent decoding, turning, encoding and
    making the thumbnail."""
    steps = _Steps(timings)
    photo = PhotoFile(data, file_label=file_label, max_bytes=max_bytes)
    source = photo.opened()
    if photo.kind is SourceKind.PNG:  # a PNG's eXIf chunk may follow its image data
        photo.loaded(source)
    turn = orientation(source)
    taken = _capture_time(source)
    icc = source.info.get("icc_profile") or None
    exif = taken.exif() if taken else None
    kept = _Kept(exif, icc, steps)
    if isinstance(source, JpegImageFile):
        stored = _jpeg(photo, source, turn, kept)
    elif photo.kind is SourceKind.PNG:
        stored = _png(photo, source, turn, kept)
    else:
        photo.loaded(source)
        steps.done("decode")
        # Pillow 13 turns a TIFF upright as it loads it (older versions left it as stored).
        stored = _converted(photo, source, orientation(source), kept)
    small, small_width, small_height = thumbnail(stored.pixels, icc)
    steps.done("thumbnail")
    digest = sha256_of(stored.image)
    steps.done("digest")
    return PreparedPhoto(
        image=stored.image,
        media_type=stored.media_type,
        width_px=stored.size[0],
        height_px=stored.size[1],
        sha256=digest,
        captured_at=taken.aware(zone) if taken else None,
        capture_offset_stated=taken is not None and taken.offset is not None,
        icc_kept=icc is not None,
        thumbnail=small,
        thumbnail_width_px=small_width,
        thumbnail_height_px=small_height,
        source_kind=photo.kind,
        orientation=stated_orientation(source) if photo.kind is SourceKind.HEIC else turn,
        recompressed=stored.recompressed,
    )


def _capture_time(image: Image.Image) -> CaptureTime | None:
    try:
        return capture_time(image.getexif())
    except DECODE_ERRORS:
        return None


def _upright_size(size: tuple[int, int], turn: int) -> tuple[int, int]:
    return (size[1], size[0]) if turn >= 5 else size


def _jpeg(
    photo: PhotoFile,
    source: JpegImageFile,
    turn: int,
    kept: _Kept,
) -> _Stored:
    size = _upright_size(source.size, turn)
    if turn == 1:
        source.draft("RGB", (THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        photo.loaded(source)
        kept.steps.done("decode")
        stripped = stripped_jpeg(photo.data, kept.exif)
        kept.steps.done("strip")
        if stripped is not None:
            return _Stored(stripped, PhotoType.JPEG, source, size, recompressed=False)
        with photo.decoding():
            source = JpegImageFile(io.BytesIO(photo.data))
    photo.loaded(source)
    kept.steps.done("decode")
    pixels = upright(source, turn)
    kept.steps.done("rotate")
    subsampling = JpegImagePlugin.get_sampling(source)
    options = _saved_with(kept.exif, kept.icc)
    if subsampling >= 0:
        options["subsampling"] = subsampling
    image = jpeg_bytes(pixels, quality=TURNED_JPEG_QUALITY, **options)
    kept.steps.done("encode")
    return _Stored(image, PhotoType.JPEG, pixels, size, recompressed=True)


def _png(
    photo: PhotoFile,
    source: ImageFile.ImageFile,
    turn: int,
    kept: _Kept,
) -> _Stored:
    kept.steps.done("decode")
    stripped = stripped_png(photo.data, kept.exif[len(_EXIF_PREFIX) :] if kept.exif else None)
    if turn == 1 and stripped is not None:
        kept.steps.done("strip")
        return _Stored(stripped, PhotoType.PNG, source, source.size, recompressed=False)
    pixels = upright(source, turn)
    kept.steps.done("rotate")
    image = _png_bytes(pixels, kept.exif, kept.icc)
    kept.steps.done("encode")
    return _Stored(image, PhotoType.PNG, pixels, pixels.size, recompressed=False)


def _converted(
    photo: PhotoFile,
    source: ImageFile.ImageFile,
    turn: int,
    kept: _Kept,
) -> _Stored:
    """A TIFF or HEIC, as the JPEG or PNG that holds it."""
    pixels = upright(source, turn)
    kept.steps.done("rotate")
    if pixels.mode in ("RGB", "L", "CMYK"):
        heic = photo.kind is SourceKind.HEIC
        image = jpeg_bytes(
            pixels,
            quality=HEIC_JPEG_QUALITY if heic else TIFF_JPEG_QUALITY,
            subsampling=2 if heic else 0,
            **_saved_with(kept.exif, kept.icc),
        )
        stored = _Stored(image, PhotoType.JPEG, pixels, pixels.size, recompressed=True)
    else:
        with photo.decoding():
            pixels = _png_mode(pixels)
        image = _png_bytes(pixels, kept.exif, kept.icc)
        stored = _Stored(image, PhotoType.PNG, pixels, pixels.size, recompressed=False)
    kept.steps.done("encode")
    return stored


def _png_mode(pixels: Image.Image) -> Image.Image:
    """The image in a mode PNG holds: its own when it can, 16-bit grey for deeper grey,
    else RGB(A)."""
    if pixels.mode in _PNG_MODES:
        return pixels
    if pixels.mode.startswith("I"):
        return pixels.convert("I").convert("I;16")
    return pixels.convert("RGBA" if "A" in pixels.mode else "RGB")


def _saved_with(exif: bytes | None, icc: bytes | None) -> dict[str, bytes | int]:
    options: dict[str, bytes | int] = {}
    if exif:
        options["exif"] = exif
    if icc:
        options["icc_profile"] = icc
    return options


def _png_bytes(pixels: Image.Image, exif: bytes | None, icc: bytes | None) -> bytes:
    out = io.BytesIO()
    pixels.save(out, "PNG", compress_level=PNG_COMPRESS_LEVEL, **_saved_with(exif, icc))
    return out.getvalue()
