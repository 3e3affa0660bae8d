"""What the transfer tests share: the demo clinic's document as bytes, its first session, and
a small clinic with charted sessions and photos (issue 12) to export as a bundle."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import zipfile
from dataclasses import dataclass, replace
from typing import Any

from mesolog.diagrams.hits import centroid
from mesolog.domain.charts import ChartPoint
from mesolog.domain.diagram_ids import Diagram, Side, ZoneRef
from mesolog.domain.enums import Area, Indication, NeedleMethod, Solution
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.photos import Photo, PhotoInput, PhotoMoment, PhotoView
from mesolog.domain.records import (
    CourseInput,
    NeedleTechnique,
    PatientInput,
    PreTreatment,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.interchange.bundle import BundleWriter
from mesolog.services.clinic import Clinic
from tests.imaging.photo_files import camera_jpeg, camera_png

Document = dict[str, Any]

LEFT = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.LEFT)
RIGHT = ZoneRef(Diagram.FACE_FRONT, Area.CHEEKS, Side.RIGHT)
NECK = ZoneRef(Diagram.NECK_DECOLLETAGE, Area.NECK)
HA = ProductUse(Solution.HYALURONIC_ACID, 0.3, "HydraBoost 1.5%")
VITAMINS = ProductUse(Solution.VITAMINS, 0.05, "NCTF 135")
PLUS_TWO = dt.timezone(dt.timedelta(hours=2))
NEEDLE = NeedleTechnique(depth_mm=1.5, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE)


def document_bytes(document: Document) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()


def first_session(document: Document) -> tuple[int, Document]:
    for index, patient in enumerate(document["patients"]):
        if patient["sessions"]:
            return index, patient["sessions"][0]
    raise AssertionError("the demo clinic has sessions")


def mutated(document: Document, how: str, *, now: dt.datetime) -> Document:
    """The document made bad in one of four ways, each across patients (`how`)."""
    bad = copy.deepcopy(document)
    patients = bad["patients"]
    _, session = first_session(bad)
    if how == "schema in two patients and the head":
        patients[1]["family_name"] = 5
        patients[3]["sessions"] = "none"
        bad["clinic"] = {"name": 7}
    elif how == "an id a later patient repeats":
        patients[4]["sessions"][0]["id"] = session["id"]
        with_courses = [patient for patient in patients[5:] if patient["courses"]]
        with_courses[-1]["courses"] *= 2
    elif how == "records in two patients":
        session["performed_at"] = now.replace(year=2030).isoformat()
        patients[-1]["date_of_birth"] = "1850-01-01"
    elif how == "rules hide the records'":
        session["performed_at"] = now.replace(year=2030).isoformat()
        patients[-1]["id"] = patients[0]["id"]
    return bad


def point(zone: ZoneRef, product: int, amount: float, dx: float = 0.0) -> ChartPoint:
    x, y = centroid(zone)
    return ChartPoint(zone, round(x + dx, 6), round(y, 6), product, amount)


def cheeks_line() -> TreatmentLine:
    """Both cheeks charted: four points, the first product's three summing to its volume."""
    return TreatmentLine(
        Area.CHEEKS,
        NEEDLE,
        (HA, VITAMINS),
        zones=(LEFT, RIGHT),
        points=(
            point(LEFT, 0, 0.1),
            point(LEFT, 0, 0.05, dx=0.01),
            point(RIGHT, 0, 0.15),
            point(RIGHT, 1, 0.05),
        ),
    )


def neck_line() -> TreatmentLine:
    return TreatmentLine(
        Area.NECK,
        NEEDLE,
        (replace(HA, volume_ml=0.2),),
        zones=(NECK,),
        points=(point(NECK, 0, 0.2),),
    )


@dataclass(frozen=True, slots=True)
class Charted:
    """The clinic `charted_clinic` made: who has which photos."""

    patient: PatientId
    other: PatientId
    signed: SessionId
    photos: tuple[Photo, ...]


