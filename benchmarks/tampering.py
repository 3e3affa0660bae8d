"""Every kind of tampering of benchmarks/tampering_kinds.py, K times each, each time on a
fresh copy of the demo clinic, on SQLite and on PostgreSQL (where Debian's binaries are
installed): prints for each kind how often the database refused it, how often
`audit verify` found it, and how often it went unnoticed (the target is never).

    .venv/bin/python benchmarks/tampering.py [--trials K] [--seed N]
                                             [--backend sqlite|postgresql] [--kind TEXT]

A refusal counts only when it is one of mesolog's guards or a constraint of the schema;
any other database error is a fault of the benchmark and stops it. Exits with status 1
if any tampering went unnoticed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, exc, make_url
from sqlalchemy.pool import NullPool

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.postgresql

from benchmarks.tampering_kinds import KINDS, Kind, Trial
from mesolog.domain.errors import KnownError
from mesolog.persistence.guards import LOCKED, NOT_TRUNCATED
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService

OUTCOMES = ("refused", "found", "unusable", "missed")


@dataclass
class Tally:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    seconds: list[float] = field(default_factory=list)

    @property
    def trials(self) -> int:
        return sum(self.counts.values())

    @property
    def caught(self) -> float:
        return 1 - self.counts["missed"] / self.trials if self.trials else 0.0


def _refused(error: exc.DBAPIError) -> bool:
    message = str(error.orig)
    return isinstance(error, exc.IntegrityError) or LOCKED in message or NOT_TRUNCATED in message


def _trial(kind: Kind, trial: Trial) -> str:
    refused = False
    try:
        kind.tamper(trial)
    except exc.DBAPIError as error:
        if not _refused(error):
            raise
        refused = True
    try:
        with Clinic.open(trial.url, actor="benchmark", create=False) as clinic:
            intact = clinic.audit.verify().intact
    except KnownError:
        return "refused" if refused else "unusable"
    if refused:
        assert intact, f"{kind.name}: refused, yet the database is not intact"
        return "refused"
    return "missed" if intact else "found"


Copies = Callable[[], Iterator[str]]


def _sqlite_copies(folder: Path) -> Copies:
    template = folder / "template.sqlite"
    with Clinic.open(str(template), actor="benchmark") as clinic:
        DemoService(clinic.context).fill()
        assert clinic.audit.verify().intact

    @contextmanager
    def fresh() -> Iterator[str]:
        target = folder / "trial.sqlite"
        for leftover in folder.glob("trial.sqlite*"):
            leftover.unlink()
        shutil.copyfile(template, target)
        yield f"sqlite:///{target}"

    return fresh


def _postgresql_copies(server: str) -> Copies:
    admin = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        connection.exec_driver_sql('CREATE DATABASE "template_demo"')
    url = make_url(server)
    with Clinic.open(
        url.set(database="template_demo").render_as_string(hide_password=False), actor="b"
    ) as c:
        DemoService(c.context).fill()
        assert c.audit.verify().intact

    @contextmanager
    def fresh() -> Iterator[str]:
        name = f"trial_{uuid.uuid4().hex[:12]}"
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "template_demo"')
        try:
            yield url.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE "{name}"')

    return fresh


def _run(
    backend: str, copies: Copies, kinds: list[Kind], trials: int, chance: random.Random
) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for kind in kinds:
        if backend not in kind.backends:
            continue
        tally = tallies.setdefault(kind.name, Tally())
        for _ in range(trials):
            began = time.perf_counter()
            with copies() as url:
                outcome = _trial(kind, Trial(url, backend, chance))
            tally.counts[outcome] += 1
            tally.seconds.append(time.perf_counter() - began)
        _print_row(backend, kind, tally)
    return tallies


def _print_row(backend: str, kind: Kind, tally: Tally) -> None:
    counts = "  ".join(f"{tally.counts[o]:>8}" for o in OUTCOMES)
    print(
        f"{backend:<10}  {kind.defect:>3}  {kind.name:<50}  {counts}  {tally.caught:>6.0%}"
        f"  {statistics.median(tally.seconds):>5.2f} s",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=20, help="trials of each kind")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], action="append")
    parser.add_argument("--kind", help="only kinds whose name holds this text")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)
    chance = random.Random(seed)
    kinds = [k for k in KINDS if args.kind is None or args.kind in k.name]
    backends = args.backend or ["sqlite", "postgresql"]
    print(f"seed {seed}, {args.trials} trials of each kind")
    heading = "  ".join(f"{o:>8}" for o in OUTCOMES)
    print(f"{'backend':<10}  {'def':>3}  {'kind':<50}  {heading}  {'caught':>6}  {'median':>7}")
    results = []
    with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
        if "sqlite" in backends:
            copies = _sqlite_copies(Path(folder))
            results.append(_run("sqlite", copies, kinds, args.trials, chance))
        if "postgresql" in backends:
            from tests.postgresql import postgresql_cluster

            try:
                server = stack.enter_context(postgresql_cluster())
            except RuntimeError as error:
                print(f"postgresql: not run ({error})")
            else:
                copies = _postgresql_copies(server)
                results.append(_run("postgresql", copies, kinds, args.trials, chance))
    missed = 0
    for tallies in results:
        missed += sum(t.counts["missed"] for t in tallies.values())
    print(f"unnoticed: {missed}")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
