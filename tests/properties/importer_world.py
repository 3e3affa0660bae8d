"""The importer properties' world: a few patients of the demo clinic, with history (an
amended and a voided session, a voided course), a chart and photos (one voided), exported as
a bundle; and the two databases the files go into."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from mesolog.domain.ids import CourseId, SessionId
from mesolog.domain.photos import PhotoInput, PhotoMoment, PhotoView
from mesolog.interchange.bundle import BundleWriter
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from tests.conftest import FixedClock
from tests.imaging.photo_files import camera_jpeg, camera_png
from tests.properties.documents import Json
from tests.properties.importer_checks import NOW, Held
from tests.properties.support import copy_of, make_template
from tests.services.transfer_support import cheeks_line, unbundle

SESSIONS_KEPT = 3
"""Sessions kept of each demo patient: enough for every kind, few enough to import fast."""


@dataclass(frozen=True, slots=True, repr=False)
class World:
    base: Json
    """A few patients of the demo clinic's export, with their courses, some sessions and
    the first one's photos (a bundle's document)."""
    images: dict[str, bytes]
    """The images of the base's photos, by their names in a bundle."""
    templates: dict[str, Path]
    held: dict[str, Held]

    def __repr__(self) -> str:  # short, for Hypothesis's report of a failing example
        return f"World({len(self.base['patients'])} patients, {sorted(self.templates)})"

    def bundled(self, document: bytes) -> bytes:
        """A bundle of the document's bytes with the base's images."""
        return bundle_of(document, self.images)

    @property
    def text(self) -> str:
        """The base as the bundle holds it."""
        return json.dumps(self.base, ensure_ascii=False)

    @property
    def alone(self) -> str:
        """The base as the document alone: its photos left out, saying how many."""
        left_out = sum(len(p.get("photos", ())) for p in self.base["patients"])
        patients = [
            {key: value for key, value in p.items() if key != "photos"}
            for p in self.base["patients"]
        ]
        return json.dumps(
            {**self.base, "photos_left_out": left_out, "patients": patients}, ensure_ascii=False
        )

    @contextlib.contextmanager
    def opened(self, target: str) -> Iterator[tuple[Clinic, Path]]:
        with copy_of(self.templates[target], FixedClock(NOW)) as opened:
            yield opened


def bundle_of(document: bytes, images: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    writer = BundleWriter(out, at=dt.datetime(2026, 3, 10, 18, 0))
    writer.add_document(document)
    for name, data in images.items():
        writer.add_image(name, data)
    writer.close()
    return out.getvalue()


def images_of(document: Json, images: dict[str, bytes]) -> dict[str, bytes]:
    """Those of `images` that the document's photos name."""
    named = {photo["sha256"] for p in document["patients"] for photo in p.get("photos", ())}
    return {name: data for name, data in images.items() if name[7:71] in named}


def small(document: Json) -> Json:
    """Three patients that have courses and sessions, each with a few of their sessions
    (and every version of those), and the photos of those or of none."""
    chosen = [p for p in document["patients"] if p["courses"] and p["sessions"]][:3]
    for patient in chosen:
        firsts = [s["id"] for s in patient["sessions"] if "amends" not in s][:SESSIONS_KEPT]
        kept = set(firsts)
        for session in patient["sessions"]:  # a version follows the one it corrects
            if session.get("amends") in kept:
                kept.add(session["id"])
        patient["sessions"] = [s for s in patient["sessions"] if s["id"] in kept]
        photos = [p for p in patient.get("photos", ()) if p["session_id"] in kept | {None}]
        if photos:
            patient["photos"] = photos
        else:
            patient.pop("photos", None)
    return {**document, "patients": chosen}


def with_history(clinic: Clinic) -> None:
    """Of the patients `small` keeps: the first signed session amended twice (a charted
    line added), the second amendment voided, and three photos of the first patient (one
    of the amended session, one voided); a draft voided; the second patient's first course
    voided (version 2 of the format carries all of it)."""
    chosen = small(clinic.exports.export_document())["patients"]
    first = chosen[0]["sessions"]
    signed = next(s for s in first if s["status"] == "signed")
    original = clinic.sessions.get(SessionId(uuid.UUID(signed["id"])))
    lines = (*original.entry.treatments, cheeks_line())
    corrected = replace(original.entry, notes="Lot number corrected.", treatments=lines)
    amended = clinic.sessions.amend(original.id, corrected, reason="wrong lot")
    again = clinic.sessions.amend(amended.id, corrected, reason="typo")
    clinic.sessions.void(again.id, reason="amended in error")
    patient = clinic.patients.get(amended.patient_id)
    consenting = replace(patient.details, photo_consent_on=dt.date(2026, 1, 10))
    clinic.patients.update(patient.id, consenting, read=patient)
    front = PhotoInput(PhotoView.FRONT, PhotoMoment.AFTER, amended.id)
    clinic.photos.add(patient.id, front, camera_jpeg(1), file_label="front.jpg")
    side = PhotoInput(PhotoView.LEFT_45, PhotoMoment.FOLLOW_UP)
    clinic.photos.add(patient.id, side, camera_png(), file_label="side.png")
    turned = PhotoInput(PhotoView.FREE, PhotoMoment.BEFORE, None, "neck, left side")
    wrong = clinic.photos.add(patient.id, turned, camera_jpeg(6), file_label="turned.jpg")
    clinic.photos.void(wrong.id, reason="another patient's")
    drafts = [s for p in chosen for s in p["sessions"] if s["status"] == "draft"]
    if drafts:
        clinic.sessions.void(SessionId(uuid.UUID(drafts[0]["id"])), reason="entered twice")
    course = chosen[1]["courses"][0]["id"]
    clinic.courses.void(CourseId(uuid.UUID(course)), reason="planned for the wrong patient")


def make_world(folder: Path) -> World:
    def demo(clinic: Clinic) -> tuple[Json, dict[str, bytes]]:
        DemoService(clinic.context).fill()
        with_history(clinic)
        clinic.exports.export_bundle(folder / "demo.mesolog.zip")
        return unbundle((folder / "demo.mesolog.zip").read_bytes())

    whole, images = make_template(folder / "demo.sqlite", FixedClock(NOW), demo)
    base = small(whole)
    part = {**base, "patients": base["patients"][:1]}

    def hold_part(clinic: Clinic) -> Held:
        clinic.imports.import_bytes(bundle_of(json.dumps(part).encode(), images_of(part, images)))
        return Held.of(clinic)

    templates = {"empty": folder / "empty.sqlite", "holding": folder / "holding.sqlite"}
    held = {
        "empty": make_template(templates["empty"], FixedClock(NOW), Held.of),
        "holding": make_template(templates["holding"], FixedClock(NOW), hold_part),
    }
    return World(base, images_of(base, images), templates, held)
