"""The window's start imports only what it needs: the revision check without alembic, and
none of the heavy libraries that only some rooms use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from mesolog.persistence.migrate import alembic_config
from mesolog.persistence.revision import HEAD_REVISION

ROOT = Path(__file__).parent.parent


def test_the_revision_constant_is_the_head_of_the_shipped_migrations() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


HEAVY = (
    "alembic",
    "reportlab",
    "biip",
    "svgelements",
    "PIL",
    "jsonschema",
    "cryptography",
    "argon2",
)
"""Libraries the window's start does without: each is imported by the room or the step that
uses it (migrations, PDFs, scans, diagrams, photos, transfers, backups, passwords)."""


def _loaded(code: str, modules: tuple[str, ...]) -> list[str]:
    """Which of `modules` a fresh interpreter has imported after running `code`."""
    check = f"{code}; print(' '.join(n for n in sys.argv[1:] if n in sys.modules))"
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; {check}", *modules],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.split()


def test_importing_the_application_imports_none_of_the_heavy_libraries() -> None:
    """The window's module, and the command line's the window starts through."""
    loaded = _loaded("import mesolog.app, mesolog.cli.main", HEAVY)
    assert loaded == [], f"imported at the window's start: {', '.join(loaded)}"


DATABASE = ("sqlalchemy.orm", "mesolog.persistence.models", "mesolog.services.clinic")
"""What opens the database: imported once the start shell has painted, not before."""


def test_the_start_shell_is_shown_before_the_database_is_imported() -> None:
    """The command line's arguments without a command read, the application made and the
    shell built: what runs before the shell's first paint."""
    shown = (
        "from mesolog.cli.main import parse; from mesolog.app import application; "
        "from mesolog.ui.window.start_shell import StartShell; "
        "assert parse(['--db', 'clinic.sqlite']).command is None; "
        "application(); StartShell().show()"
    )
    loaded = _loaded(shown, DATABASE)
    assert loaded == [], f"imported before the start shell paints: {', '.join(loaded)}"
