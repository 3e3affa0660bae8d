"""The architecture, read from the source with ast: imports flow one way (ui → services →
persistence → domain), no module takes part in an import cycle, and a window room's
private modules (`mesolog/ui/<room>/_name.py`) are imported only inside that room.
`mesolog/language` (rendering texts in Greek or English) stands on the domain and
`resource_files` alone, without Qt, so the command line and the PDFs translate too."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "mesolog"

FORBIDDEN = {
    "domain": ("mesolog.", "sqlalchemy", "PySide6", "alembic", "jsonschema", "reportlab"),
    "diagrams": (
        "mesolog.interchange",
        "mesolog.persistence",
        "mesolog.services",
        "mesolog.reports",
        "mesolog.ui",
        "sqlalchemy",
        "PySide6",
        "reportlab",
    ),
    "imaging": ("mesolog.", "sqlalchemy", "PySide6", "reportlab"),
    "scanning": ("mesolog.", "sqlalchemy", "PySide6", "reportlab"),
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
    "ui": ("sqlalchemy", "mesolog.persistence", "alembic", "mesolog.cli"),
    "cli": ("mesolog.ui", "mesolog.persistence", "sqlalchemy", "PySide6"),
    "language": ("mesolog.", "sqlalchemy", "PySide6", "reportlab"),
}
ALLOWED_INSIDE = {
    "domain": ("mesolog.domain",),
    "imaging": ("mesolog.domain", "mesolog.imaging"),
    "scanning": ("mesolog.domain", "mesolog.scanning"),
    "interchange": ("mesolog.domain", "mesolog.interchange", "mesolog.resource_files"),
    "language": ("mesolog.domain", "mesolog.language", "mesolog.resource_files"),
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


def _module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module → the package's modules it imports, at the top, in a function or under
    TYPE_CHECKING alike (`from a import b` counts as importing a.b when b is a module)."""
    modules = {_module_name(path, package): path for path in package.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges: set[str] = set()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                edges |= {alias.name for alias in node.names if alias.name in modules}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    submodule = f"{node.module}.{alias.name}"
                    if submodule in modules:
                        edges.add(submodule)
                    elif node.module in modules:
                        edges.add(node.module)
        graph[name] = edges - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> Iterator[None]:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                yield from visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))
        yield

    for start in sorted(graph):
        if start not in index:
            for _ in visit(start):
                pass
    return sorted(found)


def test_no_import_cycle_anywhere_in_the_package() -> None:
    assert cycles(import_graph(PACKAGE)) == []


def test_the_cycle_finder_finds_a_cycle_through_a_type_checking_import(tmp_path: Path) -> None:
    package = tmp_path / "mesolog"
    (package / "ui").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "ui" / "__init__.py").write_text("")
    (package / "ui" / "menu.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from mesolog.ui.window import Window\n"
    )
    (package / "ui" / "window.py").write_text("from mesolog.ui import menu\n")
    (package / "ui" / "alone.py").write_text("import mesolog.ui.window\n")
    assert cycles(import_graph(package)) == [["mesolog.ui.menu", "mesolog.ui.window"]]


def _room(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 3 and parts[:2] == ["mesolog", "ui"] else None


def test_a_window_rooms_private_modules_are_used_only_inside_the_room() -> None:
    graph = import_graph(PACKAGE)
    offences = [
        f"{importer} imports {target}"
        for importer, targets in sorted(graph.items())
        for target in sorted(targets)
        if (room := _room(target)) is not None
        and target.rsplit(".", 1)[-1].startswith("_")
        and not target.endswith("__init__")
        and _room(importer) != room
    ]
    assert offences == []


def test_each_window_room_is_a_package_and_holds_no_loose_modules() -> None:
    ui = PACKAGE / "ui"
    loose = sorted(p.name for p in ui.glob("*.py") if p.name != "__init__.py")
    rooms = [p for p in ui.iterdir() if p.is_dir() and p.name != "__pycache__"]
    assert loose == []
    assert all((room / "__init__.py").is_file() for room in rooms)


def test_no_module_is_over_400_lines() -> None:
    """Migrations are history, never edited, and are left out."""
    migrations = PACKAGE / "persistence" / "migrations" / "versions"
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if migrations not in path.parents
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}


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
