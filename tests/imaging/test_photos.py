"""A photo as mesolog keeps it: upright, with no GPS or other identifying metadata, its ICC
profile and capture time kept, a thumbnail beside it, and named by its SHA-256. Each is
proved by reading the stored file back with Pillow."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from PIL.ExifTags import IFD, Base

from mesolog.imaging.kinds import SourceKind
from mesolog.imaging.photos import PhotoType, PreparedPhoto, prepare_photo, sha256_of
from tests.imaging.photo_files import (
    DEPTH_MAP,
    GREEN,
    HEIGHT,
    OFFSET,
    RED,
    SECRETS,
    TAKEN,
    WIDTH,
    camera_jpeg,
    camera_png,
    camera_tiff,
    grey_of,
    srgb_profile,
    tiff_pixels,
    upright_scene,
)

ATHENS_SUMMER = dt.timezone(dt.timedelta(hours=3))


def _near(colour: tuple[int, ...], target: tuple[int, int, int], tolerance: int = 45) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour[:3], target, strict=True))


def assert_upright(image: Image.Image, *, grey: bool = False) -> None:
    """The red block is top left and the green one top right, as the scene was drawn."""
    rgb = image.convert("RGB")
    if grey:
        red, green = (grey_of(RED),) * 3, (grey_of(GREEN),) * 3
    else:
        red, green = RED, GREEN
    width, height = rgb.size
    top_left = rgb.getpixel((width // 10, height // 10))
    top_right = rgb.getpixel((width - 1 - width // 10, height // 10))
    assert isinstance(top_left, tuple)
    assert isinstance(top_right, tuple)
    assert _near(top_left, red), top_left
    assert _near(top_right, green), top_right


def assert_nothing_identifying(photo: PreparedPhoto) -> None:
    stored = Image.open(io.BytesIO(photo.image))
    exif = stored.getexif()
    assert Base.Orientation not in exif
    assert set(exif) <= {IFD.Exif}
    assert IFD.GPSInfo not in exif
    assert exif.get_ifd(IFD.GPSInfo) == {}
    assert set(exif.get_ifd(IFD.Exif)) <= {Base.DateTimeOriginal, Base.OffsetTimeOriginal}
    assert "xmp" not in stored.info
    assert "comment" not in stored.info
    assert not any(key.startswith(("Author", "Comment", "Description")) for key in stored.info)
    for secret in (*SECRETS, b"Photoshop 3.0", b"http://ns.adobe.com/xap", b"8BIM"):
        assert secret not in photo.image, secret
    for blob in (photo.thumbnail,):
        for secret in SECRETS:
            assert secret not in blob


@pytest.mark.parametrize("orientation", range(1, 9))
def test_a_phones_jpeg_is_kept_upright_with_no_identifying_metadata(orientation: int) -> None:
    original = camera_jpeg(orientation)
    photo = prepare_photo(original, file_label="IMG_0042.jpg")

    stored = Image.open(io.BytesIO(photo.image))
    assert stored.format == "JPEG"
    assert photo.media_type is PhotoType.JPEG
    assert photo.source_kind is SourceKind.JPEG
    assert photo.orientation == orientation
    assert_upright(stored)
    assert stored.size == (photo.width_px, photo.height_px) == (WIDTH, HEIGHT)
    assert_nothing_identifying(photo)
    assert stored.info["icc_profile"] == srgb_profile()
    assert photo.icc_kept
    assert photo.captured_at == dt.datetime(2024, 5, 1, 10, 20, 30, tzinfo=ATHENS_SUMMER)
    assert photo.capture_offset_stated
    kept = stored.getexif().get_ifd(IFD.Exif)
    assert (kept[Base.DateTimeOriginal], kept[Base.OffsetTimeOriginal]) == (TAKEN, OFFSET)
    assert DEPTH_MAP not in photo.image
    assert photo.size_bytes == len(photo.image)
    assert photo.sha256 == hashlib.sha256(photo.image).hexdigest() == sha256_of(photo.image)


def test_the_stored_pixels_of_a_phones_portrait_are_swapped_to_stand_upright() -> None:
    """Orientations 5-8 are stored lying on their side: width and height are swapped."""
    for orientation in (5, 6, 7, 8):
        stored_size = Image.open(io.BytesIO(camera_jpeg(orientation))).size
        assert stored_size == (HEIGHT, WIDTH)
        photo = prepare_photo(camera_jpeg(orientation), file_label="portrait.jpg")
        assert (photo.width_px, photo.height_px) == (WIDTH, HEIGHT)


def test_an_upright_jpeg_keeps_its_compressed_image_untouched() -> None:
    """No re-encoding when no turn is needed: the same pixels, bit for bit."""
    original = camera_jpeg(1)
    photo = prepare_photo(original, file_label="upright.jpg")
    assert not photo.recompressed
    assert (
        Image.open(io.BytesIO(photo.image)).tobytes() == Image.open(io.BytesIO(original)).tobytes()
    )
    assert len(photo.image) < len(original)


def test_a_turned_jpeg_is_encoded_again_at_high_quality_keeping_its_subsampling() -> None:
    for subsampling in (0, 2):
        original = camera_jpeg(6, subsampling=subsampling)
        photo = prepare_photo(original, file_label="turned.jpg")
        assert photo.recompressed
        stored = Image.open(io.BytesIO(photo.image))
        source = Image.open(io.BytesIO(original))
        assert stored.layer == source.layer
        expected = source.transpose(Image.Transpose.ROTATE_270).convert("RGB")
        difference = [
            abs(a - b)
            for a, b in zip(stored.convert("RGB").tobytes(), expected.tobytes(), strict=True)
        ]
        assert sum(difference) / len(difference) < 2.0


def test_a_capture_time_with_no_offset_is_read_in_the_zone_given_or_the_local_one() -> None:
    original = camera_jpeg(1, offset=None)
    in_lisbon = prepare_photo(original, file_label="a.jpg", zone=ZoneInfo("Europe/Lisbon"))
    assert in_lisbon.captured_at == dt.datetime(
        2024, 5, 1, 10, 20, 30, tzinfo=ZoneInfo("Europe/Lisbon")
    )
    assert not in_lisbon.capture_offset_stated
    local = prepare_photo(original, file_label="a.jpg")  # the tests run in Europe/Athens
    assert local.captured_at == dt.datetime(2024, 5, 1, 10, 20, 30, tzinfo=ATHENS_SUMMER)
    kept = Image.open(io.BytesIO(local.image)).getexif().get_ifd(IFD.Exif)
    assert kept == {Base.DateTimeOriginal: TAKEN}


def test_a_photo_with_no_capture_time_is_stored_with_no_exif_at_all() -> None:
    for orientation in (1, 3):
        photo = prepare_photo(camera_jpeg(orientation, taken=None), file_label="b.jpg")
        assert photo.captured_at is None
        stored = Image.open(io.BytesIO(photo.image))
        assert dict(stored.getexif()) == {}
        assert b"Exif\x00\x00" not in photo.image


def test_a_jpeg_with_no_icc_profile_says_none_was_kept() -> None:
    photo = prepare_photo(camera_jpeg(1, icc=False), file_label="c.jpg")
    assert not photo.icc_kept
    assert "icc_profile" not in Image.open(io.BytesIO(photo.image)).info


def test_the_thumbnail_is_an_upright_jpeg_320_pixels_on_its_long_side() -> None:
    for orientation in (1, 6, 7):
        photo = prepare_photo(camera_jpeg(orientation), file_label="d.jpg")
        thumbnail = Image.open(io.BytesIO(photo.thumbnail))
        assert thumbnail.format == "JPEG"
        assert thumbnail.size == (320, 213) == (photo.thumbnail_width_px, photo.thumbnail_height_px)
        assert_upright(thumbnail)
        assert dict(thumbnail.getexif()) == {}
        assert "icc_profile" not in thumbnail.info


@pytest.mark.parametrize("orientation", [1, 6])
def test_a_png_stays_a_png_with_its_text_chunks_dropped(orientation: int) -> None:
    photo = prepare_photo(camera_png(orientation), file_label="scan.png")
    stored = Image.open(io.BytesIO(photo.image))
    assert stored.format == "PNG"
    assert photo.media_type is PhotoType.PNG
    assert not photo.recompressed
    assert stored.text == {}
    assert_upright(stored)
    assert stored.size == (WIDTH, HEIGHT)
    assert_nothing_identifying(photo)
    assert stored.info["icc_profile"] == srgb_profile()
    assert photo.captured_at == dt.datetime(2024, 5, 1, 10, 20, 30, tzinfo=ATHENS_SUMMER)
    assert stored.getexif().get_ifd(IFD.Exif)[Base.DateTimeOriginal] == TAKEN


def test_an_upright_png_keeps_its_pixels_and_depth() -> None:
    original = camera_png(1, mode="RGBA")
    photo = prepare_photo(original, file_label="alpha.png")
    assert (
        Image.open(io.BytesIO(photo.image)).tobytes() == Image.open(io.BytesIO(original)).tobytes()
    )
    thumbnail = Image.open(io.BytesIO(photo.thumbnail))
    assert thumbnail.mode == "RGB"


@pytest.mark.parametrize("orientation", [1, 8])
def test_an_opaque_8_bit_tiff_is_stored_as_a_jpeg_of_the_highest_quality(orientation: int) -> None:
    photo = prepare_photo(camera_tiff(orientation), file_label="scanner.tif")
    stored = Image.open(io.BytesIO(photo.image))
    assert (stored.format, photo.media_type, photo.source_kind) == (
        "JPEG",
        PhotoType.JPEG,
        SourceKind.TIFF,
    )
    assert photo.recompressed
    assert stored.layer[0][1:3] == stored.layer[1][1:3]  # 4:4:4, no colour detail dropped
    assert_upright(stored)
    assert stored.size == (WIDTH, HEIGHT)
    assert_nothing_identifying(photo)
    assert stored.info["icc_profile"] == srgb_profile()
    assert photo.captured_at == dt.datetime(2024, 5, 1, 10, 20, 30, tzinfo=ATHENS_SUMMER)


@pytest.mark.parametrize("mode", ["RGBA", "I;16"])
def test_a_tiff_a_jpeg_cannot_hold_is_stored_as_a_png(mode: str) -> None:
    original = camera_tiff(6, mode=mode)
    photo = prepare_photo(original, file_label="layer.tif")
    stored = Image.open(io.BytesIO(photo.image))
    assert (stored.format, photo.media_type, photo.recompressed) == ("PNG", PhotoType.PNG, False)
    assert stored.mode == mode
    assert stored.tobytes() == tiff_pixels(upright_scene(), mode).tobytes()
    assert_nothing_identifying(photo)
    thumbnail = Image.open(io.BytesIO(photo.thumbnail))
    assert thumbnail.size == (320, 213)
    assert_upright(thumbnail, grey=mode == "I;16")
