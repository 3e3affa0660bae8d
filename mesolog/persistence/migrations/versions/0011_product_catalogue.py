"""product catalogue: the clinic's products and their lots, and product uses by lot

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

Two tables of records (domain.products), audited and never emptied (PostgreSQL's
TRUNCATE guard, persistence.guards). Sessions are not changed: they keep their own copy
of the product and lot they used, and are found by lot through an index on the
upper-cased lot number of product_uses, as recall searches them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from mesolog.persistence import guards

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("products", "lots")


def upgrade() -> None:
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column(
            "solution",
            sa.Enum(
                "hyaluronic_acid", "dmae", "caffeine", "phosphatidylcholine", "vitamins",
                "amino_acids", "peptides", "other",
                name="solution", native_enum=False, create_constraint=True, length=19,
            ),
            nullable=False,
        ),
        sa.Column("manufacturer", sa.String(length=100), nullable=False),
        sa.Column("concentration", sa.String(length=100), nullable=False),
        sa.Column(
            "unit",
            sa.Enum(
                "ml", "units",
                name="product_unit", native_enum=False, create_constraint=True, length=5,
            ),
            nullable=False,
        ),
        sa.Column("gtin", sa.String(length=14), nullable=True),
        sa.Column("default_volume", sa.Double(), nullable=True),
        sa.Column("price_per_unit_cents", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("default_volume > 0", name=op.f("ck_products_default_volume")),
        sa.CheckConstraint(
            "price_per_unit_cents >= 0", name=op.f("ck_products_price_per_unit_cents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
        sa.UniqueConstraint("gtin", name=op.f("uq_products_gtin")),
        sa.UniqueConstraint("name_key", name=op.f("uq_products_name_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_products_uuid")),
    )  # fmt: skip
    op.create_table(
        "lots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("lot_number", sa.String(length=60), nullable=False),
        sa.Column("lot_key", sa.String(length=60), nullable=False),
        sa.Column("expiry_date", sa.Date(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("quantity_received", sa.Double(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("quantity_received > 0", name=op.f("ck_lots_quantity_received")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_lots_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lots")),
        sa.UniqueConstraint("product_id", "lot_key", name=op.f("uq_lots_product_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_lots_uuid")),
    )
    op.create_index(op.f("ix_lots_lot_key"), "lots", ["lot_key"])
    op.create_index("ix_product_uses_lot_key", "product_uses", [sa.text("upper(lot_number)")])
    if op.get_bind().dialect.name == "postgresql":
        for made in guards.postgresql_triggers(TABLES):
            if made.table in TABLES:
                op.execute(guards.create_trigger_sql(made))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER {table}_not_truncated ON {table}")
    op.drop_index("ix_product_uses_lot_key", "product_uses")
    op.drop_table("lots")
    op.drop_table("products")
