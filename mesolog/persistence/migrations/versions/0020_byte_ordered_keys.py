"""folded keys in byte order on PostgreSQL, whatever the database's collation

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06

PostgreSQL only: patients.sort_key, products.name_key, protocol_templates.name_key and lots.lot_key
take the "C" collation (persistence.base.byte_ordered), as the search terms had from the
start. A server created with a linguistic collation (el_GR.UTF-8, en_US.UTF-8) ignores the
separator between family and given name, so its patient list put "Papadopoulos, Anna"
before "Papa, Maria", unlike SQLite. The values are unchanged; the indexes are rebuilt.
SQLite compares text byte-wise already.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEYS = (
    ("patients", "sort_key", 210),
    ("products", "name_key", 200),
    ("protocol_templates", "name_key", 100),
    ("lots", "lot_key", 60),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, length in KEYS:
        op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR({length}) COLLATE "C"')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, length in KEYS:
        op.execute(
            f'ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR({length}) COLLATE "default"'
        )
