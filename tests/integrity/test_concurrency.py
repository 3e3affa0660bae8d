"""Four workstations writing to one clinic file at the same moment: no one sees an error
("database is locked" or any other), and every record each reported is stored whole.

tests/persistence/test_engine.py shows that the engine's writers queue (threads, raw
rows); this is the application's version: processes, `Clinic.open`, the services.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.integrity.concurrency_harness import run_concurrent_writers

PROCESSES = 4
WRITES = 30


@pytest.mark.slow
def test_concurrent_workstations_all_succeed(tmp_path: Path) -> None:
    seed = random.SystemRandom().getrandbits(32)
    report = run_concurrent_writers(
        tmp_path / "clinic.sqlite", processes=PROCESSES, writes=WRITES, seed=seed
    )
    summary = f"seed {seed}\n{report.figures()}\n" + "\n".join(
        report.errors[:20] + report.lost[:20]
    )
    assert report.errors == [], summary
    assert report.lost == [], summary
    assert report.integrity == "ok", summary
    assert report.calls == PROCESSES * WRITES, summary
    assert report.sessions > PROCESSES * WRITES // 3, summary
    assert report.overlap_s > 0, summary  # they did write at the same time
