"""The audit chain's anchor on a summary: its entry and the start of its hash in every
page's footer, the whole hash on the last page, so that the paper can later prove the
record printed was not rewritten since (`mesolog audit verify --against HASH --entry N`)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from mesolog.domain.chain_anchor import FOOTER_DIGITS, ChainAnchor, grouped
from mesolog.domain.texts import phrase
from mesolog.reports.formatting import Formatter, markup
from mesolog.reports.summary_styles import para, rich
from mesolog.reports.summary_tables import Kit


def footer_anchor(anchor: ChainAnchor, fmt: Formatter) -> str:
    """'Audit log entry 1234 · 3f2a 9b1c 0d4e 5f60': enough to type back (16 of 64 digits)."""
    footer = phrase("RecordAnchor", "Audit log entry {entry} · {digits}", "a summary's footer")
    return fmt.say(
        footer.having(entry=str(anchor.entry), digits=grouped(anchor.hash[:FOOTER_DIGITS]))
    )


def anchor_section(anchor: ChainAnchor, kit: Kit, *, for_patient: bool) -> list[Flowable]:
    """The whole hash, with what it is for, kept together at the end of the summary."""
    s, say = kit.styles, kit.fmt.say
    label = markup(say(phrase("RecordAnchor", "Record fingerprint.")))
    ended = phrase(
        "RecordAnchor",
        "When this summary was made, the clinic's audit log ended at entry {entry}, whose hash is:",
    )
    intro = f"<b>{label}</b> {markup(say(ended.having(entry=str(anchor.entry))))}"
    lines = [rich(intro, s["Small"]), rich(f"<b>{grouped(anchor.hash)}</b>", s["Value"])]
    if for_patient:
        use = phrase(
            "RecordAnchor",
            "With it, the clinic can show that your record as printed here has not been "
            "changed since.",
        )
        lines.append(para(say(use), s["Small"]))
    else:
        short = grouped(anchor.hash[:FOOTER_DIGITS])
        use = phrase(
            "RecordAnchor",
            "A later rewrite of the records printed here shows when the audit log is checked:",
        )
        command = f'mesolog audit verify --against "{short}" --entry {anchor.entry}'
        lines += [para(say(use), s["Small"]), para(command, s["Small"])]
    return [KeepTogether([Spacer(1, 6 * mm), *lines])]
