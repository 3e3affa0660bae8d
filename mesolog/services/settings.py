"""The clinic's own details, which head its documents, and its default technique settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from mesolog.domain import limits
from mesolog.domain.accounts import Permission
from mesolog.domain.currency import currency_violations, tidied_currency
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.languages import LANGUAGE_CODES
from mesolog.domain.record_numbers import pattern_violations
from mesolog.domain.records import ClinicSettings, TechniqueDefaults
from mesolog.domain.text_rules import text_violations
from mesolog.domain.texts import phrase
from mesolog.domain.validation import not_unicode, raise_if_any, validate_needle, validate_pen
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.digests import record_digest
from mesolog.persistence.models import ClinicSettingsRow
from mesolog.reports.recall_letter_text import DEFAULT_TEXT, default_text, letter_text_violations
from mesolog.services.conflicts import Saved, Versioned
from mesolog.services.context import ServiceContext
from mesolog.services.recall import RecallService

SETTINGS_ID = 1


def _tidied(settings: ClinicSettings) -> ClinicSettings:
    """As stored: the texts without surrounding spaces."""
    return replace(
        settings,
        name=settings.name.strip(),
        address=settings.address.strip(),
        phone=settings.phone.strip(),
        email=settings.email.strip(),
        backup_folder=settings.backup_folder.strip(),
        record_number_pattern=settings.record_number_pattern.strip(),
        recall_letter=settings.recall_letter.strip(),
        currency=tidied_currency(settings.currency),
        recall_letter_el=settings.recall_letter_el.strip(),
    )


SETTINGS: Versioned[ClinicSettings, ClinicSettings] = Versioned(
    "clinic settings", "clinic_settings", lambda settings: settings, _tidied
)


def settings_violations(settings: ClinicSettings) -> list[Violation]:
    found = []
    for field, maximum in (
        ("name", limits.NAME_MAX),
        ("address", limits.TEXT_MAX),
        ("phone", limits.PHONE_MAX),
        ("email", limits.EMAIL_MAX),
    ):
        lines = field == "address"  # edited in a box of several lines
        found += text_violations(
            f"clinic.{field}", getattr(settings, field), maximum=maximum, multiline=lines
        )
    unreadable = not_unicode("backup_folder", settings.backup_folder)
    if unreadable is not None:
        found.append(unreadable)
    minutes = settings.idle_lock_minutes
    if not limits.IDLE_LOCK_MINUTES.contains(minutes) or minutes != int(minutes):
        found.append(
            Violation(
                "idle_lock_minutes",
                str(minutes),
                phrase("Clinic", "a whole number of minutes from {low} to {high}").having(
                    low=limits.IDLE_LOCK_MINUTES.low, high=limits.IDLE_LOCK_MINUTES.high
                ),
            )
        )
    found += pattern_violations(settings.record_number_pattern)
    for field in ("recall_letter", "recall_letter_el"):
        if getattr(settings, field).strip():
            found += [
                replace(violation, path=field)
                for violation in letter_text_violations(getattr(settings, field))
            ]
    found += currency_violations(settings.currency, "clinic.currency")
    found += validate_needle(settings.techniques.needle(), "needle")
    found += validate_pen(settings.techniques.pen(), "pen")
    return found


def fill_clinic_details(
    row: ClinicSettingsRow, settings: ClinicSettings, *, at: dt.datetime
) -> None:
    """Name, address, phone and e-mail (what an interchange file carries)."""
    row.name = settings.name.strip()
    row.address = settings.address.strip()
    row.phone = settings.phone.strip()
    row.email = settings.email.strip()
    row.updated_at = at


def _fill_techniques(row: ClinicSettingsRow, defaults: TechniqueDefaults) -> None:
    row.needle_gauge = defaults.needle_gauge
    row.needle_length_mm = defaults.needle_length_mm
    row.needle_depth_mm = defaults.needle_depth_mm
    row.pen_needle_count = defaults.pen_needle_count
    row.pen_depth_mm = defaults.pen_depth_mm
    row.pen_penetrations_per_second = defaults.pen_penetrations_per_second


class SettingsService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def clinic(self) -> ClinicSettings:
        with self._ctx.db.read() as s:
            row = s.get(ClinicSettingsRow, SETTINGS_ID)
            if row is None:
                return ClinicSettings()
            return self.clinic_from(row)

    def update_clinic(
        self, settings: ClinicSettings, *, read: ClinicSettings
    ) -> Saved[ClinicSettings]:
        """Saves the settings as typed into a form filled from `read` (`clinic()`): merged
        field by field with a change made meanwhile to other fields, else ConflictError
        (see services.conflicts). The result holds the settings as stored and what a merge
        kept."""
        violations = settings_violations(settings)
        if violations:
            raise ValidationError(violations)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.ADMINISTER)
            row = s.get(ClinicSettingsRow, SETTINGS_ID)
            settled = SETTINGS.settle(
                s,
                read=read,
                current=self.clinic_from(row) if row is not None else ClinicSettings(),
                typed=settings,
                entity_uuid=None,
                validate=settings_violations,
            )
            before = None
            if row is None:
                row = ClinicSettingsRow(id=SETTINGS_ID)
                s.add(row)
            else:
                before = record_digest(row)
            chosen = settled.content
            fill_clinic_details(row, chosen, at=self._ctx.now())
            _fill_techniques(row, chosen.techniques)
            row.idle_lock_minutes = chosen.idle_lock_minutes
            row.backup_folder = chosen.backup_folder.strip()
            row.record_number_pattern = chosen.record_number_pattern.strip()
            row.recall_letter = chosen.recall_letter.strip()
            row.recall_letter_el = chosen.recall_letter_el.strip()
            row.currency = tidied_currency(chosen.currency)
            self._ctx.audit(
                s,
                AuditAction.UPDATE,
                "clinic_settings",
                detail=settled.detail,
                record=row,
                before=before,
            )
            return settled.saved(self.clinic_from(row))

    def recall_letter(self, language: str = "en") -> str:
        """The text recall letters in `language` (`en`, `el`) are written from: the
        clinic's, else mesolog's own in that language."""
        clinic = self.clinic()
        kept = clinic.recall_letter_el if language == "el" else clinic.recall_letter
        return kept or default_text(language)

    def update_recall_letter(self, text: str, language: str = "en") -> ClinicSettings:
        """Keeps `text` as the clinic's recall letter in `language` (mesolog's own text in
        that language, or an empty one, goes back to mesolog's own), by whoever may search
        for a recall."""
        if language not in LANGUAGE_CODES:
            raise ValueError(f"no letter text in {language!r}: one of {LANGUAGE_CODES}")
        field = "recall_letter_el" if language == "el" else "recall_letter"
        own = default_text(language)
        kept = "" if text.strip() in ("", own.strip(), DEFAULT_TEXT.strip()) else text.strip()
        if kept:
            raise_if_any(
                replace(violation, path=field) for violation in letter_text_violations(kept)
            )
        with self._ctx.db.write() as s:
            RecallService(self._ctx).require(s)
            row = s.get(ClinicSettingsRow, SETTINGS_ID)
            before = None
            if row is None:
                row = ClinicSettingsRow(id=SETTINGS_ID, updated_at=self._ctx.now())
                s.add(row)
            else:
                before = record_digest(row)
            if getattr(row, field) == kept:
                return self.clinic_from(row)
            setattr(row, field, kept)
            row.updated_at = self._ctx.now()
            self._ctx.audit(
                s,
                AuditAction.UPDATE,
                "clinic_settings",
                detail="recall letter",
                record=row,
                before=before,
            )
            return self.clinic_from(row)

    @staticmethod
    def clinic_from(row: ClinicSettingsRow) -> ClinicSettings:
        techniques = TechniqueDefaults(
            needle_gauge=row.needle_gauge,
            needle_length_mm=row.needle_length_mm,
            needle_depth_mm=row.needle_depth_mm,
            pen_needle_count=row.pen_needle_count,
            pen_depth_mm=row.pen_depth_mm,
            pen_penetrations_per_second=row.pen_penetrations_per_second,
        )
        return ClinicSettings(
            row.name,
            row.address,
            row.phone,
            row.email,
            techniques,
            row.idle_lock_minutes,
            row.backup_folder,
            record_number_pattern=row.record_number_pattern,
            recall_letter=row.recall_letter,
            currency=row.currency,
            recall_letter_el=row.recall_letter_el,
            version=row.version,
        )
