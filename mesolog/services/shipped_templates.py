"""The protocol templates mesolog ships (resources/templates/protocols.json, from the
guide's protocols), added to a database that has no template yet: when the window first
opens on it, and by `mesolog init` and `mesolog demo`. They are the clinic's data from
then on, edited, retired and exported like the templates it adds (a clinic that retired
them all still has them, so they are never added twice)."""

from __future__ import annotations

import json
from functools import cache

from mesolog.domain.enums import Indication
from mesolog.domain.templates import TemplateInput, validate_template
from mesolog.domain.validation import raise_if_any
from mesolog.persistence.template_lines import line_of
from mesolog.resource_files import resource

SHIPPED_BY = "mesolog"
"""The audit log's actor for the templates mesolog adds itself."""


@cache
def shipped_templates() -> tuple[TemplateInput, ...]:
    document = json.loads(resource("templates", "protocols.json").read_text(encoding="utf-8"))
    found = tuple(
        TemplateInput(
            name=item["name"],
            indication=Indication(item["indication"]),
            planned_sessions=item["planned_sessions"],
            initial_interval_days=item["initial_interval_days"],
            maintenance_interval_days=item["maintenance_interval_days"],
            protocol=item["protocol"],
            lines=tuple(line_of(line) for line in item["lines"]),
        )
        for item in document["templates"]
    )
    for template in found:
        raise_if_any(validate_template(template))
    return found
