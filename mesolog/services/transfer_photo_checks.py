"""The domain's rules on a file's photos and on the charts of its voided treatment lines,
as an import checks them before anything is written (services.transfer_reading).

A photo is checked as clinic.photos checks one being added: the patient's photo consent,
its label; and, as the file gives them, who added it and when (not in the future), who
voided it and why. A document on its own carries no photo: photos travel with their
images, in a bundle.

A voided line (removed from a draft before signing) keeps the chart it had: its zones
and points are checked with the diagrams' shapes like a line that counts; which product
a point used is not, as the line's products then are not known apart from those voided
before it.

An image is checked to be exactly what mesolog stores (`metadata_stripped`): what
imaging's stripping leaves of it, with at most the one Exif block of its capture time.
"""

from __future__ import annotations

import datetime as dt

from PIL import Image
from PIL.ExifTags import IFD, TAGS, Base

from mesolog.domain.charts import chart_violations
from mesolog.domain.errors import Violation
from mesolog.domain.photos import validate_photo
from mesolog.domain.records import TreatmentLine, Voiding
from mesolog.domain.text_rules import name_violations, text_violations
from mesolog.domain.texts import phrase
from mesolog.imaging.decoding import DECODE_ERRORS
from mesolog.imaging.jpeg_markers import segment, stripped_jpeg
from mesolog.imaging.png_chunks import SIGNATURE, chunk, stripped_png
from mesolog.interchange.clinic_file import PatientBundle
from mesolog.services.chart_shapes import SHAPES

NEEDS_CONSENT = phrase(
    "Transfer",
    "no photos of a patient without photo consent: photo_consent_on gives the day they agreed "
    "to clinical photos",
)
IN_A_BUNDLE = phrase(
    "Transfer",
    "no photos in a document on its own: photos travel with their images in a bundle "
    "(.mesolog.zip, from an export with photos)",
)
NOT_IN_FUTURE = phrase("Transfer", "a time not in the future")
_EXIF_PREFIX = b"Exif\x00\x00"
_TIME_TAGS = frozenset((Base.DateTimeOriginal, Base.OffsetTimeOriginal))
_SOS, _EOI, _COM, _APP0, _APP15 = 0xDA, 0xD9, 0xFE, 0xE0, 0xEF
_STANDALONE = frozenset((0x01, 0xD8, *range(0xD0, 0xD8)))
_JPEG_SEGMENTS = {
    (0xE0, b"JFIF\x00"): "JFIF thumbnail",
    (0xE1, _EXIF_PREFIX): "Exif",
    (0xE1, b"http://ns.adobe.com/"): "XMP",
    (0xE2, b"MPF\x00"): "multi-picture index (MPF)",
    (0xED, b""): "Photoshop/IPTC (APP13)",
    (_COM, b""): "comment (COM)",
}


def shown_list(count: int) -> str:
    """How a refusal shows a list: by its size."""
    return f"(a list of {count} entr{'y' if count == 1 else 'ies'})"


def photo_violations(
    bundle: PatientBundle, base: str, *, now: dt.datetime, with_images: bool
) -> list[Violation]:
    """The rules the patient's photos break; `with_images`: the file is a bundle's."""
    if not bundle.photos:
        return []
    where = f"{base}.photos"
    if not with_images:
        return [Violation(where, shown_list(len(bundle.photos)), IN_A_BUNDLE)]
    found: list[Violation] = []
    if bundle.patient.details.photo_consent_on is None:
        found.append(Violation(where, shown_list(len(bundle.photos)), NEEDS_CONSENT))
    for index, photo in enumerate(bundle.photos):
        path = f"{where}[{index}]"
        found += validate_photo(photo.details, path)
        found += name_violations(f"{path}.added_by", photo.added_by)
        if photo.added_at > now:
            found.append(Violation(f"{path}.added_at", photo.added_at.isoformat(), NOT_IN_FUTURE))
        found += voiding_violations(photo.voiding, path)
    return found


def voiding_violations(voiding: Voiding | None, path: str) -> list[Violation]:
    """Who voided a record (a name) and why (text, lines allowed)."""
    if voiding is None:
        return []
    found = name_violations(f"{path}.voided.by", voiding.voided_by)
    return found + text_violations(f"{path}.voided.reason", voiding.reason, multiline=True)


