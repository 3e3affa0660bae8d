"""An export with photos (issue 12): a bundle of the document and each image, named by its
SHA-256, round trips a clinic with charted sessions and photos into an empty one (same
records, same image bytes, the audit log intact); hostile bundles are refused, saying
which file and which photo, with nothing written; the document alone says it left the
photos out."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import stat
import struct
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PIL import Image
from PIL.ExifTags import IFD, Base

from mesolog.domain.errors import KnownError, ValidationError, Violation
from mesolog.domain.photos import Photo
from mesolog.imaging.jpeg_markers import segment
from mesolog.imaging.png_chunks import SIGNATURE, chunk
from mesolog.interchange.bundle import BUNDLE, NAMES_ALLOWED, NOT_A_ZIP
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_photo_checks import IN_A_BUNDLE, NEEDS_CONSENT
from mesolog.services.transfer_progress import Cancelled
from tests.conftest import ATHENS, FixedClock
from tests.imaging.photo_files import camera_jpeg, iptc_segment, with_segment
from tests.services.conftest import DatabaseProbe
from tests.services.transfer_support import (
    Charted,
    Document,
    charted_clinic,
    document_bytes,
    rebundle,
    unbundle,
)

NOW = dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS)
P = 1
"""The patient with photos among the document's (sorted by name: Nikolaidis, Papadopoulou)."""


@dataclass(frozen=True)
class Made:
    charted: Charted
    bundle: bytes
    document: Document
    """The document alone, as `export json` writes it."""
    images: dict[str, bytes]
    """Each photo's stored image, by photo id."""


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    folder = tmp_path_factory.mktemp("bundle")
    with Clinic.open(str(folder / "source.sqlite"), actor="tester", clock=FixedClock(NOW)) as c:
        charted = charted_clinic(c)
        path = folder / "clinic.mesolog.zip"
        written = c.exports.export_bundle(path)
        assert (written.patients, written.photos) == (2, 4)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert sorted(p.name for p in folder.iterdir()) == [
            "clinic.mesolog.zip",
            *(f"source.sqlite{end}" for end in ("", "-shm", "-wal")),
        ]
        assert c.audit.verify().intact
        images = {str(p.id): c.photos.image(p.id) for p in charted.photos}
        return Made(charted, path.read_bytes(), c.exports.export_document(), images)


def without_thumbnails(photos: list[Photo]) -> list[Photo]:
    return [replace(photo, thumbnail=b"") for photo in photos]


def test_a_bundle_brings_charts_and_photos_into_an_empty_clinic_as_they_were(
    made: Made, empty: Clinic, tmp_path: Path
) -> None:
    path = tmp_path / "in.mesolog.zip"
    path.write_bytes(made.bundle)
    report = empty.imports.import_file(path)
    assert (report.patients_added, report.sessions_added, report.photos_added) == (2, 4, 4)
    assert "Photos: 4 added, 0 in the database already." in report.summary()
    again = empty.exports.export_document()
    apart = {"exported_at": None, "chain_anchor": None}
    assert {**again, **apart} == {**made.document, **apart}
    patient = made.charted.patient
    photos = empty.photos.of_patient(patient, voided=True)
    assert without_thumbnails(photos) == without_thumbnails(list(made.charted.photos))
    assert [p.voiding is not None for p in photos] == [False, False, True, False]
    for photo in photos:
        image = empty.photos.image(photo.id)
        assert image == made.images[str(photo.id)]
        assert hashlib.sha256(image).hexdigest() == photo.sha256
        with Image.open(io.BytesIO(photo.thumbnail)) as small:
            assert small.format == "JPEG" and max(small.size) == 320
    signed = empty.sessions.get(made.charted.signed)
    assert [len(line.points) for line in signed.entry.treatments] == [4]
    assert empty.audit.verify().intact
    entries = [e for e in empty.audit.entries(patient=patient) if e.entity == "photo"]
    sha = hashlib.sha256(made.bundle).hexdigest()
    assert {e.action for e in entries} == {"import"} and len(entries) == 4
    assert all(
        e.detail.startswith(f"from file sha256 {sha}; added by 'tester' at ") for e in entries
    )
    assert sum(e.detail.endswith("; voided in the file") for e in entries) == 1


def test_the_same_bundle_again_changes_nothing(made: Made, empty: Clinic, tmp_path: Path) -> None:
    empty.imports.import_bytes(made.bundle)
    before = DatabaseProbe(tmp_path / "empty.sqlite").snapshot()
    report = empty.imports.import_bytes(made.bundle)
    assert not report.changed and report.photos_present == 4
    assert DatabaseProbe(tmp_path / "empty.sqlite").snapshot() == before


