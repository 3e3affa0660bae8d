"""The session editor's fields in words, for a draft's save someone else's change refused or
merged (ui.common.versioned_saves): each field of a session's entry by its path, with the
caption the editor shows beside it and its value as a clinician reads it (a treatment
line: "Forehead: 30G · 4 mm · depth 1.5 mm; Hyaluronic acid — HydraBoost 1% · 2 ml · lot
AB12", a product counted in units with its units before its ml), one line per treatment line
or reaction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mesolog.domain.ids import CourseId
from mesolog.domain.products import ProductUnit
from mesolog.domain.records import (
    GivenDespite,
    NeedleTechnique,
    ProductUse,
    Reaction,
    Technique,
    TreatmentLine,
)
from mesolog.ui.catalogue.catalogue_words import amount_text
from mesolog.ui.common.dates import shown_date
from mesolog.ui.common.labels import (
    area_label,
    needle_method_label,
    onset_label,
    reaction_text,
    solution_label,
)
from mesolog.ui.common.record_conflicts import FieldWords, empty_text, number_text
from mesolog.ui.sessions.session_counts import SessionCounts
from mesolog.ui.sessions.session_form import SessionForm


def _technique(technique: Technique) -> str:
    depth = QCoreApplication.translate("SessionEditor", "depth %1").replace(
        "%1", number_text(technique.depth_mm, "mm")
    )
    if isinstance(technique, NeedleTechnique):
        parts = [f"{technique.gauge}G", number_text(technique.length_mm, "mm"), depth]
        if technique.method is not None:
            parts.append(needle_method_label(technique.method))
    else:
        parts = [
            SessionCounts().needles(technique.needle_count),
            depth,
            QCoreApplication.translate("SessionEditor", "%1/s").replace(
                "%1", str(technique.penetrations_per_second)
            ),
        ]
        if technique.passes is not None:
            parts.append(SessionCounts().passes(technique.passes))
    return " · ".join(parts)


def _product(product: ProductUse) -> str:
    text = solution_label(product.solution)
    name = " ".join(part for part in (product.product_name, product.concentration) if part)
    if name:
        text += f" — {name}"
    parts = [text, number_text(product.volume_ml, "ml")]
    if product.units is not None:
        parts.insert(1, amount_text(product.units, ProductUnit.UNITS))
    if product.lot_number:
        parts.append(
            QCoreApplication.translate("SessionEditor", "lot %1").replace("%1", product.lot_number)
        )
    if product.expiry_date is not None:
        parts.append(
            QCoreApplication.translate("SessionEditor", "expires %1").replace(
                "%1", shown_date(product.expiry_date)
            )
        )
    return " · ".join(parts)


def _line(line: TreatmentLine) -> str:
    area = area_label(line.area)
    if line.area_detail:
        area += f" ({line.area_detail})"
    text = f"{area}: {_technique(line.technique)}"
    products = "; ".join(_product(product) for product in line.products)
    return f"{text}; {products}" if products else text


def _reaction(reaction: Reaction) -> str:
    parts = [reaction_text(reaction.kind, reaction.severity)]
    if reaction.area is not None:
        parts.append(area_label(reaction.area))
    if reaction.onset is not None:
        parts.append(onset_label(reaction.onset))
    if reaction.resolved_on is not None:
        parts.append(
            QCoreApplication.translate("SessionEditor", "resolved %1").replace(
                "%1", shown_date(reaction.resolved_on)
            )
        )
    if reaction.notes:
        parts.append(reaction.notes)
    return " · ".join(parts)


def _lines(items: tuple[TreatmentLine, ...] | tuple[Reaction, ...]) -> str:
    texts = [_line(item) if isinstance(item, TreatmentLine) else _reaction(item) for item in items]
    return "\n".join(texts) or empty_text()


def _given(given: tuple[GivenDespite, ...]) -> str:
    """Each warning gone ahead despite, as the warnings above the form say it, with the
    reason typed for it."""
    lines = [
        QCoreApplication.translate("SessionEditor", "%1 (reason: %2)")
        .replace("%1", item.warning)
        .replace("%2", item.reason)
        if item.reason
        else item.warning
        for item in given
    ]
    return "\n".join(lines) or empty_text()


def session_fields(form: SessionForm) -> FieldWords:
    """The words of `form`'s fields; a course is named as its choice in the form."""
    combo = form.course_id

    def course(course_id: CourseId | None) -> str:
        if course_id is None:
            return combo.itemText(0)  # "No course"
        found = combo.findData(str(course_id))
        return (
            combo.itemText(found)
            if found >= 0
            else QCoreApplication.translate("SessionEditor", "a course not listed")
        )

    return FieldWords(
        captions={
            "performed_at": QCoreApplication.translate("SessionEditor", "Date and time"),
            "clinician": QCoreApplication.translate("SessionEditor", "Clinician"),
            "course_id": QCoreApplication.translate("SessionEditor", "Course"),
            "pre_treatment.nsaids_paused_days": QCoreApplication.translate(
                "SessionEditor", "Last aspirin/NSAID"
            ),
            "pre_treatment.topical_anaesthetic": QCoreApplication.translate(
                "SessionEditor", "Topical anaesthetic"
            ),
            "pre_treatment.consent_confirmed": QCoreApplication.translate(
                "SessionEditor", "Consent confirmed"
            ),
            "treatments": QCoreApplication.translate("SessionEditor", "Treatment"),
            "reactions": QCoreApplication.translate("SessionEditor", "Reactions"),
            "improvement_score": QCoreApplication.translate("SessionEditor", "Improvement"),
            "notes": QCoreApplication.translate("SessionEditor", "Notes"),
            "given_despite": QCoreApplication.translate("SessionEditor", "Warnings given anyway"),
        },
        values={
            "course_id": course,
            "pre_treatment.nsaids_paused_days": lambda days: (
                QCoreApplication.translate("SessionEditor", "not asked")
                if days is None
                else SessionCounts().days_ago(days)
            ),
            "pre_treatment.topical_anaesthetic": lambda name: (
                name or QCoreApplication.translate("SessionEditor", "None")
            ),
            "treatments": _lines,
            "reactions": _lines,
            "improvement_score": lambda score: (
                QCoreApplication.translate("SessionEditor", "not rated")
                if score is None
                else QCoreApplication.translate("SessionEditor", "%1 / 10").replace(
                    "%1", str(score)
                )
            ),
            "given_despite": _given,
        },
    )
