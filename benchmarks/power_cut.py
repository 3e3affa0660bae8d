"""Power cuts under every write path of mesolog, on LazyFS (tests/integrity/power_cut_*).

    .venv/bin/python benchmarks/power_cut.py [--cuts N] [--paths NAME,…] [--seed N]
                                             [--weakened N] [--json FILE]

N cuts of each path (default 80: 13 paths, about 1,000 cuts), then, with --weakened N,
N cuts of the sessions path with `synchronous` set to NORMAL by the harness: that run
must report lost writes. Prints the table path × cuts × acknowledged × lost × failed
checks. LazyFS is built from ../shared/tools/lazyfs into ~/.cache/mesolog-tests on first
use; it needs /dev/fuse and fusermount3 (root, or a container with --device /dev/fuse
--cap-add SYS_ADMIN). Exits with status 1 when a path lost anything or failed a check,
or when the weakened run lost nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.integrity

from tests.integrity.power_cut_clinic import make_templates
from tests.integrity.power_cut_harness import PATHS, PathFigures, PowerCutTrial
from tests.integrity.power_cut_mount import LazyFS, lazyfs_or_reason


def row(figures: PathFigures) -> str:
    return (
        f"| {figures.path} | {figures.cuts} | {figures.acknowledged:,} | {figures.lost} "
        f"| {figures.failed_checks} | {figures.elapsed_s:.0f} s |"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cuts", type=int, default=80)
    parser.add_argument("--paths", default=",".join(PATHS))
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--weakened", type=int, default=20)
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    binary = lazyfs_or_reason()
    if isinstance(binary, str):
        sys.exit(f"cannot run: {binary}")
    names = [name for name in options.paths.split(",") if name]
    results: list[PathFigures] = []
    weakened: PathFigures | None = None
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="power-cut-") as scratch:
        work = Path(scratch)
        templates = make_templates(work / "templates")
        fs = LazyFS(binary, work / "root", work / "mnt", work / "lazyfs")
        fs.start()
        try:
            print("| path | cuts | acknowledged | lost | failed checks | time |")
            print("|---|---|---|---|---|---|")
            for name in names:
                trial = PowerCutTrial(fs, templates, seed=options.seed)
                results.append(trial.run(name, options.cuts))
                print(row(results[-1]), flush=True)
            if options.weakened:
                trial = PowerCutTrial(fs, templates, seed=options.seed, weaken="NORMAL")
                weakened = trial.run("sessions", options.weakened)
                weakened.path = "sessions, synchronous=NORMAL (harness switch)"
                print(row(weakened), flush=True)
        finally:
            fs.close()
    total = sum(r.cuts for r in results)
    print(f"\n{total} cuts in {time.perf_counter() - started:.0f} s; {fs.mounts} mounts")
    for figures in [*results, *([weakened] if weakened else [])]:
        for problem in figures.problems[:5]:
            print(f"{figures.path}: {problem}")
    if options.json is not None:
        everything = [asdict(r) for r in [*results, *([weakened] if weakened else [])]]
        options.json.write_text(json.dumps(everything, indent=2), encoding="utf-8")
    failed = any(not r.ok for r in results) or (weakened is not None and not weakened.lost)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
