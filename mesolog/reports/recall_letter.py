"""The recall letters: one PDF, one letter a patient, each beginning on a page of its own
with the clinic's letterhead, numbered "Page x of y" within the letter, and bookmarked by
the patient's name, so that the whole batch prints at once and one letter can be found
(or taken out to attach to an e-mail). `render_letters(data)` gives the bytes.
"""

from __future__ import annotations

import bisect
import io

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from mesolog.reports.fonts import BOLD, FAMILY
from mesolog.reports.formatting import Formatter, clean, markup, word
from mesolog.reports.logo import logo_image
from mesolog.reports.recall_data import LetterData, RecalledPatient
from mesolog.reports.recall_letter_text import (
    TREATMENTS,
    filled,
    letter_values,
    paragraphs,
)
from mesolog.reports.summary_data import PaperSize
from mesolog.reports.summary_pages import fit, numbered_canvas
from mesolog.reports.summary_styles import (
    MUTED,
    RULE,
    grid_commands,
    para,
    plain_commands,
    rich,
    stylesheet,
)

CONFIDENTIAL = "Confidential: this letter concerns the health of the person it is addressed to."
NO_PATIENTS = "No patient received what the recall searched for: there is no letter to print."


def render_letters(data: LetterData) -> bytes:
    """The PDF of every patient's letter, in the result's order (a complete result:
    services.recall_files reads every patient found first)."""
    if not data.result.complete:
        raise ValueError("recall letters are written for every patient found, not a page")
    return RecallLetters(data).render()


