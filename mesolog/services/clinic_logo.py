"""The clinic's logo: checked when chosen, kept in the database, drawn on every summary.

In the database (not a file in the data folder) so that it is in every backup,
encrypted with the database, and seen by every workstation of a PostgreSQL clinic.
It is a setting, not a clinical record: the interchange file does not carry it.
"""

from __future__ import annotations

from pathlib import Path

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import KnownError
from mesolog.domain.logo import (
    MAX_BYTES,
    ClinicLogo,
    LogoProblem,
    LogoRefusedError,
    LogoType,
    accepted_logo,
    file_kind,
    refused_before_reading,
)
from mesolog.domain.texts import phrase
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.digests import record_digest
from mesolog.persistence.models import ClinicLogoRow
from mesolog.services.context import ServiceContext

LOGO_ID = 1


def checked_logo(file_name: str, data: bytes) -> ClinicLogo:
    """The logo from a file's name and bytes, or LogoRefusedError naming its size and kind.

    Its size and kind are checked before anything decodes it; then every pixel is decoded
    once, so that a damaged file is refused now rather than breaking every summary later.
    """
    refused = refused_before_reading(file_name, data)
    if refused is not None:
        raise refused
    from mesolog.reports.logo import decoded_size  # reportlab only when a logo is chosen

    return accepted_logo(file_name, data, decoded_size(data))


def checked_logo_file(path: Path) -> ClinicLogo:
    """`checked_logo` of a file; one larger than a logo may be is not read whole."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as error:
        raise KnownError(
            phrase("Clinic", "Cannot read {path}: {strerror}").having(
                path=path, strerror=error.strerror
            )
        ) from error
    if len(data) > MAX_BYTES:
        raise LogoRefusedError(
            LogoProblem.TOO_LARGE,
            file_name=path.name,
            size_bytes=path.stat().st_size,
            kind=file_kind(data),
        )
    return checked_logo(path.name, data)


class LogoService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def logo(self) -> ClinicLogo | None:
        with self._ctx.db.read() as s:
            row = s.get(ClinicLogoRow, LOGO_ID)
            if row is None or row.image is None:
                return None
            return ClinicLogo(
                row.image, LogoType(row.media_type), row.width_px, row.height_px, row.file_name
            )

    def set_logo(self, logo: ClinicLogo | None) -> None:
        """Heads the summaries with `logo` from now on (None: with no logo); audited.
        The image is checked again, whoever made `logo`."""
        if logo is not None:
            logo = checked_logo(logo.file_name, logo.image)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.ADMINISTER)
            row = s.get(ClinicLogoRow, LOGO_ID)
            before = None
            if (row is None or row.image is None) and logo is None:
                return
            if row is None:
                row = ClinicLogoRow(id=LOGO_ID)
                s.add(row)
            else:
                before = record_digest(row)
            row.image = None if logo is None else logo.image
            row.media_type = "" if logo is None else logo.media_type.value
            row.width_px = 0 if logo is None else logo.width_px
            row.height_px = 0 if logo is None else logo.height_px
            row.file_name = "" if logo is None else logo.file_name[:255]
            row.updated_at = self._ctx.now()
            detail = "removed" if logo is None else f"{logo.media_type.value}, {len(logo.image)} B"
            self._ctx.audit(
                s, AuditAction.UPDATE, "clinic_logo", detail=detail, record=row, before=before
            )
