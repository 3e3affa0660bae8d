"""change notifications: the audit log tells the other workstations that records changed

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06

PostgreSQL only: a statement trigger on audit_log calls pg_notify('mesolog_changes', '')
(persistence.guards), delivered at commit to the windows listening (persistence.change_feed).
SQLite needs nothing: a window asks its file's PRAGMA data_version.
"""

from collections.abc import Sequence

from alembic import op

from mesolog.persistence import guards

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, body in guards.notify_postgresql_functions().items():
        op.execute(guards.create_function_sql(name, body))
    for trigger in guards.notify_postgresql_triggers():
        op.execute(guards.create_trigger_sql(trigger))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for trigger in guards.notify_postgresql_triggers():
        op.execute(f"DROP TRIGGER {trigger.name} ON {trigger.table}")
    for name in guards.notify_postgresql_functions():
        op.execute(f"DROP FUNCTION {name}()")