def charted_clinic(clinic: Clinic) -> Charted:
    """A patient with photo consent: a signed session with a charted line, photographed,
    then amended (a point moved); a draft whose charted neck line was removed before
    signing (voided); photos of the signed session (a turned phone JPEG, a PNG), one
    between sessions with a free view, one voided and added again (one image, two
    records). A second patient has
    neither photos nor consent."""
    born = dt.date(1985, 4, 12)
    patient = clinic.patients.create(
        PatientInput("Papadopoulou", "Elena", born, "P-1", photo_consent_on=dt.date(2026, 1, 10))
    )
    other = clinic.patients.create(PatientInput("Nikolaidis", "Petros", born, "P-2"))
    clinic.sessions.create_draft(other.id, entry_at(3, 9, (cheeks_line(),)))
    course = clinic.courses.plan(
        patient.id, CourseInput(Indication.WRINKLES, 6, dt.date(2026, 2, 10), (Area.CHEEKS,))
    )
    entry = replace(entry_at(3, 10, (cheeks_line(),)), course_id=course.id)
    signed = clinic.sessions.sign(clinic.sessions.create_draft(patient.id, entry).id)
    moved = (point(LEFT, 0, 0.15), point(RIGHT, 0, 0.15), point(RIGHT, 1, 0.05))
    amended = replace(entry, treatments=(replace(cheeks_line(), points=moved),))
    both = entry_at(3, 10, (cheeks_line(), neck_line()), hour=15)
    draft = clinic.sessions.create_draft(patient.id, both)
    removed = replace(both, treatments=both.treatments[:1])
    clinic.sessions.update_draft(draft.id, removed, read=draft)
    add = clinic.photos.add
    front = PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE, signed.id)
    side = PhotoInput(PhotoView.LEFT_45, PhotoMoment.AFTER, signed.id, "less redness")
    free = PhotoInput(PhotoView.FREE, PhotoMoment.FOLLOW_UP, None, "scar, right temple")
    add(patient.id, front, camera_jpeg(6), file_label="front.jpg")
    add(patient.id, side, camera_png(), file_label="side.png")
    # Taken before the amendment: a photo goes to a session's newest version only.
    clinic.sessions.amend(signed.id, amended, reason="point moved")
    wrong = add(patient.id, free, camera_jpeg(1, taken=None), file_label="free.jpg")
    clinic.photos.void(wrong.id, reason="wrong moment")
    again = replace(free, moment=PhotoMoment.AFTER)
    added = add(patient.id, again, camera_jpeg(1, taken=None), file_label="free.jpg")
    every = clinic.photos.of_patient(patient.id, voided=True)
    assert len(every) == 4 and added.sha256 == wrong.sha256
    return Charted(patient.id, other.id, signed.id, tuple(every))


def entry_at(
    month: int, day: int, lines: tuple[TreatmentLine, ...], *, hour: int = 10
) -> SessionInput:
    return SessionInput(
        performed_at=dt.datetime(2026, month, day, hour, tzinfo=PLUS_TWO),
        clinician="Dr Eleni Vasileiou",
        treatments=lines,
        pre_treatment=PreTreatment(nsaids_paused_days=10, consent_confirmed=True),
    )


def unbundle(data: bytes) -> tuple[Document, dict[str, bytes]]:
    """A bundle's document and its images by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = json.loads(archive.read("document.json"))
        images = {
            name: archive.read(name) for name in archive.namelist() if name != "document.json"
        }
    return document, images


def rebundle(document: Document, images: dict[str, bytes]) -> bytes:
    """A bundle of `document` and `images`, as mesolog writes one."""
    out = io.BytesIO()
    writer = BundleWriter(out, at=dt.datetime(2026, 3, 10, 18, 0))
    writer.add_document(document_bytes(document))
    for name, data in images.items():
        writer.add_image(name, data)
    writer.close()
    return out.getvalue()
