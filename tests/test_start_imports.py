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


def test_importing_the_application_imports_none_of_the_heavy_libraries() -> None:
    """The window's module, and the command line's the window starts through."""
    check = (
        "import sys, mesolog.app, mesolog.cli.main; "
        "print(' '.join(n for n in sys.argv[1:] if n in sys.modules))"
    )
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", check, *HEAVY],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    loaded = done.stdout.split()
    assert loaded == [], f"imported at the window's start: {', '.join(loaded)}"
