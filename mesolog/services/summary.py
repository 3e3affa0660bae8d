"""Treatment summaries: the data for one patient (or one course) and the PDF made from it.

reportlab is imported only when a PDF is made, so it does not slow the app's start.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from mesolog.diagrams.loading import drawing
from mesolog.diagrams.shapes import DiagramDrawing
from mesolog.domain.accounts import Permission
from mesolog.domain.diagram_ids import Diagram
from mesolog.domain.enums import CourseStatus, SessionStatus
from mesolog.domain.errors import KnownError
from mesolog.domain.ids import CourseId, PatientId, PhotoId
from mesolog.domain.records import Session
from mesolog.domain.schedule import course_schedule
from mesolog.domain.templates import CourseEstimate
from mesolog.domain.texts import phrase
from mesolog.language.choice import CODES
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.audit_anchors import chain_anchor
from mesolog.reports.summary_data import (
    CourseSummary,
    PaperSize,
    PhotoPair,
    SummaryData,
    SummaryKind,
)
from mesolog.services.clinic_logo import LogoService
from mesolog.services.context import ServiceContext
from mesolog.services.file_output import write_atomically
from mesolog.services.history import HistoryService, PatientHistory, schedule_marks
from mesolog.services.photos import PhotoService
from mesolog.services.settings import SettingsService
from mesolog.services.summary_photos import (
    photo_pairs,
    photo_scope,
    printed_courses,
    shown,
    wants_photos,
)
from mesolog.services.templates import TemplateService


def _drafts(sessions: tuple[Session, ...]) -> int:
    return sum(s.voiding is None and s.status is SessionStatus.DRAFT for s in sessions)


def _drawings(sessions: Sequence[Session]) -> dict[Diagram, DiagramDrawing]:
    """The drawing of each diagram the sessions' charts mark."""
    used = {zone.diagram for s in sessions for line in s.entry.treatments for zone in line.zones}
    return {diagram: drawing(diagram) for diagram in Diagram if diagram in used}


def size_words(byte_count: int) -> str:
    """A file's size for a message: `850 kB`, `2.4 MB` (decimal units)."""
    if byte_count < 1_000_000:
        return f"{max(1, round(byte_count / 1000))} kB"
    return f"{byte_count / 1_000_000:.1f} MB"


class SummaryService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def summary_data(
        self,
        patient: str | PatientId,
        *,
        course_id: CourseId | None = None,
        kind: SummaryKind = SummaryKind.CLINICAL,
        include_drafts: bool = False,
        paper: PaperSize = PaperSize.A4,
        locale: str = "en_GB",
        language: str | None = None,
        usual_language: str = "en",
        prepared_by: str = "",
        photos: bool | None = None,
        photo_ids: Sequence[PhotoId] | None = None,
        estimates: bool = False,
    ) -> SummaryData:
        """A patient's courses (or one course) and sessions; voided ones are left out.

        A patient copy never holds drafts. The summary is written in `language` (`en`,
        `el`; None: the patient's language of documents, else `usual_language`), its
        numbers and dates as `locale` writes them (for a Greek summary, as Greek does when
        `locale` is another language's: reports.formatting.document_locale).
        It names who made it: the logged-in account's full name, else `prepared_by` (the
        workstation's clinician), else nobody.
        A photo page (`photos`: None for the kind's default, the clinical copy only) needs
        the patient's photo consent; `photo_ids` chooses its photos, else each view's
        first and last (services.summary_photos). `estimates`: the patient copy prints
        the expected cost of each active course planned from a template (course_estimates).
        """
        for asked in (language, usual_language):
            if asked is not None and asked not in CODES:
                raise ValueError(f"no summary in {asked!r}: one of {', '.join(CODES)}")
        if kind is SummaryKind.PATIENT and include_drafts:
            raise KnownError(
                phrase(
                    "Errors",
                    "A patient copy holds signed sessions only; drafts go in a clinical copy.",
                )
            )
        if kind is SummaryKind.CLINICAL and estimates:
            raise KnownError(
                phrase("Errors", "The course estimate is printed on the patient copy only.")
            )
        history = HistoryService(self._ctx).patient_history(patient)
        language = language or history.patient.details.preferred_language or usual_language
        estimated = self.course_estimates(history, course_id) if estimates else {}
        summaries = []
        for number, c in printed_courses(history, course_id):
            kept = shown(c.sessions, include_drafts)
            summaries.append(
                CourseSummary(
                    c.course,
                    course_schedule(c.course, schedule_marks(kept), today=self._ctx.today()),
                    kept,
                    number=number,
                    drafts_left_out=_drafts(c.sessions) - _drafts(kept),
                    estimate=estimated.get(c.course.id),
                )
            )
        outside = () if course_id is not None else history.sessions_outside_courses
        outside_shown = shown(outside, include_drafts)
        left_out = sum(c.drafts_left_out for c in summaries)
        left_out += _drafts(outside) - _drafts(outside_shown)
        pairs: tuple[PhotoPair, ...] = ()
        if wants_photos(kind, photos, history.patient):
            service = PhotoService(self._ctx)
            scope = photo_scope(history, course_id=course_id, include_drafts=include_drafts)
            pairs = photo_pairs(
                service.of_patient(history.patient.id), scope, service.image, chosen=photo_ids
            )
        printed = [*outside_shown, *(s for c in summaries for s in c.sessions)]
        generated_at = self._ctx.now().astimezone()
        with self._ctx.db.read() as s:  # after the records: the anchor covers what is printed
            anchor = chain_anchor(s, at=generated_at)
        return SummaryData(
            clinic=SettingsService(self._ctx).clinic(),
            patient=history.patient,
            courses=tuple(summaries),
            sessions_outside_courses=outside_shown,
            include_drafts=include_drafts,
            generated_at=generated_at,
            generated_by=self._ctx.account.name if self._ctx.account else prepared_by.strip(),
            kind=kind,
            logo=LogoService(self._ctx).logo(),
            locale=locale,
            language=language,
            paper=paper,
            drafts_left_out=left_out,
            one_course=course_id is not None,
            chain_anchor=anchor,
            diagrams=_drawings(printed),
            photo_pairs=pairs,
        )

    def course_estimates(
        self, history: PatientHistory, course_id: CourseId | None = None
    ) -> dict[CourseId, CourseEstimate]:
        """What each active course planned from a template (only `course_id`'s if given)
        is expected to cost for its planned sessions; a retired template still prices the
        courses planned from it."""
        templates = TemplateService(self._ctx)
        estimates: dict[CourseId, CourseEstimate] = {}
        for entry in history.courses:
            course = entry.course
            template_id = course.plan.template_id
            if template_id is None or course.voiding is not None:
                continue
            if course.status is not CourseStatus.ACTIVE or course_id not in (None, course.id):
                continue
            details = templates.get(template_id).details
            estimates[course.id] = templates.estimate(details, course.plan.planned_sessions)
        return estimates

    def write_pdf(self, data: SummaryData, target: Path) -> int:
        """Writes the summary to `target` whole or not at all, audits the export and
        returns the file's size in bytes."""
        from mesolog.reports.treatment_summary import render_summary

        with self._ctx.db.read() as s:
            self._ctx.require(s, Permission.EXPORT)
        pdf = render_summary(data)
        write_atomically(target, pdf, what="The summary")
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.EXPORT)
            detail = f"pdf summary, {data.kind.value} copy"
            if data.photo_count:
                detail += f", {data.photo_count} photo{'s' if data.photo_count != 1 else ''}"
            self._ctx.audit(s, AuditAction.EXPORT, "patient", data.patient.id, detail)
        return len(pdf)
