"""The parts of the patient copy: what was done in plain words, the reactions and whether
they went away, and when the next session is due. No notes, no settings, no scores."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from babel.numbers import format_currency, format_decimal
from reportlab.platypus import Flowable, Table, TableStyle

from mesolog.domain.enums import Solution
from mesolog.domain.list_separator import SEPARATOR
from mesolog.domain.records import NeedleTechnique, ProductUse, Reaction, Session, Technique
from mesolog.domain.templates import CourseEstimate
from mesolog.domain.texts import Text, phrase
from mesolog.reports.formatting import Formatter, markup
from mesolog.reports.summary_data import CourseSummary
from mesolog.reports.summary_styles import grid_commands, para, rich
from mesolog.reports.summary_tables import Fact, Kit, facts_table

PATIENT_HEADINGS = (
    phrase("PatientCopy", "Date"),
    phrase("PatientCopy", "Clinician"),
    phrase("PatientCopy", "Treated areas"),
    phrase("PatientCopy", "Treatment"),
    phrase("PatientCopy", "Products used"),
)
PATIENT_COLUMNS = (0.13, 0.17, 0.19, 0.17, 0.34)
REACTION_HEADINGS = (
    phrase("PatientCopy", "Session"),
    phrase("PatientCopy", "Reaction"),
    phrase("PatientCopy", "Now", "whether a reaction has gone"),
)
REACTION_COLUMNS = (0.16, 0.42, 0.42)


INJECTIONS = phrase("PatientCopy", "Injections with a fine needle")
PEN = phrase("PatientCopy", "Micro-needling pen")
LOT = phrase("PatientCopy", "lot {lot}")
STILL_PRESENT = phrase("PatientCopy", "still present at the last visit", "a reaction")
GONE = phrase("PatientCopy", "gone by {date}", "a reaction")


def treatment_words(technique: Technique) -> Text:
    return INJECTIONS if isinstance(technique, NeedleTechnique) else PEN


def products_words(products: Sequence[ProductUse], fmt: Formatter) -> list[str]:
    """`Hydra Glow (Hyaluronic acid), 3 ml, lot L-1`: each product and lot once, with the
    volume given in all the session's areas together (what a patient may be asked about),
    and the units beside it for a product counted in units: `2 units · 5 ml`, saying how
    many of its uses have none recorded: `2 units + 1 use without units · 7.5 ml`."""
    amounts: dict[tuple[str, str, str], tuple[float, float | None, int]] = {}
    for product in products:
        key = (product.product_name, fmt.word(product.solution), product.lot_number)
        volume, units, without = amounts.get(key, (0.0, None, 0))
        if product.units is None:
            without += 1
        else:
            units = (units or 0.0) + product.units
        amounts[key] = (volume + product.volume_ml, units, without)
    lines = []
    for (name, solution, lot), (volume, units, without) in amounts.items():
        named = f"{markup(name)} ({markup(solution)})" if name else markup(solution)
        parts = [named, fmt.amount(volume, units, without_units=without)]
        if lot:
            parts.append(markup(fmt.say(LOT, lot=lot)))
        lines.append(", ".join(parts))
    return lines


def _unique(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))


def patient_session_table(sessions: Sequence[Session], kit: Kit) -> Table:
    """One row per session; the header repeats on each page."""
    s, fmt = kit.styles, kit.fmt
    headings = [fmt.say(h) for h in PATIENT_HEADINGS]
    rows: list[list[Flowable | str]] = [[para(h, s["HeadCell"]) for h in headings]]
    for session in sessions:
        lines = session.entry.treatments
        areas = _unique(
            [
                markup(fmt.word(line.area))
                + (f": {markup(line.area_detail)}" if line.area_detail else "")
                for line in lines
            ]
        )
        treatments = _unique([markup(fmt.say(treatment_words(line.technique))) for line in lines])
        products = products_words([p for line in lines for p in line.products], fmt)
        rows.append(
            [
                para(fmt.date(session.performed_on), s["Cell"]),
                para(session.entry.clinician, s["Cell"]),
                rich("<br/>".join(areas), s["Cell"]),
                rich("<br/>".join(treatments), s["Cell"]),
                rich("<br/>".join(products) or "—", s["Cell"]),
            ]
        )
    return Table(
        rows,
        colWidths=kit.headed_widths(PATIENT_COLUMNS, headings, giving=len(headings) - 1),
        repeatRows=1,
        style=TableStyle(grid_commands()),
    )


def next_visit(summary: CourseSummary, fmt: Formatter) -> Text:
    sched = summary.schedule
    if sched.stopped:
        return phrase("PatientCopy", "none: the course was stopped", "the next session")
    if sched.completed or sched.next_due is None:
        return phrase("PatientCopy", "none planned: the course is complete", "the next session")
    if sched.overdue_since is not None:
        return phrase("PatientCopy", "due since {date}: please book it", "the next session").having(
            date=fmt.date(sched.overdue_since)
        )
    if sched.window_start is not None and sched.window_end is not None:
        return phrase("PatientCopy", "between {start} and {end}", "the next session").having(
            start=fmt.date(sched.window_start), end=fmt.date(sched.window_end)
        )
    return phrase("PatientCopy", "around {date}", "the next session").having(
        date=fmt.date(sched.next_due)
    )


def money(amount: Decimal, fmt: Formatter, currency: str = "") -> str:
    """An amount as the locale writes it, in the clinic's currency ("€1,630.50",
    "1.630,50 €"; "1630.50 EUR" in the C locale); with two decimals and no currency named
    while the clinic has set none."""
    if not currency:
        pattern = "0.00" if fmt.iso else "#,##0.00"
        return str(format_decimal(amount, format=pattern, locale=fmt.locale))
    shape = "0.00 ¤¤" if fmt.iso else None
    # two decimals whatever the currency, as the window writes them: the parts of an
    # estimate in yen must add up to its total
    return str(
        format_currency(amount, currency, format=shape, locale=fmt.locale, currency_digits=False)
    )


def _unpriced_word(name: str, fmt: Formatter) -> str:
    """A product the estimate leaves out: by its name, or its solution's when the
    template names no product."""
    solutions = {solution.value: solution for solution in Solution}
    return fmt.word(solutions[name]) if name in solutions else name


def estimate_words(estimate: CourseEstimate, fmt: Formatter) -> str:
    """`about 630.00 for 6 sessions (session fees 480.00, products 150.00); not counted,
    no price yet: Peptides`."""
    count = str(estimate.sessions)
    products = money(estimate.products, fmt, estimate.currency)
    if estimate.fees is None and estimate.sessions == 1:
        said = phrase(
            "PatientCopy", "products about {products} for 1 session; session fees not included"
        ).having(products=products)
    elif estimate.fees is None:
        said = phrase(
            "PatientCopy",
            "products about {products} for {count} sessions; session fees not included",
        ).having(products=products, count=count)
    else:
        total = money(estimate.total, fmt, estimate.currency)
        fees = money(estimate.fees, fmt, estimate.currency)
        if estimate.sessions == 1:
            said = phrase(
                "PatientCopy",
                "about {total} for 1 session (session fees {fees}, products {products})",
            ).having(total=total, fees=fees, products=products)
        else:
            said = phrase(
                "PatientCopy",
                "about {total} for {count} sessions (session fees {fees}, products {products})",
            ).having(total=total, count=count, fees=fees, products=products)
    text = fmt.say(said)
    if estimate.unpriced:
        left_out = ", ".join(_unpriced_word(name, fmt) for name in estimate.unpriced)
        unpriced = phrase(
            "PatientCopy", "not counted, no price yet: {products}", "a course estimate"
        )
        text += fmt.say(SEPARATOR) + fmt.say(unpriced.having(products=left_out))
    if estimate.without_units:
        without = phrase(
            "PatientCopy", "not counted, no units planned: {products}", "a course estimate"
        )
        text += fmt.say(SEPARATOR) + fmt.say(
            without.having(products=", ".join(estimate.without_units))
        )
    return text


def patient_course_facts(summary: CourseSummary, kit: Kit) -> Table:
    fmt, plan, sched = kit.fmt, summary.course.plan, summary.schedule
    sessions = phrase("PatientCopy", "{done} of {planned} planned", "sessions")
    pairs: list[Fact] = [
        (phrase("PatientCopy", "Areas"), ", ".join(fmt.word(a) for a in plan.areas) or "—"),
        (
            phrase("PatientCopy", "Sessions"),
            sessions.having(done=str(sched.done), planned=str(sched.planned)),
        ),
        (phrase("PatientCopy", "Started"), fmt.date(plan.started_on)),
        (phrase("PatientCopy", "Next session"), next_visit(summary, fmt)),
    ]
    if summary.estimate is not None:
        estimate = estimate_words(summary.estimate, fmt)
        pairs.append((phrase("PatientCopy", "Estimated cost"), estimate))
    return facts_table(pairs, kit)


def reaction_words(reaction: Reaction, fmt: Formatter) -> str:
    text = f"{fmt.word(reaction.kind)}, {fmt.word(reaction.severity)}"
    if reaction.area is not None:
        text += f" ({fmt.word(reaction.area).lower()})"
    return text


def reaction_now(reaction: Reaction, fmt: Formatter) -> str:
    if reaction.resolved_on is None:
        return fmt.say(STILL_PRESENT)
    return fmt.say(GONE, date=fmt.date(reaction.resolved_on))


def patient_reactions(sessions: Sequence[Session], kit: Kit) -> Table | None:
    """Each reaction with its session's date and whether it has gone (None: no reactions)."""
    s, fmt = kit.styles, kit.fmt
    rows: list[list[Flowable | str]] = [
        [para(fmt.say(h), s["HeadCell"]) for h in REACTION_HEADINGS]
    ]
    for session in sessions:
        for reaction in session.entry.reactions:
            rows.append(
                [
                    para(fmt.date(session.performed_on), s["Cell"]),
                    para(reaction_words(reaction, fmt), s["Cell"]),
                    para(reaction_now(reaction, fmt), s["Cell"]),
                ]
            )
    if len(rows) == 1:
        return None
    return Table(
        rows,
        colWidths=kit.widths(REACTION_COLUMNS),
        repeatRows=1,
        style=TableStyle(grid_commands()),
        hAlign="LEFT",
    )
