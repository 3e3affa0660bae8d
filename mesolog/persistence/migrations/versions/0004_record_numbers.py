"""record numbers: compared however typed, and the clinic's series

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05

Each patient gets `record_key`, the record number without case, separators and leading
zeros (domain.record_numbers), and the search terms that find the number however it is
typed (`mc12`, `12`, `mc0012` for MC-0012). The clinic settings get the example number
new patients are numbered after (empty: like most of the clinic's numbers).

A downgrade leaves the added search terms: the older version finds a little more with
them, and rebuilds a patient's terms when the patient is next saved.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from mesolog.domain.record_numbers import record_key, record_number_terms

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 500
patients = sa.table(
    "patients",
    sa.column("id", sa.Integer()),
    sa.column("record_number", sa.String()),
    sa.column("record_key", sa.String()),
)
terms = sa.table(
    "patient_search_terms", sa.column("patient_id", sa.Integer()), sa.column("term", sa.String())
)


def upgrade() -> None:
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_key", sa.String(length=40), nullable=True))
        batch_op.create_index(batch_op.f("ix_patients_record_key"), ["record_key"], unique=False)
    with op.batch_alter_table("clinic_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "record_number_pattern", sa.String(length=40), nullable=False, server_default=""
            )
        )
    _fill_record_keys_and_terms()


def _fill_record_keys_and_terms() -> None:
    connection = op.get_bind()
    after = 0
    while True:
        rows = connection.execute(
            sa.select(patients.c.id, patients.c.record_number)
            .where(patients.c.id > after, patients.c.record_number.is_not(None))
            .order_by(patients.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        ids = [row.id for row in rows]
        present: dict[int, set[str]] = {}
        for patient_id, term in connection.execute(
            sa.select(terms.c.patient_id, terms.c.term).where(terms.c.patient_id.in_(ids))
        ):
            present.setdefault(patient_id, set()).add(term)
        keys = [{"b_id": row.id, "key": record_key(row.record_number) or None} for row in rows]
        connection.execute(
            patients.update()
            .where(patients.c.id == sa.bindparam("b_id"))
            .values(record_key=sa.bindparam("key")),
            keys,
        )
        added = [
            {"patient_id": row.id, "term": term}
            for row in rows
            for term in sorted({t[:100] for t in record_number_terms(row.record_number)})
            if term not in present.get(row.id, set())
        ]
        if added:
            connection.execute(terms.insert(), added)
        after = ids[-1]


def downgrade() -> None:
    with op.batch_alter_table("clinic_settings", schema=None) as batch_op:
        batch_op.drop_column("record_number_pattern")
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patients_record_key"))
        batch_op.drop_column("record_key")
