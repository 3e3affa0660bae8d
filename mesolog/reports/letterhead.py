"""The clinic's letterhead at the top of a summary's first page and of each recall letter:
the logo with the clinic's name and contact beside it, then a rule."""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from mesolog.domain.logo import ClinicLogo
from mesolog.domain.records import ClinicSettings
from mesolog.reports.formatting import markup
from mesolog.reports.logo import logo_image
from mesolog.reports.summary_styles import RULE, para, plain_commands, rich

LOGO_WIDTH = 60 * mm
LOGO_HEIGHT = 20 * mm
LOGO_GAP = 6 * mm


def letterhead(
    clinic: ClinicSettings, logo: ClinicLogo | None, styles: StyleSheet1, width: float
) -> list[Flowable]:
    """The letterhead across `width` points."""
    lines: list[Flowable] = []
    if clinic.name:
        lines.append(para(clinic.name, styles["Clinic"]))
    contact = [text for text in (clinic.address, clinic.phone, clinic.email) if text]
    if contact:
        lines.append(rich("<br/>".join(markup(t) for t in contact), styles["ClinicDetail"]))
    head: list[Flowable] = lines
    if logo is not None:
        image = logo_image(logo, LOGO_WIDTH, LOGO_HEIGHT)
        head = [
            Table(
                [[image, lines or ""]],
                colWidths=[image.drawWidth + LOGO_GAP, width - image.drawWidth - LOGO_GAP],
                style=TableStyle([*plain_commands(), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
                hAlign="LEFT",
            )
        ]
    rule = HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=6, spaceAfter=8)
    return [*head, rule]
