"""What an import says: its report to the user, and what the audit log says of the file
and of each record it adds (from which file, by its SHA-256; signed or added by whom and
when, as the file says)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from mesolog.domain.chain_anchor import ChainAnchor, rfc3339
from mesolog.domain.enums import SessionStatus
from mesolog.domain.records import Session as SessionRecord
from mesolog.domain.records import Voiding
from mesolog.domain.texts import Text, phrase, phrase_n, verbatim
from mesolog.interchange.codec import FiledPhoto
from mesolog.services.transfer_catalogue import CataloguePlan
from mesolog.services.transfer_plan import ImportPlan
from mesolog.services.transfer_templates import TemplatePlan


@dataclass(frozen=True, slots=True)
class ImportReport:
    patients_added: int
    courses_added: int
    sessions_added: int
    patients_present: int
    courses_present: int
    sessions_present: int
    clinic_adopted: bool = False
    """The database had no clinic details and took the file's."""
    photos_added: int = 0
    photos_present: int = 0
    photos_left_out: int = 0
    """Photos the file's export left out (a document without its bundle)."""
    products_added: int = 0
    products_present: int = 0
    lots_added: int = 0
    lots_present: int = 0
    templates_added: int = 0
    templates_present: int = 0

    @classmethod
    def of(
        cls,
        plans: tuple[CataloguePlan, TemplatePlan, ImportPlan],
        *,
        clinic_adopted: bool,
        photos_left_out: int,
    ) -> ImportReport:
        """The report of an import that wrote what the plans found new."""
        catalogue, templates, plan = plans
        return cls(
            *plan.added(),
            plan.present[0],
            plan.present[1],
            plan.present[2],
            clinic_adopted=clinic_adopted,
            photos_added=len(plan.new_photos),
            photos_present=plan.photos_present,
            photos_left_out=photos_left_out,
            products_added=len(catalogue.new_products),
            products_present=catalogue.products_present,
            lots_added=len(catalogue.new_lots),
            lots_present=catalogue.lots_present,
            templates_added=len(templates.new),
            templates_present=templates.present,
        )

    @property
    def changed(self) -> bool:
        added = self.patients_added or self.courses_added or self.sessions_added
        catalogue = self.products_added or self.lots_added or self.templates_added
        return bool(added or catalogue or self.photos_added or self.clinic_adopted)

    def _templates(self) -> Text | None:
        if not (self.templates_added or self.templates_present):
            return None
        return phrase(
            "Transfer", "Templates: {added} added, {present} in the database already."
        ).having(added=self.templates_added, present=self.templates_present)

    def _catalogue(self) -> Text | None:
        if not (self.products_added or self.products_present or self.lots_added):
            return None
        return phrase(
            "Transfer",
            "Catalogue: {products} and {lots} added, {products_present} and {lots_present} in "
            "the database already.",
        ).having(
            products=_counted(_PRODUCTS, self.products_added),
            lots=_counted(_LOTS, self.lots_added),
            products_present=_counted(_PRODUCTS, self.products_present),
            lots_present=_counted(_LOTS, self.lots_present),
        )

    def _photos(self) -> list[Text]:
        said = []
        if self.photos_added or self.photos_present:
            said.append(
                phrase(
                    "Transfer", "Photos: {added} added, {present} in the database already."
                ).having(added=self.photos_added, present=self.photos_present)
            )
        if self.photos_left_out:
            said.append(
                phrase_n(
                    "Transfer",
                    "The file left out %n photo(s) (exported without them): import the export "
                    "with photos (.mesolog.zip) to have them.",
                    None,
                    1,
                ).counting(self.photos_left_out)
            )
        return said

    def summary(self) -> str:
        """The import's outcome in English (`summary_text` for people)."""
        return str(self.summary_text())

    def summary_text(self) -> Text:
        """What the import added and found held already, for people."""
        present = phrase(
            "Transfer", "{patients}, {courses} and {sessions} were in the database already"
        ).having(
            patients=_counted(_PATIENTS, self.patients_present),
            courses=_counted(_COURSES, self.courses_present),
            sessions=_counted(_SESSIONS, self.sessions_present),
        )
        more = [t for t in (self._catalogue(), self._templates(), *self._photos()) if t]
        if not self.changed:
            said = phrase("Transfer", "Nothing imported: {present}; nothing changed.")
            return _sentences(said.having(present=present), more)
        imported = phrase("Transfer", "Imported {patients}, {courses} and {sessions}; {present}.")
        first = imported.having(
            patients=_counted(_PATIENTS, self.patients_added),
            courses=_counted(_COURSES, self.courses_added),
            sessions=_counted(_SESSIONS, self.sessions_added),
            present=present,
        )
        clinic = [_CLINIC_ADOPTED] if self.clinic_adopted else []
        return _sentences(first, [*clinic, *more])


