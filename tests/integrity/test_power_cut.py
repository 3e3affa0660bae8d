"""Power cuts on LazyFS under the main write paths lose nothing acknowledged and leave files
that pass `mesolog check` and `mesolog audit verify`; and the same run with `synchronous`
weakened by the harness does lose writes, so the run can fail (power_cut_harness.py;
benchmarks/power_cut.py runs every path, a thousand cuts)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integrity.power_cut_clinic import Templates, make_templates
from tests.integrity.power_cut_harness import PowerCutTrial
from tests.integrity.power_cut_mount import LazyFS, lazyfs_or_reason

CUTS = [
    pytest.param("sessions", 6),
    pytest.param("sessions (encrypted db)", 3),
    pytest.param("editor autosave", 3),
    pytest.param("backup", 4),
    pytest.param("restore", 4),
]
"""20 cuts over the main paths."""
WEAKENED_CUTS = 2


@pytest.fixture(scope="module")
def lazyfs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LazyFS, Templates]]:
    binary = lazyfs_or_reason()
    if isinstance(binary, str):
        pytest.skip(f"no power-cut run: {binary}")
    work = tmp_path_factory.mktemp("power-cut")
    templates = make_templates(work / "templates")
    fs = LazyFS(binary, work / "root", work / "mnt", work / "lazyfs")
    try:
        fs.start()
    except RuntimeError as error:
        fs.close()
        pytest.skip(f"no power-cut run: LazyFS does not mount here ({error})")
    try:
        yield fs, templates
    finally:
        fs.close()


@pytest.mark.slow
@pytest.mark.parametrize(("path", "cuts"), CUTS)
def test_a_power_cut_loses_nothing_acknowledged(
    lazyfs: tuple[LazyFS, Templates], path: str, cuts: int
) -> None:
    fs, templates = lazyfs
    figures = PowerCutTrial(fs, templates, seed=len(path)).run(path, cuts)
    assert figures.acknowledged > 0
    assert figures.lost == 0, figures.problems
    assert figures.failed_checks == 0, figures.problems


@pytest.mark.slow
def test_with_synchronous_weakened_the_run_reports_lost_writes(
    lazyfs: tuple[LazyFS, Templates],
) -> None:
    fs, templates = lazyfs
    trial = PowerCutTrial(fs, templates, seed=3, weaken="NORMAL")
    figures = trial.run("sessions", WEAKENED_CUTS)
    assert figures.lost > 0, figures
