"""A JPEG's metadata removed by its marker segments: what draws it is copied byte for byte
(progressive scans, restart markers, fill bytes), everything else is dropped."""

from __future__ import annotations

import io

from PIL import Image, ImageCms

from mesolog.imaging.jpeg_markers import segment, stripped_jpeg
from tests.imaging.photo_files import DEPTH_MAP, SECRETS, camera_jpeg, upright_scene, with_segment


def _pixels(data: bytes) -> bytes:
    return Image.open(io.BytesIO(data)).tobytes()


def _jpeg(image: Image.Image, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", **options)
    return out.getvalue()


def _markers(data: bytes) -> list[int]:
    """The marker of each segment before the first scan."""
    found, pos = [], 2
    while data[pos + 1] != 0xDA:
        found.append(data[pos + 1])
        pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
    return found


def test_a_cameras_jpeg_keeps_its_frame_tables_and_scan_and_loses_the_rest() -> None:
    original = camera_jpeg(1)
    stripped = stripped_jpeg(original)
    assert stripped is not None
    assert _pixels(stripped) == _pixels(original)
    assert _markers(stripped) == [0xE0, 0xE2, 0xDB, 0xDB, 0xC0, 0xC4, 0xC4, 0xC4, 0xC4]
    assert stripped.endswith(b"\xff\xd9")
    assert DEPTH_MAP not in stripped
    for secret in SECRETS:
        assert secret not in stripped


def test_the_exif_given_is_put_just_after_the_jfif_header() -> None:
    exif = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x00"
    stripped = stripped_jpeg(camera_jpeg(1), exif)
    assert stripped is not None
    assert _markers(stripped)[:3] == [0xE0, 0xE1, 0xE2]
    assert segment(0xE1, exif) in stripped


def test_a_progressive_jpeg_with_restart_markers_and_fill_bytes_is_copied_whole() -> None:
    scene = upright_scene(640, 480)
    for options in ({"progressive": True}, {"restart_marker_blocks": 4}):
        original = _jpeg(scene, quality=85, **options)
        padded = original[:2] + b"\xff\xff\xff" + original[2:]
        stripped = stripped_jpeg(with_segment(padded, 0xFE, b"a comment"))
        assert stripped is not None
        assert _pixels(stripped) == _pixels(original)
        assert b"a comment" not in stripped


def test_a_large_icc_profile_in_several_segments_is_kept_identical() -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    large = profile + bytes(150_000)  # padding at the end of a profile is allowed
    original = _jpeg(upright_scene(320, 240), icc_profile=large)
    stripped = stripped_jpeg(original)
    assert stripped is not None
    assert stripped.count(b"ICC_PROFILE\x00") == 3
    assert Image.open(io.BytesIO(stripped)).info["icc_profile"] == large


def test_a_cmyk_jpeg_keeps_its_adobe_segment() -> None:
    original = _jpeg(upright_scene(320, 240, mode="CMYK"))
    stripped = stripped_jpeg(original)
    assert stripped is not None
    assert 0xEE in _markers(stripped)
    assert _pixels(stripped) == _pixels(original)


def test_the_jfif_thumbnail_is_dropped() -> None:
    original = _jpeg(upright_scene(320, 240))
    thumbnail = bytes(3 * 2 * 2)
    jfif = b"JFIF\x00\x01\x02\x01\x00\x48\x00\x48\x02\x02" + thumbnail
    with_thumbnail = original[:2] + segment(0xE0, jfif) + original[20:]
    assert _pixels(with_thumbnail) == _pixels(original)
    stripped = stripped_jpeg(with_thumbnail)
    assert stripped is not None
    assert stripped[2:20] == segment(0xE0, jfif[:12] + b"\x00\x00")


def test_a_file_it_cannot_follow_gives_none() -> None:
    whole = camera_jpeg(1)
    assert stripped_jpeg(b"\x89PNG\r\n\x1a\n") is None
    assert stripped_jpeg(whole[: len(whole) // 2]) is None
    assert stripped_jpeg(whole[:3000]) is None
    assert stripped_jpeg(b"\xff\xd8\xff\xe0\x00\x01") is None
