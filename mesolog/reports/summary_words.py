"""The treatment summary's own words (its tables', its copies' and its sections' are beside
them): the title and kind of copy, the running header and footer, the facts about the
patient and the headings, each marked for translation in the context "Summary"."""

from __future__ import annotations

from mesolog.domain.texts import Text, phrase
from mesolog.reports.summary_data import SummaryKind

TITLE = phrase("Summary", "Treatment summary")
CONFIDENTIAL = phrase("Summary", "Confidential: medical record of the patient named above.")
KIND_LINES = {
    SummaryKind.PATIENT: phrase("Summary", "Patient copy"),
    SummaryKind.CLINICAL: phrase(
        "Summary",
        "Clinical copy: the full record, for the healthcare professionals treating the patient",
    ),
}
SUBJECTS = {
    SummaryKind.PATIENT: phrase(
        "Summary", "Mesotherapy treatment summary, patient copy", "the PDF file's subject"
    ),
    SummaryKind.CLINICAL: phrase(
        "Summary", "Mesotherapy treatment summary, clinical copy", "the PDF file's subject"
    ),
}
NONE_RECORDED = phrase("Summary", "none recorded", "a patient's allergies")
SIGNATURE_LABELS = (
    phrase("Summary", "Clinician (name)", "under a line to write on"),
    phrase("Summary", "Signature", "under a line to write on"),
    phrase("Summary", "Date", "under a line to write on"),
)


def drafts_left_out(count: int) -> Text:
    if count == 1:
        return phrase("Summary", "1 unsigned draft session is not included.")
    return phrase("Summary", "{count} unsigned draft sessions are not included.").having(
        count=str(count)
    )


def generated(moment: str, by: str) -> Text:
    """The footer's `Generated 10 Mar 2026, 16:00 by Dr. Eleni Markou` (`by` may be "")."""
    if by:
        return phrase("Summary", "Generated {moment} by {name}", "a summary's footer").having(
            moment=moment, name=by
        )
    return phrase("Summary", "Generated {moment}", "a summary's footer").having(moment=moment)


def page_of(page: int, pages: int) -> Text:
    return phrase("Summary", "Page {page} of {pages}").having(page=str(page), pages=str(pages))


def drafts_fact(included: bool, left_out: int) -> Text:
    """The clinical copy's fact about the drafts printed, or not."""
    if included:
        return phrase("Summary", "included, marked DRAFT", "draft sessions")
    return phrase("Summary", "{count} unsigned, not included", "draft sessions").having(
        count=str(left_out)
    )


def sessions_count(count: int, drafts: int) -> Text:
    """The totals' `Sessions: 12 (of which 2 draft)`."""
    if drafts:
        return phrase("Summary", "Sessions: {count} (of which {drafts} draft)").having(
            count=str(count), drafts=str(drafts)
        )
    return phrase("Summary", "Sessions: {count}").having(count=str(count))
