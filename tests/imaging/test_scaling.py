"""The print copy a PDF embeds: as many pixels as the print size and dpi need, never more
than the photo has, in sRGB; and a stored photo's size read from its header."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from mesolog.imaging.photos import prepare_photo
from mesolog.imaging.scaling import fitted, print_copy
from tests.imaging.photo_files import camera_jpeg, camera_png, camera_tiff, upright_scene


def _opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_a_photo_printed_two_inches_wide_at_200_dpi_has_400_pixels_across() -> None:
    stored = prepare_photo(camera_jpeg(6), file_label="a.jpg").image
    printed = _opened(print_copy(stored, width_pt=144, height_pt=144))
    assert printed.format == "JPEG"
    assert printed.size == (400, 267)
    assert printed.info["dpi"] == (200, 200)
    assert "icc_profile" not in printed.info
    assert dict(printed.getexif()) == {}
    at_300 = _opened(print_copy(stored, width_pt=144, height_pt=72, dpi=300))
    assert at_300.size == (450, 300)


def test_a_photo_smaller_than_its_print_is_not_enlarged() -> None:
    plain = io.BytesIO()
    upright_scene(600, 400).save(plain, "JPEG", quality=90)
    assert print_copy(plain.getvalue(), width_pt=500, height_pt=500) == plain.getvalue()
    with_profile = prepare_photo(camera_jpeg(1), file_label="b.jpg").image
    assert _opened(print_copy(with_profile, width_pt=800, height_pt=800)).size == (1200, 800)


def test_a_png_with_transparency_is_printed_as_a_jpeg_on_white() -> None:
    stored = prepare_photo(camera_png(1, mode="RGBA"), file_label="c.png").image
    clear = Image.open(io.BytesIO(stored))
    clear.putalpha(0)
    out = io.BytesIO()
    clear.save(out, "PNG")
    printed = _opened(print_copy(out.getvalue(), width_pt=72, height_pt=72))
    assert (printed.format, printed.mode, printed.size) == ("JPEG", "RGB", (200, 133))
    assert printed.getextrema() == ((255, 255), (255, 255), (255, 255))


def test_a_sixteen_bit_png_is_printed_in_eight_bits() -> None:
    stored = prepare_photo(camera_tiff(1, mode="I;16"), file_label="d.tif").image
    printed = _opened(print_copy(stored, width_pt=72, height_pt=72))
    assert printed.size == (200, 133)
    assert printed.getextrema()[0][1] > 200  # white stays white, not clipped to grey


def test_a_print_size_of_nothing_is_a_mistake_of_the_caller() -> None:
    with pytest.raises(ValueError, match="0 × 72 pt at 200 dpi"):
        print_copy(b"", width_pt=0, height_pt=72)


@pytest.mark.parametrize(
    ("size", "box", "expected"),
    [
        ((4000, 3000), (320, 320), (320, 240)),
        ((3000, 4000), (320, 320), (240, 320)),
        ((100, 50), (320, 320), (100, 50)),
        ((10_000, 1), (320, 320), (320, 1)),
    ],
)
def test_fitted_keeps_proportions_and_never_enlarges(
    size: tuple[int, int], box: tuple[int, int], expected: tuple[int, int]
) -> None:
    assert fitted(size, box) == expected
