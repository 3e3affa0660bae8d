"""Reading a file to import: the domain's rules checked on every record, with JSON paths."""

from __future__ import annotations

import copy

import pytest

from mesolog.domain.errors import ValidationError
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_import import ImportService
from tests.conftest import FixedClock
from tests.services.transfer_support import Document, document_bytes, first_session


def test_domain_rules_are_checked_on_import_with_json_paths(
    demo_document: Document, empty: Clinic, clock: FixedClock
) -> None:
    bad = copy.deepcopy(demo_document)
    index, session = first_session(bad)
    session["performed_at"] = (clock().replace(year=2030)).isoformat()
    line = session["treatments"][0]
    line["technique"] = {"kind": "needle", "gauge": 30, "length_mm": 2, "depth_mm": 3}
    with pytest.raises(ValidationError) as refused:
        ImportService(empty.context).import_bytes(document_bytes(bad))
    paths = {v.path for v in refused.value.violations}
    base = f"patients[{index}].sessions[0]"
    assert f"{base}.performed_at" in paths
    assert f"{base}.treatments[0].technique.depth_mm" in paths
    assert empty.patients.search("") == []