# --- hostile bundles: refused, saying which file and which photo, nothing written ------------


def _photo_ids(made: Made) -> dict[str, str]:
    """Photo ids by their image's name in the bundle."""
    document, _ = unbundle(made.bundle)
    return {
        f"photos/{p['sha256']}.{p['media_type'][6:].replace('jpeg', 'jpg')}": p["id"]
        for patient in document["patients"]
        for p in patient.get("photos", ())
    }


def _first_image(made: Made) -> tuple[str, str]:
    name, photo_id = next(iter(_photo_ids(made).items()))
    return name, photo_id


def _swapped_byte(made: Made) -> bytes:
    document, images = unbundle(made.bundle)
    name, _ = _first_image(made)
    image = bytearray(images[name])
    image[len(image) // 2] ^= 0x01
    return rebundle(document, {**images, name: bytes(image)})


def _missing(made: Made) -> bytes:
    document, images = unbundle(made.bundle)
    name, _ = _first_image(made)
    return rebundle(document, {n: data for n, data in images.items() if n != name})


def _extra(made: Made) -> bytes:
    document, images = unbundle(made.bundle)
    other = b"\xff\xd8\xff another"
    return rebundle(document, {**images, f"photos/{hashlib.sha256(other).hexdigest()}.jpg": other})


def _climbing(made: Made) -> bytes:
    document, images = unbundle(made.bundle)
    return rebundle(document, {**images, "photos/../../.bashrc": b"echo"})


def _huge(made: Made) -> bytes:
    """The first image's declared size, in both its headers, set to 3 GB."""
    data = bytearray(made.bundle)
    name = _first_image(made)[0].encode()
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + name_at : start + name_at + len(name)] == name:
                data[start + size_at : start + size_at + 4] = struct.pack("<I", 3_000_000_000)
            start += 4
    return bytes(data)


def _not_a_zip(made: Made) -> bytes:
    return b"PK\x03\x04" + bytes(200)


HOSTILE: dict[str, Callable[[Made], bytes]] = {
    "a swapped image byte": _swapped_byte,
    "a missing image": _missing,
    "an extra file": _extra,
    "a ../ name": _climbing,
    "a huge declared size": _huge,
    "not a zip": _not_a_zip,
}


def _expected(kind: str, made: Made) -> Callable[[Violation], bool]:
    name, photo_id = _first_image(made)
    sha = name[7:71]
    return {
        "a swapped image byte": lambda v: (
            (v.path, v.value) == (BUNDLE, name)
            and f"photo {photo_id}" in str(v.allowed)
            and "SHA-256" in str(v.allowed)
        ),
        "a missing image": lambda v: (
            v.path.endswith(".sha256")
            and v.value == sha
            and f"({name}, photo {photo_id})" in str(v.allowed)
        ),
        "an extra file": lambda v: (
            v.path == BUNDLE and "no photo has this SHA-256" in str(v.allowed)
        ),
        "a ../ name": lambda v: v == Violation(BUNDLE, "photos/../../.bashrc", NAMES_ALLOWED),
        "a huge declared size": lambda v: (
            (v.path, v.value) == (BUNDLE, name)
            and str(v.allowed).startswith(
                "an image of at most 41,943,040 bytes (it says 3,000,000,000)"
            )
        ),
        "not a zip": lambda v: str(v.allowed) == str(NOT_A_ZIP),
    }[kind]


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_bundle_is_refused_naming_file_and_photo_and_nothing_is_written(
    made: Made, empty: Clinic, tmp_path: Path, kind: str
) -> None:
    data = HOSTILE[kind](made)
    probe = DatabaseProbe(tmp_path / "empty.sqlite")
    before = probe.snapshot()
    path = tmp_path / "hostile.mesolog.zip"
    path.write_bytes(data)
    for attempt in (
        lambda: empty.imports.import_bytes(data),
        lambda: empty.imports.import_file(path),
    ):
        with pytest.raises(ValidationError) as refused:
            attempt()
        [violation] = refused.value.violations
        assert _expected(kind, made)(violation), violation
        assert "Papadopoulou" not in str(refused.value)
    assert probe.snapshot() == before


def test_a_zip_name_that_holds_no_zip_is_refused_as_a_bundle(empty: Clinic, tmp_path: Path) -> None:
    path = tmp_path / "clinic.mesolog.zip"
    path.write_text('{"format": "mesolog"}')
    with pytest.raises(ValidationError) as refused:
        empty.imports.import_file(path)
    assert str(refused.value.violations[0].allowed) == str(NOT_A_ZIP)


def _changed(made: Made, change: Callable[[Document, dict[str, bytes]], None]) -> bytes:
    document, images = unbundle(made.bundle)
    change(document, images)
    return rebundle(document, images)


