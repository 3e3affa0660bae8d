"""`mesolog demo`: an invented clinic in an empty database, written like an import (its
product catalogue with it), and its clinical photos (generated pictures) added as a
clinician adds photo files. Its free texts (notes, protocols, health details, product
descriptions) are written in the language asked for, as that clinic's would be."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

from mesolog.domain.accounts import Permission
from mesolog.domain.enums import SessionStatus
from mesolog.domain.errors import KnownError
from mesolog.domain.ids import (
    new_course_id,
    new_lot_id,
    new_patient_id,
    new_product_id,
    new_session_id,
)
from mesolog.domain.photos import PhotoInput
from mesolog.domain.products import LotInput
from mesolog.domain.records import Course, Patient, Session
from mesolog.interchange.codec import Catalogue, ClinicFile, FiledLot, FiledProduct, PatientBundle
from mesolog.language.catalogues import renderer
from mesolog.language.choice import language as language_of
from mesolog.services.context import ServiceContext
from mesolog.services.demo_catalogue import DemoProduct, demo_catalogue
from mesolog.services.demo_clinical import Say
from mesolog.services.demo_data import DemoPatient, demo_clinic
from mesolog.services.demo_pictures import picture_file
from mesolog.services.photos import PhotoService
from mesolog.services.settings import SettingsService
from mesolog.services.transfer_import import ImportService, NotEmptyError

SIGNING_DELAY = dt.timedelta(minutes=40)


@dataclass(frozen=True, slots=True)
class DemoReport:
    patients: int
    courses: int
    sessions: int
    skipped: bool = False
    photos: int = 0
    products: int = 0
    lots: int = 0


def _catalogue(products: Sequence[DemoProduct]) -> Catalogue:
    filed = []
    for product in products:
        product_id = new_product_id()
        lots = tuple(
            FiledLot(
                new_lot_id(),
                LotInput(
                    product_id,
                    lot.lot_number,
                    lot.expiry_date,
                    lot.received_on,
                    lot.quantity_received,
                ),
            )
            for lot in product.lots
        )
        filed.append(FiledProduct(product_id, product.details, None, lots))
    return Catalogue(tuple(filed))


def _bundle(demo: DemoPatient, now: dt.datetime) -> PatientBundle:
    patient = Patient(new_patient_id(), demo.patient, now)
    courses = tuple(
        Course(new_course_id(), patient.id, plan, status, maintenance_from)
        for plan, status, maintenance_from in demo.courses
    )
    sessions = []
    for (course_index, entry), signed in zip(demo.sessions, demo.signed, strict=True):
        course_id = None if course_index is None else courses[course_index].id
        sessions.append(
            Session(
                new_session_id(),
                patient.id,
                dataclasses.replace(entry, course_id=course_id),
                SessionStatus.SIGNED if signed else SessionStatus.DRAFT,
                signed_at=min(entry.performed_at + SIGNING_DELAY, now) if signed else None,
                signed_by=entry.clinician if signed else None,
            )
        )
    return PatientBundle(patient, courses, tuple(sessions))


class DemoService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def fill(self, *, if_empty: bool = False, language: str = "en") -> DemoReport:
        """Writes the demo clinic, its free texts in `language` (`el` or `en`); refuses a
        database that holds patients already.

        With `if_empty`, a database with patients is left alone and the report says so.
        """
        say: Say = renderer(language_of(language))
        now = self._ctx.now()
        clinic, patients = demo_clinic(today=self._ctx.today(), say=say)
        bundles = tuple(_bundle(demo, now) for demo in patients)
        entries = (e for p in patients for _, e in p.sessions)
        catalogue = _catalogue(demo_catalogue(entries, say=say))
        try:
            report = ImportService(self._ctx).import_records(
                ClinicFile(bundles, clinic, now, catalogue=catalogue), into_empty=True
            )
        except NotEmptyError as error:
            if if_empty:
                return DemoReport(0, 0, 0, skipped=True)
            raise KnownError(
                f"{error} The demo clinic goes only into an empty database."
            ) from error
        self._price_in(clinic.currency)
        photos = self._add_photos(patients, bundles, say)
        return DemoReport(
            report.patients_added,
            report.courses_added,
            report.sessions_added,
            photos=photos,
            products=report.products_added,
            lots=report.lots_added,
        )

    def _price_in(self, currency: str) -> None:
        """The catalogue's prices are in `currency`, which an interchange file does not
        carry: set as a clinic sets it (audited), unless the clinic has one already or the
        account may not change the clinic's settings (a clinician filling the demo then
        sees amounts without a currency, as before it existed)."""
        account = self._ctx.account
        if account is not None and not account.may(Permission.ADMINISTER):
            return
        settings = SettingsService(self._ctx)
        read = settings.clinic()
        if currency and not read.currency:
            settings.update_clinic(replace(read, currency=currency), read=read)

    def _add_photos(
        self, patients: Sequence[DemoPatient], bundles: Sequence[PatientBundle], say: Say
    ) -> int:
        """Adds the patients' photos as a clinician adds files; the next pictures are drawn
        on another thread meanwhile (Pillow lets go of the interpreter while it works)."""
        service = PhotoService(self._ctx)
        shots = [
            (bundle, shot)
            for demo, bundle in zip(patients, bundles, strict=True)
            for shot in demo.photos
        ]
        with ThreadPoolExecutor(max_workers=1) as painter:
            files = painter.map(picture_file, [shot for _, shot in shots])
            for (bundle, shot), data in zip(shots, files, strict=True):
                session = None if shot.session is None else bundle.sessions[shot.session].id
                details = PhotoInput(shot.view, shot.moment, session, say(shot.label))
                service.add(bundle.patient.id, details, data, file_label=shot.file_name)
        return len(shots)
