"""A HEIC photo, read with the optional heic extra (pillow-heif), is stored as a JPEG:
upright, with no GPS or other identifying metadata. Runs only where the extra is installed;
test_refusals covers the message given where it is not."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

from mesolog.imaging.kinds import SourceKind
from mesolog.imaging.photos import PhotoType, prepare_photo
from tests.imaging.photo_files import (
    HEIGHT,
    WIDTH,
    camera_exif,
    srgb_profile,
    stored_turned,
    upright_scene,
)
from tests.imaging.test_photos import assert_nothing_identifying, assert_upright

pillow_heif = pytest.importorskip("pillow_heif")


@pytest.mark.parametrize("orientation", [1, 6, 8])
def test_a_heic_photo_becomes_an_upright_jpeg_with_no_identifying_metadata(
    orientation: int,
) -> None:
    pixels = stored_turned(upright_scene(), orientation)
    heif = pillow_heif.from_pillow(pixels)
    out = io.BytesIO()
    heif.save(
        out,
        quality=90,
        exif=camera_exif(orientation).tobytes(),
        icc_profile=srgb_profile(),
        xmp=b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>Dr Hidden Owner</x:xmpmeta>",
    )
    photo = prepare_photo(out.getvalue(), file_label="IMG_0001.HEIC")
    stored = Image.open(io.BytesIO(photo.image))
    assert (stored.format, photo.media_type, photo.source_kind) == (
        "JPEG",
        PhotoType.JPEG,
        SourceKind.HEIC,
    )
    assert stored.size == (WIDTH, HEIGHT)
    assert_upright(stored)
    assert_nothing_identifying(photo)
    assert photo.captured_at == dt.datetime(
        2024, 5, 1, 10, 20, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))
    )
