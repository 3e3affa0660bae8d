"""The treatment summary PDF: `render_summary(data)` gives the bytes.

Built like pretix's invoices: page geometry as class attributes, a sheet of named
styles, a first and a later page template, and "Page x of y" from a canvas that
holds every page back until it knows how many there are.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from mesolog.domain.enums import SessionStatus
from mesolog.domain.list_separator import SEPARATOR
from mesolog.domain.records import Session
from mesolog.domain.texts import Text, phrase
from mesolog.language.render import Renderer
from mesolog.reports.aftercare_section import aftercare_section
from mesolog.reports.anchor_section import anchor_section, footer_anchor
from mesolog.reports.chart_maps import NumberedSession
from mesolog.reports.chart_section import chart_section
from mesolog.reports.clinical_copy import clinical_pairs, clinical_texts
from mesolog.reports.fonts import BOLD, FAMILY
from mesolog.reports.formatting import clean, document_formatter
from mesolog.reports.letterhead import letterhead
from mesolog.reports.patient_copy import (
    patient_course_facts,
    patient_reactions,
    patient_session_table,
)
from mesolog.reports.photo_page import photo_page
from mesolog.reports.summary_chart import score_chart
from mesolog.reports.summary_data import CourseSummary, PaperSize, SummaryData, SummaryKind
from mesolog.reports.summary_pages import fit, numbered_canvas
from mesolog.reports.summary_styles import MUTED, RULE, para, plain_commands, stylesheet
from mesolog.reports.summary_tables import (
    Fact,
    Kit,
    course_facts,
    facts_table,
    lots_used,
    reactions_table,
    session_table,
    volume_table,
)
from mesolog.reports.summary_words import (
    CONFIDENTIAL,
    KIND_LINES,
    NONE_RECORDED,
    SIGNATURE_LABELS,
    SUBJECTS,
    TITLE,
    drafts_fact,
    drafts_left_out,
    generated,
    page_of,
    sessions_count,
)


def render_summary(data: SummaryData, words: Renderer | None = None) -> bytes:
    """The PDF of a patient's treatment summary, in its language (its words rendered by
    `words`, else from the language's catalogue)."""
    return TreatmentSummary(data, words).render()