def _refusal(clinic: Clinic, data: bytes) -> list[Violation]:
    with pytest.raises(ValidationError) as refused:
        clinic.imports.import_bytes(data)
    return list(refused.value.violations)


def test_photos_need_the_patients_photo_consent(made: Made, empty: Clinic) -> None:
    def no_consent(document: Document, _: dict[str, bytes]) -> None:
        for patient in document["patients"]:
            patient.pop("photo_consent_on", None)

    found = _refusal(empty, _changed(made, no_consent))
    assert [(v.path, str(v.allowed)) for v in found] == [("patients[1].photos", str(NEEDS_CONSENT))]
    assert found[0].value == "(a list of 4 entries)"


@pytest.mark.parametrize(("orientation", "size"), [(6, (800, 1200)), (1, (1200, 800))])
def test_an_image_not_as_mesolog_stores_photos_is_refused(
    made: Made, empty: Clinic, orientation: int, size: tuple[int, int]
) -> None:
    raw = camera_jpeg(orientation)  # never prepared: with GPS, turned or upright
    name = f"photos/{hashlib.sha256(raw).hexdigest()}.jpg"

    def raw_image(document: Document, images: dict[str, bytes]) -> None:
        photo = document["patients"][P]["photos"][0]
        del images[f"photos/{photo['sha256']}.jpg"]
        photo.update(sha256=name[7:71], byte_size=len(raw), width_px=size[0], height_px=size[1])
        images[name] = raw

    [violation] = _refusal(empty, _changed(made, raw_image))
    assert (violation.path, violation.value) == (BUNDLE, name)
    assert str(violation.allowed).startswith(
        "an image as mesolog stores photos: upright, without GPS"
    )


SECRET = "SECRETNAME"


def _owner_exif(jpeg: bytes) -> bytes:
    """The JPEG's capture-time Exif with its owner's name and the body's serial added."""
    with Image.open(io.BytesIO(jpeg)) as image:
        kept = image.info["exif"]
        exif = image.getexif()
    exif.get_ifd(IFD.Exif).update({Base.CameraOwnerName: SECRET, Base.BodySerialNumber: "S1"})
    return jpeg.replace(segment(0xE1, kept), segment(0xE1, exif.tobytes()), 1)


def _xmp(jpeg: bytes) -> bytes:
    packet = f"<x:xmpmeta><dc:creator>{SECRET}</dc:creator></x:xmpmeta>".encode()
    return with_segment(jpeg, 0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet)


def _png_text(png: bytes) -> bytes:
    after_header = len(SIGNATURE) + 25
    return png[:after_header] + chunk(b"tEXt", f"Author\x00{SECRET}".encode()) + png[after_header:]


ADDED_METADATA: dict[str, tuple[str, Callable[[bytes], bytes], str]] = {
    "Exif owner and serial": ("image/jpeg", _owner_exif, "Exif CameraOwnerName, BodySerialNumber"),
    "an XMP packet": ("image/jpeg", _xmp, "XMP"),
    "a comment": ("image/jpeg", lambda j: with_segment(j, 0xFE, SECRET.encode()), "comment (COM)"),
    "Photoshop IPTC": (
        "image/jpeg",
        lambda j: with_segment(j, 0xED, iptc_segment()),
        "Photoshop/IPTC (APP13)",
    ),
    "a PNG text chunk": ("image/png", _png_text, "PNG tEXt"),
}


@pytest.mark.parametrize("kind", sorted(ADDED_METADATA))
def test_an_image_with_metadata_mesolog_strips_is_refused_and_nothing_is_written(
    made: Made, empty: Clinic, tmp_path: Path, kind: str
) -> None:
    media_type, add, found = ADDED_METADATA[kind]
    document, images = unbundle(made.bundle)
    photo = next(p for p in document["patients"][P]["photos"] if p["media_type"] == media_type)
    old = f"photos/{photo['sha256']}.{'png' if media_type == 'image/png' else 'jpg'}"
    image = add(images.pop(old))
    photo.update(sha256=hashlib.sha256(image).hexdigest(), byte_size=len(image))
    name = f"photos/{photo['sha256']}.{old.rsplit('.', 1)[1]}"
    images[name] = image
    probe = DatabaseProbe(tmp_path / "empty.sqlite")
    before = probe.snapshot()
    [violation] = _refusal(empty, rebundle(document, images))
    assert (violation.path, violation.value) == (BUNDLE, name)
    assert f"photo {photo['id']}" in str(violation.allowed)
    assert str(violation.allowed).endswith(f"; it carries metadata mesolog strips: {found}")
    assert "only its ICC profile and an Exif block of DateTimeOriginal" in str(violation.allowed)
    assert SECRET not in str(violation) and "Papadopoulou" not in str(violation)
    assert probe.snapshot() == before


