"""The summary's tables: course facts, sessions, reactions, totals."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Table, TableStyle

from mesolog.domain.enums import SessionStatus, Severity, Solution
from mesolog.domain.records import (
    GivenDespite,
    NeedleTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    Session,
    Technique,
)
from mesolog.reports.formatting import (
    NBSP,
    NEEDLE_METHOD_WORDS,
    SEVERITY_RANK,
    Formatter,
    markup,
    word,
)
from mesolog.reports.summary_data import CourseSummary
from mesolog.reports.summary_styles import (
    DRAFT_FILL,
    DRAFT_INK,
    RULE,
    TableCommands,
    grid_commands,
    para,
    plain_commands,
    rich,
)

SESSION_HEADINGS = (
    "Date",
    "Clinician",
    "Area",
    "Technique and settings",
    "Products",
    "Reactions",
    "Score",
)
SESSION_COLUMNS = (0.115, 0.12, 0.12, 0.19, 0.255, 0.14, 0.06)
"""Date and area columns fit the longest date and area word without breaking them."""
NOTE_CHUNK = 1200
"""Notes are printed in rows of at most this many characters, so no row outgrows a page."""


@dataclass(frozen=True, slots=True)
class Kit:
    """What every table builder needs: the styles, the formatter and the frame width."""

    styles: StyleSheet1
    fmt: Formatter
    width: float

    def widths(self, fractions: Sequence[float]) -> list[float]:
        return [self.width * f for f in fractions]


def _unit(value: str, unit: str) -> str:
    return f"{value}{NBSP}{unit}"


def technique_text(technique: Technique, fmt: Formatter) -> str:
    depth = f"depth {_unit(fmt.number(technique.depth_mm), 'mm')}"
    if isinstance(technique, NeedleTechnique):
        parts = [
            f"Needle {technique.gauge}G",
            f"length {_unit(fmt.number(technique.length_mm), 'mm')}",
            depth,
        ]
        if technique.method is not None:
            parts.append(NEEDLE_METHOD_WORDS[technique.method])
        return ", ".join(parts)
    parts = [
        f"Pen, {technique.needle_count} needles",
        depth,
        _unit(str(technique.penetrations_per_second), "penetrations/s"),
    ]
    if technique.passes is not None:
        parts.append(
            f"{technique.passes} pass" if technique.passes == 1 else f"{technique.passes} passes"
        )
    return ", ".join(parts)


def product_markup(product: ProductUse, fmt: Formatter) -> str:
    parts = [f"<b>{markup(word(product.solution))}</b>"]
    parts += [markup(text) for text in (product.product_name, product.concentration) if text]
    parts.append(fmt.amount(product.volume_ml, product.units))
    if product.lot_number:
        parts.append(f"lot {markup(product.lot_number)}")
    if product.expiry_date is not None:
        parts.append(f"exp. {markup(fmt.date(product.expiry_date))}")
    return ", ".join(parts)


def reaction_markup(reaction: Reaction, fmt: Formatter) -> str:
    text = f"{markup(word(reaction.kind))}, {markup(word(reaction.severity))}"
    if reaction.area is not None:
        text += f" ({markup(word(reaction.area))})"
    if reaction.onset is not None:
        text += f", began {markup(word(reaction.onset))}"
    if reaction.resolved_on is not None:
        text += f", resolved {markup(fmt.date(reaction.resolved_on))}"
    if reaction.notes:
        text += f": <i>{markup(reaction.notes)}</i>"
    return text


def pre_treatment_markup(pre: PreTreatment) -> str:
    """What was checked before the session, as recorded ("" when nothing was)."""
    parts = []
    if pre.nsaids_paused_days is not None:
        days = pre.nsaids_paused_days
        parts.append(
            "aspirin/NSAID taken on the day"
            if days == 0
            else f"last aspirin/NSAID {days} day{'s' if days != 1 else ''} before"
        )
    if pre.topical_anaesthetic:
        parts.append(f"topical anaesthetic {markup(pre.topical_anaesthetic)}")
    if pre.consent_confirmed:
        parts.append("consent confirmed")
    return f"<b>Before treatment:</b> {'; '.join(parts)}" if parts else ""


def _amendment_markup(session: Session, fmt: Formatter) -> str:
    signed = ""
    if session.signed_at is not None:
        moment = session.signed_at.astimezone(session.entry.performed_at.tzinfo)
        signed = f" {markup(fmt.date(moment.date()))}"
    if session.signed_by:
        signed += f" by {markup(session.signed_by)}"
    reason = markup(session.amendment_reason or "")
    return (
        f"<b>Amended:</b> this corrects the version first signed for this session; "
        f"amendment signed{signed}. Reason: {reason}"
    )


def given_despite_texts(given: Sequence[GivenDespite]) -> list[str]:
    """Each warning the session went ahead despite, with the reason recorded, in rows of at
    most NOTE_CHUNK characters of each (the words of a warning may hold a long allergy list)."""
    texts = []
    for item in given:
        warning = [markup(c) for c in _chunks(item.warning)] or [""]
        reason = [markup(c) for c in _chunks(item.reason)] or ["<i>none recorded</i>"]
        rows = [f"<b>Given despite a warning:</b> {warning[0]}", *warning[1:]]
        rows[-1] += f" <b>Reason:</b> {reason[0]}"
        texts += [*rows, *reason[1:]]
    return texts


def _chunks(text: str) -> list[str]:
    return textwrap.wrap(text, NOTE_CHUNK, break_long_words=True, replace_whitespace=False)


def _numbered(items: Sequence[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return "<br/>".join(f"{i}. {item}" for i, item in enumerate(items, 1))


def session_table(sessions: Sequence[Session], kit: Kit) -> Table:
    """One row per session (plus rows of notes under it); the header repeats on each page."""
    s, fmt = kit.styles, kit.fmt
    rows: list[list[Flowable | str]] = [[para(h, s["HeadCell"]) for h in SESSION_HEADINGS]]
    commands: TableCommands = [
        *grid_commands(row_rules=False),
        # Date and score cells are plain strings (a Paragraph each costs wrapping time).
        ("FONTSIZE", (0, 1), (-1, -1), s["Cell"].fontSize),
        ("LEADING", (0, 1), (-1, -1), s["Cell"].leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), s["Cell"].textColor),
        ("ALIGN", (-1, 1), (-1, -1), "RIGHT"),
    ]
    for session in sessions:
        entry = session.entry
        lines = entry.treatments
        when: Flowable | str = f"{fmt.date(session.performed_on)}\n{fmt.time(entry.performed_at)}"
        if session.status is SessionStatus.DRAFT:
            mark = f'<font color="{DRAFT_INK.hexval()}"><b>DRAFT</b></font>'
            when = rich(f"{mark}<br/>{markup(str(when))}", s["Cell"])
        elif session.amends is not None:
            when = rich(f"<b>AMENDED</b><br/>{markup(str(when))}", s["Cell"])
        areas = [
            markup(word(line.area)) + (f": {markup(line.area_detail)}" if line.area_detail else "")
            for line in lines
        ]
        techniques = [markup(technique_text(line.technique, fmt)) for line in lines]
        products = [
            "<br/>".join(product_markup(p, fmt) for p in line.products) or "—" for line in lines
        ]
        reactions = _numbered([reaction_markup(r, fmt) for r in entry.reactions]) or "none"
        score = "—" if entry.improvement_score is None else str(entry.improvement_score)
        first = len(rows)
        rows.append(
            [
                when,
                para(entry.clinician, s["Cell"]),
                rich(_numbered(areas), s["Cell"]),
                rich(_numbered(techniques), s["Cell"]),
                rich(_numbered(products), s["Cell"]),
                rich(reactions, s["Cell"]),
                score,
            ]
        )
        spanned = [pre_treatment_markup(entry.pre_treatment)]
        spanned += given_despite_texts(entry.given_despite)
        if session.amends is not None:
            spanned.insert(0, _amendment_markup(session, fmt))
        for text in filter(None, spanned):
            rows.append([rich(text, s["Note"]), "", "", "", "", "", ""])
            commands.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        for i, chunk in enumerate(_chunks(entry.notes)):
            label = (
                "<b>Notes:</b> "
                if i == 0
                else f"<b>Notes, {markup(fmt.date(session.performed_on))}, continued:</b> "
            )
            rows.append([rich(label + markup(chunk), s["Note"]), "", "", "", "", "", ""])
            row = len(rows) - 1
            commands.append(("SPAN", (0, row), (-1, row)))
        last = len(rows) - 1
        if last > first:
            commands.append(("NOSPLIT", (0, first), (-1, first + 1)))
        commands.append(("LINEBELOW", (0, last), (-1, last), 0.25, RULE))
        if session.status is SessionStatus.DRAFT:
            commands.append(("BACKGROUND", (0, first), (-1, last), DRAFT_FILL))
    return Table(
        rows, colWidths=kit.widths(SESSION_COLUMNS), repeatRows=1, style=TableStyle(commands)
    )


def facts_table(pairs: Sequence[tuple[str, str]], kit: Kit) -> Table:
    """Label/value pairs in two columns of pairs."""
    s = kit.styles
    cells = [(para(label, s["Label"]), para(value, s["Value"])) for label, value in pairs]
    rows: list[list[Flowable | str]] = []
    for i in range(0, len(cells), 2):
        left = cells[i]
        right = cells[i + 1] if i + 1 < len(cells) else ("", "")
        rows.append([*left, *right])
    return Table(
        rows, colWidths=kit.widths((0.15, 0.35, 0.15, 0.35)), style=TableStyle(plain_commands())
    )


def course_facts(summary: CourseSummary, kit: Kit) -> Table:
    fmt, plan, sched = kit.fmt, summary.course.plan, summary.schedule
    phase = word(sched.phase)
    if sched.stopped:
        status = "Stopped"
    elif sched.completed:
        status = "Completed"
    else:
        status = f"Active, {phase} phase"
    due = "—"
    if not (sched.stopped or sched.completed) and sched.next_due is not None:
        due = fmt.date(sched.next_due)
        if sched.window_start is not None and sched.window_end is not None:
            due += f" (window {fmt.date(sched.window_start)} – {fmt.date(sched.window_end)})"
        if sched.overdue_since is not None:
            due += ", overdue"
    pairs = [
        ("Indication", word(plan.indication)),
        ("Areas", ", ".join(word(a) for a in plan.areas) or "—"),
        ("Protocol", plan.protocol or "—"),
        ("Sessions", f"{sched.done} done of {sched.planned} planned"),
        ("Started", fmt.date(plan.started_on)),
        ("Last session", fmt.date(sched.last_session_on) if sched.last_session_on else "—"),
        ("Status", status),
        ("Next due", due),
    ]
    return facts_table(pairs, kit)


def reactions_table(sessions: Sequence[Session], kit: Kit) -> Table | None:
    """Each kind of reaction seen: how often, the worst severity, whether all resolved."""
    seen: dict[str, list[Reaction]] = {}
    for session in sessions:
        for reaction in session.entry.reactions:
            seen.setdefault(word(reaction.kind), []).append(reaction)
    if not seen:
        return None
    s = kit.styles
    rows: list[list[Flowable | str]] = [
        [
            para("Reaction", s["HeadCell"]),
            para("Times", s["HeadCellCentre"]),
            para("Worst severity", s["HeadCell"]),
            para("Resolved", s["HeadCell"]),
        ]
    ]
    for kind in sorted(seen):
        found = seen[kind]
        worst: Severity = max((r.severity for r in found), key=SEVERITY_RANK.__getitem__)
        open_count = sum(r.resolved_on is None for r in found)
        resolved = "all" if open_count == 0 else f"{len(found) - open_count} of {len(found)}"
        rows.append(
            [
                para(kind, s["Cell"]),
                para(str(len(found)), s["CellCentre"]),
                para(word(worst), s["Cell"]),
                para(resolved, s["Cell"]),
            ]
        )
    return Table(
        rows,
        colWidths=kit.widths((0.3, 0.1, 0.25, 0.35)),
        repeatRows=1,
        style=TableStyle(grid_commands()),
        hAlign="LEFT",
    )


def volume_table(sessions: Sequence[Session], kit: Kit) -> Table | None:
    volumes: dict[Solution, float] = {}
    uses: dict[Solution, int] = {}
    for session in sessions:
        for line in session.entry.treatments:
            for product in line.products:
                volumes[product.solution] = volumes.get(product.solution, 0.0) + product.volume_ml
                uses[product.solution] = uses.get(product.solution, 0) + 1
    if not volumes:
        return None
    s, fmt = kit.styles, kit.fmt
    rows: list[list[Flowable | str]] = [
        [
            para("Solution", s["HeadCell"]),
            para("Times used", s["HeadCellRight"]),
            para("Total volume", s["HeadCellRight"]),
        ]
    ]
    for solution in sorted(volumes, key=word):
        rows.append(
            [
                para(word(solution), s["Cell"]),
                para(str(uses[solution]), s["CellRight"]),
                para(_unit(fmt.number(volumes[solution]), "ml"), s["CellRight"]),
            ]
        )
    return Table(
        rows,
        colWidths=kit.widths((0.4, 0.15, 0.2)),
        repeatRows=1,
        style=TableStyle(grid_commands()),
        hAlign="LEFT",
    )


def lots_used(sessions: Sequence[Session]) -> list[str]:
    """Each lot number with the products it was seen on, sorted by lot number."""
    lots: dict[str, set[str]] = {}
    for session in sessions:
        for line in session.entry.treatments:
            for product in line.products:
                if product.lot_number:
                    name = product.product_name or word(product.solution)
                    lots.setdefault(product.lot_number, set()).add(name)
    return [f"{lot} ({', '.join(sorted(names))})" for lot, names in sorted(lots.items())]
