"""Every table of the schema is accounted for by the completeness check of the audit log
(persistence/audit_coverage.py): a table added later must say whether its rows are records
with entries of their own, parts of a record's digest, or not records at all."""

from __future__ import annotations

from mesolog.persistence.audit_coverage import AUDITED, NOT_RECORDS, PARTS
from mesolog.persistence.base import Base
from mesolog.persistence.digests import CHILDREN


def test_every_table_is_of_exactly_one_kind() -> None:
    kinds = [AUDITED, set(PARTS), set(NOT_RECORDS)]
    assert set().union(*kinds) == set(Base.metadata.tables)
    assert sum(len(kind) for kind in kinds) == len(Base.metadata.tables)


def _within_digest(table: str) -> set[str]:
    """The tables a record's digest takes in, through its children's children."""
    found: set[str] = set()
    for relation in CHILDREN.get(table, ()):
        [child] = [
            r.mapper.local_table.name  # type: ignore[attr-defined]
            for mapper in Base.registry.mappers
            if mapper.local_table.name == table  # type: ignore[attr-defined]
            for r in mapper.relationships
            if r.key == relation
        ]
        found |= {child} | _within_digest(child)
    return found


def test_each_part_is_within_its_records_digest() -> None:
    for part, record in PARTS.items():
        assert record in AUDITED
        assert part in _within_digest(record), part
