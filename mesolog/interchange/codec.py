"""Converting between a mesolog-export-v1 document (plain JSON values) and the domain records.

`decode` trusts its input: call it only on a document for which
`schema_violations` and `file_rule_violations` found nothing. `encode` trusts
the records (call the domain validators first) and writes a document the
schema accepts, with keys in the schema's order, so that the same records
always give the same JSON text.

What the format does not carry:

- a patient's `created_at`: decoded as the file's `exported_at`, or the
  current time (UTC) when the file has none;
- a session's `signed_by`: decoded as the session's clinician when signed;
  `signed_at` is read only for a signed session;
- a course's `maintenance_from`: not written, decoded as None;
- voiding: `encode` refuses voided records (leave them out first).
- a session's `given_despite` has no field of its own (the session allows no other
  field): it travels in the session's notes, as a marked paragraph at their end that
  `decode` takes back off exactly (domain.given_despite_notes).

The records are in interchange.clinic_file, `decode` in interchange.decoding
and `encode` in interchange.encoding; this module gathers them.
"""

from __future__ import annotations

from mesolog.interchange.clinic_file import ClinicFile, PatientBundle
from mesolog.interchange.decoding import decode
from mesolog.interchange.encoding import encode

__all__ = ["ClinicFile", "PatientBundle", "decode", "encode"]
