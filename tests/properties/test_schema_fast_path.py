"""The schema's fast path (jsonschema-rs) accepts only what jsonschema accepts.

Over mutations of a real export (the demo clinic's, charts, voidings and photos
included) and of a version 1 document: whenever the fast check finds a document valid,
jsonschema finds no fault in it either, so that skipping jsonschema loses no message.
"""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from mesolog.interchange.schema import fast_accepts, worded_violations
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from tests.conftest import FixedClock
from tests.interchange.samples import minimal
from tests.properties.documents import Json, mutations
from tests.properties.importer_world import small
from tests.properties.support import LONG_REPRS_REPORTED, examples

pytestmark = LONG_REPRS_REPORTED


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Json:
    folder = tmp_path_factory.mktemp("fast_path")
    clock = FixedClock(dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC))
    with Clinic.open(str(folder / "demo.sqlite"), actor="tester", clock=clock) as clinic:
        DemoService(clinic.context).fill()
        return small(clinic.exports.export_document())


@pytest.fixture
def document(export: Json) -> Json:
    return copy.deepcopy(export)


def test_an_unchanged_export_takes_the_fast_path(export: Json) -> None:
    assert fast_accepts(export)
    assert worded_violations(export) == []


@pytest.mark.parametrize("name", ["\x1c", "\x1f", "\u2028", " \u3000"])
def test_a_name_python_reads_as_space_is_left_to_jsonschema(document: Json, name: str) -> None:
    """Rust's `\\S` takes U+001C–U+001F for text; jsonschema's (Python's) for space."""
    document["patients"][0]["family_name"] = name
    assert not fast_accepts(document)
    assert [v.path for v in worded_violations(document)] == ["patients[0].family_name"]


@examples(100)
@given(data=st.data())
def test_what_the_fast_path_accepts_jsonschema_accepts(export: Json, data: st.DataObject) -> None:
    base = data.draw(st.sampled_from([export, minimal()]), label="base")
    document = data.draw(mutations(base), label="mutated").document
    accepted = fast_accepts(document)
    event("fast path accepts" if accepted else "fast path refuses")
    if accepted:
        assert worded_violations(document) == []
