"""A JPEG's metadata removed without decoding it: its compressed image is copied byte for
byte, so stripping costs no quality and little time.

Kept: the frame, tables, scans and restart intervals; the JFIF header (its embedded
thumbnail dropped); the ICC profile (APP2 `ICC_PROFILE`); the Adobe segment (APP14,
which says how the colours were transformed). Dropped: every other APPn segment (Exif,
XMP, Photoshop/IPTC, multi-picture index, maker data), comments, and whatever follows
the end of the image (a phone's depth map or gain map, each with metadata of its own).
An Exif segment of the caller's is put just after the start.
"""

from __future__ import annotations

_SOI, _EOI, _SOS, _COM = 0xD8, 0xD9, 0xDA, 0xFE
_APP0, _APP15 = 0xE0, 0xEF
_KEPT_APPS = {0xE2: b"ICC_PROFILE\x00", 0xEE: b"Adobe"}
_STANDALONE = frozenset((0x01, *range(0xD0, 0xD8)))
_JFIF_HEADER = 12
"""`JFIF\\0`, version, units and densities; the thumbnail's size and pixels follow."""


def segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + (len(payload) + 2).to_bytes(2, "big") + payload


def _marker_at(data: bytes, pos: int) -> tuple[int, int] | None:
    """The marker at `pos` (after any fill bytes) and where its segment's length begins."""
    if pos >= len(data) or data[pos] != 0xFF:
        return None
    while pos < len(data) and data[pos] == 0xFF:
        pos += 1
    return (data[pos], pos + 1) if pos < len(data) else None


def _scan_end(data: bytes, pos: int) -> int | None:
    """Where the entropy-coded data starting at `pos` ends: at the next marker that is not
    a stuffed zero or a restart."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            return None
        following = data[pos + 1]
        if following == 0xFF:
            pos += 1
        elif following == 0x00 or 0xD0 <= following <= 0xD7:
            pos += 2
        else:
            return pos


def _is_jfif(payload: bytes) -> bool:
    return payload.startswith(b"JFIF\x00") and len(payload) >= _JFIF_HEADER + 2


def _kept(marker: int, payload: bytes) -> bool:
    if marker in _KEPT_APPS:
        return payload.startswith(_KEPT_APPS[marker])
    return not (_APP0 <= marker <= _APP15 or marker == _COM)


def stripped_jpeg(data: bytes, exif: bytes | None = None) -> bytes | None:
    """The JPEG with only what draws it and its colours; `exif` (an APP1 payload starting
    `Exif\\0\\0`) added. None when its structure is not one this can follow."""
    if not data.startswith(b"\xff\xd8"):
        return None
    jfif = b""
    kept: list[bytes] = []
    pos = 2
    while True:
        found = _marker_at(data, pos)
        if found is None:
            return None
        marker, pos = found
        if marker == _EOI:
            break
        if marker in _STANDALONE or marker == _SOI:
            continue
        length = int.from_bytes(data[pos : pos + 2], "big")
        end = pos + length
        if length < 2 or end > len(data):
            return None
        payload = data[pos + 2 : end]
        if marker == _APP0 and not jfif and _is_jfif(payload):
            jfif = segment(_APP0, payload[:_JFIF_HEADER] + b"\x00\x00")
        elif _kept(marker, payload):
            kept.append(data[pos - 2 : end])
        pos = end
        if marker == _SOS:
            scan_end = _scan_end(data, pos)
            if scan_end is None:
                return None
            kept.append(data[pos:scan_end])
            pos = scan_end
    extra = segment(0xE1, exif) if exif else b""
    return b"".join((b"\xff\xd8", jfif, extra, *kept, b"\xff\xd9"))
