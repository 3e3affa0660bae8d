"""A PNG's metadata removed without decoding it: its compressed image and colour chunks
are copied as they are (16 bits a sample stay 16 bits).

Kept: the header, palette, transparency, image data and the colour chunks (ICC profile,
sRGB, gamma, chromaticities, significant bits, cICP, mastering and light levels) and the
pixel density. Dropped: text (tEXt, zTXt, iTXt), eXIf, tIME, animation, and every private
or unknown chunk. An eXIf chunk of the caller's is put just before the image data.
"""

from __future__ import annotations

import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"
_KEPT = frozenset(
    (
        b"IHDR",
        b"PLTE",
        b"tRNS",
        b"IDAT",
        b"IEND",
        b"iCCP",
        b"sRGB",
        b"gAMA",
        b"cHRM",
        b"sBIT",
        b"cICP",
        b"mDCV",
        b"cLLI",
        b"pHYs",
    )
)


def chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body).to_bytes(4, "big")
    return len(body).to_bytes(4, "big") + kind + body + crc


def stripped_png(data: bytes, exif: bytes | None = None) -> bytes | None:
    """The PNG with only what draws it and its colours; `exif` (TIFF-structured EXIF, with
    no `Exif\\0\\0` prefix) added. None when its chunks cannot be followed to IEND."""
    if not data.startswith(SIGNATURE):
        return None
    kept = [SIGNATURE]
    pending = chunk(b"eXIf", exif) if exif else b""
    pos = len(SIGNATURE)
    while pos + 12 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            return None
        if kind == b"IDAT" and pending:
            kept.append(pending)
            pending = b""
        if kind in _KEPT:
            kept.append(data[pos:end])
        pos = end
        if kind == b"IEND":
            return b"".join(kept)
    return None
