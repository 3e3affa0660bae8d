"""After a crash: each session editor's unsaved state, offered back intact.

A recovered draft is saved on the entry its copy was typed on (session_autosave `typed_on`),
not on the draft as stored now: what another workstation changed between the crash and the
recovery is merged, or shown beside what was typed, never written over. A copy that does not
say what it was typed on (kept by an earlier mesolog) is saved on the draft as it is now, and
the editor says so. A session signed or voided since opens as it is now, read-only, and what
was typed into it is shown beside it (ui.sessions.recovered_copy), never dropped unseen. A
draft no longer in the database (a backup from before it was restored, before the start or
while it was being typed) cannot take the copy either: what was typed opens as a new session,
and the editor says why; saving it records a new draft.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mesolog.domain.errors import KnownError, NotFoundError
from mesolog.domain.ids import PatientId, SessionId
from mesolog.domain.records import Session
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date_time
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.sessions.session_autosave import BASE, typed_on

# The editor (and with it most of this room) is imported when a draft is opened again: the
# window asks at every start, and there is rarely one.
if TYPE_CHECKING:
    from mesolog.ui.sessions.session_editor import SessionEditor


def offer_recovered_drafts(
    parent: QWidget, clinic: Clinic, bus: ChangeBus, open_patient: Callable[[PatientId], None]
) -> list[SessionEditor]:
    """Asks, for each kept editor state, whether to open it again, discard it or decide later;
    returns the editors opened."""
    editors = []
    for kept in clinic.editor_drafts.pending():
        try:
            patient = clinic.patients.get(kept.patient_id)
        except KnownError:
            continue
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("recovery", "Unsaved session found"),
            QCoreApplication.translate(
                "recovery",
                "A session for %1 was being typed when mesolog last stopped (%2). Open it again?",
            )
            .replace("%1", patient.display_name)
            .replace("%2", shown_date_time(kept.saved_at.astimezone())),
            QMessageBox.StandardButton.Open
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Ignore,
        )
        if answer == QMessageBox.StandardButton.Discard:
            clinic.editor_drafts.discard(kept.key)
        elif answer == QMessageBox.StandardButton.Open:
            from mesolog.ui.sessions.recovered_copy import RecoveredCopy
            from mesolog.ui.sessions.session_editor import SessionEditor

            open_patient(patient.id)
            restored = json.loads(kept.payload)
            stored = _as_now(clinic, kept.session_id)
            # A copy of a saved draft names it; one kept after the draft left the database
            # names no session, but still says what it was typed on (`base`).
            gone = stored is None and (kept.session_id is not None or BASE in restored)
            typed_on_draft = typed_on(stored, restored) if stored is not None else None
            editor = SessionEditor(
                clinic,
                bus,
                patient,
                parent,
                session=typed_on_draft or stored,
                draft_key=kept.key,
                restored=restored,
            )
            if gone:
                _tell(
                    editor,
                    QCoreApplication.translate(
                        "recovery",
                        "The draft session this copy was typed into is no longer in the "
                        "database (most likely, a backup from before it was made was "
                        "restored). What was typed is shown as a new session: save it to "
                        "keep it.",
                    ),
                )
            elif stored is not None and typed_on_draft is None and not editor.read_only:
                _tell(
                    editor,
                    QCoreApplication.translate(
                        "recovery",
                        "This copy does not say which version of the draft it was typed on: "
                        "saving it replaces the draft as it is now, changes made on other "
                        "workstations since the copy was kept included.",
                    ),
                )
            editor.open()
            editors.append(editor)
            if stored is not None and editor.read_only:
                copy = RecoveredCopy(
                    parent,
                    clinic,
                    session=stored,
                    shown=editor.session_form,
                    payload=restored,
                    kept_at=kept.saved_at,
                    forget=partial(clinic.editor_drafts.discard, kept.key),
                )
                if copy.differing:
                    copy.show_beside(editor)
                else:  # all it holds is in the session as it is now
                    copy.deleteLater()
                    clinic.editor_drafts.discard(kept.key)
    return editors


def _as_now(clinic: Clinic, session_id: SessionId | None) -> Session | None:
    """The session the copy was typed into, as it is now; None for a new one, and for one no
    longer in the database (restored away, maybe while the question was asked)."""
    if session_id is None:
        return None
    try:
        return clinic.sessions.get(session_id)
    except NotFoundError:
        return None


def _tell(editor: SessionEditor, text: str) -> None:
    """Adds `text` to what the editor's notice says of where its values come from."""
    notice = editor.frame.notice
    notice.setText(notice.text() + "\n" + text)
