"""The clinic's own details, which head its documents."""

from __future__ import annotations

import datetime as dt

from mesolog.domain import limits
from mesolog.domain.errors import ValidationError, Violation
from mesolog.domain.records import ClinicSettings
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.models import ClinicSettingsRow
from mesolog.services.context import ServiceContext

SETTINGS_ID = 1


def settings_violations(settings: ClinicSettings) -> list[Violation]:
    found = []
    for field, maximum in (
        ("name", limits.NAME_MAX),
        ("address", limits.TEXT_MAX),
        ("phone", limits.PHONE_MAX),
        ("email", limits.EMAIL_MAX),
    ):
        value = getattr(settings, field)
        if len(value) > maximum:
            found.append(Violation(f"clinic.{field}", value, f"at most {maximum} characters"))
    return found


def fill_clinic_row(row: ClinicSettingsRow, settings: ClinicSettings, *, at: dt.datetime) -> None:
    row.name = settings.name.strip()
    row.address = settings.address.strip()
    row.phone = settings.phone.strip()
    row.email = settings.email.strip()
    row.updated_at = at


class SettingsService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def clinic(self) -> ClinicSettings:
        with self._ctx.db.read() as s:
            row = s.get(ClinicSettingsRow, SETTINGS_ID)
            if row is None:
                return ClinicSettings()
            return self.clinic_from(row)

    def update_clinic(self, settings: ClinicSettings) -> ClinicSettings:
        violations = settings_violations(settings)
        if violations:
            raise ValidationError(violations)
        with self._ctx.db.write() as s:
            row = s.get(ClinicSettingsRow, SETTINGS_ID)
            if row is None:
                row = ClinicSettingsRow(id=SETTINGS_ID)
                s.add(row)
            fill_clinic_row(row, settings, at=self._ctx.now())
            self._ctx.audit(s, AuditAction.UPDATE, "clinic_settings")
            return self.clinic_from(row)

    @staticmethod
    def clinic_from(row: ClinicSettingsRow) -> ClinicSettings:
        return ClinicSettings(row.name, row.address, row.phone, row.email)
