"""A recall's files: the list of patients, contacts and treatments as CSV, and the letters
as one PDF. Each is written whole or not at all, readable by its owner only (0600), and
audited as an export of the patients it names.

The CSV has a row a product use, each with the patient's details, so that it sorts and
filters in a spreadsheet; UTF-8 with a byte-order mark, so that Excel reads Greek names;
and a cell that a spreadsheet would take for a formula (=, +, -, @) starts with an
apostrophe (OWASP's advice on CSV injection), a phone number `+30 …` too.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from mesolog.domain.errors import KnownError
from mesolog.domain.records import ClinicSettings
from mesolog.domain.texts import Text, phrase
from mesolog.domain.validation import raise_if_any
from mesolog.language.choice import CODES
from mesolog.persistence.audit import AuditAction
from mesolog.reports.formatting import word
from mesolog.reports.recall_data import LetterData, RecalledPatient, RecallResult
from mesolog.reports.recall_letter_text import (
    DEFAULT_LETTER,
    DEFAULT_TEXT,
    default_text,
    letter_text_violations,
)
from mesolog.reports.summary_data import PaperSize
from mesolog.services.clinic_logo import LogoService
from mesolog.services.context import ServiceContext
from mesolog.services.file_output import write_atomically
from mesolog.services.recall import ENTITY, RecallService
from mesolog.services.settings import SettingsService

CSV_COLUMNS = (
    "Record number",
    "Family name",
    "Given name",
    "Date of birth",
    "Phone",
    "Email",
    "Session date",
    "Clinician",
    "Area",
    "Area detail",
    "Product",
    "Concentration",
    "Lot",
    "Expiry",
    "Volume (ml)",
    "Units given",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def recall_csv(result: RecallResult) -> bytes:
    """The result as CSV: dates ISO 8601, volumes and units with a decimal point (units
    empty for a product counted in ml), headings and areas in English in every language
    (a file for spreadsheets and programs). The result must be complete
    (RecallService.whole)."""
    if not result.complete:
        raise ValueError("a recall's CSV is written from every patient found, not a page")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for patient in result.patients:
        person = [
            patient.record_number,
            patient.family_name,
            patient.given_name,
            patient.date_of_birth.isoformat(),
            patient.phone,
            patient.email,
        ]
        for session in patient.sessions:
            for use in session.uses:
                expiry = use.expiry_date.isoformat() if use.expiry_date else ""
                treatment = [
                    session.performed_on.isoformat(),
                    session.clinician,
                    word(use.area),
                    use.area_detail,
                    use.product_name,
                    use.concentration,
                    use.lot_number,
                    expiry,
                    f"{use.volume_ml:g}",
                    "" if use.units is None else f"{use.units:g}",
                ]
                writer.writerow([_cell(text) for text in (*person, *treatment)])
    return buffer.getvalue().encode("utf-8-sig")


def _counts(result: RecallResult) -> str:
    patients = len(result.patients)
    sessions = sum(len(patient.sessions) for patient in result.patients)
    return (
        f"{patients} patient{'s' if patients != 1 else ''}, "
        f"{sessions} session{'s' if sessions != 1 else ''}"
    )


def _check(text: str, code: str, asked: str) -> None:
    """Refuses a letter text with a slip (ValidationError at `letter`, or `letter_<code>`
    for a language other than the one asked for)."""
    path = "letter" if code == asked else f"letter_{code}"
    raise_if_any(replace(violation, path=path) for violation in letter_text_violations(text))


def _refuse_unfilled(
    text: str, clinic: ClinicSettings, patients: Sequence[RecalledPatient]
) -> None:
    """Refuses a text naming what is not set (the clinic's name or phone) or what some of
    `patients`, those its letters go to, received without (a lot, a product name)."""
    unset = phrase(
        "Errors",
        "The letter text names {placeholder}, and {what} is not set: set it in Settings ▸ "
        "Clinic, or take the placeholder out of the text.",
    )
    for placeholder, value, what in (
        ("clinic", clinic.name, phrase("Errors", "the clinic's name")),
        ("clinic_phone", clinic.phone, phrase("Errors", "the clinic's phone")),
    ):
        if f"{{{placeholder}}}" in text and not value.strip():
            raise KnownError(unset.having(placeholder=f"{{{placeholder}}}", what=what))
    unrecorded = phrase(
        "Errors",
        "The letter text names {placeholder}, and {missing} of the {count} patients "
        "received it without {what} recorded: take {placeholder} out of the text, or "
        "recall them apart.",
    )
    lacking = (
        ("lot", phrase("Errors", "a lot number")),
        ("product", phrase("Errors", "a product name")),
    )
    for placeholder, lacked in lacking:
        missing = sum(not any(getattr(patient, f"{placeholder}s")) for patient in patients)
        if f"{{{placeholder}}}" in text and missing:
            raise KnownError(
                unrecorded.having(
                    placeholder=f"{{{placeholder}}}",
                    missing=str(missing),
                    count=str(len(patients)),
                    what=lacked,
                )
            )


class RecallFiles:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def write_csv(self, result: RecallResult, target: Path) -> int:
        """Writes the result's CSV to `target`, every patient found in it (those not read
        yet are read), audits it and returns its size in bytes."""
        whole = RecallService(self._ctx).whole(result)
        return self._write(whole, recall_csv(whole), target, "csv", "The recall list")

    def letter_data(
        self,
        result: RecallResult,
        *,
        text: str | None = None,
        texts: Mapping[str, str] | None = None,
        locale: str = "en_GB",
        language: str = "en",
        paper: PaperSize = PaperSize.A4,
    ) -> LetterData:
        """The letters' content: a letter for every patient found (those not read yet are
        read), each in the patient's language, else in `language` (`en`, `el`); the
        clinic's details and logo; numbers and dates of the letters in `language` as
        `locale` writes them (reports.formatting.document_locale).

        Each language's letters are written from `texts[code]`, `text` for `language`'s,
        else the clinic's letter in that language, else mesolog's own, which is said in the
        letter's language (a clinic's own text is printed as it is). Every text a letter
        needs is checked: a ValidationError names the placeholder that is none, at the path
        `letter` for `language`'s text and `letter_<code>` for another's."""
        if language not in CODES:
            raise ValueError(f"no letters in {language!r}: one of {', '.join(CODES)}")
        given = dict(texts or {})
        if text is not None:
            given[language] = text
        for code, body in given.items():
            _check(body, code, language)
        result = RecallService(self._ctx).whole(result)
        if not result.patients:
            raise KnownError(
                phrase("Errors", "The recall found no patient: there is no letter to write.")
            )
        settings = SettingsService(self._ctx)
        clinic = settings.clinic()
        bodies: dict[str, Text | str] = {}
        for code in sorted({patient.language or language for patient in result.patients}):
            body = given[code] if code in given else settings.recall_letter(code)
            _check(body, code, language)
            receiving = [p for p in result.patients if (p.language or language) == code]
            _refuse_unfilled(body, clinic, receiving)
            own = (DEFAULT_TEXT.strip(), default_text(code).strip())
            bodies[code] = DEFAULT_LETTER if body.strip() in own else body
        return LetterData(
            result=result,
            clinic=clinic,
            logo=LogoService(self._ctx).logo(),
            text=bodies.get(language, DEFAULT_LETTER),
            generated_at=self._ctx.now().astimezone(),
            locale=locale,
            language=language,
            paper=paper,
            texts=bodies,
        )

    def write_letters(self, data: LetterData, target: Path) -> int:
        """Writes the letters' PDF to `target`, audits it and returns its size in bytes."""
        from mesolog.reports.recall_letter import render_letters

        pdf = render_letters(data)
        return self._write(data.result, pdf, target, "letters pdf", "The recall letters")

    def _write(
        self, result: RecallResult, content: bytes, target: Path, kind: str, what: str
    ) -> int:
        recall = RecallService(self._ctx)
        with self._ctx.db.read() as s:
            recall.require(s)
        write_atomically(target, content, what=what)
        with self._ctx.db.write() as s:
            recall.require(s)
            detail = f"recall {kind}: {_counts(result)}; {result.query.words()}"
            self._ctx.audit(s, AuditAction.EXPORT, ENTITY, detail=detail)
        return len(content)
