"""The clinic's logo: checked when chosen (size and kind first, then every pixel), kept in
the database with an audited, verifiable change, and refused with the file's size and kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from mesolog.domain.accounts import AccessDeniedError
from mesolog.domain.enums import Role
from mesolog.domain.errors import KnownError
from mesolog.domain.logo import MAX_BYTES, LogoProblem, LogoRefusedError, LogoType
from mesolog.services.clinic import Clinic
from mesolog.services.clinic_logo import LogoService, checked_logo, checked_logo_file
from tests.logo_support import logo_jpeg, logo_png
from tests.services.conftest import DatabaseProbe


def test_a_logo_is_kept_read_back_and_removed_with_an_audit_entry_each(
    clinic: Clinic, probe: DatabaseProbe
) -> None:
    logos = LogoService(clinic.context)
    assert logos.logo() is None
    chosen = checked_logo("clinic.png", logo_png(320, 90))
    logos.set_logo(chosen)
    assert logos.logo() == chosen
    jpeg = checked_logo("clinic.jpg", logo_jpeg(200, 200))
    assert jpeg.media_type is LogoType.JPEG
    logos.set_logo(jpeg)
    assert logos.logo() == jpeg
    logos.set_logo(None)
    assert logos.logo() is None
    logos.set_logo(None)  # nothing on file: nothing to remove, nothing audited
    entries = [(e.action, e.entity, e.detail) for e in probe.audit() if e.entity == "clinic_logo"]
    assert entries == [
        ("update", "clinic_logo", f"image/png, {len(chosen.image)} B"),
        ("update", "clinic_logo", f"image/jpeg, {len(jpeg.image)} B"),
        ("update", "clinic_logo", "removed"),
    ]
    assert clinic.audit.verify().intact


def test_a_logo_changed_behind_the_applications_back_shows_in_the_audit_check(
    clinic: Clinic, db_path: Path
) -> None:
    LogoService(clinic.context).set_logo(checked_logo("clinic.png", logo_png()))
    with clinic.context.db.engine.begin() as connection:
        connection.execute(text("UPDATE clinic_logo SET image = :image"), {"image": logo_png(10)})
    verification = clinic.audit.verify()
    assert [m.entity for m in verification.changed_records] == ["clinic_logo"]


def test_only_an_admin_changes_the_logo(clinic: Clinic) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Eleni Vasileiou", "admin-password-1")
    clinic.log_in("admin", "admin-password-1")
    clinic.accounts.add("nikos", "Nikos Georgiou", Role.CLINICIAN, "a long enough password")
    logos = LogoService(clinic.context)
    logos.set_logo(checked_logo("clinic.png", logo_png()))
    clinic.log_in("nikos", "a long enough password")
    with pytest.raises(AccessDeniedError):
        LogoService(clinic.context).set_logo(None)
    assert LogoService(clinic.context).logo() is not None


@pytest.mark.parametrize(
    ("name", "content", "problem", "kind"),
    [
        ("notes.png", b"text, not a picture\n", LogoProblem.NOT_PNG_OR_JPEG, "not an image"),
        ("logo.gif", b"GIF89a\x10\x00\x10\x00", LogoProblem.NOT_PNG_OR_JPEG, "a GIF image"),
        ("cut.png", logo_png()[:80], LogoProblem.UNREADABLE, "image/png"),
        ("cut.jpg", logo_jpeg()[:200], LogoProblem.UNREADABLE, "image/jpeg"),
        ("banner.png", logo_png(4001, 20), LogoProblem.TOO_MANY_PIXELS, "image/png"),
    ],
)
def test_a_file_that_cannot_be_the_logo_is_refused_and_nothing_is_stored(
    clinic: Clinic, tmp_path: Path, name: str, content: bytes, problem: LogoProblem, kind: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LogoRefusedError) as refused:
        checked_logo_file(path)
    assert (refused.value.problem, refused.value.kind) == (problem, kind)
    assert refused.value.file_name == name
    assert refused.value.size_bytes == len(content)
    assert name in str(refused.value)
    assert LogoService(clinic.context).logo() is None


def test_a_file_larger_than_a_logo_may_be_is_refused_with_its_real_size(tmp_path: Path) -> None:
    path = tmp_path / "poster.png"
    path.write_bytes(logo_png() + b"\x00" * (3 * MAX_BYTES))
    with pytest.raises(LogoRefusedError) as refused:
        checked_logo_file(path)
    assert refused.value.problem is LogoProblem.TOO_LARGE
    assert refused.value.size_bytes == path.stat().st_size


def test_a_missing_file_is_a_known_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match=r"Cannot read .*gone\.png"):
        checked_logo_file(tmp_path / "gone.png")


def test_a_logo_made_elsewhere_is_checked_again_before_it_is_stored(clinic: Clinic) -> None:
    good = checked_logo("clinic.png", logo_png())
    forged = type(good)(b"not an image", good.media_type, 10, 10, "forged.png")
    with pytest.raises(LogoRefusedError):
        LogoService(clinic.context).set_logo(forged)
    assert LogoService(clinic.context).logo() is None


def test_the_logo_round_trips_on_postgresql_with_the_same_digest(postgresql_url: str) -> None:
    """bytea comes back as the bytes written, so the audit check holds there too."""
    with Clinic.open(postgresql_url, actor="tester") as clinic:
        logo = checked_logo("clinic.png", logo_png())
        LogoService(clinic.context).set_logo(logo)
        assert LogoService(clinic.context).logo() == logo
        assert clinic.audit.verify().intact