_PATIENTS = phrase_n("Transfer", "%n patient(s)", None, 1)
_COURSES = phrase_n("Transfer", "%n course(s)", None, 1)
_SESSIONS = phrase_n("Transfer", "%n session(s)", None, 1)
_PRODUCTS = phrase_n("Transfer", "%n product(s)", None, 1)
_LOTS = phrase_n("Transfer", "%n lot(s)", None, 1)
_CLINIC_ADOPTED = phrase("Transfer", "The clinic's details were taken from the file.")


def _counted(things: Text, n: int) -> Text:
    return things.counting(n)


def _sentences(first: Text, more: list[Text]) -> Text:
    """`first` followed by each of `more`, a space between."""
    for sentence in more:
        first = verbatim("{first} {next}").having(first=first, next=sentence)
    return first


@dataclass(frozen=True, slots=True)
class ImportSource:
    """The file an import reads, known by the SHA-256 of its bytes: its name is the
    user's choice and may name a patient, which the audit log never holds."""

    sha256: str

    @classmethod
    def of(cls, data: bytes) -> ImportSource:
        return cls(hashlib.sha256(data).hexdigest())

    def file_detail(
        self, anchor: ChainAnchor | None, plans: tuple[CataloguePlan, TemplatePlan, ImportPlan]
    ) -> str:
        """The audit entry that names the file: the records it adds follow it."""
        if anchor is None:
            chain = "no chain anchor (format version 1)"
        else:
            chain = f"chain anchor entry {anchor.entry} hash {anchor.hash} at {rfc3339(anchor.at)}"
        catalogue, templates, plan = plans
        photos = f", {len(plan.new_photos)} photo(s)" if plan.new_photos else ""
        products, lots = len(catalogue.new_products), len(catalogue.new_lots)
        listed = f", {products} product(s), {lots} lot(s)" if products or lots else ""
        if templates.new:
            listed += f", {len(templates.new)} template(s)"
        patients, courses, sessions = plan.added()
        added = (
            f"{patients} patient(s), {courses} course(s), "
            f"{sessions} session(s){photos}{listed} added as the file has them"
        )
        return f"file sha256 {self.sha256}; {chain}; {added}"


def record_detail(of_file: str, voiding: Voiding | None) -> str:
    if voiding is None:
        return of_file
    return "; ".join(filter(None, [of_file, "voided in the file"]))


def session_detail(of_file: str, session: SessionRecord) -> str:
    """From which file, and for a signed session that its signature is the file's."""
    said = [of_file]
    if session.amends is not None:
        said.append(f"amends {session.amends}")
    if session.status is SessionStatus.SIGNED and session.signed_at is not None and of_file:
        signer = session.signed_by or session.entry.clinician
        said.append(f"signed by {signer!r} at {rfc3339(session.signed_at)} as the file says")
    return record_detail("; ".join(filter(None, said)), session.voiding)


def photo_detail(of_file: str, photo: FiledPhoto) -> str:
    """From which file, and who added the photo and when, as the file says."""
    added = f"added by {photo.added_by!r} at {rfc3339(photo.added_at)} as the file says"
    return record_detail(f"{of_file}; {added}", photo.voiding)
