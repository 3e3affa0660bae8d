"""The importer, over generated files: mutations of a real export (a bundle's document, with
charts and photos), random bytes, truncated, re-encoded and deeply nested JSON, damaged
bundles.

The property, for every file and for two target databases (an empty one, and one that
holds part of the file already): `import_bytes` either succeeds, and then the database
holds exactly what it held plus what the file means (records it held already unchanged,
the file's records as the file has them, photos with the bundle's image bytes, the
report's counts right), or it raises ValidationError (a KnownError) whose every violation
names a place in the file (or the bundle's archive), repeats its value and says what is
allowed, and the database is exactly as it was: no row, not even an audit entry. Never
any other exception.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import currently_in_test_context, event, given
from hypothesis import strategies as st

from mesolog.domain.errors import KnownError, ValidationError
from mesolog.interchange.schema_messages import ROOT_PATH
from mesolog.services.clinic import Clinic
from mesolog.services.transfer_import import ImportReport
from tests.properties.documents import Json, Mutated, assert_points_into, mutations, walk, write
from tests.properties.importer_checks import Held, assert_acceptable, assert_merged, meaning
from tests.properties.importer_world import World, make_world
from tests.properties.support import LONG_REPRS_REPORTED, examples, snapshot

pytestmark = LONG_REPRS_REPORTED


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    found = make_world(tmp_path_factory.mktemp("importer"))
    assert len(found.held["holding"].patients) == 1 and found.held["holding"].sessions
    assert found.held["holding"].photos and found.images
    assert found.held["empty"] == Held({}, {}, {}, "", {})
    return found


TARGETS = st.sampled_from(["empty", "holding"])


# --- the outcome of one import ------------------------------------------------------------


def import_once(
    world: World, target: str, data: bytes, document: Json | None
) -> ImportReport | ValidationError:
    """Imports `data` into a copy of `target` and checks the outcome, whichever it is."""
    with world.opened(target) as (clinic, path):
        before = snapshot(path)
        try:
            report = clinic.imports.import_bytes(data)
        except KnownError as error:
            assert snapshot(path) == before, "a refused file changed the database"
            assert isinstance(error, ValidationError), f"{type(error).__name__}: {error}"
            assert str(error).strip()
            assert error.violations
            if document is not None:
                assert_points_into(error.violations, document)
            note(f"refused: {error.violations[0].field or 'the file as a whole'}")
            return error
        note(f"imported into {target}")
        document, file = meaning(data)
        assert_acceptable(document, file, world.held[target])
        assert_imported_twice_changes_nothing(clinic, path, data, report)
        assert_merged(clinic, world.held[target], file, report, data)
        return report


def note(text: str) -> None:
    """Counts outcomes in Hypothesis's statistics (pytest --hypothesis-show-statistics)."""
    if currently_in_test_context():
        event(text)


def assert_imported_twice_changes_nothing(
    clinic: Clinic, path: Path, data: bytes, first: ImportReport
) -> None:
    """The same file again: every record present, nothing written (README)."""
    before = snapshot(path)
    again = clinic.imports.import_bytes(data)
    assert snapshot(path) == before
    assert not again.changed
    assert (
        again.patients_present,
        again.courses_present,
        again.sessions_present,
        again.photos_present,
    ) == (
        first.patients_added + first.patients_present,
        first.courses_added + first.courses_present,
        first.sessions_added + first.sessions_present,
        first.photos_added + first.photos_present,
    )


# --- the properties ---------------------------------------------------------------------------


def test_the_unchanged_export_imports_into_both_targets(world: World) -> None:
    bundle = world.bundled(world.text.encode())
    into_empty = import_once(world, "empty", bundle, world.base)
    assert isinstance(into_empty, ImportReport)
    assert (into_empty.patients_added, into_empty.patients_present) == (3, 0)
    assert (into_empty.photos_added, into_empty.photos_present) == (3, 0)
    assert into_empty.clinic_adopted
    merged = import_once(world, "holding", bundle, world.base)
    assert isinstance(merged, ImportReport)
    assert (merged.patients_added, merged.patients_present) == (2, 1)
    assert merged.sessions_present == len(world.held["holding"].sessions) > 0
    assert (merged.photos_added, merged.photos_present) == (0, 3)
    alone = import_once(world, "empty", world.alone.encode(), None)
    assert isinstance(alone, ImportReport)
    assert (alone.photos_added, alone.photos_left_out) == (0, 3)


