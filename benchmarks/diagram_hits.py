"""Times hit-testing the anatomical diagrams, and reading them.

    .venv/bin/python benchmarks/diagram_hits.py [--points N] [--runs R]

For each diagram, `zone_at` over N random points (the median of R runs, per call and for
all N); then reading all seven files cold (caches cleared: parse, flatten, index), and
every zone's `centroid` cold, each the median of R runs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from mesolog.diagrams import hits, loading
from mesolog.domain.diagram_ids import DIAGRAM_ZONES, Diagram


def _clear() -> None:
    # the module's caches, private: a cold start without a new process
    loading.drawing.cache_clear()
    hits._outlines.cache_clear()
    hits.centroid.cache_clear()


def _load_all() -> None:
    for diagram in Diagram:
        hits.zone_at(diagram, 0.5, 0.5)  # reads the file and indexes its zones


def _cold(work: Callable[[], None], runs: int) -> float:
    times = []
    for _ in range(runs):
        _clear()
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def _centroids() -> None:
    _load_all()
    for zones in DIAGRAM_ZONES.values():
        for zone in zones:
            hits.centroid(zone)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(12)
    _load_all()
    for diagram in Diagram:
        points = [(rng.random(), rng.random()) for _ in range(args.points)]
        runs, found = [], 0
        for _ in range(args.runs):
            began = time.perf_counter()
            found = sum(1 for x, y in points if hits.zone_at(diagram, x, y) is not None)
            runs.append(time.perf_counter() - began)
        median = statistics.median(runs)
        print(
            f"zone_at {diagram.value:17} {len(DIAGRAM_ZONES[diagram]):2d} zones  "
            f"{found / args.points:4.0%} of points in one  "
            f"median {median / args.points * 1e6:5.1f} µs a call, "
            f"{median * 1000:6.1f} ms for {args.points}"
        )
    print(f"all seven diagrams read cold: median {_cold(_load_all, args.runs) * 1000:6.1f} ms")
    zones = sum(len(z) for z in DIAGRAM_ZONES.values())
    print(
        f"all {zones} zones' centroids cold (reading included): "
        f"median {_cold(_centroids, args.runs) * 1000:6.1f} ms"
    )


if __name__ == "__main__":
    main()
