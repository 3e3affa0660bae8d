"""The protocol templates mesolog ships (resources/templates/protocols.json, from the
guide's protocols), added to a database that has no template yet: when the window first
opens on it, and by `mesolog init` and `mesolog demo`. They are the clinic's data from
then on, edited, retired and exported like the templates it adds (a clinic that retired
them all still has them, so they are never added twice). Their names and protocols are in
the language of the workstation that adds them (English, or Greek: `name_el`,
`protocol_el`)."""

from __future__ import annotations

import json
from functools import cache

from mesolog.domain.enums import Indication
from mesolog.domain.languages import LANGUAGE_CODES
from mesolog.domain.templates import TemplateInput, validate_template
from mesolog.domain.validation import raise_if_any
from mesolog.persistence.template_lines import line_of
from mesolog.resource_files import resource

SHIPPED_BY = "mesolog"
"""The audit log's actor for the templates mesolog adds itself."""


@cache
def shipped_templates(language: str = "en") -> tuple[TemplateInput, ...]:
    """The templates, named and described in `language` (`en`, `el`)."""
    if language not in LANGUAGE_CODES:
        raise ValueError(f"no templates in {language!r}: one of {LANGUAGE_CODES}")
    suffix = "" if language == "en" else f"_{language}"
    document = json.loads(resource("templates", "protocols.json").read_text(encoding="utf-8"))
    found = tuple(
        TemplateInput(
            name=item[f"name{suffix}"],
            indication=Indication(item["indication"]),
            planned_sessions=item["planned_sessions"],
            initial_interval_days=item["initial_interval_days"],
            maintenance_interval_days=item["maintenance_interval_days"],
            protocol=item[f"protocol{suffix}"],
            lines=tuple(line_of(line) for line in item["lines"]),
        )
        for item in document["templates"]
    )
    for template in found:
        raise_if_any(validate_template(template))
    return found
