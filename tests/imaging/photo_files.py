"""Photo files for the tests, drawn with Pillow: an upright scene with a red block in its
top-left corner and a green one in its top-right, stored turned as an EXIF orientation
says, with the identifying metadata a phone or camera writes (GPS, maker, serial number,
owner, XMP, IPTC, a comment, a depth map after the image), an ICC profile and the
capture time."""

from __future__ import annotations

import io
import struct
import zlib
from functools import cache

from PIL import Image, ImageCms, ImageDraw
from PIL.ExifTags import GPS, IFD, Base
from PIL.PngImagePlugin import PngInfo

WIDTH, HEIGHT = 1200, 800
RED = (220, 20, 20)
GREEN = (20, 200, 40)
TAKEN = "2024:05:01 10:20:30"
OFFSET = "+03:00"
SECRETS = (b"PhoneMaker", b"Model X9", b"SN-4711-0815", b"Dr Hidden Owner", b"LENS-998877")
XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'dc:creator="Dr Hidden Owner"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)
DEPTH_MAP = b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00SN-4711-0815\xff\xd9"
# The turn that makes an upright scene into the pixels a camera stores with that
# orientation: the inverse of the turn that shows them upright.
STORED_TURN = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


@cache
def srgb_profile() -> bytes:
    """One profile for the whole run: each new one holds the moment it was made."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def upright_scene(width: int = WIDTH, height: int = HEIGHT, mode: str = "RGB") -> Image.Image:
    """A grey-blue gradient, a red block top left and a green block top right."""
    gradient = Image.linear_gradient("L").resize((width, height))
    scene = Image.merge("RGB", (gradient, gradient, Image.new("L", (width, height), 160)))
    draw = ImageDraw.Draw(scene)
    block_w, block_h = width // 5, height // 5
    draw.rectangle((0, 0, block_w, block_h), fill=RED)
    draw.rectangle((width - 1 - block_w, 0, width - 1, block_h), fill=GREEN)
    return scene.convert(mode)


def stored_turned(scene: Image.Image, orientation: int) -> Image.Image:
    turn = STORED_TURN.get(orientation)
    return scene if turn is None else scene.transpose(turn)


def camera_exif(
    orientation: int, *, taken: str | None = TAKEN, offset: str | None = OFFSET
) -> Image.Exif:
    exif = Image.Exif()
    exif[Base.Orientation] = orientation
    exif[Base.Make] = "PhoneMaker"
    exif[Base.Model] = "Model X9"
    exif[Base.Artist] = "Dr Hidden Owner"
    exif[Base.Copyright] = "Dr Hidden Owner"
    exif[Base.Software] = "PhoneOS 17.4"
    details = exif.get_ifd(IFD.Exif)
    details[Base.BodySerialNumber] = "SN-4711-0815"
    details[Base.CameraOwnerName] = "Dr Hidden Owner"
    details[Base.LensSerialNumber] = "LENS-998877"
    if taken is not None:
        details[Base.DateTimeOriginal] = taken
        details[Base.DateTimeDigitized] = taken
    if offset is not None:
        details[Base.OffsetTimeOriginal] = offset
    gps = exif.get_ifd(IFD.GPSInfo)
    gps[GPS.GPSLatitudeRef] = "N"
    gps[GPS.GPSLatitude] = (37.0, 58.0, 31.5)
    gps[GPS.GPSLongitudeRef] = "E"
    gps[GPS.GPSLongitude] = (23.0, 43.0, 12.25)
    return exif


def with_segment(jpeg: bytes, marker: int, payload: bytes) -> bytes:
    """The JPEG with one more marker segment just after its start."""
    return (
        jpeg[:2] + bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]
    )


def iptc_segment() -> bytes:
    """A Photoshop APP13 block with an IPTC by-line naming the photographer."""
    name = b"Dr Hidden Owner"
    iptc = b"\x1c\x02\x50" + struct.pack(">H", len(name)) + name
    block = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    return b"Photoshop 3.0\x00" + block


def camera_jpeg(
    orientation: int = 1,
    *,
    taken: str | None = TAKEN,
    offset: str | None = OFFSET,
    subsampling: int = 2,
    icc: bool = True,
) -> bytes:
    """A phone's JPEG: turned as `orientation` says, with every kind of metadata."""
    pixels = stored_turned(upright_scene(), orientation)
    out = io.BytesIO()
    pixels.save(
        out,
        "JPEG",
        quality=90,
        subsampling=subsampling,
        exif=camera_exif(orientation, taken=taken, offset=offset).tobytes(),
        icc_profile=srgb_profile() if icc else None,
        comment=b"Dr Hidden Owner",
        xmp=XMP,
    )
    return with_segment(out.getvalue(), 0xED, iptc_segment()) + DEPTH_MAP


def camera_png(orientation: int = 1, *, mode: str = "RGB") -> bytes:
    """A PNG with text chunks (tEXt, zTXt, iTXt), an eXIf chunk and an ICC profile."""
    pixels = stored_turned(upright_scene(mode=mode), orientation)
    info = PngInfo()
    info.add_text("Author", "Dr Hidden Owner")
    info.add_text("Comment", "SN-4711-0815", zip=True)
    info.add_itxt("Description", "PhoneMaker Model X9", lang="en")
    out = io.BytesIO()
    pixels.save(
        out,
        "PNG",
        pnginfo=info,
        exif=camera_exif(orientation).tobytes(),
        icc_profile=srgb_profile(),
    )
    return out.getvalue()


def grey_of(colour: tuple[int, int, int]) -> int:
    grey = Image.new("RGB", (1, 1), colour).convert("L").getpixel((0, 0))
    assert isinstance(grey, int)
    return grey


def tiff_pixels(scene: Image.Image, mode: str) -> Image.Image:
    """The scene in `mode`; in 16-bit grey, its 8-bit grey times 256."""
    if mode == "I;16":
        return scene.convert("L").convert("I").point(lambda value: value * 256).convert("I;16")
    return scene.convert(mode)


def camera_tiff(orientation: int = 1, *, mode: str = "RGB") -> bytes:
    """A TIFF whose own tags hold the maker, model, artist, orientation and capture time."""
    pixels = tiff_pixels(stored_turned(upright_scene(), orientation), mode)
    out = io.BytesIO()
    pixels.save(
        out,
        "TIFF",
        exif=camera_exif(orientation).tobytes(),
        icc_profile=srgb_profile() if mode in ("RGB", "RGBA") else None,
    )
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims `width` × `height` pixels in a few dozen bytes."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def heic_header() -> bytes:
    """The first box of an iPhone's HEIC file: enough to be known as HEIC."""
    brands = b"heic" + b"\x00\x00\x00\x00" + b"mif1heic"
    return struct.pack(">I", 8 + len(brands)) + b"ftyp" + brands + b"\x00" * 64
