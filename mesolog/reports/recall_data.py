"""A recall's plain records: what was searched for, who received it in which sessions, and
what the letters are printed from. Built by services.recall, never here; no database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from mesolog.domain.enums import Area
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.logo import ClinicLogo
from mesolog.domain.records import ClinicSettings
from mesolog.domain.texts import Text
from mesolog.reports.summary_data import PaperSize


@dataclass(frozen=True, slots=True)
class RecallQuery:
    """A lot (optionally of one product), or a product with any lot; either between two
    days (each included, in the sessions' own local days) or at any time."""

    lot: str = ""
    product: str = ""
    from_date: dt.date | None = None
    to_date: dt.date | None = None

    def words(self) -> str:
        """`lot "HA26-0312", product "HydraBoost 1.5%", 2026-01-01 to 2026-03-31`."""
        parts = []
        if self.lot:
            parts.append(f'lot "{self.lot}"')
        if self.product:
            parts.append(f'product "{self.product}"')
        if self.from_date is not None or self.to_date is not None:
            start = self.from_date.isoformat() if self.from_date else "any date"
            end = self.to_date.isoformat() if self.to_date else "any date"
            parts.append(f"{start} to {end}")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class RecalledUse:
    """One product use that matched, with the treatment line it was used on."""

    area: Area
    area_detail: str
    product_name: str
    concentration: str
    lot_number: str
    expiry_date: dt.date | None
    volume_ml: float
    units: float | None = None
    """Given of a product counted in units (records.ProductUse.units)."""


@dataclass(frozen=True, slots=True)
class RecalledSession:
    id: SessionId
    performed_on: dt.date
    """The session's day where it was recorded."""
    clinician: str
    uses: tuple[RecalledUse, ...]
    """The matching uses only, in the order recorded."""

    @property
    def areas(self) -> tuple[Area, ...]:
        return tuple(dict.fromkeys(use.area for use in self.uses))

    @property
    def products(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(use.product_name for use in self.uses))

    @property
    def lots(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(use.lot_number for use in self.uses))

    @property
    def volume_ml(self) -> float:
        return sum(use.volume_ml for use in self.uses)


@dataclass(frozen=True, slots=True)
class RecalledPatient:
    id: PatientId
    family_name: str
    given_name: str
    record_number: str
    date_of_birth: dt.date
    phone: str
    email: str
    sessions: tuple[RecalledSession, ...]
    """Oldest first."""
    language: str | None = None
    """The language the patient's documents are written in (`el`, `en`); None: the
    language asked for (PatientInput.preferred_language)."""

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}"

    @property
    def letter_name(self) -> str:
        """The name as a letter addresses the patient: `Elena Papadopoulou`."""
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def products(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p for s in self.sessions for p in s.products))

    @property
    def lots(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(lot for s in self.sessions for lot in s.lots if lot))


@dataclass(frozen=True, slots=True)
class RecallResult:
    query: RecallQuery
    patient_count: int
    """The patients the search found."""
    session_count: int
    """The sessions in which they received it, in all."""
    patients: tuple[RecalledPatient, ...]
    """Those read so far, by family name, then given name: all of them once `complete`."""
    searched_at: dt.datetime
    complete: bool = True
    """Whether every patient found is read (a file is written from a complete result only:
    services.recall reads the rest)."""
    resume_after: tuple[str, str, int] | None = None
    """Where the next page starts: the place of the last patient read in the search's order
    (services.recall_reading.PageKey); None, at the start."""
    preferences: tuple[tuple[str, int], ...] = ()
    """Of the patients found, how many prefer each language for their documents (code,
    count); those who prefer none are the rest of `patient_count`."""

    def letters_by_language(self, asked: str) -> dict[str, int]:
        """How many letters each language has (code → count; a language with none is left out): a
        patient's in the language they prefer, else in `asked`."""
        counts = {code: count for code, count in self.preferences if count}
        rest = self.patient_count - sum(counts.values())
        if rest > 0:
            counts[asked] = counts.get(asked, 0) + rest
        return counts


@dataclass(frozen=True, slots=True)
class LetterData:
    """Everything the letters are printed from: one letter a patient of the result."""

    result: RecallResult
    clinic: ClinicSettings
    logo: ClinicLogo | None
    text: Text | str
    """The body of the letters in `language`, with its placeholders
    (reports.recall_letter_text): the clinic's own, or mesolog's default (DEFAULT_LETTER),
    said in the letter's language; also of the letters in a language `texts` does not
    name."""
    generated_at: dt.datetime
    """The letters' date."""
    locale: str = "en_GB"
    """A CLDR locale name (Babel): numbers and dates are written the way it writes them (a
    Greek letter in Greek's when this names another language: reports.formatting)."""
    language: str = "en"
    """The language asked for, `en` or `el` (mesolog.language): the document's, and the
    letters' to patients who prefer none (RecalledPatient.language)."""
    paper: PaperSize = PaperSize.A4
    texts: Mapping[str, Text | str] = field(default_factory=dict)
    """The body of the letters in each language, by its code (as `text`)."""

    def language_of(self, patient: RecalledPatient) -> str:
        """The language of the letter to `patient`: the one they prefer, else the one asked
        for."""
        return patient.language or self.language

    def text_in(self, code: str) -> Text | str:
        """The body of the letters in the language `code`."""
        return self.texts.get(code, self.text)