class _LetterStart(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Takes no room: notes the page a letter begins on."""

    def __init__(self, letters: RecallLetters) -> None:
        super().__init__()
        self._letters = letters

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self._letters.note_start(self.canv.getPageNumber())


class RecallLetters:
    left_margin = 22 * mm
    right_margin = 20 * mm
    top_margin = 15 * mm
    bottom_margin = 24 * mm
    footer_gap = 7 * mm
    logo_width = 60 * mm
    logo_height = 20 * mm

    def __init__(self, data: LetterData) -> None:
        self.data = data
        self.pagesize: tuple[float, float] = LETTER if data.paper is PaperSize.LETTER else A4
        self.styles = stylesheet()
        self.styles.add(ParagraphStyle("Letter", self.styles["Normal"], fontSize=10.5, leading=15))
        self.styles.add(ParagraphStyle("LetterRight", self.styles["Letter"], alignment=TA_RIGHT))
        self.styles.add(
            ParagraphStyle("Subject", self.styles["Letter"], fontName=BOLD, spaceBefore=4)
        )
        for name in ("Cell", "CellRight", "HeadCell", "HeadCellRight"):
            self.styles[name].fontSize, self.styles[name].leading = 8.5, 11
        self.fmt = Formatter(data.locale)
        self.frame_width = self.pagesize[0] - self.left_margin - self.right_margin
        self._starts: list[int] = []
        """The first page of each letter, in order."""

    def note_start(self, page: int) -> None:
        self._starts.append(page)

    def render(self) -> bytes:
        buffer = io.BytesIO()
        height = self.pagesize[1]
        frame = Frame(
            self.left_margin,
            self.bottom_margin,
            self.frame_width,
            height - self.top_margin - self.bottom_margin,
            id="letter",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        clinic = clean(self.data.clinic.name)
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            title=f"Recall letters: {self.data.result.query.words()}",
            author=clinic or "mesolog",
            subject=f"Recall letters to {len(self.data.result.patients)} patients",
            creator="mesolog",
            lang=self.fmt.language_tag,
            initialFontName=FAMILY,
            initialFontSize=10,
            pageTemplates=[PageTemplate(id="letter", frames=[frame], pagesize=self.pagesize)],
        )
        doc.build(self.story(), canvasmaker=numbered_canvas(self._footer, self.data.generated_at))
        return buffer.getvalue()

    def story(self) -> list[Flowable]:
        patients = self.data.result.patients
        if not patients:
            return [*self._letterhead(), para(NO_PATIENTS, self.styles["Empty"])]
        story: list[Flowable] = []
        for index, patient in enumerate(patients):
            if index:
                story.append(PageBreak())
            story += self.letter(patient)
        return story

    def letter(self, patient: RecalledPatient) -> list[Flowable]:
        s = self.styles
        clinic = self.data.clinic
        values = letter_values(patient, clinic=clinic.name, clinic_phone=clinic.phone, fmt=self.fmt)
        parts: list[Flowable] = [
            _LetterStart(self),
            *self._letterhead(),
            para(self.fmt.date(self.data.generated_at.date()), s["LetterRight"]),
            Spacer(1, 4 * mm),
            *self._addressee(patient),
            Spacer(1, 6 * mm),
            para(f"About {values['product']}, lot {values['lot']}", s["Subject"]),
            Spacer(1, 3 * mm),
        ]
        table_placed = False
        for paragraph in paragraphs(self.data.text):
            if paragraph == f"{{{TREATMENTS}}}":
                parts += [self._treatments(patient), Spacer(1, 3 * mm)]
                table_placed = True
            else:
                parts += [para(filled(paragraph, values), s["Letter"]), Spacer(1, 3 * mm)]
        if not table_placed:
            parts.append(self._treatments(patient))
        return parts

    def _letterhead(self) -> list[Flowable]:
        """The logo with the clinic's name and contact beside it, then a rule."""
        s, clinic = self.styles, self.data.clinic
        lines: list[Flowable] = []
        if clinic.name:
            lines.append(para(clinic.name, s["Clinic"]))
        contact = [text for text in (clinic.address, clinic.phone, clinic.email) if text]
        if contact:
            lines.append(rich("<br/>".join(markup(t) for t in contact), s["ClinicDetail"]))
        head: list[Flowable] = lines
        if self.data.logo is not None:
            logo = logo_image(self.data.logo, self.logo_width, self.logo_height)
            gap = 6 * mm
            head = [
                Table(
                    [[logo, lines or ""]],
                    colWidths=[logo.drawWidth + gap, self.frame_width - logo.drawWidth - gap],
                    style=TableStyle([*plain_commands(), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
                    hAlign="LEFT",
                )
            ]
        rule = HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=6, spaceAfter=8)
        return [*head, rule]

    def _addressee(self, patient: RecalledPatient) -> list[Flowable]:
        s = self.styles
        lines = [para(patient.letter_name, s["Letter"])]
        facts = [f"Date of birth {self.fmt.date(patient.date_of_birth)}"]
        if patient.record_number:
            facts.insert(0, f"Record {patient.record_number}")
        lines.append(para(" · ".join(facts), s["Small"]))
        contact = [text for text in (patient.phone, patient.email) if text]
        if contact:
            lines.append(para(" · ".join(contact), s["Small"]))
        return lines

    def _treatments(self, patient: RecalledPatient) -> Table:
        s, fmt = self.styles, self.fmt
        head = [
            para(title, s["HeadCellRight" if title == "Amount" else "HeadCell"])
            for title in ("Date", "Area", "Product", "Lot", "Amount")
        ]
        rows: list[list[Flowable]] = [head]
        for session in patient.sessions:
            for number, use in enumerate(session.uses):
                area = word(use.area) + (f" ({use.area_detail})" if use.area_detail else "")
                rows.append(
                    [
                        para(fmt.date(session.performed_on) if number == 0 else "", s["Cell"]),
                        para(area, s["Cell"]),
                        para(use.product_name or "—", s["Cell"]),
                        para(use.lot_number or "—", s["Cell"]),
                        para(fmt.amount(use.volume_ml, use.units), s["CellRight"]),
                    ]
                )
        widths = [self.frame_width * f for f in (0.15, 0.22, 0.27, 0.16, 0.20)]
        return Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(grid_commands()))

    def _letter_of(self, page: int, pages: int) -> tuple[int, int, int]:
        """The letter a page belongs to (its index), the page's number within the letter,
        and the letter's page count."""
        if not self._starts:
            return 0, page, pages
        index = max(0, bisect.bisect_right(self._starts, page) - 1)
        start = self._starts[index]
        end = self._starts[index + 1] - 1 if index + 1 < len(self._starts) else pages
        return index, page - start + 1, end - start + 1

    def _footer(self, canvas: Canvas, page: int, pages: int) -> None:
        """The footer, and the bookmark of a letter's first page: painted once every page is
        known, each page in turn (a bookmark made while the pages are held back would name
        the first page)."""
        width, _ = self.pagesize
        top = self.bottom_margin - self.footer_gap
        index, number, count = self._letter_of(page, pages)
        page_text = f"Page {number} of {count}"
        patients = self.data.result.patients
        left = clean(self.data.clinic.name)
        if index < len(patients):
            left = " · ".join(x for x in (left, f"Letter to {patients[index].letter_name}") if x)
            if number == 1:
                canvas.bookmarkPage(f"letter-{index}")
                canvas.addOutlineEntry(clean(patients[index].display_name), f"letter-{index}")
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.left_margin, top, width - self.right_margin, top)
        canvas.setFillColor(MUTED)
        canvas.setFont(FAMILY, 7.5)
        room = self.frame_width - stringWidth(page_text, FAMILY, 7.5) - 8 * mm
        canvas.drawString(self.left_margin, top - 10, fit(left, FAMILY, 7.5, room))
        canvas.drawRightString(width - self.right_margin, top - 10, page_text)
        canvas.setFont(FAMILY, 7)
        canvas.drawString(self.left_margin, top - 20, CONFIDENTIAL)
        canvas.restoreState()
