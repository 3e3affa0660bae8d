"""The versions of a signed session: the one it amends, the one that amends it, in words.

An amendment is a new signed version that names the session it corrects; the
corrected one stays readable, as it was signed, one click away in the editor.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from mesolog.domain.records import Session
from mesolog.services.history import PatientHistory
from mesolog.ui.common.dates import shown_date_time


@dataclass(frozen=True, slots=True)
class SessionVersions:
    earlier: Session | None
    """The version this session amends (corrects), if it is an amendment."""
    newer: Session | None
    """The (not voided) amendment that corrects this session, if it was amended."""

    @property
    def superseded(self) -> bool:
        return self.newer is not None


def session_versions(history: PatientHistory, session: Session) -> SessionVersions:
    """The neighbours of `session` in its chain of versions, as the history holds them now."""
    by_id = {s.id: s for s in history.sessions}
    earlier = by_id.get(session.amends) if session.amends is not None else None
    newer = next(
        (s for s in history.sessions if s.amends == session.id and s.voiding is None), None
    )
    return SessionVersions(earlier, newer)


def _signed(session: Session | None) -> tuple[str, str]:
    if session is None:
        return "?", "?"
    when = shown_date_time(session.signed_at) if session.signed_at else "?"
    return when, session.signed_by or "?"


def amendment_line(session: Session, earlier: Session | None) -> str:
    """ "Amendment of the version signed 10/03/2026 17:00 by Dr X — reason: lot mistyped"."""
    when, who = _signed(earlier)
    return (
        QCoreApplication.translate(
            "SessionEditor", "Amendment of the version signed %1 by %2 — reason: %3"
        )
        .replace("%1", when)
        .replace("%2", who)
        .replace("%3", session.amendment_reason or "")
    )


def superseded_line(newer: Session) -> str:
    when, who = _signed(newer)
    return (
        QCoreApplication.translate(
            "SessionEditor",
            "Earlier version: corrected on %1 by %2 — reason: %3. The amendment is the "
            "current version; this text stays as it was signed.",
        )
        .replace("%1", when)
        .replace("%2", who)
        .replace("%3", newer.amendment_reason or "")
    )


def version_note(session: Session, versions: SessionVersions) -> str:
    """What the read-only editor says about the versions of `session` ("" if it has none)."""
    lines = []
    if versions.newer is not None:
        lines.append(superseded_line(versions.newer))
    if session.amends is not None:
        lines.append(amendment_line(session, versions.earlier))
    return "\n".join(lines)


def amending_text(session: Session) -> str:
    """The banner above a signed session being amended."""
    when, who = _signed(session)
    return (
        QCoreApplication.translate(
            "SessionEditor",
            "Amending the session signed %1 by %2. Correct what was wrong and give the "
            "reason; the amendment, once signed, is the current version. The signed "
            "version stays readable as it is.",
        )
        .replace("%1", when)
        .replace("%2", who)
    )