@examples(60)
@given(st.data(), TARGETS)
def test_any_mutation_of_an_export_is_imported_right_or_refused_without_a_write(
    world: World, data: st.DataObject, target: str
) -> None:
    mutated: Mutated = data.draw(mutations(world.base), label="mutated")
    encoded = mutated.text.encode()
    if data.draw(st.booleans(), label="byte order mark"):
        encoded = "\ufeff".encode() + encoded
    document = None if mutated.repeated_key else mutated.document
    import_once(world, target, world.bundled(encoded), document)


@st.composite
def damaged(draw: st.DrawFn, text: str) -> bytes:
    """The export's bytes with some bytes changed, inserted or removed, or cut short, or in
    another encoding; or any bytes at all."""
    data = bytearray(text.encode())
    kind = draw(st.sampled_from(["bytes", "cut", "edit", "encoding"]))
    note(f"damage: {kind}")
    if kind == "bytes":
        return draw(st.binary(max_size=3000))
    if kind == "cut":
        return bytes(data[: draw(st.integers(0, len(data) - 1))])
    if kind == "encoding":
        encoding = draw(st.sampled_from(["utf-16", "utf-16-be", "utf-32", "latin-1", "cp1253"]))
        return text.encode(encoding, errors="replace")
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["set", "insert", "delete"]))
        if action == "set":
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=4))
        else:
            del data[at]
    return bytes(data)


@examples(40)
@given(st.data(), TARGETS)
def test_damaged_bytes_are_imported_right_or_refused_without_a_write(
    world: World, data: st.DataObject, target: str
) -> None:
    import_once(world, target, data.draw(damaged(world.alone), label="bytes"), None)


@examples(40)
@given(st.data(), TARGETS)
def test_a_damaged_bundle_is_imported_right_or_refused_without_a_write(
    world: World, data: st.DataObject, target: str
) -> None:
    bundle = bytearray(world.bundled(world.text.encode()))
    kind = data.draw(st.sampled_from(["cut", "edit"]), label="damage")
    if kind == "cut":
        bundle = bundle[: data.draw(st.integers(0, len(bundle) - 1), label="length")]
    for _ in range(data.draw(st.integers(1, 4)) if kind == "edit" else 0):
        at = data.draw(st.integers(0, len(bundle) - 1))
        bundle[at] ^= data.draw(st.integers(1, 255))  # a byte changed
    import_once(world, target, bytes(bundle), None)


@examples(30)
@given(st.data(), TARGETS)
def test_a_file_cut_short_is_refused_as_a_whole(
    world: World, data: st.DataObject, target: str
) -> None:
    encoded = world.alone.encode()
    cut = encoded[: data.draw(st.integers(0, len(encoded) - 1), label="length")]
    with world.opened(target) as (clinic, path):
        before = snapshot(path)
        with pytest.raises(ValidationError) as refused:
            clinic.imports.import_bytes(cut)
        assert snapshot(path) == before
    [violation] = refused.value.violations
    assert (violation.path, str(violation.allowed).split(" (")[0]) in (
        (ROOT_PATH, "well-formed JSON"),
        (ROOT_PATH, "UTF-8 text"),
    )


NESTED_DEPTHS = st.integers(1, 1_200) | st.integers(1_200, 50_000)
"""Depths the parser reads (and the checks then walk), up to its limit and far beyond."""


@examples(30)
@given(st.data(), TARGETS, NESTED_DEPTHS, st.sampled_from(["[", "{", "[, ["]))
def test_deeply_nested_json_is_refused_without_a_write(
    world: World, data: st.DataObject, target: str, depth: int, bracket: str
) -> None:
    locations = [at for at, _ in walk(world.base) if at]
    at = data.draw(st.sampled_from(locations), label="where")
    document = copy.deepcopy(world.base)
    parent = document
    for part in at[:-1]:
        parent = parent[part]
    marker = "\u0001nested\u0001"
    parent[at[-1]] = marker
    if bracket == "{":
        nested = '{"a": ' * depth + "1" + "}" * depth
    else:
        nested = "[" * depth + "]" * depth
        if bracket == "[, [":  # two of them side by side: compared for uniqueItems
            nested = f"[{nested}, {nested}]"
    text = write(document, ensure_ascii=True).replace(json.dumps(marker), nested)
    import_once(world, target, world.bundled(text.encode()), None)
