"""Converting between a mesolog-export document (plain JSON values) and the domain records.

`decode` reads version 1 and version 2 and trusts its input: call it only on a
document for which `schema_violations` and `file_rule_violations` found nothing.
`encode` writes version 2, trusts the records (call the domain validators first)
and writes a document the schema accepts, with keys in the schema's order, so that
the same records always give the same JSON text.

Version 2 carries every record as the database holds it: each version of a session
(an amendment names the version it corrects, with its reason, signer and signing
time), voided records with who voided them, when and why (patients, courses,
sessions, and a session's treatment lines, products and reactions, in
`PatientBundle.parts`), a course's `maintenance_from`, and the chain anchor of the
exporting database; and, added to version 2 later, each treatment line's chart (its
`zones` and `points`), a patient's `photo_consent_on` and `preferred_language` and, in a
bundle's document,
their `photos` (`FiledPhoto`, whose images are the bundle's files: interchange.bundle),
or else how many photos were left out (`photos_left_out`); and, added later still, the
clinic's product catalogue (`Catalogue`: products with their lots,
interchange.catalogue_json), its protocol templates (`FiledTemplate`,
interchange.template_json) and a course's `template_id`. What neither version carries:

- a photo's thumbnail: an import makes it again from the image;
- a patient's `created_at`: decoded as the file's `exported_at`, or the
  current time (UTC) when the file has none;
- a product's, a lot's and a template's `created_at` (an import sets them), and what the
  sessions used of a lot (counted from them);
- a session's `given_despite` has no field of its own (version 1's session allows no
  other field, and version 2 keeps its names): it travels in the session's notes, as
  a marked paragraph at their end that `decode` takes back off exactly
  (domain.given_despite_notes).

Reading version 1: a signed session's `signed_by` is its clinician; `signed_at` is
read only for a signed session; nothing is voided or amended, and no course has
`maintenance_from`.

The records are in interchange.clinic_file, `decode` in interchange.decoding
and `encode` in interchange.encoding; this module gathers them.
"""

from __future__ import annotations

from mesolog.interchange.clinic_file import (
    Catalogue,
    ClinicFile,
    FiledLot,
    FiledPhoto,
    FiledProduct,
    FiledTemplate,
    PatientBundle,
    SessionParts,
    WrittenLine,
)
from mesolog.interchange.decoding import decode
from mesolog.interchange.encoding import encode

__all__ = [
    "Catalogue",
    "ClinicFile",
    "FiledLot",
    "FiledPhoto",
    "FiledProduct",
    "FiledTemplate",
    "PatientBundle",
    "SessionParts",
    "WrittenLine",
    "decode",
    "encode",
]
