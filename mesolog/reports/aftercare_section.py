"""The aftercare advice of the patient copy (domain/aftercare.py holds the facts, said
here in the document's language once they are marked for translation)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from mesolog.domain import aftercare
from mesolog.domain.records import ClinicSettings
from mesolog.domain.texts import phrase
from mesolog.reports.formatting import clean, markup
from mesolog.reports.summary_styles import grid_commands, para, rich
from mesolog.reports.summary_tables import Kit

AVOID_COLUMNS = (0.4, 0.3, 0.3)


AVOID_HEADINGS = (
    phrase("Aftercare", "Avoid", "a column: what to avoid after a session"),
    phrase("Aftercare", "For how long"),
    phrase("Aftercare", "Why"),
)


def _bullet(text: str, kit: Kit) -> Paragraph:
    return rich(markup(text), kit.styles["Bullet"], bullet="•")


def _avoid_table(kit: Kit) -> Table:
    s, say = kit.styles, kit.fmt.say
    rows: list[list[Flowable]] = [[para(say(h), s["HeadCell"]) for h in AVOID_HEADINGS]]
    for item in aftercare.AVOID:
        why = say(item.why)
        rows.append(
            [
                para(say(item.what), s["Cell"]),
                para(say(item.how_long), s["Cell"]),
                para(why[:1].upper() + why[1:] + ".", s["Cell"]),
            ]
        )
    return Table(
        rows, colWidths=kit.widths(AVOID_COLUMNS), style=TableStyle(grid_commands()), hAlign="LEFT"
    )


def _call_intro(clinic: ClinicSettings, kit: Kit) -> str:
    name, phone = clean(clinic.name), clean(clinic.phone)
    if name and phone:
        intro = phrase("Aftercare", "Call {clinic} on {phone} if you notice:")
        return kit.fmt.say(intro.having(clinic=name, phone=phone))
    if name:
        return kit.fmt.say(phrase("Aftercare", "Call {clinic} if you notice:").having(clinic=name))
    if phone:
        intro = phrase("Aftercare", "Call the clinic on {phone} if you notice:")
        return kit.fmt.say(intro.having(phone=phone))
    return kit.fmt.say(phrase("Aftercare", "Call the clinic if you notice:"))


def aftercare_section(clinic: ClinicSettings, kit: Kit) -> list[Flowable]:
    """After your session: what to avoid and for how long, what to expect and when it
    passes, when to call the clinic, and when to call the emergency services."""
    s, say = kit.styles, kit.fmt.say
    avoid = [
        para(say(phrase("Aftercare", "After your session")), s["Heading"]),
        para(say(aftercare.RECOVERY), s["Value"]),
        para(say(phrase("Aftercare", "What to avoid, and for how long")), s["Subheading"]),
        _avoid_table(kit),
    ]
    expect: list[Flowable] = [para(say(phrase("Aftercare", "What to expect")), s["Subheading"])]
    expected = phrase("Aftercare", "{what}: {passes}.", "a reaction to expect, and when it passes")
    expect += [
        _bullet(say(expected.having(what=say(e.what), passes=say(e.passes))), kit)
        for e in aftercare.EXPECTED
    ]
    call: list[Flowable] = [para(say(phrase("Aftercare", "When to call us")), s["Subheading"])]
    call.append(para(_call_intro(clinic, kit), s["Value"]))
    call += [_bullet(say(text), kit) for text in aftercare.CALL_THE_CLINIC]
    call.append(rich(f"<b>{markup(say(aftercare.EMERGENCY))}</b>", s["Emergency"]))
    return [KeepTogether(avoid), KeepTogether(expect), KeepTogether(call)]
