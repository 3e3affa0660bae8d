"""The aftercare advice of the patient copy (domain/aftercare.py holds the facts)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from mesolog.domain import aftercare
from mesolog.domain.records import ClinicSettings
from mesolog.reports.formatting import clean, markup
from mesolog.reports.summary_styles import grid_commands, para, rich
from mesolog.reports.summary_tables import Kit

AVOID_COLUMNS = (0.4, 0.3, 0.3)


def _bullet(text: str, kit: Kit) -> Paragraph:
    return rich(markup(text), kit.styles["Bullet"], bullet="•")


def _avoid_table(kit: Kit) -> Table:
    s = kit.styles
    rows: list[list[Flowable]] = [
        [para(h, s["HeadCell"]) for h in ("Avoid", "For how long", "Why")]
    ]
    for item in aftercare.AVOID:
        rows.append(
            [
                para(item.what, s["Cell"]),
                para(item.how_long, s["Cell"]),
                para(item.why[:1].upper() + item.why[1:] + ".", s["Cell"]),
            ]
        )
    return Table(
        rows, colWidths=kit.widths(AVOID_COLUMNS), style=TableStyle(grid_commands()), hAlign="LEFT"
    )


def _call_intro(clinic: ClinicSettings) -> str:
    who = clean(clinic.name) or "the clinic"
    phone = clean(clinic.phone)
    return f"Call {who} on {phone} if you notice:" if phone else f"Call {who} if you notice:"


def aftercare_section(clinic: ClinicSettings, kit: Kit) -> list[Flowable]:
    """After your session: what to avoid and for how long, what to expect and when it
    passes, when to call the clinic, and when to call the emergency services."""
    s = kit.styles
    avoid = [
        para("After your session", s["Heading"]),
        para(aftercare.RECOVERY, s["Value"]),
        para("What to avoid, and for how long", s["Subheading"]),
        _avoid_table(kit),
    ]
    expect: list[Flowable] = [para("What to expect", s["Subheading"])]
    expect += [_bullet(f"{e.what}: {e.passes}.", kit) for e in aftercare.EXPECTED]
    call: list[Flowable] = [para("When to call us", s["Subheading"])]
    call.append(para(_call_intro(clinic), s["Value"]))
    call += [_bullet(text, kit) for text in aftercare.CALL_THE_CLINIC]
    call.append(rich(f"<b>{markup(aftercare.EMERGENCY)}</b>", s["Emergency"]))
    return [KeepTogether(avoid), KeepTogether(expect), KeepTogether(call)]
