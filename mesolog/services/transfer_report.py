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
            len(plan.new_patients),
            len(plan.new_courses),
            len(plan.new_sessions),
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

    def _templates(self) -> str:
        if not (self.templates_added or self.templates_present):
            return ""
        return (
            f" Templates: {self.templates_added} added, {self.templates_present} in the "
            "database already."
        )

    def _catalogue(self) -> str:
        if not (self.products_added or self.products_present or self.lots_added):
            return ""
        return (
            f" Catalogue: {self.products_added} product(s) and {self.lots_added} lot(s) added, "
            f"{self.products_present} product(s) and {self.lots_present} lot(s) in the "
            "database already."
        )

    def _photos(self) -> str:
        said = ""
        if self.photos_added or self.photos_present:
            said = (
                f" Photos: {self.photos_added} added, {self.photos_present} in the database "
                "already."
            )
        if self.photos_left_out:
            said += (
                f" The file left out {self.photos_left_out} photo(s) (exported without them): "
                "import the export with photos (.mesolog.zip) to have them."
            )
        return said

    def summary(self) -> str:
        present = (
            f"{self.patients_present} patient(s), {self.courses_present} course(s) and "
            f"{self.sessions_present} session(s) were in the database already"
        )
        if not self.changed:
            more = f"{self._catalogue()}{self._templates()}{self._photos()}"
            return f"Nothing imported: {present}; nothing changed.{more}"
        clinic = " The clinic's details were taken from the file." if self.clinic_adopted else ""
        return (
            f"Imported {self.patients_added} patient(s), {self.courses_added} course(s) and "
            f"{self.sessions_added} session(s); {present}.{clinic}{self._catalogue()}"
            f"{self._templates()}{self._photos()}"
        )


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
        added = (
            f"{len(plan.new_patients)} patient(s), {len(plan.new_courses)} course(s), "
            f"{len(plan.new_sessions)} session(s){photos}{listed} added as the file has them"
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
