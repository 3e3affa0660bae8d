"""What a session's cells in the clinical copy say: its technique and settings, each
product and reaction, what was checked before it, an amendment, and the warnings it went
ahead despite (summary_tables lays them out)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from mesolog.domain.enums import Onset
from mesolog.domain.list_separator import SEPARATOR
from mesolog.domain.records import (
    GivenDespite,
    NeedleTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    Session,
    Technique,
)
from mesolog.domain.texts import phrase, phrase_n
from mesolog.reports.formatting import NBSP, Formatter, markup

NOTE_CHUNK = 1200
"""Notes are printed in rows of at most this many characters, so no row outgrows a page."""
BEGAN = {
    Onset.DURING: phrase("SummaryTables", "began during the session", "a reaction"),
    Onset.SAME_DAY: phrase("SummaryTables", "began the same day", "a reaction"),
    Onset.NEXT_DAYS: phrase("SummaryTables", "began in the following days", "a reaction"),
    Onset.LATER: phrase("SummaryTables", "began later", "a reaction"),
}
NONE_RECORDED = phrase("SummaryTables", "none recorded")
NOTES = phrase("SummaryTables", "Notes:", "a session's notes")
DEPTH = phrase("SummaryTables", "depth {depth}")
NEEDLE = phrase("SummaryTables", "Needle {gauge}G")
LENGTH = phrase("SummaryTables", "length {length}", "a needle's")
NEEDLES = phrase_n("SummaryTables", "Pen, %n needles", None, 1)
RATE = phrase("SummaryTables", "{rate} penetrations/s", "of a micro-needling pen")
ONE_PASS = phrase("SummaryTables", "1 pass", "of a micro-needling pen over the area")
PASSES = phrase("SummaryTables", "{count} passes", "of a micro-needling pen over the area")
LOT = phrase("SummaryTables", "lot {lot}")
EXPIRY = phrase("SummaryTables", "exp. {date}", "a product's expiry, short")
RESOLVED = phrase("SummaryTables", "resolved {date}", "a reaction")
BEFORE_TREATMENT = phrase("SummaryTables", "Before treatment:")
NSAID_ON_THE_DAY = phrase("SummaryTables", "aspirin/NSAID taken on the day")
NSAID_A_DAY_BEFORE = phrase("SummaryTables", "last aspirin/NSAID 1 day before")
NSAID_DAYS_BEFORE = phrase("SummaryTables", "last aspirin/NSAID {days} days before")
ANAESTHETIC = phrase("SummaryTables", "topical anaesthetic {name}")
CONSENT_CONFIRMED = phrase("SummaryTables", "consent confirmed")


def unit(value: str, unit: str) -> str:
    return f"{value}{NBSP}{unit}"


def technique_text(technique: Technique, fmt: Formatter) -> str:
    say = fmt.say
    depth = say(DEPTH, depth=unit(fmt.number(technique.depth_mm), "mm"))
    if isinstance(technique, NeedleTechnique):
        parts = [
            say(NEEDLE, gauge=str(technique.gauge)),
            say(LENGTH, length=unit(fmt.number(technique.length_mm), "mm")),
            depth,
        ]
        if technique.method is not None:
            parts.append(fmt.word(technique.method))
        return ", ".join(parts)
    rate = say(RATE, rate=str(technique.penetrations_per_second)).replace(" ", NBSP)
    parts = [say(NEEDLES.counting(technique.needle_count)), depth, rate]
    if technique.passes == 1:
        parts.append(say(ONE_PASS))
    elif technique.passes is not None:
        parts.append(say(PASSES, count=str(technique.passes)))
    return ", ".join(parts)


def product_markup(product: ProductUse, fmt: Formatter) -> str:
    parts = [f"<b>{markup(fmt.word(product.solution))}</b>"]
    parts += [markup(text) for text in (product.product_name, product.concentration) if text]
    parts.append(fmt.amount(product.volume_ml, product.units))
    if product.lot_number:
        parts.append(markup(fmt.say(LOT, lot=product.lot_number)))
    if product.expiry_date is not None:
        parts.append(markup(fmt.say(EXPIRY, date=fmt.date(product.expiry_date))))
    return ", ".join(parts)


def reaction_markup(reaction: Reaction, fmt: Formatter) -> str:
    text = f"{markup(fmt.word(reaction.kind))}, {markup(fmt.word(reaction.severity))}"
    if reaction.area is not None:
        text += f" ({markup(fmt.word(reaction.area))})"
    if reaction.onset is not None:
        text += f", {markup(fmt.say(BEGAN[reaction.onset]))}"
    if reaction.resolved_on is not None:
        text += f", {markup(fmt.say(RESOLVED, date=fmt.date(reaction.resolved_on)))}"
    if reaction.notes:
        text += f": <i>{markup(reaction.notes)}</i>"
    return text


def pre_treatment_markup(pre: PreTreatment, fmt: Formatter) -> str:
    """What was checked before the session, as recorded ("" when nothing was)."""
    parts: list[str] = []
    days = pre.nsaids_paused_days
    if days == 0:
        parts.append(fmt.say(NSAID_ON_THE_DAY))
    elif days == 1:
        parts.append(fmt.say(NSAID_A_DAY_BEFORE))
    elif days is not None:
        parts.append(fmt.say(NSAID_DAYS_BEFORE, days=str(days)))
    if pre.topical_anaesthetic:
        parts.append(fmt.say(ANAESTHETIC, name=pre.topical_anaesthetic))
    if pre.consent_confirmed:
        parts.append(fmt.say(CONSENT_CONFIRMED))
    if not parts:
        return ""
    label = markup(fmt.say(BEFORE_TREATMENT))
    return f"<b>{label}</b> {fmt.say(SEPARATOR).join(markup(part) for part in parts)}"


def amendment_markup(session: Session, fmt: Formatter) -> str:
    on = ""
    if session.signed_at is not None:
        moment = session.signed_at.astimezone(session.entry.performed_at.tzinfo)
        on = fmt.date(moment.date())
    by, reason = session.signed_by, session.amendment_reason or ""
    if on and by:
        said = phrase(
            "SummaryTables",
            "this corrects the version first signed for this session; amendment signed "
            "{date} by {clinician}. Reason: {reason}",
        ).having(date=on, clinician=by, reason=reason)
    elif on:
        said = phrase(
            "SummaryTables",
            "this corrects the version first signed for this session; amendment signed "
            "{date}. Reason: {reason}",
        ).having(date=on, reason=reason)
    elif by:
        said = phrase(
            "SummaryTables",
            "this corrects the version first signed for this session; amendment signed by "
            "{clinician}. Reason: {reason}",
        ).having(clinician=by, reason=reason)
    else:
        said = phrase(
            "SummaryTables",
            "this corrects the version first signed for this session; amendment signed. "
            "Reason: {reason}",
        ).having(reason=reason)
    label = phrase("SummaryTables", "Amended:", "a session, corrected after signing")
    return f"<b>{markup(fmt.say(label))}</b> {markup(fmt.say(said))}"


def given_despite_texts(given: Sequence[GivenDespite], fmt: Formatter) -> list[str]:
    """Each warning the session went ahead despite, with the reason recorded, in rows of at
    most NOTE_CHUNK characters of each (the words of a warning may hold a long allergy list)."""
    texts: list[str] = []
    if not given:
        return texts
    despite = markup(fmt.say(phrase("SummaryTables", "Given despite a warning:")))
    because = markup(fmt.say(phrase("SummaryTables", "Reason:", "why a session went ahead")))
    none = f"<i>{markup(fmt.say(NONE_RECORDED))}</i>"
    for item in given:
        warning = [markup(c) for c in chunks(item.warning)] or [""]
        reason = [markup(c) for c in chunks(item.reason)] or [none]
        rows = [f"<b>{despite}</b> {warning[0]}", *warning[1:]]
        rows[-1] += f" <b>{because}</b> {reason[0]}"
        texts += [*rows, *reason[1:]]
    return texts


def chunks(text: str) -> list[str]:
    return textwrap.wrap(text, NOTE_CHUNK, break_long_words=True, replace_whitespace=False)
