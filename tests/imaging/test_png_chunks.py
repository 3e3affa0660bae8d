"""A PNG's metadata removed by its chunks: its image data and colour chunks copied as they
are, text, time, EXIF and private chunks dropped."""

from __future__ import annotations

import io

from PIL import Image

from mesolog.imaging.png_chunks import SIGNATURE, chunk, stripped_png
from tests.imaging.photo_files import SECRETS, camera_png, srgb_profile


def _kinds(data: bytes) -> list[bytes]:
    found, pos = [], len(SIGNATURE)
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        found.append(data[pos + 4 : pos + 8])
        pos += 12 + length
    return found


def test_text_exif_and_private_chunks_are_dropped_and_the_rest_copied() -> None:
    original = camera_png(1)
    iend = original.rindex(b"IEND") - 4
    with_more = (
        original[:iend] + chunk(b"tIME", bytes(7)) + chunk(b"prVt", SECRETS[2]) + original[iend:]
    )
    stripped = stripped_png(with_more)
    assert stripped is not None
    assert set(_kinds(stripped)) == {b"IHDR", b"iCCP", b"IDAT", b"IEND"}
    for secret in SECRETS:
        assert secret not in stripped
    decoded = Image.open(io.BytesIO(stripped))
    assert decoded.tobytes() == Image.open(io.BytesIO(original)).tobytes()
    assert decoded.info["icc_profile"] == srgb_profile()


def test_the_exif_given_goes_before_the_image_data() -> None:
    stripped = stripped_png(camera_png(1), b"MM\x00*\x00\x00\x00\x08\x00\x00")
    assert stripped is not None
    kinds = _kinds(stripped)
    assert kinds.index(b"eXIf") == kinds.index(b"IDAT") - 1


def test_sixteen_bits_a_sample_stay_sixteen_bits() -> None:
    deep = Image.new("I;16", (64, 32))
    deep.putdata([(x * 1000 + 7) % 65536 for x in range(64 * 32)])
    out = io.BytesIO()
    deep.save(out, "PNG")
    stripped = stripped_png(out.getvalue())
    assert stripped is not None
    assert stripped == out.getvalue()


def test_a_png_cut_short_gives_none() -> None:
    original = camera_png(1)
    assert stripped_png(original[: len(original) // 2]) is None
    assert stripped_png(b"\xff\xd8\xff") is None
