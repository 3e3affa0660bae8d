"""Files that cannot be a clinical photo are refused by their content, never their name, in
words that say which file, what it is and what is allowed; none shows the file's content."""

from __future__ import annotations

import importlib.util
import io

import pytest
from PIL import Image

from mesolog.domain.errors import KnownError
from mesolog.imaging.photos import prepare_photo
from mesolog.imaging.refusals import MAX_BYTES, MAX_PIXELS, PhotoProblem, PhotoRefusedError
from tests.imaging.photo_files import camera_jpeg, camera_tiff, heic_header, png_header_only

ALLOWED = "allowed: a JPEG, PNG or TIFF photo (HEIC with the optional heic extra)"


def refusal(data: bytes, label: str, **limits: int) -> PhotoRefusedError:
    with pytest.raises(PhotoRefusedError) as caught:
        prepare_photo(data, file_label=label, **limits)
    assert isinstance(caught.value, KnownError)
    assert caught.value.__cause__ is None
    return caught.value


def test_a_text_file_named_like_a_photo_is_refused_as_not_an_image() -> None:
    notes = b"Patient reports redness after the last session\n"
    refused = refusal(notes, "before.jpg")
    assert refused.problem is PhotoProblem.NOT_ACCEPTED
    message = str(refused)
    assert message.startswith(f"The photo before.jpg ({len(notes)} bytes) is not an image;")
    assert ALLOWED in message
    assert "redness" not in message


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"GIF89a\x10\x00\x10\x00", "a GIF image"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "a WebP image"),
        (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf", "an AVIF image"),
        (b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2", "a video"),
        (b"II*\x00\x10\x00\x00\x00CR\x02\x00", "a camera raw file"),
        (b"", "an empty file"),
    ],
)
def test_a_file_of_another_kind_is_refused_by_what_it_is(data: bytes, kind: str) -> None:
    refused = refusal(data, "photo.jpg")
    assert refused.problem is PhotoProblem.NOT_ACCEPTED
    assert f"({len(data)} bytes) is {kind}, not a JPEG, PNG or TIFF image; {ALLOWED}" in str(
        refused
    )


def test_a_camera_raw_file_in_a_tiff_wrapper_is_refused_not_taken_for_its_preview() -> None:
    preview_first = Image.new("RGB", (160, 120), "grey")
    out = io.BytesIO()
    preview_first.save(out, "TIFF", tiffinfo={254: 1})  # NewSubfileType: a reduced image
    refused = refusal(out.getvalue(), "DSC_0001.NEF")
    assert refused.problem is PhotoProblem.NOT_ACCEPTED
    assert "is a camera raw file" in str(refused)


def test_a_truncated_jpeg_is_refused_as_damaged() -> None:
    whole = camera_jpeg(1)
    cut = whole[: len(whole) // 2]
    refused = refusal(cut, "cut.jpg")
    assert refused.problem is PhotoProblem.UNREADABLE
    assert str(refused).startswith(
        f"The photo cut.jpg ({len(cut):,} bytes) is a JPEG image but cannot be read "
        "(damaged or incomplete);"
    )
    turned_cut = camera_jpeg(6)[: len(whole) // 2]
    assert refusal(turned_cut, "cut.jpg").problem is PhotoProblem.UNREADABLE


def test_a_tiff_cut_short_is_refused_as_damaged() -> None:
    whole = camera_tiff(1)
    assert refusal(whole[: len(whole) // 3], "cut.tif").problem is PhotoProblem.UNREADABLE


def test_a_file_over_the_size_limit_is_refused_before_it_is_read() -> None:
    assert MAX_BYTES == 40 * 1024 * 1024
    huge = b"\xff\xd8\xff\xe0" + bytes(MAX_BYTES)
    refused = refusal(huge, "huge.jpg")
    assert refused.problem is PhotoProblem.TOO_LARGE
    assert str(refused) == (
        f"The photo huge.jpg ({len(huge):,} bytes) is too large; allowed: a JPEG, PNG or TIFF "
        "photo (HEIC with the optional heic extra) of at most 40 MB (41,943,040 bytes) and "
        "80 megapixels."
    )
    small_limit = refusal(camera_jpeg(1), "a.jpg", max_bytes=1000)
    assert "of at most 1,000 bytes and 80 megapixels" in str(small_limit)


@pytest.mark.parametrize(("width", "height"), [(10_000, 8_001), (20_000, 20_000), (9_000, 9_000)])
def test_a_png_of_too_many_pixels_is_refused_before_it_is_decoded(width: int, height: int) -> None:
    """Pillow's own guard (a warning over 89.5 megapixels, an error over twice that) never
    speaks: the limit is below it and checked first."""
    assert MAX_PIXELS == 80_000_000 <= (Image.MAX_IMAGE_PIXELS or 0)
    tiny = png_header_only(width, height)
    refused = refusal(tiny, "bomb.png")
    assert refused.problem is PhotoProblem.TOO_MANY_PIXELS
    megapixels = width * height / 1_000_000
    assert (
        f"({len(tiny)} bytes) is {width:,} × {height:,} pixels ({megapixels:,.1f} megapixels);"
        in str(refused)
    )


def test_a_png_at_the_pixel_limit_is_not_refused_for_its_pixels() -> None:
    refused = refusal(png_header_only(10_000, 8_000), "edge.png")
    assert refused.problem is PhotoProblem.UNREADABLE  # a header alone: no image data


@pytest.mark.skipif(
    importlib.util.find_spec("pillow_heif") is not None, reason="pillow-heif is installed"
)
def test_a_heic_photo_without_the_heic_extra_says_how_to_get_it() -> None:
    data = heic_header()
    refused = refusal(data, "IMG_1234.HEIC")
    assert refused.problem is PhotoProblem.NEEDS_HEIC_EXTRA
    assert str(refused) == (
        f"The photo IMG_1234.HEIC ({len(data)} bytes) is a HEIC image, which mesolog reads only "
        "with the optional heic extra (pip install mesolog[heic]): install it, or export the "
        "photo as JPEG; allowed: a JPEG, PNG or TIFF photo (HEIC with the optional heic extra) "
        "of at most 40 MB (41,943,040 bytes) and 80 megapixels."
    )
