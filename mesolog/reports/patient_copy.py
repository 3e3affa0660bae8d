"""The parts of the patient copy: what was done in plain words, the reactions and whether
they went away, and when the next session is due. No notes, no settings, no scores."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from babel.numbers import format_currency, format_decimal
from reportlab.platypus import Flowable, Table, TableStyle

from mesolog.domain.enums import Solution
from mesolog.domain.records import NeedleTechnique, ProductUse, Reaction, Session, Technique
from mesolog.domain.templates import CourseEstimate
from mesolog.reports.formatting import SOLUTION_WORDS, Formatter, markup, word
from mesolog.reports.summary_data import CourseSummary
from mesolog.reports.summary_styles import grid_commands, para, rich
from mesolog.reports.summary_tables import Kit, facts_table

PATIENT_HEADINGS = ("Date", "Clinician", "Treated areas", "Treatment", "Products used")
PATIENT_COLUMNS = (0.13, 0.17, 0.19, 0.17, 0.34)
REACTION_HEADINGS = ("Session", "Reaction", "Now")
REACTION_COLUMNS = (0.16, 0.42, 0.42)


def treatment_words(technique: Technique) -> str:
    if isinstance(technique, NeedleTechnique):
        return "Injections with a fine needle"
    return "Micro-needling pen"


def products_words(products: Sequence[ProductUse], fmt: Formatter) -> list[str]:
    """`Hydra Glow (Hyaluronic acid), 3 ml, lot L-1`: each product and lot once, with the
    volume given in all the session's areas together (what a patient may be asked about),
    and the units beside it for a product counted in units: `2 units · 5 ml`, saying how
    many of its uses have none recorded: `2 units + 1 use without units · 7.5 ml`."""
    amounts: dict[tuple[str, str, str], tuple[float, float | None, int]] = {}
    for product in products:
        key = (product.product_name, word(product.solution), product.lot_number)
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
            parts.append(f"lot {markup(lot)}")
        lines.append(", ".join(parts))
    return lines


def _unique(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))


def patient_session_table(sessions: Sequence[Session], kit: Kit) -> Table:
    """One row per session; the header repeats on each page."""
    s, fmt = kit.styles, kit.fmt
    rows: list[list[Flowable | str]] = [[para(h, s["HeadCell"]) for h in PATIENT_HEADINGS]]
    for session in sessions:
        lines = session.entry.treatments
        areas = _unique(
            [
                markup(word(line.area))
                + (f": {markup(line.area_detail)}" if line.area_detail else "")
                for line in lines
            ]
        )
        treatments = _unique([treatment_words(line.technique) for line in lines])
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
        colWidths=kit.widths(PATIENT_COLUMNS),
        repeatRows=1,
        style=TableStyle(grid_commands()),
    )


def next_visit(summary: CourseSummary, fmt: Formatter) -> str:
    sched = summary.schedule
    if sched.stopped:
        return "none: the course was stopped"
    if sched.completed or sched.next_due is None:
        return "none planned: the course is complete"
    if sched.overdue_since is not None:
        return f"due since {fmt.date(sched.overdue_since)}: please book it"
    if sched.window_start is not None and sched.window_end is not None:
        return f"between {fmt.date(sched.window_start)} and {fmt.date(sched.window_end)}"
    return f"around {fmt.date(sched.next_due)}"


def money(amount: Decimal, fmt: Formatter, currency: str = "") -> str:
    """An amount as the locale writes it, in the clinic's currency ("€1,630.50",
    "1.630,50 €"; "1630.50 EUR" in the C locale); with two decimals and no currency named
    while the clinic has set none."""
    if not currency:
        pattern = "0.00" if fmt.iso else "#,##0.00"
        return str(format_decimal(amount, format=pattern, locale=fmt.locale))
    shape = "0.00 ¤¤" if fmt.iso else None
    return str(format_currency(amount, currency, format=shape, locale=fmt.locale))


def _unpriced_word(name: str) -> str:
    """A product the estimate leaves out: by its name, or its solution's when the
    template names no product."""
    solutions = {solution.value: solution for solution in Solution}
    return SOLUTION_WORDS[solutions[name]] if name in solutions else name


def estimate_words(estimate: CourseEstimate, fmt: Formatter) -> str:
    """`about 630.00 for 6 sessions (session fees 480.00, products 150.00); not counted,
    no price yet: Peptides`."""
    sessions = f"{estimate.sessions} session{'s' if estimate.sessions != 1 else ''}"
    products = money(estimate.products, fmt, estimate.currency)
    if estimate.fees is None:
        text = f"products about {products} for {sessions}; session fees not included"
    else:
        text = (
            f"about {money(estimate.total, fmt, estimate.currency)} for {sessions} (session "
            f"fees {money(estimate.fees, fmt, estimate.currency)}, products {products})"
        )
    if estimate.unpriced:
        left_out = ", ".join(_unpriced_word(name) for name in estimate.unpriced)
        text += f"; not counted, no price yet: {left_out}"
    if estimate.without_units:
        text += f"; not counted, no units planned: {', '.join(estimate.without_units)}"
    return text


def patient_course_facts(summary: CourseSummary, kit: Kit) -> Table:
    fmt, plan, sched = kit.fmt, summary.course.plan, summary.schedule
    pairs = [
        ("Areas", ", ".join(word(a) for a in plan.areas) or "—"),
        ("Sessions", f"{sched.done} of {sched.planned} planned"),
        ("Started", fmt.date(plan.started_on)),
        ("Next session", next_visit(summary, fmt)),
    ]
    if summary.estimate is not None:
        pairs.append(("Estimated cost", estimate_words(summary.estimate, fmt)))
    return facts_table(pairs, kit)


def reaction_words(reaction: Reaction) -> str:
    text = f"{word(reaction.kind)}, {word(reaction.severity)}"
    if reaction.area is not None:
        text += f" ({word(reaction.area).lower()})"
    return text


def reaction_now(reaction: Reaction, fmt: Formatter) -> str:
    if reaction.resolved_on is None:
        return "still present at the last visit"
    return f"gone by {fmt.date(reaction.resolved_on)}"


def patient_reactions(sessions: Sequence[Session], kit: Kit) -> Table | None:
    """Each reaction with its session's date and whether it has gone (None: no reactions)."""
    s, fmt = kit.styles, kit.fmt
    rows: list[list[Flowable | str]] = [[para(h, s["HeadCell"]) for h in REACTION_HEADINGS]]
    for session in sessions:
        for reaction in session.entry.reactions:
            rows.append(
                [
                    para(fmt.date(session.performed_on), s["Cell"]),
                    para(reaction_words(reaction), s["Cell"]),
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
