"""What Verify Against… found, in the window's words: each anchor, where it was read and
what today's audit log shows of it, built with tr from the check's facts
(domain.anchor_findings) — numbers and times in the locale's format."""

from __future__ import annotations

import re
from typing import assert_never

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from mesolog.domain.anchor_findings import (
    Ambiguous,
    BackDated,
    BrokenAfter,
    Cut,
    Finding,
    Held,
    NoSuchHash,
    OutOfOrder,
    Replaced,
    Rewritten,
)
from mesolog.domain.chain_anchor import (
    FOOTER_DIGITS,
    AnchorClaim,
    LogEvent,
    UnreadableLine,
    grouped,
)
from mesolog.services.anchor_sources import AnchorFile
from mesolog.services.audit_anchors import AnchorOutcome, AnchorVerification
from mesolog.ui.common.dates import shown_date_time
from mesolog.ui.common.forms import named

_PLACE = re.compile(r"%([1-9])")


def _filled(template: str, *values: str) -> str:
    """`template` with %1, %2… replaced by `values` in one pass (a file name holding '%2'
    stays as it is)."""
    return _PLACE.sub(lambda place: values[int(place.group(1)) - 1], template)


class AnchorFindings(QPlainTextEdit):
    """Read-only: how many anchors held and what could not be read, then each anchor in a
    paragraph of its own. It takes the height the window gives it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "anchor_result", self.tr("What was found"))
        self.setReadOnly(True)

    def show_findings(self, source: AnchorFile, result: AnchorVerification) -> None:
        locale = QLocale()
        total = len(result.outcomes)
        held = locale.toString(sum(o.holds for o in result.outcomes))
        replaced = sum(o.replaced for o in result.outcomes)
        if replaced:
            count = _filled(
                self.tr("%1 of %Ln anchors held; %2 replaced by a restore.", "", total),
                held,
                locale.toString(replaced),
            )
        else:
            count = _filled(self.tr("%1 of %Ln anchors held.", "", total), held)
        lines = [count, *(self._unreadable(line, source) for line in source.unreadable)]
        if source.broken is not None:
            lines.append(
                _filled(
                    self.tr("%1: its own audit log is broken at entry %2, so it anchors nothing."),
                    source.label or "",
                    str(source.broken.entry_id),
                )
            )
        if result.first_break is not None:
            lines.append(
                _filled(
                    self.tr("Today's audit log breaks at entry %1."),
                    str(result.first_break.entry_id),
                )
            )
        paragraphs = ["\n".join(lines), *(self._outcome(o) for o in result.outcomes)]
        self.setPlainText("\n\n".join(paragraphs))

    def _unreadable(self, line: UnreadableLine, source: AnchorFile) -> str:
        number, name = str(line.line), source.label or ""
        if line.field is None:
            return _filled(
                self.tr("Line %1 of %2 is not an anchor: it is not a JSON object."), number, name
            )
        parts = {
            "entry": self.tr("entry number"),
            "hash": self.tr("hash"),
            "at": self.tr("time"),
            "event": self.tr("event"),
            "file": self.tr("backup file"),
            "kept_up_to": self.tr("last entry kept"),
        }
        return _filled(
            self.tr("Line %1 of %2 is not an anchor: its %3 is not as mesolog writes one."),
            number,
            name,
            parts.get(line.field, line.field),
        )

    def _outcome(self, outcome: AnchorOutcome) -> str:
        said = self._finding(outcome.claim, outcome.finding)
        restored = outcome.restored
        if restored is not None:
            said += " " + _filled(
                self.tr(
                    "The database was restored in entry %1 (%2): if this anchor was taken "
                    "before that restore, it describes the log the restore replaced."
                ),
                str(restored.entry),
                shown_date_time(restored.at),
            )
        return _filled(
            self.tr("%1 (%2): %3"), self._claim(outcome.claim), self._source(outcome.claim), said
        )

    def _claim(self, claim: AnchorClaim) -> str:
        digits = grouped(claim.shown_digits)
        if claim.entry is None:
            return _filled(self.tr("An entry with hash %1"), digits)
        return _filled(self.tr("Entry %1 with hash %2"), str(claim.entry), digits)

    def _source(self, claim: AnchorClaim) -> str:
        if claim.source is None:
            return self.tr("the hash typed")
        line = claim.line
        if line is None:
            return claim.source
        template = (
            self.tr("%1, line %2, backup %3")
            if line.event is LogEvent.BACKUP
            else self.tr("%1, line %2, restore from %3")
        )
        return _filled(template, claim.source, str(line.number), line.file)

    def _finding(self, claim: AnchorClaim, finding: Finding) -> str:
        match finding:
            case Held(follows=0):
                return self.tr("held: today's log extends it, and it is the newest entry.")
            case Held(follows=1):
                return self.tr("held: today's log extends it, and 1 entry follows it.")
            case Held(follows=follows):
                return self.tr(
                    "held: today's log extends it, and %n entries follow it.", "", follows
                )
            case Replaced():
                return _filled(
                    self.tr(
                        "replaced by the restore from %1 in entry %2 (%3), which kept the "
                        "entries up to %4."
                    ),
                    finding.file,
                    str(finding.restore_entry),
                    shown_date_time(finding.restored_at),
                    str(finding.kept_up_to),
                )
            case NoSuchHash():
                return self.tr(
                    "no entry of today's log has that hash: the log was rewritten or cut "
                    "since, or the hash was mistyped."
                )
            case Cut(last):
                return _filled(
                    self.tr(
                        "today's log ends at entry %1, before entry %2: entries were cut "
                        "off its end."
                    ),
                    str(last),
                    str(claim.entry),
                )
            case Ambiguous(matches):
                return self.tr(
                    "%Ln entries have hashes that start so: type more of its digits, or its "
                    "entry number.",
                    "",
                    matches,
                )
            case Rewritten(entry, hash_now):
                return _filled(
                    self.tr(
                        "entry %1 now has another hash, %2: the log was rewritten at or before it."
                    ),
                    str(entry),
                    grouped(hash_now[:FOOTER_DIGITS]) + " …",
                )
            case BrokenAfter(entry, broken_at):
                return _filled(
                    self.tr(
                        "entry %1 still has that hash, but today's log breaks at entry %2, so it "
                        "does not extend it whole."
                    ),
                    str(entry),
                    str(broken_at),
                )
            case BackDated(entry, dated, taken, anchored):
                return _filled(
                    self.tr(
                        "entry %1 is dated %2, before the anchor was taken (%3), yet comes after "
                        "entry %4: it was written later and back-dated."
                    ),
                    str(entry),
                    shown_date_time(dated),
                    shown_date_time(taken),
                    str(anchored),
                )
            case OutOfOrder(entry, dated, before, before_at):
                return _filled(
                    self.tr(
                        "entry %1 is dated %2, before entry %3 (%4) that comes before it: it was "
                        "written later and back-dated, or a workstation's clock was wrong."
                    ),
                    str(entry),
                    shown_date_time(dated),
                    str(before),
                    shown_date_time(before_at),
                )
            case _:
                assert_never(finding)