def test_an_image_of_another_kind_or_size_than_its_record_is_refused(
    made: Made, empty: Clinic
) -> None:
    def misdescribed(document: Document, _: dict[str, bytes]) -> None:
        document["patients"][P]["photos"][0]["width_px"] = 1201

    [violation] = _refusal(empty, _changed(made, misdescribed))
    assert violation.path == "patients[1].photos[0].width_px" and violation.value == 1201
    assert str(violation.allowed).endswith(".jpg, 1200 pixels")


def test_a_voided_lines_chart_is_checked_with_the_shapes(made: Made, empty: Clinic) -> None:
    def off_zone(document: Document, _: dict[str, bytes]) -> None:
        session = document["patients"][P]["sessions"][2]
        session["treatments"][1]["points"][0].update(x=0.01, y=0.01)

    [violation] = _refusal(empty, _changed(made, off_zone))
    assert violation.path == "patients[1].sessions[2].treatments[1].points[0].x"
    assert str(violation.allowed) == "a place inside the zone neck_decolletage/neck"


def test_a_photo_held_with_other_content_or_an_image_held_already_is_refused(
    made: Made, empty: Clinic
) -> None:
    empty.imports.import_bytes(made.bundle)

    def relabelled(document: Document, _: dict[str, bytes]) -> None:
        document["patients"][P]["photos"][0]["label"] = "relabelled"

    [differs] = _refusal(empty, _changed(made, relabelled))
    assert differs.path == "patients[1].photos[0].id"
    assert "different content" in str(differs.allowed)

    def new_id(document: Document, _: dict[str, bytes]) -> None:
        document["patients"][P]["photos"][0]["id"] = "3f2b8c1e-5d7a-4c2b-9e1f-0a6b7c8d9e0f"

    [held] = _refusal(empty, _changed(made, new_id))
    assert held.path == "patients[1].photos[0].sha256"
    assert str(held.allowed).startswith("an image the patient has no other photo of (not voided)")


# --- the document alone -----------------------------------------------------------------------


def test_the_document_alone_says_how_many_photos_it_left_out(made: Made, empty: Clinic) -> None:
    assert made.document["photos_left_out"] == 4
    assert all("photos" not in patient for patient in made.document["patients"])
    report = empty.imports.import_bytes(document_bytes(made.document))
    assert (report.patients_added, report.photos_added, report.photos_left_out) == (2, 0, 4)
    assert "The file left out 4 photo(s)" in report.summary()
    consent = empty.patients.get(made.charted.patient).details.photo_consent_on
    assert consent == dt.date(2026, 1, 10)


def test_a_document_alone_that_lists_photos_is_refused(made: Made, empty: Clinic) -> None:
    document, _ = unbundle(made.bundle)
    [violation] = _refusal(empty, json.dumps(document).encode())
    assert (violation.path, str(violation.allowed)) == ("patients[1].photos", str(IN_A_BUNDLE))


# --- writing the bundle ---------------------------------------------------------------------


def test_a_cancelled_bundle_leaves_no_file_and_no_audit_entry(
    made: Made, clinic: Clinic, tmp_path: Path
) -> None:
    charted_clinic(clinic)
    entries = len(clinic.audit.entries())
    reports: list[tuple[int, int]] = []
    path = tmp_path / "out" / "clinic.mesolog.zip"
    path.parent.mkdir()
    with pytest.raises(Cancelled):
        clinic.exports.export_bundle(
            path,
            progress=lambda done, total: reports.append((done, total)),
            cancelled=lambda: len(reports) > 3,
        )
    assert list(path.parent.iterdir()) == []
    assert len(clinic.audit.entries()) == entries
    assert {total for _, total in reports} == {2 + 3}  # two patients, three images
    with pytest.raises(KnownError, match=r"cannot be written to .*Nothing was written"):
        clinic.exports.export_bundle(tmp_path / "missing" / "clinic.mesolog.zip")


def test_a_bundle_goes_into_postgresql_as_it_is(made: Made, postgresql_url: str) -> None:
    with Clinic.open(postgresql_url, actor="tester", clock=FixedClock(NOW)) as server:
        report = server.imports.import_bytes(made.bundle)
        assert report.photos_added == 4
        photos = server.photos.of_patient(made.charted.patient, voided=True)
        assert without_thumbnails(photos) == without_thumbnails(list(made.charted.photos))
        assert all(server.photos.image(p.id) == made.images[str(p.id)] for p in photos)
        assert not server.imports.import_bytes(made.bundle).changed
        assert server.audit.verify().intact
