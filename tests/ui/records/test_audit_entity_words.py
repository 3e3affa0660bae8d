"""Every entity the services write into the audit log is named in words in the audit
dialog: the records audited by uuid or as the clinic's one row, and the entries that name
no record (a search, an export, a file, the database)."""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

import mesolog.services
from mesolog.persistence.audit import AuditAction
from mesolog.persistence.audit_coverage import KEYED, SINGLE
from mesolog.ui.records._audit_entries_model import action_words, entity_words, known_entities

SERVICES = Path(mesolog.services.__file__).parent
ENTITY_ARGUMENT = 2
"""audit(s, action, entity, ...)"""


def _texts(node: ast.expr, module: str) -> Iterator[str]:
    """The entity names an argument may hold: a literal, either side of a conditional, or a
    module-level name (a parameter is the caller's and is not followed)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _texts(node.body, module)
        yield from _texts(node.orelse, module)
    elif isinstance(node, ast.Name):
        value = getattr(importlib.import_module(module), node.id, None)
        if isinstance(value, str):
            yield value


def audited_entities() -> set[str]:
    """The entity names of the services' audit(...) calls."""
    found: set[str] = set()
    for path in SERVICES.glob("*.py"):
        module = f"mesolog.services.{path.stem}"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "audit":
                continue
            arguments = [k.value for k in node.keywords if k.arg == "entity"]
            arguments += node.args[ENTITY_ARGUMENT : ENTITY_ARGUMENT + 1]
            for argument in arguments:
                found.update(_texts(argument, module))
    return found


def test_the_scan_finds_the_entries_that_name_no_record() -> None:
    assert {"recall", "reaction_rates", "database", "file"} <= audited_entities()


def test_every_entity_the_services_write_has_words() -> None:
    entities = set(KEYED) | set(SINGLE) | audited_entities()
    assert sorted(entities - set(known_entities())) == []


def test_an_entity_is_said_in_its_words_and_an_unknown_one_as_it_is_spelt() -> None:
    assert entity_words("reaction_rates") == "Reaction rates"
    assert entity_words("some_future_thing") == "some future thing"


def test_every_audit_action_has_words() -> None:
    plain = [
        action.value
        for action in AuditAction
        if action_words(action.value) == action.value.replace("_", " ")
    ]
    assert plain == []
