"""product uses: units given of a product counted in units; the name's key, indexed

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05

A product counted in units (an ampoule, a vial, U) records how many a session gave beside
the volume injected (`units`, none for the rows before it: the digests leave it out while
it is empty). Recall and what is left of a lot find a product's uses by its name folded
(domain.products.name_key): that search read every stored spelling first, then the rows
by name, the whole table at 50,000 patients. The key is now a column written with the
name, derived (left out of digests) and indexed with the line it is on and whether it was
voided, so that a search finds its lines without reading the rows it leaves out. Existing
rows get theirs here in one UPDATE from a temporary table of each stored spelling's key,
with the signed parts' update guards lifted for it and made again as the guards catalogue
makes them (as 0015 did), and the index made after it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from mesolog.domain.products import name_key
from mesolog.persistence import guards

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "product_uses"


def upgrade() -> None:
    op.add_column(TABLE, sa.Column("product_key", sa.Text(), nullable=False, server_default=""))
    op.add_column(TABLE, sa.Column("units", sa.Double(), nullable=True))
    _fill_keys()
    op.create_index(
        "ix_product_uses_product_key", TABLE, ["product_key", "treatment_line_id", "voided_at"]
    )


def _fill_keys() -> None:
    """Every row's key in one UPDATE, from a temporary table of each spelling's key; the
    index is made after it (an UPDATE a spelling, with the index kept up at each, took
    38 s at 822,000 uses)."""
    bind = op.get_bind()
    names = bind.scalars(sa.text(f"SELECT DISTINCT product_name FROM {TABLE}")).all()
    keys = [{"name": name, "key": name_key(name)} for name in names if name_key(name)]
    if not keys:
        return
    op.execute("CREATE TEMPORARY TABLE product_keys (name TEXT PRIMARY KEY, key TEXT NOT NULL)")
    bind.execute(sa.text("INSERT INTO product_keys (name, key) VALUES (:name, :key)"), keys)
    if bind.dialect.name == "postgresql":
        op.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER {TABLE}_signed_locked")
        op.execute(
            f"UPDATE {TABLE} SET product_key = k.key FROM product_keys k "
            f"WHERE k.name = {TABLE}.product_name"
        )
        op.execute(f"ALTER TABLE {TABLE} ENABLE TRIGGER {TABLE}_signed_locked")
    else:
        locks = [
            trigger
            for trigger in guards.sqlite_triggers(())
            if trigger.table == TABLE and " BEFORE UPDATE " in trigger.sql
        ]
        for trigger in locks:
            op.execute(f"DROP TRIGGER {trigger.name}")
        op.execute(
            f"UPDATE {TABLE} SET product_key = (SELECT k.key FROM product_keys k "
            f"WHERE k.name = {TABLE}.product_name) "
            "WHERE product_name IN (SELECT name FROM product_keys)"
        )
        for trigger in locks:
            op.execute(trigger.sql)
    op.execute("DROP TABLE product_keys")


def downgrade() -> None:
    op.drop_index("ix_product_uses_product_key", TABLE)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_column("units")
        batch_op.drop_column("product_key")
    if op.get_bind().dialect.name == "sqlite":  # the batch copy of the table lost its locks
        for trigger in guards.sqlite_triggers(()):
            if trigger.table == TABLE:
                op.execute(trigger.sql)
