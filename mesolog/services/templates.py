"""Protocol templates: listing, adding, editing, retiring and reinstating them (clinicians
and admins), and the expected cost of a course planned from one."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sqlalchemy.orm import Session

from mesolog.domain.accounts import Permission
from mesolog.domain.errors import NotFoundError, StateError, Violation
from mesolog.domain.ids import TemplateId, new_template_id
from mesolog.domain.templates import (
    CourseEstimate,
    Template,
    TemplateInput,
    course_estimate,
    validate_template,
)
from mesolog.domain.texts import phrase
from mesolog.domain.validation import raise_if_any
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.catalogue_rows import products
from mesolog.persistence.digests import record_digest
from mesolog.persistence.models import ClinicSettingsRow
from mesolog.persistence.template_models import TemplateRow
from mesolog.persistence.template_rows import (
    fill_template_row,
    has_templates,
    template_by_name,
    template_by_uuid,
    template_from_row,
    templates,
)
from mesolog.services.conflicts import Saved, Versioned, same_record
from mesolog.services.context import ServiceContext
from mesolog.services.settings import SETTINGS_ID
from mesolog.services.shipped_templates import SHIPPED_BY, shipped_templates


def _tidied(details: TemplateInput) -> TemplateInput:
    return replace(
        details,
        name=" ".join(details.name.split()),
        protocol=details.protocol.strip(),
        notes=details.notes.strip(),
    )


TEMPLATE: Versioned[Template, TemplateInput] = Versioned(
    "protocol template", "template", lambda template: template.details, _tidied
)


class TemplateService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def all(self, *, retired: bool = False) -> list[Template]:
        """By name: those in use, and the retired ones with `retired`."""
        with self._ctx.db.read() as s:
            return [template_from_row(row) for row in templates(s, retired=retired)]

    def get(self, template_id: TemplateId) -> Template:
        with self._ctx.db.read() as s:
            return template_from_row(self._load(s, template_id))

    def add(self, details: TemplateInput) -> Template:
        raise_if_any(validate_template(details))
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.CATALOGUE)
            return add_template(self._ctx, s, details)

    def update(
        self, template_id: TemplateId, details: TemplateInput, *, read: Template
    ) -> Saved[Template]:
        """Saves the template as typed into a form filled from `read` (merged with a change
        made meanwhile, see services.conflicts). Courses planned from it stay as planned."""
        same_record(read.id, template_id)
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.CATALOGUE)
            row = self._load(s, template_id)
            before = record_digest(row)

            def violations(typed: TemplateInput) -> list[Violation]:
                return validate_template(typed) or _taken(s, typed, row)

            settled = TEMPLATE.settle(
                s,
                read=read,
                current=template_from_row(row),
                typed=details,
                entity_uuid=row.uuid,
                validate=violations,
            )
            fill_template_row(row, settled.content)
            self._ctx.audit(s, AuditAction.UPDATE, "template", record=row, before=before)
            return settled.saved(template_from_row(row))

    def retire(self, template_id: TemplateId) -> Template:
        """No longer offered when a course is planned; it stays, as the courses made from it."""
        return self._set_retired(template_id, retired=True)

    def reinstate(self, template_id: TemplateId) -> Template:
        return self._set_retired(template_id, retired=False)

    def add_shipped(self, language: str = "en") -> int:
        """Adds the templates mesolog ships, named in `language` (`en`, `el`), to a database
        that has none (audited as "mesolog"); how many were added."""
        shipped = shipped_templates(language)
        with self._ctx.db.write() as s:
            if has_templates(s):
                return 0
            for template in shipped:
                add_template(self._ctx, s, template, actor=SHIPPED_BY)
            return len(shipped)

    def estimate(self, details: TemplateInput, sessions: int) -> CourseEstimate:
        """What `sessions` sessions of the template are expected to cost: its session fee,
        and its products at the catalogue's prices per ml or per unit, in the clinic's
        currency."""
        with self._ctx.db.read() as s:
            prices = {
                row.name_key: (Decimal(row.price_per_unit_cents) / 100, row.unit)
                for row in products(s, retired=True)
                if row.price_per_unit_cents is not None
            }
            settings = s.get(ClinicSettingsRow, SETTINGS_ID)
        currency = settings.currency if settings is not None else ""
        return course_estimate(details, sessions, prices, currency)

    def _set_retired(self, template_id: TemplateId, *, retired: bool) -> Template:
        with self._ctx.db.write() as s:
            self._ctx.require(s, Permission.CATALOGUE)
            row = self._load(s, template_id)
            if (row.retired_at is not None) == retired:
                state = (
                    phrase("TreatmentTemplates", "retired")
                    if retired
                    else phrase("TreatmentTemplates", "in use")
                )
                raise StateError(
                    phrase("TreatmentTemplates", "The template {name} is {state} already.").having(
                        name=row.name, state=state
                    )
                )
            before = record_digest(row)
            row.retired_at = self._ctx.now() if retired else None
            detail = "retired" if retired else "reinstated"
            self._ctx.audit(
                s, AuditAction.UPDATE, "template", record=row, before=before, detail=detail
            )
            return template_from_row(row)

    def _load(self, s: Session, template_id: TemplateId) -> TemplateRow:
        row = template_by_uuid(s, template_id)
        if row is None:
            raise NotFoundError(
                phrase(
                    "TreatmentTemplates", "No protocol template has the id {template_id}."
                ).having(template_id=template_id)
            )
        return row


def add_template(
    context: ServiceContext, s: Session, details: TemplateInput, *, actor: str | None = None
) -> Template:
    """Adds a validated template in the transaction of `s`, audited (by `actor` if given)."""
    raise_if_any(_taken(s, details, None))
    row = TemplateRow(uuid=new_template_id(), created_at=context.now())
    fill_template_row(row, details)
    s.add(row)
    context.audit(s, AuditAction.CREATE, "template", record=row, actor=actor)
    return template_from_row(row)


def _taken(s: Session, details: TemplateInput, row: TemplateRow | None) -> list[Violation]:
    other = template_by_name(s, details.name)
    if other is None or other is row:
        return []
    allowed = phrase(
        "TreatmentTemplates", "a name no other template has (compared without case or accents)"
    )
    return [Violation("name", details.name.strip(), allowed)]
