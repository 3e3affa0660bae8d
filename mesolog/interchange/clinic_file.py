"""The records of one interchange file, as the codec reads and writes them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from mesolog.domain.chain_anchor import ChainAnchor
from mesolog.domain.ids import SessionId
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    Patient,
    Reaction,
    Session,
    TreatmentLine,
    Voiding,
)


@dataclass(frozen=True, slots=True)
class WrittenLine:
    """A treatment line as the file holds it: every product, voided ones too."""

    line: TreatmentLine
    voiding: Voiding | None = None
    product_voidings: tuple[Voiding | None, ...] = ()
    """One per product of `line`, in order."""

    @classmethod
    def of(cls, line: TreatmentLine) -> WrittenLine:
        """A line with nothing voided."""
        return cls(line, None, (None,) * len(line.products))


@dataclass(frozen=True, slots=True)
class SessionParts:
    """A session's treatment lines, products and reactions in the order the file holds
    them, voided ones too (removed from a draft before it was signed). Only a session
    with a voided part has them; the session's own entry holds the parts not voided."""

    session_id: SessionId
    treatments: tuple[WrittenLine, ...]
    reactions: tuple[tuple[Reaction, Voiding | None], ...]

    def live(self) -> tuple[tuple[TreatmentLine, ...], tuple[Reaction, ...]]:
        """The lines (each with its products) and the reactions that are not voided."""
        lines = tuple(
            replace(
                written.line,
                products=tuple(
                    product
                    for product, voiding in zip(
                        written.line.products, written.product_voidings, strict=True
                    )
                    if voiding is None
                ),
            )
            for written in self.treatments
            if written.voiding is None
        )
        return lines, tuple(reaction for reaction, voiding in self.reactions if voiding is None)

    def live_places(self) -> tuple[list[int], list[list[int]], list[int]]:
        """Where each part that is not voided stands among all: (lines, products of each
        live line, reactions), as indexes into the file's lists."""
        lines = [i for i, written in enumerate(self.treatments) if written.voiding is None]
        products = [
            [j for j, voiding in enumerate(self.treatments[i].product_voidings) if voiding is None]
            for i in lines
        ]
        reactions = [i for i, (_, voiding) in enumerate(self.reactions) if voiding is None]
        return lines, products, reactions


@dataclass(frozen=True, slots=True)
class PatientBundle:
    """One patient with the courses and sessions that belong to them (every version of
    every session, voided ones too, in version 2)."""

    patient: Patient
    courses: tuple[Course, ...]
    sessions: tuple[Session, ...]
    parts: tuple[SessionParts, ...] = ()
    """The voided parts of those sessions that have any."""


@dataclass(frozen=True, slots=True)
class ClinicFile:
    """The whole content of one interchange file."""

    patients: tuple[PatientBundle, ...]
    clinic: ClinicSettings | None = None
    exported_at: dt.datetime | None = None
    chain_anchor: ChainAnchor | None = None
    """The exporting database's audit chain at the export (version 2)."""
    version: int = 2
    """The format version the file was written in."""
