"""clinical photos: the photos and their images, the patient's photo consent, and their guards

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08

A photo's record (what it shows, its thumbnail, the facts of its image) in photos, its
image in photo_images so that a list never reads it; both in the database, so that they
are encrypted, backed up, verified and shared between workstations with every other
record. A photo is never changed or deleted, only voided (persistence.guards); patients
get the day they agreed to photos (NULL: no photos). Existing rows keep their digests:
photo_consent_on is left out of a patient's digest while it is NULL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from mesolog.persistence import guards

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PHOTO_KEPT_WHILE_VOIDING = (
    "added_at", "added_by", "byte_size", "height_px", "id", "label", "media_type", "moment",
    "patient_id", "session_id", "sha256", "taken_at", "thumbnail", "uuid", "view", "width_px",
)  # fmt: skip
"""The columns of photos at 0010 that voiding one leaves unchanged."""
TABLES = ("photos", "photo_images")


def upgrade() -> None:
    op.add_column("patients", sa.Column("photo_consent_on", sa.Date(), nullable=True))
    op.create_table(
        "photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column(
            "view",
            sa.Enum(
                "front", "left_45", "right_45", "left_profile", "right_profile", "free",
                name="photo_view", native_enum=False, create_constraint=True, length=13,
            ),
            nullable=False,
        ),
        sa.Column(
            "moment",
            sa.Enum(
                "before", "after", "follow_up",
                name="photo_moment", native_enum=False, create_constraint=True, length=9,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("media_type", sa.String(length=20), nullable=False),
        sa.Column("width_px", sa.Integer(), nullable=False),
        sa.Column("height_px", sa.Integer(), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("taken_at", sa.String(length=40), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by", sa.String(length=100), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.CheckConstraint("width_px > 0 AND height_px > 0", name=op.f("ck_photos_pixels")),
        sa.CheckConstraint("byte_size > 0", name=op.f("ck_photos_byte_size")),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_photos_sha256")),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_photos_patient_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_photos_session_id_sessions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photos")),
        sa.UniqueConstraint("uuid", name=op.f("uq_photos_uuid")),
    )  # fmt: skip
    op.create_index(op.f("ix_photos_session_id"), "photos", ["session_id"])
    op.create_index("ix_photos_patient_id_added_at", "photos", ["patient_id", "added_at"])
    op.create_table(
        "photo_images",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photos.id"], name=op.f("fk_photo_images_photo_id_photos")
        ),
        sa.PrimaryKeyConstraint("photo_id", name=op.f("pk_photo_images")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for name, body in guards.photo_postgresql_functions().items():
            op.execute(guards.create_function_sql(name, body))
        for made in (*guards.photo_postgresql_triggers(), *guards.postgresql_triggers(TABLES)):
            if made.table in TABLES:
                op.execute(guards.create_trigger_sql(made))
        return
    for trigger in guards.photo_sqlite_triggers(PHOTO_KEPT_WHILE_VOIDING):
        op.execute(trigger.sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER {table}_not_truncated ON {table}")
            op.execute(f"DROP TRIGGER {table}_locked ON {table}")
            op.execute(f"DROP FUNCTION mesolog_lock_{table}()")
    op.drop_table("photo_images")
    op.drop_table("photos")
    op.drop_column("patients", "photo_consent_on")
