"""Which files can be the clinic's logo: PNG or JPEG by their first bytes, at most 1 MB and
4,000 pixels a side; a refusal names the file, its size and its kind."""

from __future__ import annotations

import pytest

from mesolog.domain.logo import (
    MAX_BYTES,
    MAX_SIDE_PX,
    LogoProblem,
    LogoRefusedError,
    LogoType,
    accepted_logo,
    file_kind,
    refused_before_reading,
)
from tests.logo_support import logo_jpeg, logo_png


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (logo_png(), "image/png"),
        (logo_jpeg(), "image/jpeg"),
        (b"GIF89a\x01\x00", "a GIF image"),
        (b"BM\x00\x00", "a BMP image"),
        (b"%PDF-1.7\n", "a PDF document"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "a WebP image"),
        (b"\xef\xbb\xbf<?xml version='1.0'?>\n<svg xmlns='urn:x'/>", "an SVG drawing"),
        (b"  <svg width='10' height='10'></svg>", "an SVG drawing"),
        (b"\x00\x00\x00\x18ftypheic", "a HEIC or AVIF image"),
        (b"PK\x03\x04", "a ZIP archive or an office document"),
        (b"Clinic logo, to be drawn\n", "not an image"),
        (b"", "an empty file"),
    ],
)
def test_a_files_kind_is_read_from_its_first_bytes(data: bytes, kind: str) -> None:
    assert file_kind(data) == kind


def test_a_png_or_jpeg_within_the_limits_is_taken() -> None:
    png = logo_png(400, 120)
    logo = accepted_logo("clinic.png", png, (400, 120))
    assert (logo.media_type, logo.width_px, logo.height_px, logo.file_name) == (
        LogoType.PNG,
        400,
        120,
        "clinic.png",
    )
    assert logo.image == png
    assert accepted_logo("clinic.jpg", logo_jpeg(), (300, 100)).media_type is LogoType.JPEG
    side = accepted_logo("square.png", png, (MAX_SIDE_PX, MAX_SIDE_PX))
    assert side.width_px == MAX_SIDE_PX


def test_a_file_named_png_that_is_text_is_refused_by_its_content() -> None:
    refused = refused_before_reading("logo.png", b"not really a picture")
    assert refused is not None
    assert refused.problem is LogoProblem.NOT_PNG_OR_JPEG
    assert str(refused) == (
        "The logo logo.png (20 bytes) is not an image; allowed: a PNG or JPEG image of at "
        "most 1 MB (1,048,576 bytes) and 4,000 pixels a side."
    )


def test_an_svg_is_refused_saying_what_it_is() -> None:
    svg = b"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>"
    with pytest.raises(LogoRefusedError) as refused:
        accepted_logo("logo.svg", svg, None)
    assert refused.value.problem is LogoProblem.NOT_PNG_OR_JPEG
    assert refused.value.kind == "an SVG drawing"
    assert "logo.svg (64 bytes) is an SVG drawing" in str(refused.value)


def test_one_byte_over_the_limit_is_refused_before_its_kind() -> None:
    over = logo_png() + b"\x00" * (MAX_BYTES + 1 - len(logo_png()))
    assert len(over) == MAX_BYTES + 1
    refused = refused_before_reading("huge.png", over)
    assert refused is not None
    assert refused.problem is LogoProblem.TOO_LARGE
    assert (refused.size_bytes, refused.kind) == (MAX_BYTES + 1, "image/png")
    assert "huge.png (1,048,577 bytes) is too large" in str(refused)
    exactly = over[:MAX_BYTES]
    assert refused_before_reading("big.png", exactly) is None


def test_an_image_that_did_not_decode_is_refused_as_damaged() -> None:
    with pytest.raises(LogoRefusedError) as refused:
        accepted_logo("cut.png", logo_png()[:60], None)
    assert refused.value.problem is LogoProblem.UNREADABLE
    assert "is marked image/png but cannot be read" in str(refused.value)


@pytest.mark.parametrize("size", [(MAX_SIDE_PX + 1, 10), (10, MAX_SIDE_PX + 1), (0, 10)])
def test_too_many_or_no_pixels_are_refused(size: tuple[int, int]) -> None:
    with pytest.raises(LogoRefusedError) as refused:
        accepted_logo("wide.png", logo_png(), size)
    assert refused.value.problem is LogoProblem.TOO_MANY_PIXELS
    assert (refused.value.width_px, refused.value.height_px) == size
    assert f"is {size[0]} × {size[1]} pixels" in str(refused.value)
