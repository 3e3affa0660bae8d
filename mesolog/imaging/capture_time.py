"""When a photo was taken, as its EXIF says, and the one piece of EXIF a stored photo keeps.

EXIF writes the camera's wall clock (DateTimeOriginal) and, on most phones since 2017,
its offset from UTC (OffsetTimeOriginal). A time with no offset is read in the zone the
caller names (the clinic's), else in this computer's. The stored file keeps both tags
as the camera wrote them, and no offset it did not write.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from PIL import Image
from PIL.ExifTags import IFD, Base

_WALL_CLOCK = re.compile(r"\s*(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"\s*([+-])(\d{2}):(\d{2})\s*$")
_LARGEST_OFFSET = dt.timedelta(hours=14)


@dataclass(frozen=True, slots=True)
class CaptureTime:
    wall_clock: dt.datetime
    """Naive: the time the camera's clock showed."""
    offset: dt.timedelta | None
    """From UTC, when the file states it."""

    def aware(self, zone: dt.tzinfo | None = None) -> dt.datetime:
        """The moment: by the stated offset, else in `zone`, else in this computer's zone."""
        if self.offset is not None:
            return self.wall_clock.replace(tzinfo=dt.timezone(self.offset))
        if zone is not None:
            return self.wall_clock.replace(tzinfo=zone)
        return self.wall_clock.astimezone()

    def exif(self) -> bytes:
        """An APP1 Exif payload holding only DateTimeOriginal and OffsetTimeOriginal."""
        exif = Image.Exif()
        details = exif.get_ifd(IFD.Exif)
        details[Base.DateTimeOriginal] = self.wall_clock.strftime("%Y:%m:%d %H:%M:%S")
        if self.offset is not None:
            minutes = int(self.offset.total_seconds()) // 60
            hours, minutes = divmod(abs(minutes), 60)
            sign = "-" if self.offset < dt.timedelta(0) else "+"
            details[Base.OffsetTimeOriginal] = f"{sign}{hours:02d}:{minutes:02d}"
        return exif.tobytes()


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value if isinstance(value, str) else None


def _offset(value: object) -> dt.timedelta | None:
    text = _text(value)
    found = _OFFSET.match(text) if text else None
    if found is None:
        return None
    sign, hours, minutes = found.groups()
    offset = dt.timedelta(hours=int(hours), minutes=int(minutes))
    if offset > _LARGEST_OFFSET or int(minutes) >= 60:
        return None
    return -offset if sign == "-" else offset


def capture_time(exif: Image.Exif) -> CaptureTime | None:
    """DateTimeOriginal with OffsetTimeOriginal; None when absent, blank or not a date."""
    details = exif.get_ifd(IFD.Exif)
    text = _text(details.get(Base.DateTimeOriginal))
    found = _WALL_CLOCK.match(text) if text else None
    if found is None:
        return None
    try:
        year, month, day, hour, minute, second = (int(part) for part in found.groups())
        wall_clock = dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    return CaptureTime(wall_clock, _offset(details.get(Base.OffsetTimeOriginal)))
