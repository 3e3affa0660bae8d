"""The audit chain's anchor on a summary: its entry and the start of its hash in every
page's footer, the whole hash on the last page, so that the paper can later prove the
record printed was not rewritten since (`mesolog audit verify --against HASH --entry N`)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from mesolog.domain.chain_anchor import FOOTER_DIGITS, ChainAnchor, grouped
from mesolog.reports.summary_styles import para, rich
from mesolog.reports.summary_tables import Kit


def footer_anchor(anchor: ChainAnchor) -> str:
    """'Audit log entry 1234 · 3f2a 9b1c 0d4e 5f60': enough to type back (16 of 64 digits)."""
    return f"Audit log entry {anchor.entry} · {grouped(anchor.hash[:FOOTER_DIGITS])}"


def anchor_section(anchor: ChainAnchor, kit: Kit, *, for_patient: bool) -> list[Flowable]:
    """The whole hash, with what it is for, kept together at the end of the summary."""
    s = kit.styles
    intro = (
        f"<b>Record fingerprint.</b> When this summary was made, the clinic's audit log ended "
        f"at entry {anchor.entry}, whose hash is:"
    )
    lines = [rich(intro, s["Small"]), rich(f"<b>{grouped(anchor.hash)}</b>", s["Value"])]
    if for_patient:
        use = (
            "With it, the clinic can show that your record as printed here has not been "
            "changed since."
        )
        lines.append(para(use, s["Small"]))
    else:
        short = grouped(anchor.hash[:FOOTER_DIGITS])
        use = "A later rewrite of the records printed here shows when the audit log is checked:"
        command = f'mesolog audit verify --against "{short}" --entry {anchor.entry}'
        lines += [para(use, s["Small"]), para(command, s["Small"])]
    return [KeepTogether([Spacer(1, 6 * mm), *lines])]