class TreatmentSummary:
    left_margin = 16 * mm
    right_margin = 16 * mm
    top_margin = 15 * mm
    bottom_margin = 22 * mm
    running_header_height = 11 * mm
    footer_gap = 6 * mm

    def __init__(self, data: SummaryData, words: Renderer | None = None) -> None:
        self.data = data
        self.pagesize: tuple[float, float] = LETTER if data.paper is PaperSize.LETTER else A4
        self.styles = stylesheet()
        self.fmt = document_formatter(data.language, data.locale, words)
        self.say = self.fmt.say
        self.frame_width = self.pagesize[0] - self.left_margin - self.right_margin
        self.kit = Kit(self.styles, self.fmt, self.frame_width)

    # -- selection -------------------------------------------------------

    def _shown(self, sessions: tuple[Session, ...]) -> list[Session]:
        """Never voided; drafts only when a clinical copy includes them (whatever was passed)."""
        drafts = self.data.include_drafts and not self.for_patient
        return [
            s
            for s in sessions
            if s.voiding is None and (drafts or s.status is not SessionStatus.DRAFT)
        ]

    @property
    def patient_name(self) -> str:
        return clean(self.data.patient.display_name)

    # -- document --------------------------------------------------------

    def render(self) -> bytes:
        buffer = io.BytesIO()
        height = self.pagesize[1]
        first = Frame(
            self.left_margin,
            self.bottom_margin,
            self.frame_width,
            height - self.top_margin - self.bottom_margin,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        later = Frame(
            self.left_margin,
            self.bottom_margin,
            self.frame_width,
            height - self.top_margin - self.running_header_height - self.bottom_margin,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        clinic = clean(self.data.clinic.name)
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=self.say(
                phrase("Summary", "Treatment summary: {patient}", "the PDF file's title").having(
                    patient=self.patient_name
                )
            ),
            author=clinic or "mesolog",
            subject=self.say(SUBJECTS[self.data.kind]),
            creator="mesolog",
            lang=self.fmt.language_tag,
            initialFontName=FAMILY,
            initialFontSize=9,
            pageTemplates=[
                PageTemplate(id="first", frames=[first], pagesize=self.pagesize),
                PageTemplate(
                    id="later", frames=[later], onPage=self._running_header, pagesize=self.pagesize
                ),
            ],
        )
        doc.build(self.story(), canvasmaker=numbered_canvas(self._footer, self.data.generated_at))
        return buffer.getvalue()

    def _running_header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        y = height - self.top_margin - 4 * mm
        record = clean(self.data.patient.details.record_number)
        right = ""
        if record:
            right = self.say(phrase("Summary", "Record {record}").having(record=record))
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(FAMILY, 8)
        right_width = stringWidth(right, FAMILY, 8)
        canvas.drawRightString(width - self.right_margin, y, right)
        canvas.setFont(BOLD, 8.5)
        room = self.frame_width - right_width - 8 * mm
        heading = f"{self.say(TITLE)} · {self.patient_name}"
        label = fit(heading, BOLD, 8.5, room)
        canvas.drawString(self.left_margin, y, label)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.left_margin, y - 2.5 * mm, width - self.right_margin, y - 2.5 * mm)
        canvas.restoreState()

    def _footer(self, canvas: Canvas, page: int, pages: int) -> None:
        width, _ = self.pagesize
        top = self.bottom_margin - self.footer_gap
        made = generated(self.fmt.datetime(self.data.generated_at), clean(self.data.generated_by))
        footing = self.say(made)
        if self.data.kind is SummaryKind.PATIENT:
            footing += f" · {self.say(KIND_LINES[SummaryKind.PATIENT])}"
        page_text = self.say(page_of(page, pages))
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.left_margin, top, width - self.right_margin, top)
        canvas.setFillColor(MUTED)
        canvas.setFont(FAMILY, 7.5)
        room = self.frame_width - stringWidth(page_text, FAMILY, 7.5) - 8 * mm
        canvas.drawString(self.left_margin, top - 10, fit(footing, FAMILY, 7.5, room))
        canvas.drawRightString(width - self.right_margin, top - 10, page_text)
        canvas.setFont(FAMILY, 7)
        canvas.drawString(self.left_margin, top - 20, self.say(CONFIDENTIAL))
        if self.data.chain_anchor is not None:
            anchor = footer_anchor(self.data.chain_anchor, self.fmt)
            canvas.drawRightString(width - self.right_margin, top - 20, anchor)
        canvas.restoreState()

    # -- content ---------------------------------------------------------

    @property
    def for_patient(self) -> bool:
        return self.data.kind is SummaryKind.PATIENT

    def story(self) -> list[Flowable]:
        shown = self._shown(self.data.all_sessions)
        story: list[Flowable] = [NextPageTemplate("later"), *self._first_page_header(shown)]
        if not shown:
            empty = self.say(phrase("Summary", "No signed sessions recorded for this patient."))
            if self.data.drafts_left_out and not self.for_patient:
                empty += f" {self.say(drafts_left_out(self.data.drafts_left_out))}"
            story.append(para(empty, self.styles["Empty"]))
        for summary in self.data.courses:
            story += self._course(summary)
        outside = self._shown(self.data.sessions_outside_courses)
        if outside:
            heading = self.say(phrase("Summary", "Sessions outside a course"))
            story.append(para(heading, self.styles["Heading"]))
            story.append(self._session_table(outside))
            story += self._charts(outside)
        story += self._reactions(shown)
        if self.for_patient:
            aftercare = aftercare_section(self.data.clinic, self.kit)
            story += [*aftercare, KeepTogether(self._signature())]
        else:
            story += self._totals(shown)
        if self.data.chain_anchor is not None:
            story += anchor_section(self.data.chain_anchor, self.kit, for_patient=self.for_patient)
        return story + photo_page(self.data, self.kit)

    def _session_table(self, sessions: list[Session]) -> Table:
        if self.for_patient:
            return patient_session_table(sessions, self.kit)
        return session_table(sessions, self.kit)

    def _first_page_header(self, shown: list[Session]) -> list[Flowable]:
        s, details = self.styles, self.data.patient.details
        header = [
            *letterhead(self.data.clinic, self.data.logo, self.styles, self.frame_width),
            para(self.say(TITLE), s["Title"]),
            para(self.say(KIND_LINES[self.data.kind]), s["Kind"]),
            Spacer(1, 3 * mm),
        ]
        if shown:
            days = [x.performed_on for x in shown]
            covered: Text | str = f"{self.fmt.date(min(days))} – {self.fmt.date(max(days))}"
        else:
            covered = phrase("Summary", "no sessions", "the period a summary covers")
        pairs: list[Fact] = [
            (phrase("Summary", "Patient"), self.data.patient.display_name),
            (phrase("Summary", "Date of birth"), self.fmt.date(details.date_of_birth)),
            (phrase("Summary", "Record number"), details.record_number or "—"),
            (phrase("Summary", "Period covered"), covered),
            (phrase("Summary", "Allergies"), details.allergies or NONE_RECORDED),
        ]
        if not self.for_patient:
            pairs += clinical_pairs(details, self.fmt)
        if self.data.one_course and self.data.courses:
            only = phrase("Summary", "course {number} only", "what a summary covers")
            only = only.having(number=str(self.data.courses[0].number))
            pairs.append((phrase("Summary", "Covers", "a summary covers one course"), only))
        if self.for_patient:
            return [*header, facts_table(pairs, self.kit), Spacer(1, 2 * mm)]
        drafts = phrase("Summary", "Drafts", "draft sessions")
        if self.data.include_drafts or self.data.drafts_left_out:
            pairs.append((drafts, drafts_fact(self.data.include_drafts, self.data.drafts_left_out)))
        texts = clinical_texts(details, self.kit)
        return [*header, facts_table(pairs, self.kit), *texts, Spacer(1, 2 * mm)]

    def _course(self, summary: CourseSummary) -> list[Flowable]:
        s = self.styles
        sessions = self._shown(summary.sessions)
        heading = self.say(
            phrase("Summary", "Course {number}: {indication}").having(
                number=str(summary.number), indication=self.fmt.word(summary.course.plan.indication)
            )
        )
        if self.for_patient:
            facts = patient_course_facts(summary, self.kit)
        else:
            facts = course_facts(summary, self.kit)
        parts: list[Flowable] = [para(heading, s["Heading"]), facts]
        if not self.for_patient:
            if summary.drafts_left_out:
                left_out = self.say(drafts_left_out(summary.drafts_left_out))
                parts.append(para(left_out, s["Small"]))
            if summary.course.plan.notes:
                notes = phrase("Summary", "Notes: {notes}", "a course's")
                parts.append(
                    para(self.say(notes.having(notes=summary.course.plan.notes)), s["Small"])
                )
        parts.append(Spacer(1, 3 * mm))
        if sessions:
            parts.append(self._session_table(sessions))
        else:
            none = self.say(phrase("Summary", "No sessions in this course yet."))
            parts.append(para(none, s["Empty"]))
        chart = None if self.for_patient else score_chart(sessions, self.frame_width * 0.6)
        if chart is not None:
            scores = phrase("Summary", "Improvement score (0–10) by session number")
            title = para(self.say(scores), s["Subheading"])
            parts.append(KeepTogether([title, chart]))
        return parts + self._charts(sessions)

    def _charts(self, sessions: list[Session]) -> list[Flowable]:
        """The sessions' charts, each session numbered by its place among `sessions`."""
        numbered = [NumberedSession(n, s) for n, s in enumerate(sessions, 1)]
        return chart_section(numbered, self.data.diagrams, self.kit)

    def _reactions(self, shown: list[Session]) -> list[Flowable]:
        s = self.styles
        if self.for_patient:
            table = patient_reactions(shown, self.kit)
            title = phrase("Summary", "Reactions after your sessions")
        else:
            table = reactions_table(shown, self.kit)
            title = phrase("Summary", "Reactions")
        none = para(self.say(phrase("Summary", "No reactions recorded.")), s["Empty"])
        return [para(self.say(title), s["Heading"]), table or none]

    def _totals(self, shown: list[Session]) -> list[Flowable]:
        """Totals with their heading kept together; the lots and the signature line too,
        so that a page never holds a heading alone or the signature alone."""
        s = self.styles
        drafts = sum(x.status is SessionStatus.DRAFT for x in shown)
        totals: list[Flowable] = [
            para(self.say(phrase("Summary", "Totals")), s["Heading"]),
            para(self.say(sessions_count(len(shown), drafts)), s["Value"]),
        ]
        volumes = volume_table(shown, self.kit)
        if volumes is not None:
            totals += [Spacer(1, 2 * mm), volumes]
        lots = lots_used(shown, self.fmt)
        none = para(self.say(phrase("Summary", "No lots recorded.")), s["Empty"])
        ending: list[Flowable] = [
            para(self.say(phrase("Summary", "Lots used")), s["Subheading"]),
            para(self.say(SEPARATOR).join(lots), s["Value"]) if lots else none,
            *self._signature(),
        ]
        return [KeepTogether(totals), KeepTogether(ending)]

    def _signature(self) -> list[Flowable]:
        s = self.styles
        labels = [para(self.say(t), s["Small"]) for t in SIGNATURE_LABELS]
        line = Table(
            [["", "", ""], labels],
            colWidths=self.kit.widths((0.4, 0.35, 0.25)),
            rowHeights=[14 * mm, None],
            style=TableStyle(
                [
                    *plain_commands(),
                    ("LINEBELOW", (0, 0), (0, 0), 0.6, MUTED),
                    ("LINEBELOW", (1, 0), (1, 0), 0.6, MUTED),
                    ("LINEBELOW", (2, 0), (2, 0), 0.6, MUTED),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ]
            ),
        )
        signature = self.say(phrase("Summary", "Clinician's signature"))
        return [Spacer(1, 8 * mm), para(signature, s["Subheading"]), line]
