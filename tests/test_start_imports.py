"""The window's start imports only what it needs: the revision check without alembic, and
none of the heavy libraries that only some rooms use."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from mesolog.persistence.migrate import alembic_config
from mesolog.persistence.revision import HEAD_REVISION


def test_the_revision_constant_is_the_head_of_the_shipped_migrations() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION
