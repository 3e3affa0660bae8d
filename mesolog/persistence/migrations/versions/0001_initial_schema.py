"""initial schema

Revision ID: 0001
Revises: (none, the first schema)
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_uuid", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_entity_uuid"), ["entity_uuid"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_occurred_at"), ["occurred_at"], unique=False)

    op.create_table(
        "clinic_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("needle_gauge", sa.Integer(), nullable=False),
        sa.Column("needle_length_mm", sa.Double(), nullable=False),
        sa.Column("needle_depth_mm", sa.Double(), nullable=False),
        sa.Column("pen_needle_count", sa.Integer(), nullable=False),
        sa.Column("pen_depth_mm", sa.Double(), nullable=False),
        sa.Column("pen_penetrations_per_second", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_clinic_settings_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_settings")),
    )
    op.create_table(
        "clinicians",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "clinician",
                "assistant",
                "admin",
                name="role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinicians")),
        sa.UniqueConstraint("name", name=op.f("uq_clinicians_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_clinicians_uuid")),
    )
    op.create_table(
        "patients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("record_number", sa.String(length=40), nullable=True),
        sa.Column("family_name", sa.String(length=100), nullable=False),
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column(
            "sex",
            sa.Enum(
                "female",
                "male",
                "other",
                "unknown",
                name="sex",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column(
            "fitzpatrick_type",
            sa.Enum(
                "I",
                "II",
                "III",
                "IV",
                "V",
                "VI",
                name="fitzpatrick_type",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("allergies", sa.Text(), nullable=False),
        sa.Column("medications", sa.Text(), nullable=False),
        sa.Column("medical_history", sa.Text(), nullable=False),
        sa.Column("consent_signed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(length=210), nullable=False),
        sa.Column("last_session_on", sa.Date(), nullable=True),
        sa.Column("next_due_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by", sa.String(length=100), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patients")),
        sa.UniqueConstraint("record_number", name=op.f("uq_patients_record_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_patients_uuid")),
    )
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_patients_last_session_on"), ["last_session_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_patients_next_due_on"), ["next_due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_patients_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "courses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column(
            "indication",
            sa.Enum(
                "hydration_tightening",
                "wrinkles",
                "radiance_regeneration",
                "eye_bags_periorbital",
                "pores_acne_scars",
                "stretch_marks",
                "cellulite_firming",
                "post_operative_scars",
                "other",
                name="indication",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("protocol", sa.String(length=200), nullable=False),
        sa.Column("planned_sessions", sa.Integer(), nullable=False),
        sa.Column("initial_interval_days", sa.Integer(), nullable=False),
        sa.Column("maintenance_interval_days", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "completed",
                "stopped",
                name="course_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("maintenance_from", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by", sa.String(length=100), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "initial_interval_days BETWEEN 7 AND 60", name=op.f("ck_courses_initial_interval")
        ),
        sa.CheckConstraint(
            "maintenance_interval_days BETWEEN 7 AND 180",
            name=op.f("ck_courses_maintenance_interval"),
        ),
        sa.CheckConstraint(
            "planned_sessions BETWEEN 1 AND 20", name=op.f("ck_courses_planned_sessions")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_courses_patient_id_patients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courses")),
        sa.UniqueConstraint("uuid", name=op.f("uq_courses_uuid")),
    )
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_courses_patient_id"), ["patient_id"], unique=False)

    op.create_table(
        "patient_search_terms",
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column(
            "term",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
            name=op.f("fk_patient_search_terms_patient_id_patients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("patient_id", "term", name=op.f("pk_patient_search_terms")),
    )
    with op.batch_alter_table("patient_search_terms", schema=None) as batch_op:
        batch_op.create_index("ix_patient_search_terms_term", ["term"], unique=False)

    op.create_table(
        "course_areas",
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "area",
            sa.Enum(
                "forehead",
                "periorbital",
                "cheeks",
                "perioral",
                "jawline",
                "full_face",
                "scalp",
                "neck",
                "decolletage",
                "hands",
                "arms",
                "abdomen",
                "flanks",
                "back",
                "buttocks",
                "thighs",
                "knees",
                "scar_site",
                "other",
                name="area",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["course_id"], ["courses.id"], name=op.f("fk_course_areas_course_id_courses")
        ),
        sa.PrimaryKeyConstraint("course_id", "position", name=op.f("pk_course_areas")),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=True),
        sa.Column("clinician_id", sa.Integer(), nullable=False),
        sa.Column("performed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("performed_at_utc_offset", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft", "signed", name="session_status", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signed_by", sa.String(length=100), nullable=True),
        sa.Column("nsaids_paused_days", sa.Integer(), nullable=True),
        sa.Column("topical_anaesthetic", sa.String(length=200), nullable=True),
        sa.Column("consent_confirmed", sa.Boolean(), nullable=False),
        sa.Column("improvement_score", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("amends_id", sa.Integer(), nullable=True),
        sa.Column("amendment_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by", sa.String(length=100), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "(status = 'signed') = (signed_at IS NOT NULL)",
            name=op.f("ck_sessions_signed_when_signed_at"),
        ),
        sa.CheckConstraint(
            "improvement_score BETWEEN 0 AND 10", name=op.f("ck_sessions_improvement_score")
        ),
        sa.CheckConstraint(
            "nsaids_paused_days BETWEEN 0 AND 365", name=op.f("ck_sessions_nsaids_paused_days")
        ),
        sa.CheckConstraint(
            "performed_at_utc_offset BETWEEN -1080 AND 1080",
            name=op.f("ck_sessions_performed_at_utc_offset"),
        ),
        sa.ForeignKeyConstraint(
            ["amends_id"], ["sessions.id"], name=op.f("fk_sessions_amends_id_sessions")
        ),
        sa.ForeignKeyConstraint(
            ["clinician_id"], ["clinicians.id"], name=op.f("fk_sessions_clinician_id_clinicians")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"], ["courses.id"], name=op.f("fk_sessions_course_id_courses")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_sessions_patient_id_patients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_sessions_uuid")),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sessions_amends_id"), ["amends_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sessions_clinician_id"), ["clinician_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sessions_course_id"), ["course_id"], unique=False)
        batch_op.create_index(
            "ix_sessions_patient_id_performed_at", ["patient_id", "performed_at"], unique=False
        )

    op.create_table(
        "editor_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("saved_by", sa.String(length=100), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_editor_drafts_patient_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_editor_drafts_session_id_sessions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_editor_drafts")),
        sa.UniqueConstraint("uuid", name=op.f("uq_editor_drafts_uuid")),
    )
    with op.batch_alter_table("editor_drafts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_editor_drafts_patient_id"), ["patient_id"], unique=False
        )

    op.create_table(
        "reactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "nausea",
                "pain",
                "sensitivity",
                "swelling",
                "itching",
                "redness",
                "bruising",
                "discolouration",
                "infection",
                "scarring",
                "other",
                name="reaction_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "severity",
            sa.Enum(
                "mild",
                "moderate",
                "severe",
                name="severity",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "area",
            sa.Enum(
                "forehead",
                "periorbital",
                "cheeks",
                "perioral",
                "jawline",
                "full_face",
                "scalp",
                "neck",
                "decolletage",
                "hands",
                "arms",
                "abdomen",
                "flanks",
                "back",
                "buttocks",
                "thighs",
                "knees",
                "scar_site",
                "other",
                name="area",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "onset",
            sa.Enum(
                "during",
                "same_day",
                "next_days",
                "later",
                name="onset",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by", sa.String(length=100), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_reactions_session_id_sessions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reactions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_reactions_uuid")),
    )
    with op.batch_alter_table("reactions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reactions_session_id"), ["session_id"], unique=False)

    op.create_table(
        "treatment_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "area",
            sa.Enum(
                "forehead",
                "periorbital",
                "cheeks",
                "perioral",
                "jawline",
                "full_face",
                "scalp",
                "neck",
                "decolletage",
                "hands",
                "arms",
                "abdomen",
                "flanks",
                "back",
                "buttocks",
                "thighs",
                "knees",
                "scar_site",
                "other",
                name="area",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("area_detail", sa.String(length=200), nullable=False),
        sa.Column(
            "technique",
            sa.Enum("needle", "pen", name="technique", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("depth_mm", sa.Double(), nullable=False),
        sa.Column("needle_gauge", sa.Integer(), nullable=True),
        sa.Column("needle_length_mm", sa.Double(), nullable=True),
        sa.Column(
            "needle_method",
            sa.Enum(
                "point_by_point",
                "nappage",
                "papule",
                "linear",
                name="needle_method",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("pen_needle_count", sa.Integer(), nullable=True),
        sa.Column("pen_penetrations_per_second", sa.Integer(), nullable=True),
        sa.Column("pen_passes", sa.Integer(), nullable=True),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by", sa.String(length=100), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "(technique = 'needle' AND needle_gauge BETWEEN 27 AND 34 AND needle_length_mm BETWEEN 2 AND 13 AND depth_mm BETWEEN 1 AND 4 AND depth_mm <= needle_length_mm AND pen_needle_count IS NULL AND pen_penetrations_per_second IS NULL) OR (technique = 'pen' AND pen_needle_count BETWEEN 1 AND 42 AND depth_mm BETWEEN 0.25 AND 2.5 AND pen_penetrations_per_second BETWEEN 1 AND 100 AND needle_gauge IS NULL AND needle_length_mm IS NULL)",
            name=op.f("ck_treatment_lines_technique_settings"),
        ),
        sa.CheckConstraint(
            "pen_passes BETWEEN 1 AND 20", name=op.f("ck_treatment_lines_pen_passes")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_treatment_lines_session_id_sessions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_lines")),
        sa.UniqueConstraint("uuid", name=op.f("uq_treatment_lines_uuid")),
    )
    with op.batch_alter_table("treatment_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_treatment_lines_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "product_uses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("treatment_line_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "solution",
            sa.Enum(
                "hyaluronic_acid",
                "dmae",
                "caffeine",
                "phosphatidylcholine",
                "vitamins",
                "amino_acids",
                "peptides",
                "other",
                name="solution",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("product_name", sa.String(length=200), nullable=False),
        sa.Column("concentration", sa.String(length=100), nullable=False),
        sa.Column("volume_ml", sa.Double(), nullable=False),
        sa.Column("lot_number", sa.String(length=60), nullable=False),
        sa.Column("expiry_date", sa.Date(), nullable=True),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by", sa.String(length=100), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "volume_ml > 0 AND volume_ml <= 50", name=op.f("ck_product_uses_volume_ml")
        ),
        sa.ForeignKeyConstraint(
            ["treatment_line_id"],
            ["treatment_lines.id"],
            name=op.f("fk_product_uses_treatment_line_id_treatment_lines"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_uses")),
        sa.UniqueConstraint("uuid", name=op.f("uq_product_uses_uuid")),
    )
    with op.batch_alter_table("product_uses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_product_uses_lot_number"), ["lot_number"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_product_uses_treatment_line_id"), ["treatment_line_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("product_uses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_uses_treatment_line_id"))
        batch_op.drop_index(batch_op.f("ix_product_uses_lot_number"))

    op.drop_table("product_uses")
    with op.batch_alter_table("treatment_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_treatment_lines_session_id"))

    op.drop_table("treatment_lines")
    with op.batch_alter_table("reactions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reactions_session_id"))

    op.drop_table("reactions")
    with op.batch_alter_table("editor_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_editor_drafts_patient_id"))

    op.drop_table("editor_drafts")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_sessions_patient_id_performed_at")
        batch_op.drop_index(batch_op.f("ix_sessions_course_id"))
        batch_op.drop_index(batch_op.f("ix_sessions_clinician_id"))
        batch_op.drop_index(batch_op.f("ix_sessions_amends_id"))

    op.drop_table("sessions")
    op.drop_table("course_areas")
    with op.batch_alter_table("patient_search_terms", schema=None) as batch_op:
        batch_op.drop_index("ix_patient_search_terms_term")

    op.drop_table("patient_search_terms")
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_courses_patient_id"))

    op.drop_table("courses")
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patients_sort_key"))
        batch_op.drop_index(batch_op.f("ix_patients_next_due_on"))
        batch_op.drop_index(batch_op.f("ix_patients_last_session_on"))

    op.drop_table("patients")
    op.drop_table("clinicians")
    op.drop_table("clinic_settings")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_audit_log_entity_uuid"))

    op.drop_table("audit_log")
