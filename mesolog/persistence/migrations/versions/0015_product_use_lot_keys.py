"""product use lot keys: each product use's lot number as lots are compared, indexed

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05

Recall and what is left of a lot find product uses by their lot number stripped and
upper-cased (domain.products.lot_key). The index of 0011 on upper(lot_number) could not
serve that: SQLite's upper() changes ASCII letters only (a lot typed `αβ-12` was never
found as `ΑΒ-12`), and a search that also trimmed spaces scanned the whole table. The key
is now a column written with the lot number, derived (left out of digests, as it adds
nothing to the record) and indexed. Existing rows get theirs here: signed sessions' parts
are locked, so their update guards are lifted for this one UPDATE and made again as the
guards catalogue makes them (persistence.guards), in the migration's transaction.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from mesolog.domain.products import lot_key
from mesolog.persistence import guards

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "product_uses"


def upgrade() -> None:
    op.add_column(
        TABLE, sa.Column("lot_key", sa.String(length=60), nullable=False, server_default="")
    )
    op.drop_index("ix_product_uses_lot_key", TABLE)
    op.create_index(op.f("ix_product_uses_lot_key"), TABLE, ["lot_key"])
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT id, lot_number FROM {TABLE} WHERE lot_number <> ''"))
    keys = [{"id": row_id, "key": lot_key(number)} for row_id, number in rows]
    if not keys:
        return
    update = sa.text(f"UPDATE {TABLE} SET lot_key = :key WHERE id = :id")
    if bind.dialect.name == "postgresql":
        op.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER {TABLE}_signed_locked")
        bind.execute(update, keys)
        op.execute(f"ALTER TABLE {TABLE} ENABLE TRIGGER {TABLE}_signed_locked")
        return
    locks = [
        trigger
        for trigger in guards.sqlite_triggers(())
        if trigger.table == TABLE and " BEFORE UPDATE " in trigger.sql
    ]
    for trigger in locks:
        op.execute(f"DROP TRIGGER {trigger.name}")
    bind.execute(update, keys)
    for trigger in locks:
        op.execute(trigger.sql)


def downgrade() -> None:
    op.drop_index(op.f("ix_product_uses_lot_key"), TABLE)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_column("lot_key")
    op.create_index("ix_product_uses_lot_key", TABLE, [sa.text("upper(lot_number)")])
    if op.get_bind().dialect.name == "sqlite":  # the batch copy of the table lost its locks
        for trigger in guards.sqlite_triggers(()):
            if trigger.table == TABLE:
                op.execute(trigger.sql)
