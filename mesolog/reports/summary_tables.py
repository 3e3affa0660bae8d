"""The summary's tables: course facts, sessions, reactions, totals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import StyleSheet1
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from mesolog.domain.enums import CoursePhase, SessionStatus, Severity, Solution
from mesolog.domain.records import Reaction, Session
from mesolog.domain.text import fold
from mesolog.domain.texts import Text, phrase
from mesolog.reports.formatting import SEVERITY_RANK, Formatter, markup
from mesolog.reports.session_cells import (
    NOTES,
    amendment_markup,
    chunks,
    given_despite_texts,
    pre_treatment_markup,
    product_markup,
    reaction_markup,
    technique_text,
    unit,
)
from mesolog.reports.summary_data import CourseSummary
from mesolog.reports.summary_styles import (
    CELL_PADDING,
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
    phrase("SummaryTables", "Date"),
    phrase("SummaryTables", "Clinician"),
    phrase("SummaryTables", "Area"),
    phrase("SummaryTables", "Technique and settings"),
    phrase("SummaryTables", "Products"),
    phrase("SummaryTables", "Reactions"),
    phrase("SummaryTables", "Score", "the improvement score, 0 to 10"),
)
DRAFT = phrase("SummaryTables", "DRAFT", "a session not signed")
AMENDED = phrase("SummaryTables", "AMENDED", "a session corrected")
NO_REACTIONS = phrase("SummaryTables", "none", "no reactions")
CONTINUED = phrase("SummaryTables", "Notes, {date}, continued:", "a session's notes")
SESSION_COLUMNS = (0.115, 0.12, 0.12, 0.19, 0.255, 0.14, 0.06)
PRODUCTS_COLUMN = 4
"""Date and area columns fit the longest date and area word without breaking them."""


@dataclass(frozen=True, slots=True)
class Kit:
    """What every table builder needs: the styles, the formatter and the frame width."""

    styles: StyleSheet1
    fmt: Formatter
    width: float

    def widths(self, fractions: Sequence[float]) -> list[float]:
        return [self.width * f for f in fractions]

    def headed_widths(
        self, fractions: Sequence[float], headings: Sequence[str], *, giving: int
    ) -> list[float]:
        """The columns' widths, each at least as wide as the longest word of its heading,
        so that a language with longer words than English breaks none ("Βαθμός" is wider
        than "Score"); the room comes from column `giving`."""
        style = self.styles["HeadCell"]
        widths = self.widths(fractions)
        for column, heading in enumerate(headings):
            words = heading.split() or [""]
            need = max(stringWidth(w, style.fontName, style.fontSize) for w in words)
            need += 2 * CELL_PADDING
            if column != giving and need > widths[column]:
                widths[giving] -= need - widths[column]
                widths[column] = need
        return widths


def _numbered(items: Sequence[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return "<br/>".join(f"{i}. {item}" for i, item in enumerate(items, 1))


def session_table(sessions: Sequence[Session], kit: Kit) -> Table:
    """One row per session (plus rows of notes under it); the header repeats on each page."""
    s, fmt = kit.styles, kit.fmt
    headings = [fmt.say(h) for h in SESSION_HEADINGS]
    rows: list[list[Flowable | str]] = [[para(h, s["HeadCell"]) for h in headings]]
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
            draft = markup(fmt.say(DRAFT))
            mark = f'<font color="{DRAFT_INK.hexval()}"><b>{draft}</b></font>'
            when = rich(f"{mark}<br/>{markup(str(when))}", s["Cell"])
        elif session.amends is not None:
            amended = markup(fmt.say(AMENDED))
            when = rich(f"<b>{amended}</b><br/>{markup(str(when))}", s["Cell"])
        areas = [
            markup(fmt.word(line.area))
            + (f": {markup(line.area_detail)}" if line.area_detail else "")
            for line in lines
        ]
        techniques = [markup(technique_text(line.technique, fmt)) for line in lines]
        products = [
            "<br/>".join(product_markup(p, fmt) for p in line.products) or "—" for line in lines
        ]
        reactions = _numbered([reaction_markup(r, fmt) for r in entry.reactions])
        score = "—" if entry.improvement_score is None else str(entry.improvement_score)
        first = len(rows)
        rows.append(
            [
                when,
                para(entry.clinician, s["Cell"]),
                rich(_numbered(areas), s["Cell"]),
                rich(_numbered(techniques), s["Cell"]),
                rich(_numbered(products), s["Cell"]),
                rich(reactions or markup(fmt.say(NO_REACTIONS)), s["Cell"]),
                score,
            ]
        )
        spanned = [pre_treatment_markup(entry.pre_treatment, fmt)]
        spanned += given_despite_texts(entry.given_despite, fmt)
        if session.amends is not None:
            spanned.insert(0, amendment_markup(session, fmt))
        for text in filter(None, spanned):
            rows.append([rich(text, s["Note"]), "", "", "", "", "", ""])
            commands.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        for i, chunk in enumerate(chunks(entry.notes)):
            said = fmt.say(CONTINUED, date=fmt.date(session.performed_on)) if i else fmt.say(NOTES)
            label = markup(said)
            rows.append(
                [rich(f"<b>{label}</b> {markup(chunk)}", s["Note"]), "", "", "", "", "", ""]
            )
            row = len(rows) - 1
            commands.append(("SPAN", (0, row), (-1, row)))
        last = len(rows) - 1
        if last > first:
            commands.append(("NOSPLIT", (0, first), (-1, first + 1)))
        commands.append(("LINEBELOW", (0, last), (-1, last), 0.25, RULE))
        if session.status is SessionStatus.DRAFT:
            commands.append(("BACKGROUND", (0, first), (-1, last), DRAFT_FILL))
    widths = kit.headed_widths(SESSION_COLUMNS, headings, giving=PRODUCTS_COLUMN)
    return Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(commands))


Fact = tuple[Text | str, Text | str]
"""A label and its value, in words or as recorded."""


def facts_table(pairs: Sequence[Fact], kit: Kit) -> Table:
    """Label/value pairs in two columns of pairs."""
    s, say = kit.styles, kit.fmt.say
    cells = [(para(say(label), s["Label"]), para(say(value), s["Value"])) for label, value in pairs]
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
    if sched.stopped:
        status = phrase("SummaryTables", "Stopped", "a course of sessions")
    elif sched.completed:
        status = phrase("SummaryTables", "Completed", "a course of sessions")
    elif sched.phase is CoursePhase.MAINTENANCE:
        status = phrase("SummaryTables", "Active, maintenance phase", "a course of sessions")
    else:
        status = phrase("SummaryTables", "Active, initial phase", "a course of sessions")
    due = "—"
    if not (sched.stopped or sched.completed) and sched.next_due is not None:
        due = fmt.date(sched.next_due)
        if sched.window_start is not None and sched.window_end is not None:
            window = phrase("SummaryTables", "{due} (window {start} – {end})", "next session")
            start, end = fmt.date(sched.window_start), fmt.date(sched.window_end)
            due = fmt.say(window.having(due=due, start=start, end=end))
        if sched.overdue_since is not None:
            due = fmt.say(phrase("SummaryTables", "{due}, overdue").having(due=due))
    sessions = phrase("SummaryTables", "{done} done of {planned} planned", "sessions")
    sessions = sessions.having(done=str(sched.done), planned=str(sched.planned))
    pairs: list[Fact] = [
        (phrase("SummaryTables", "Indication"), fmt.word(plan.indication)),
        (phrase("SummaryTables", "Areas"), ", ".join(fmt.word(a) for a in plan.areas) or "—"),
        (phrase("SummaryTables", "Protocol"), plan.protocol or "—"),
        (phrase("SummaryTables", "Sessions"), sessions),
        (phrase("SummaryTables", "Started"), fmt.date(plan.started_on)),
        (
            phrase("SummaryTables", "Last session"),
            fmt.date(sched.last_session_on) if sched.last_session_on else "—",
        ),
        (phrase("SummaryTables", "Status", "a course's"), status),
        (phrase("SummaryTables", "Next due", "the next session"), due),
    ]
    return facts_table(pairs, kit)


def reactions_table(sessions: Sequence[Session], kit: Kit) -> Table | None:
    """Each kind of reaction seen: how often, the worst severity, whether all resolved."""
    s, fmt = kit.styles, kit.fmt
    seen: dict[str, list[Reaction]] = {}
    for session in sessions:
        for reaction in session.entry.reactions:
            seen.setdefault(fmt.word(reaction.kind), []).append(reaction)
    if not seen:
        return None
    rows: list[list[Flowable | str]] = [
        [
            para(fmt.say(phrase("SummaryTables", "Reaction")), s["HeadCell"]),
            para(fmt.say(phrase("SummaryTables", "Times", "how often")), s["HeadCellCentre"]),
            para(fmt.say(phrase("SummaryTables", "Worst severity")), s["HeadCell"]),
            para(fmt.say(phrase("SummaryTables", "Resolved", "a reaction")), s["HeadCell"]),
        ]
    ]
    for kind in sorted(seen, key=_in_order):
        found = seen[kind]
        worst: Severity = max((r.severity for r in found), key=SEVERITY_RANK.__getitem__)
        open_count = sum(r.resolved_on is None for r in found)
        if open_count == 0:
            resolved = phrase("SummaryTables", "all", "every reaction of a kind resolved")
        else:
            resolved = phrase("SummaryTables", "{resolved} of {count}", "reactions resolved")
            resolved = resolved.having(resolved=str(len(found) - open_count), count=str(len(found)))
        rows.append(
            [
                para(kind, s["Cell"]),
                para(str(len(found)), s["CellCentre"]),
                para(fmt.word(worst), s["Cell"]),
                para(fmt.say(resolved), s["Cell"]),
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
            para(fmt.say(phrase("SummaryTables", "Solution")), s["HeadCell"]),
            para(fmt.say(phrase("SummaryTables", "Times used")), s["HeadCellRight"]),
            para(fmt.say(phrase("SummaryTables", "Total volume")), s["HeadCellRight"]),
        ]
    ]
    for solution in sorted(volumes, key=lambda solution: _in_order(fmt.word(solution))):
        rows.append(
            [
                para(fmt.word(solution), s["Cell"]),
                para(str(uses[solution]), s["CellRight"]),
                para(unit(fmt.number(volumes[solution]), "ml"), s["CellRight"]),
            ]
        )
    return Table(
        rows,
        colWidths=kit.widths((0.4, 0.15, 0.2)),
        repeatRows=1,
        style=TableStyle(grid_commands()),
        hAlign="LEFT",
    )


def _in_order(words: str) -> tuple[str, str]:
    """Words in a list sort by their letters, not their case or accents (a Greek capital
    with its accent would come before every other letter)."""
    return fold(words), words


def lots_used(sessions: Sequence[Session], fmt: Formatter) -> list[str]:
    """Each lot number with the products it was seen on, sorted by lot number."""
    lots: dict[str, set[str]] = {}
    for session in sessions:
        for line in session.entry.treatments:
            for product in line.products:
                if product.lot_number:
                    name = product.product_name or fmt.word(product.solution)
                    lots.setdefault(product.lot_number, set()).add(name)
    return [f"{lot} ({', '.join(sorted(names))})" for lot, names in sorted(lots.items())]
