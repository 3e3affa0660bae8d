"""When a photo was taken, from its EXIF: the camera's clock and, when stated, its offset."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from PIL.ExifTags import IFD, Base

from mesolog.imaging.capture_time import CaptureTime, capture_time


def _exif(taken: object, offset: object = None) -> Image.Exif:
    exif = Image.Exif()
    details = exif.get_ifd(IFD.Exif)
    if taken is not None:
        details[Base.DateTimeOriginal] = taken
    if offset is not None:
        details[Base.OffsetTimeOriginal] = offset
    return exif


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        ("+03:00", dt.timedelta(hours=3)),
        ("-05:30", dt.timedelta(hours=-5, minutes=-30)),
        ("+00:00", dt.timedelta(0)),
        ("+25:00", None),
        ("+02:75", None),
        ("   :  ", None),
        ("Z", None),
    ],
)
def test_the_offset_is_read_when_it_is_one(offset: str, expected: dt.timedelta | None) -> None:
    found = capture_time(_exif("2023:11:05 09:00:00", offset))
    assert found == CaptureTime(dt.datetime(2023, 11, 5, 9, 0, 0), expected)


@pytest.mark.parametrize(
    "taken", ["    :  :     :  :  ", "0000:00:00 00:00:00", "2023:02:30 10:00:00", "yesterday", ""]
)
def test_a_blank_or_impossible_date_is_no_capture_time(taken: str) -> None:
    assert capture_time(_exif(taken)) is None


def test_no_date_is_no_capture_time() -> None:
    assert capture_time(_exif(None, "+01:00")) is None
    assert capture_time(Image.Exif()) is None


def test_a_date_written_with_dashes_or_as_bytes_is_read() -> None:
    assert capture_time(_exif("2023-11-05 09:00:00")) == CaptureTime(
        dt.datetime(2023, 11, 5, 9), None
    )
    assert capture_time(_exif(b"2023:11:05 09:00:00\x00")) == CaptureTime(
        dt.datetime(2023, 11, 5, 9), None
    )


def test_the_moment_is_by_the_offset_else_the_zone_given_else_the_local_one() -> None:
    wall = dt.datetime(2024, 1, 15, 12, 0, 0)
    stated = CaptureTime(wall, dt.timedelta(hours=-5))
    assert stated.aware(ZoneInfo("Asia/Tokyo")) == dt.datetime(2024, 1, 15, 17, tzinfo=dt.UTC)
    unstated = CaptureTime(wall, None)
    assert unstated.aware(ZoneInfo("Asia/Tokyo")).utcoffset() == dt.timedelta(hours=9)
    assert unstated.aware().utcoffset() == dt.timedelta(hours=2)  # Athens in winter


def test_its_exif_holds_the_two_tags_and_nothing_else() -> None:
    for offset, text in ((dt.timedelta(hours=-5, minutes=-30), "-05:30"), (None, None)):
        exif = Image.Exif()
        exif.load(CaptureTime(dt.datetime(2023, 11, 5, 9, 1, 2), offset).exif())
        assert list(exif) == [IFD.Exif]
        expected = {Base.DateTimeOriginal: "2023:11:05 09:01:02"}
        if text:
            expected[Base.OffsetTimeOriginal] = text
        assert exif.get_ifd(IFD.Exif) == expected
