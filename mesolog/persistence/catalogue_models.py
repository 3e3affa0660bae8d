"""The tables of the product catalogue: products and their lots (domain.products).

Sessions do not point at them: a session keeps its own copy of what it used, and the two
meet by the product's folded name and the lot's upper-cased number (`name_key`, `lot_key`,
each unique here)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesolog.domain import limits
from mesolog.domain.enums import Solution
from mesolog.domain.products import MANUFACTURER_MAX, ProductUnit
from mesolog.persistence.base import Base, byte_ordered, enum_column_type, version_column


class ProductRow(Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("price_per_unit_cents >= 0", name="price_per_unit_cents"),
        CheckConstraint("default_volume > 0", name="default_volume"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(limits.PRODUCT_NAME_MAX))
    name_key: Mapped[str] = mapped_column(byte_ordered(limits.PRODUCT_NAME_MAX), unique=True)
    """The name folded (domain.products.name_key): two products never share it."""
    solution: Mapped[Solution] = mapped_column(enum_column_type(Solution, "solution"))
    manufacturer: Mapped[str] = mapped_column(String(MANUFACTURER_MAX), default="")
    concentration: Mapped[str] = mapped_column(String(limits.CONCENTRATION_MAX), default="")
    unit: Mapped[ProductUnit] = mapped_column(enum_column_type(ProductUnit, "product_unit"))
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)
    default_volume: Mapped[float | None]
    price_per_unit_cents: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(default="")
    created_at: Mapped[dt.datetime]
    retired_at: Mapped[dt.datetime | None]
    version: Mapped[int] = version_column()

    lots: Mapped[list[LotRow]] = relationship(back_populates="product")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class LotRow(Base):
    __tablename__ = "lots"
    __table_args__ = (
        UniqueConstraint("product_id", "lot_key"),
        CheckConstraint("quantity_received > 0", name="quantity_received"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    lot_number: Mapped[str] = mapped_column(String(limits.LOT_NUMBER_MAX))
    lot_key: Mapped[str] = mapped_column(byte_ordered(limits.LOT_NUMBER_MAX), index=True)
    """The lot number upper-cased (domain.products.lot_key), as sessions are searched by."""
    expiry_date: Mapped[dt.date]
    received_on: Mapped[dt.date | None]
    quantity_received: Mapped[float | None]
    created_at: Mapped[dt.datetime]
    version: Mapped[int] = version_column()

    product: Mapped[ProductRow] = relationship(back_populates="lots")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
