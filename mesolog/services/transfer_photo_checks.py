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
"""

from __future__ import annotations

import datetime as dt

from mesolog.domain.charts import chart_violations
from mesolog.domain.errors import Violation
from mesolog.domain.photos import validate_photo
from mesolog.domain.records import TreatmentLine, Voiding
from mesolog.domain.text_rules import name_violations, text_violations
from mesolog.interchange.clinic_file import PatientBundle
from mesolog.services.chart_shapes import SHAPES

NEEDS_CONSENT = (
    "no photos of a patient without photo consent: photo_consent_on gives the day they "
    "agreed to clinical photos"
)
IN_A_BUNDLE = (
    "no photos in a document on its own: photos travel with their images in a bundle "
    "(.mesolog.zip, from an export with photos)"
)
NOT_IN_FUTURE = "a time not in the future"


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
