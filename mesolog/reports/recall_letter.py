"""The recall letters: one PDF, one letter a patient, each beginning on a page of its own
with the clinic's letterhead, numbered "Page x of y" within the letter, and bookmarked by
the patient's name, so that the whole batch prints at once and one letter can be found
(or taken out to attach to an e-mail). `render_letters(data)` gives the bytes.

Each letter is written in its patient's language (the one they prefer, else the one asked
for), its footer too: one PDF may hold letters in Greek and in English. The document's own
words (its title, subject and language tag) are in the language asked for.
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

from mesolog.domain.texts import Text, phrase, phrase_n
from mesolog.language.choice import language
from mesolog.language.render import Renderer
from mesolog.reports.fonts import BOLD, FAMILY
from mesolog.reports.formatting import Formatter, clean, document_formatter
from mesolog.reports.letterhead import letterhead
from mesolog.reports.recall_data import LetterData, RecalledPatient, RecallQuery
from mesolog.reports.recall_letter_text import (
    TREATMENTS,
    filled,
    letter_values,
    paragraphs,
)
from mesolog.reports.summary_data import PaperSize
from mesolog.reports.summary_pages import fit, numbered_canvas
from mesolog.reports.summary_styles import MUTED, RULE, grid_commands, para, stylesheet
from mesolog.reports.summary_words import page_of

CONFIDENTIAL = phrase(
    "RecallLetter",
    "Confidential: this letter concerns the health of the person it is addressed to.",
)
NOBODY = phrase(
    "RecallLetter",
    "No patient received what the recall searched for: there is no letter to print.",
)
NO_PATIENTS = str(NOBODY)
"""NOBODY in English."""
TREATMENT_HEADINGS = (
    phrase("RecallLetter", "Date"),
    phrase("RecallLetter", "Area"),
    phrase("RecallLetter", "Product"),
    phrase("RecallLetter", "Lot"),
    phrase("RecallLetter", "Amount"),
)


def render_letters(data: LetterData, words: Renderer | None = None) -> bytes:
    """The PDF of every patient's letter, in the result's order (a complete result:
    services.recall_files reads every patient found first), each in its language (said by
    `words` for the letters in its language, by the language's catalogue for the others)."""
    if not data.result.complete:
        raise ValueError("recall letters are written for every patient found, not a page")
    return RecallLetters(data, words).render()


def query_words(query: RecallQuery, fmt: Formatter) -> str:
    """`lot "HA26-0312", product "HydraBoost 1.5%", 2026-01-01 to 2026-03-31` in the
    letters' language (RecallQuery.words is the audit log's English)."""
    parts: list[Text] = []
    if query.lot:
        parts.append(phrase("RecallLetter", 'lot "{lot}"').having(lot=query.lot))
    if query.product:
        parts.append(phrase("RecallLetter", 'product "{product}"').having(product=query.product))
    if query.from_date is not None or query.to_date is not None:
        anytime = phrase("RecallLetter", "any date", "the start or end of a recall's search")
        start = query.from_date.isoformat() if query.from_date else anytime
        end = query.to_date.isoformat() if query.to_date else anytime
        parts.append(phrase("RecallLetter", "{start} to {end}").having(start=start, end=end))
    return ", ".join(fmt.say(part) for part in parts)


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

    def __init__(self, data: LetterData, words: Renderer | None = None) -> None:
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
        self._words = words
        self._formatters: dict[str, Formatter] = {}
        self.fmt = self.formatter(data.language)
        """The document's own words and formats: the language asked for."""
        self.frame_width = self.pagesize[0] - self.left_margin - self.right_margin
        self._starts: list[int] = []
        """The first page of each letter, in order."""

    def formatter(self, code: str) -> Formatter:
        """The words and formats of a letter in the language `code`: the locale given for
        the language asked for (reports.formatting.document_locale), the language's own with
        the locale's territory for another (an English letter among Greek ones is not
        dated in Greek)."""
        found = self._formatters.get(code)
        if found is None:
            asked = code == self.data.language
            locale = self.data.locale if asked else language(code, self.data.locale).format_locale
            words = self._words if self._words and self._words.language.code == code else None
            found = self._formatters[code] = document_formatter(code, locale, words)
        return found

    def _formatter_of(self, patient: RecalledPatient) -> Formatter:
        return self.formatter(self.data.language_of(patient))

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
        title = phrase("RecallLetter", "Recall letters: {search}", "the PDF file's title")
        subject = phrase_n("RecallLetter", "Recall letters to %n patients", None, 1)
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            title=self.fmt.say(title.having(search=query_words(self.data.result.query, self.fmt))),
            author=clinic or "mesolog",
            subject=self.fmt.say(subject.counting(len(self.data.result.patients))),
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
            return [*self._letterhead(), para(self.fmt.say(NOBODY), self.styles["Empty"])]
        story: list[Flowable] = []
        for index, patient in enumerate(patients):
            if index:
                story.append(PageBreak())
            story += self.letter(patient)
        return story

    def letter(self, patient: RecalledPatient) -> list[Flowable]:
        s, fmt = self.styles, self._formatter_of(patient)
        clinic = self.data.clinic
        values = letter_values(patient, clinic=clinic.name, clinic_phone=clinic.phone, fmt=fmt)
        about = phrase("RecallLetter", "About {product}, lot {lot}", "a letter's subject line")
        parts: list[Flowable] = [
            _LetterStart(self),
            *self._letterhead(),
            para(fmt.date(self.data.generated_at.date()), s["LetterRight"]),
            Spacer(1, 4 * mm),
            *self._addressee(patient, fmt),
            Spacer(1, 6 * mm),
            para(fmt.say(about.having(product=values["product"], lot=values["lot"])), s["Subject"]),
            Spacer(1, 3 * mm),
        ]
        table_placed = False
        body = self.data.text_in(self.data.language_of(patient))
        for paragraph in paragraphs(fmt.say(body)):
            if paragraph == f"{{{TREATMENTS}}}":
                parts += [self._treatments(patient, fmt), Spacer(1, 3 * mm)]
                table_placed = True
            else:
                parts += [para(filled(paragraph, values), s["Letter"]), Spacer(1, 3 * mm)]
        if not table_placed:
            parts.append(self._treatments(patient, fmt))
        return parts

    def _letterhead(self) -> list[Flowable]:
        return letterhead(self.data.clinic, self.data.logo, self.styles, self.frame_width)

    def _addressee(self, patient: RecalledPatient, fmt: Formatter) -> list[Flowable]:
        s = self.styles
        lines = [para(patient.letter_name, s["Letter"])]
        born = phrase("RecallLetter", "Date of birth {date}")
        facts = [fmt.say(born.having(date=fmt.date(patient.date_of_birth)))]
        if patient.record_number:
            record = phrase("RecallLetter", "Record {record}", "a patient's record number")
            facts.insert(0, fmt.say(record.having(record=patient.record_number)))
        lines.append(para(" · ".join(facts), s["Small"]))
        contact = [text for text in (patient.phone, patient.email) if text]
        if contact:
            lines.append(para(" · ".join(contact), s["Small"]))
        return lines

    def _treatments(self, patient: RecalledPatient, fmt: Formatter) -> Table:
        s = self.styles
        *left, right = [fmt.say(title) for title in TREATMENT_HEADINGS]
        head = [*(para(title, s["HeadCell"]) for title in left), para(right, s["HeadCellRight"])]
        rows: list[list[Flowable]] = [head]
        for session in patient.sessions:
            for number, use in enumerate(session.uses):
                area = fmt.word(use.area) + (f" ({use.area_detail})" if use.area_detail else "")
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
        patients = self.data.result.patients
        fmt = self._formatter_of(patients[index]) if index < len(patients) else self.fmt
        page_text = fmt.say(page_of(number, count))
        left = clean(self.data.clinic.name)
        if index < len(patients):
            to = phrase("RecallLetter", "Letter to {patient}", "a letter's footer")
            to = to.having(patient=patients[index].letter_name)
            left = " · ".join(x for x in (left, fmt.say(to)) if x)
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
        canvas.drawString(self.left_margin, top - 20, fmt.say(CONFIDENTIAL))
        canvas.restoreState()