def voided_chart_violations(line: TreatmentLine, path: str) -> list[Violation]:
    """A voided line's zones and points, with the shapes; not which product each used."""
    found = chart_violations(
        line.area,
        line.zones,
        line.points,
        volumes_ml=[product.volume_ml for product in line.products],
        shapes=SHAPES,
        path=path,
    )
    return [v for v in found if not v.path.endswith((".product", ".volume_ml"))]


def metadata_stripped(image: bytes, *, png: bool, exif: bytes | None) -> list[str]:
    """What of `image`'s metadata mesolog strips, by kind (never a value); empty when the
    image is as mesolog stores it: as imaging strips it, with `exif` (the APP1 payload of
    its capture time, as imaging writes it) as its only Exif."""
    if png:
        own_exif = chunk(b"eXIf", exif.removeprefix(_EXIF_PREFIX)) if exif else b""
        stripped = stripped_png(image)
    else:
        own_exif = segment(0xE1, exif) if exif else b""
        stripped = stripped_jpeg(image)
    if stripped is None:
        return ["a structure mesolog cannot follow"]
    if image.replace(own_exif, b"", 1) == stripped:
        return []
    kept = _png_parts(stripped) if png else _jpeg_parts(stripped)
    found: list[str] = []
    for part, payload in _png_parts(image) if png else _jpeg_parts(image):
        if (part, payload) in kept or payload == own_exif:
            continue
        exif_block = part in ("Exif", "PNG eXIf")
        name = _exif_tags(payload[8:-4] if png else payload[4:]) if exif_block else part
        if name not in found:
            found.append(name)
    return found or ["segments in another order or form than mesolog writes"]


def _png_parts(data: bytes) -> list[tuple[str, bytes]]:
    """Each chunk, named by its type, with its bytes."""
    parts = []
    pos = len(SIGNATURE)
    while pos + 12 <= len(data):
        end = pos + 12 + int.from_bytes(data[pos : pos + 4], "big")
        parts.append((f"PNG {data[pos + 4 : pos + 8].decode('latin-1')}", data[pos:end]))
        pos = end
    if pos < len(data):
        parts.append(("data after the image's end", data[pos:]))
    return parts


def _jpeg_parts(data: bytes) -> list[tuple[str, bytes]]:
    """Each marker segment, named by what it holds, with its bytes; the entropy-coded
    scans left out."""
    parts = []
    pos = 2
    while pos + 1 < len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xFF or marker in _STANDALONE:
            pos += 1 if marker == 0xFF else 2
            continue
        if marker == _EOI:
            pos += 2
            break
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        parts.append((_segment_name(marker, data[pos + 4 : end]), data[pos:end]))
        pos = _scan_end(data, end) if marker == _SOS else end
    if pos < len(data):
        parts.append(("data after the image's end", data[pos:]))
    return parts


def _segment_name(marker: int, payload: bytes) -> str:
    for (known, start), name in _JPEG_SEGMENTS.items():
        if marker == known and payload.startswith(start):
            return name
    return f"APP{marker - _APP0}" if _APP0 <= marker <= _APP15 else f"marker 0x{marker:02X}"


def _scan_end(data: bytes, pos: int) -> int:
    while (pos := data.find(b"\xff", pos)) >= 0 and pos + 1 < len(data):
        following = data[pos + 1]
        if following not in (0x00, 0xFF) and not 0xD0 <= following <= 0xD7:
            return pos
        pos += 1 if following == 0xFF else 2
    return len(data)


def _exif_tags(tiff: bytes) -> str:
    """An Exif block by the names of the tags mesolog would not keep."""
    exif = Image.Exif()
    try:
        exif.load(tiff)
        tags = [t for t in exif if t != IFD.Exif]
        tags += [t for t in exif.get_ifd(IFD.Exif) if t not in _TIME_TAGS]
        thumbnail = bool(exif.get_ifd(IFD.IFD1))
    except DECODE_ERRORS:
        return "Exif (unreadable)"
    names = [TAGS.get(tag, f"tag 0x{tag:04X}") for tag in tags]
    names += ["thumbnail"] if thumbnail else []
    return (
        f"Exif {', '.join(names)}" if names else "an Exif block beyond the one of its capture time"
    )
