"""The protocol templates of an interchange file (checked by the domain's rules in
services.transfer_reading): sorted against the database, and written in the import's
transaction; and a course's template.

A template whose id the database holds with the same content (as the templates store it:
names with single spaces, texts without surrounding spaces, retired alike) is present;
with other content it is a conflict, because an import never overwrites a record. A new
template whose name (compared folded, domain.products.name_key) another template of the
database has is refused, naming the field, the value and that template, unless the two
are the same template under two ids: the templates mesolog ships are added to every new
database with ids of its own, so a clinic's export meets them again in the database it
is imported into. Such a template is present, and the file's courses that name it are
read as naming the database's (`TemplatePlan.resolved`).

A course's template_id names a template of the file or of the database; the file is
refused otherwise, at the course's field.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesolog.domain.errors import Violation
from mesolog.domain.ids import TemplateId
from mesolog.domain.products import name_key
from mesolog.domain.records import Course
from mesolog.domain.texts import phrase
from mesolog.interchange.clinic_file import ClinicFile, FiledTemplate, PatientBundle
from mesolog.persistence.base import Base
from mesolog.persistence.template_models import TemplateRow
from mesolog.persistence.template_rows import fill_template_row, template_from_row, templates
from mesolog.services.templates import TEMPLATE
from mesolog.services.transfer_plan import DIFFERS

NAME_HELD = phrase(
    "Transfer", "a name no other template in the database has (compared without case or accents)"
)
NAMED_TEMPLATE = phrase(
    "Transfer", "the id of a template of the file (templates) or of the database"
)


@dataclass(slots=True)
class TemplatePlan:
    """What the database lacks of the file's templates, found without writing anything."""

    violations: list[Violation] = field(default_factory=list)
    new: list[FiledTemplate] = field(default_factory=list)
    present: int = 0
    rows: dict[uuid.UUID, TemplateRow] = field(default_factory=dict)
    """The database's templates by id, the new ones once written."""
    held_as: dict[uuid.UUID, TemplateId] = field(default_factory=dict)
    """A file's template the database holds alike under another id: that id."""

    def resolved(self, clinic_file: ClinicFile) -> ClinicFile:
        """The file with its courses naming the database's id of a template it holds under
        another id."""
        if not self.held_as:
            return clinic_file
        return replace(clinic_file, patients=tuple(map(self._resolved, clinic_file.patients)))

    def _resolved(self, bundle: PatientBundle) -> PatientBundle:
        return replace(bundle, courses=tuple(map(self._named, bundle.courses)))

    def _named(self, course: Course) -> Course:
        template_id = course.plan.template_id
        held = None if template_id is None else self.held_as.get(template_id)
        if held is None:
            return course
        return replace(course, plan=replace(course.plan, template_id=held))


def plan_templates(s: Session, clinic_file: ClinicFile) -> TemplatePlan:
    """Sorts the file's templates into new, present and refused, and checks that each
    course's template is one of them or of the database."""
    plan = TemplatePlan()
    filed = clinic_file.templates or ()
    courses = [course for bundle in clinic_file.patients for course in bundle.courses]
    if not filed and all(course.plan.template_id is None for course in courses):
        return plan
    rows = templates(s, retired=True)
    plan.rows = {row.uuid: row for row in rows}
    by_name = {row.name_key: row for row in rows}
    for i, template in enumerate(filed):
        base = f"templates[{i}]"
        row = plan.rows.get(template.id)
        if row is None:
            other = by_name.get(name_key(template.details.name))
            if other is None:
                plan.new.append(template)
            elif _same(other, template, exactly=False):
                plan.held_as[template.id] = TemplateId(other.uuid)
                plan.present += 1
            else:
                allowed = phrase("Transfer", "{name_held}: template {uuid} has it").having(
                    name_held=NAME_HELD, uuid=other.uuid
                )
                plan.violations.append(
                    Violation(f"{base}.name", template.details.name.strip(), allowed)
                )
        elif not _same(row, template, exactly=True):
            plan.violations.append(Violation(f"{base}.id", str(template.id), DIFFERS))
        else:
            plan.present += 1
    known = set(plan.rows) | {template.id for template in filed}
    for i, bundle in enumerate(clinic_file.patients):
        for j, course in enumerate(bundle.courses):
            template_id = course.plan.template_id
            if template_id is not None and template_id not in known:
                path = f"patients[{i}].courses[{j}].template_id"
                plan.violations.append(Violation(path, str(template_id), NAMED_TEMPLATE))
    return plan


def _same(row: TemplateRow, template: FiledTemplate, *, exactly: bool) -> bool:
    """The row holds the template's content, retired alike: when it was retired too if
    `exactly` (the same record), or only whether it was (another id)."""
    stored = template_from_row(row)
    if stored.details != TEMPLATE.tidied(template.details):
        return False
    if exactly:
        return stored.retired_at == template.retired_at
    return (stored.retired_at is None) == (template.retired_at is None)


def add_templates(
    s: Session, plan: TemplatePlan, *, now: dt.datetime, detail: str
) -> list[tuple[str, Base, str]]:
    """Adds the plan's new templates; returns what the audit log should say of each
    (entity, row, detail). `detail` says where they came from."""
    written: list[tuple[str, Base, str]] = []
    for template in plan.new:
        row = TemplateRow(uuid=template.id, created_at=now, retired_at=template.retired_at)
        fill_template_row(row, template.details)
        s.add(row)
        plan.rows[row.uuid] = row
        retired = "; retired in the file" if template.retired_at is not None else ""
        written.append(("template", row, f"{detail}{retired}".removeprefix("; ")))
    return written


def templates_of(s: Session, ids: Iterable[uuid.UUID] | None = None) -> tuple[FiledTemplate, ...]:
    """The database's templates as an export writes them, by name, retired ones too: all
    of them, or those of `ids`."""
    if ids is None:
        rows = templates(s, retired=True)
    else:
        wanted = select(TemplateRow).where(TemplateRow.uuid.in_(list(ids)))
        rows = s.scalars(wanted.order_by(TemplateRow.name_key)).all()
    return tuple(
        FiledTemplate(template.id, template.details, template.retired_at)
        for template in map(template_from_row, rows)
    )
