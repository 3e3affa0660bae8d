"""Imports flow one way: ui → services → persistence → domain (read from the source with ast)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "mesolog"

FORBIDDEN = {
    "domain": ("mesolog.", "sqlalchemy", "PySide6", "alembic", "jsonschema", "reportlab"),
    "interchange": (
        "mesolog.persistence",
        "mesolog.services",
        "mesolog.ui",
        "sqlalchemy",
        "PySide6",
    ),
    "persistence": ("mesolog.services", "mesolog.ui", "mesolog.reports", "mesolog.cli", "PySide6"),
    "services": ("mesolog.ui", "mesolog.cli", "mesolog.app", "PySide6"),
    "reports": ("mesolog.persistence", "mesolog.services", "mesolog.ui", "sqlalchemy", "PySide6"),
    "ui": ("sqlalchemy", "mesolog.persistence", "alembic"),
}
ALLOWED_INSIDE = {
    "domain": ("mesolog.domain",),
    "interchange": ("mesolog.domain", "mesolog.interchange"),
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _wrong_way(layer: str, name: str) -> bool:
    if any(name.startswith(allowed) for allowed in ALLOWED_INSIDE.get(layer, ())):
        return False
    return any(name == banned or name.startswith(banned) for banned in FORBIDDEN[layer])


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_no_wrong_way_imports(layer: str) -> None:
    offences = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in _imports(path)
        if _wrong_way(layer, name)
    ]
    assert offences == []


def test_nothing_uses_the_standard_librarys_sqlite3() -> None:
    """Two SQLite libraries in one process do not see each other's locks: sqlcipher3 only."""
    roots = [
        PACKAGE,
        Path(__file__).parent,
        PACKAGE.parent / "benchmarks",
        PACKAGE.parent / "tools",
    ]
    offences = [
        str(path)
        for root in roots
        for path in sorted(root.rglob("*.py"))
        if "sqlite3" in _imports(path)
    ]
    assert offences == []
