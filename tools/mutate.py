"""Mutation testing of the rules that protect patients and records, with cosmic-ray.

    bash tools/dev.sh mutate [TARGET ...]     (or .venv/bin/python tools/mutate.py)

TARGET picks the targets whose path contains it (`limits`, `audit`, `0002`); none runs
them all. A whole run takes minutes, so it is not part of every CI run.

cosmic-ray changes one thing in a module (`<` into `<=`, a number by one, `and` into
`or`, a loop that runs no time, …), runs the tests, and puts the module back. It edits
files in place, so the checkout's files (tracked ones, and new ones git does not ignore)
are first copied to a temporary folder, one copy per worker, and the tests run there with
PYTHONPATH set to the copy: the copy's `mesolog` is imported, never the editable install.
Each target has a narrow test command, the tests that exercise that module, stopping at
the first failure. Two targets run at once, each in its own copy (two cores).

Reading the report, per module:
- killed: a test failed; timeouts: the tests ran past the limit (a loop that no longer
  ends), counted as killed; incompetent: the mutant could not be tested at all.
- survived: every test still passed, so no test pins that rule down. Each survivor is
  printed as `file:line  operator  the mutated line`. Kill it with a test, or, if it
  behaves exactly as the original, list it in EQUIVALENT below with the reason.
- equivalent: survivors that behave as the original, each printed with the reason: those
  EQUIVALENT lists, and kinds that do wherever they are (`_equivalent_by_rule`: the bare
  `*` of a signature made `/`, `is` and `==` against an enum member, a dataclass made
  neither frozen nor slotted).
- skipped: mutations inside type annotations, which `from __future__ import annotations`
  leaves unevaluated; they are never run.
- score: killed (timeouts included) / (killed + survived), equivalents left out.
The exit status is 1 when a mutant survives that EQUIVALENT does not list, when a target's
tests fail before any mutation, or when an EQUIVALENT entry no longer matches a survivor.

cosmic-ray has no operator that removes an item from a tuple or changes a string, so it
cannot drop a name from the signed-session trigger's unchanged-column list
(SESSION_COLUMNS in migration 0002). This tool does that by hand, one name at a time, and
runs the signed-lock tests on each (the target named `SESSION_COLUMNS`).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from queue import Queue

from cosmic_ray.work_db import WorkDB, use_db
from cosmic_ray.work_item import MutationSpec, TestOutcome, WorkerOutcome, WorkResult

ROOT = Path(__file__).resolve().parents[1]
COSMIC_RAY = str(Path(sys.executable).parent / "cosmic-ray")
LOCK_MIGRATION = "mesolog/persistence/migrations/versions/0002_accounts_audit_chain_signed_locks.py"
COLUMN_LIST = "SESSION_COLUMNS"
LOCK_TESTS = ("tests/services/test_signed_locks.py",)


@dataclass(frozen=True, slots=True)
class Target:
    module: str
    tests: tuple[str, ...]


# Costliest first, so that the two workers finish at about the same time. Where a module's
# own tests kill every mutant, the slower tests through the services are left out.
TARGETS = (
    Target("mesolog/persistence/audit.py", ("tests/persistence/test_audit.py",)),
    Target(
        "mesolog/persistence/audit_records.py",
        ("tests/persistence/test_audit_records.py", "tests/services/test_audit.py"),
    ),
    Target(
        LOCK_MIGRATION,
        (
            "tests/persistence/test_migrations.py",
            "tests/persistence/test_postgresql.py::test_migrations_produce_exactly_the_models_schema",
            *LOCK_TESTS,
        ),
    ),
    # The hypothesis properties (test_validation_properties.py) kill no mutant these miss.
    Target("mesolog/domain/validation.py", ("tests/domain/test_validation.py",)),
    Target("mesolog/domain/schedule.py", ("tests/domain/test_schedule.py",)),
    Target(
        "mesolog/domain/limits.py",
        (
            "tests/domain/test_limits.py",
            "tests/domain/test_validation.py",
            "tests/domain/test_warnings.py",
            "tests/interchange/test_schema.py",
            "tests/interchange/test_decoding.py",
        ),
    ),
    Target("mesolog/persistence/digests.py", ("tests/persistence/test_digests.py",)),
    Target("mesolog/domain/warnings.py", ("tests/domain/test_warnings.py",)),
)


@dataclass(frozen=True, slots=True)
class Equivalent:
    """A mutant that behaves exactly as the original: its module, the line before and
    after (stripped, as the report prints them), and why no test can tell them apart."""

    module: str
    original: str
    mutated: str
    reason: str


AUDIT = "mesolog/persistence/audit.py"
RECORDS = "mesolog/persistence/audit_records.py"
SCHEDULE = "mesolog/domain/schedule.py"
_HEAD = (
    "head = s.scalars(select(AuditHeadRow).where(AuditHeadRow.id == 1).with_for_update()).first()"
)
_POSTGRESQL = 'if op.get_bind().dialect.name == "postgresql":'
_SERIAL = (
    "audit_log.id keeps PostgreSQL's serial default, or SQLite drops one it has not: "
    "mesolog gives every entry its id (the chain numbers them), so no insert uses it"
)
_LAST_MEMBER = "the member sorts last of its enum's values"
_AREAS_TWICE = "if len(set(course.areas)) != len(course.areas):"
_DEPTH_IN_RANGE = "depth_in_range = len(check.found) == before"


def _other_batch_sizes(module: str, line: str) -> list[Equivalent]:
    return [
        Equivalent(module, line, line.replace("2000", size), "how many entries a read takes")
        for size in ("2001", "1999")
    ]


EQUIVALENT: tuple[Equivalent, ...] = (
    *(
        Equivalent(AUDIT, _HEAD, _HEAD.replace("==", mutated), "the head is one row, id 1 (CHECK)")
        for mutated in (">=", "<=")
    ),
    *_other_batch_sizes(
        AUDIT,
        "def check_chain(s: Session, *, batch: int = 2000, start: ChainStart = WHOLE_CHAIN) "
        "-> ChainCheck:",
    ),
    *_other_batch_sizes(
        AUDIT,
        "def check_entries(s: Session, first: int, last: int, *, batch: int = 2000) "
        "-> ChainBreak | None:",
    ),
    Equivalent(
        AUDIT,
        "if row.id > expected_id:",
        "if row.id >= expected_id:",
        "it is asked only when the ids differ",
    ),
    *_other_batch_sizes(
        RECORDS, "s: Session, *, batch: int = 2000, share: RecordShare | None = None"
    ),
    *(
        Equivalent(
            LOCK_MIGRATION,
            f'batch_op.alter_column("{column}", existing_type=sa.String(length=64), '
            "nullable=False)",
            f'batch_op.alter_column("{column}", existing_type=sa.String(length= {length}), '
            "nullable=False)",
            "existing_type only describes the column: PostgreSQL sets NOT NULL alone, SQLite's "
            "batch copy keeps the column it reads and never enforces a VARCHAR's length",
        )
        for column in ("prev_hash", "entry_hash")
        for length in (63, 65)
    ),
    Equivalent(
        LOCK_MIGRATION,
        _POSTGRESQL,
        _POSTGRESQL.replace("==", "<="),
        "mesolog runs on SQLite and PostgreSQL, and 'sqlite' sorts after 'postgresql'",
    ),
    *(
        Equivalent(LOCK_MIGRATION, _POSTGRESQL, _POSTGRESQL.replace("==", mutated), _SERIAL)
        for mutated in (">", ">=", "<", "!=")
    ),
    Equivalent(LOCK_MIGRATION, _POSTGRESQL, _POSTGRESQL.replace("if ", "if not "), _SERIAL),
    Equivalent(
        SCHEDULE,
        "stopped = course.status is CourseStatus.STOPPED",
        "stopped = course.status >= CourseStatus.STOPPED",
        f"{_LAST_MEMBER} (active, completed, stopped)",
    ),
    Equivalent(
        SCHEDULE,
        "if phase is CoursePhase.MAINTENANCE",
        "if phase >= CoursePhase.MAINTENANCE",
        f"{_LAST_MEMBER} (initial, maintenance)",
    ),
    Equivalent(
        "mesolog/domain/validation.py",
        _AREAS_TWICE,
        "if len(set(course.areas)) < len(course.areas):",
        "a set is never longer than the list it is made of",
    ),
    Equivalent(
        "mesolog/domain/validation.py",
        _AREAS_TWICE,
        "if len(set(course.areas)) is not len(course.areas):",
        "small ints are one object each in CPython (a course has at most a few areas)",
    ),
    Equivalent(
        "mesolog/domain/validation.py",
        _DEPTH_IN_RANGE,
        "depth_in_range = len(check.found) <= before",
        "checks only add violations: the count never falls below what it was",
    ),
    Equivalent(
        "mesolog/domain/validation.py",
        _DEPTH_IN_RANGE,
        "depth_in_range = len(check.found) is before",
        "small ints are one object each in CPython (a needle has at most four violations)",
    ),
)


@dataclass(frozen=True, slots=True)
class Mutant:
    module: str
    line: int
    operator: str
    original: str
    mutated: str

    def describe(self) -> str:
        return f"{self.module}:{self.line}  {self.operator}  {self.mutated}"

    def equivalent(self) -> Equivalent | None:
        for known in EQUIVALENT:
            if (known.module, known.original, known.mutated) == (
                self.module,
                self.original,
                self.mutated,
            ):
                return known
        return None


@dataclass(slots=True)
class Report:
    name: str
    mutants: int = 0
    killed: int = 0
    timeouts: int = 0
    incompetent: int = 0
    skipped: int = 0
    survivors: list[Mutant] = field(default_factory=list)
    equivalents: list[tuple[Mutant, str]] = field(default_factory=list)
    listed: set[Equivalent] = field(default_factory=set)
    seconds: float = 0.0
    test_run_seconds: float = 0.0
    failure: str = ""

    def add_survivor(self, mutant: Mutant, rule: str | None = None) -> None:
        known = mutant.equivalent()
        if known is not None:
            self.listed.add(known)
        reason = rule or (known.reason if known else None)
        if reason:
            self.equivalents.append((mutant, reason))
        else:
            self.survivors.append(mutant)

    @property
    def score(self) -> float:
        caught = self.killed + self.timeouts
        tested = caught + len(self.survivors)
        return 100.0 * caught / tested if tested else 100.0

    def summary(self) -> str:
        if self.failure:
            return f"{self.name}: the tests fail before any mutation\n{self.failure}"
        return (
            f"{self.name}: {self.mutants} mutants, {self.killed} killed, "
            f"{self.timeouts} timeouts, {self.incompetent} incompetent, "
            f"{len(self.survivors)} survived, {len(self.equivalents)} equivalent, "
            f"{self.skipped} skipped; score {self.score:.1f} % "
            f"({_minutes(self.seconds)}, {self.test_run_seconds:.1f} s a test run)"
        )

    def details(self) -> list[str]:
        lines = [f"  survived    {m.describe()}" for m in sorted(self.survivors, key=_order)]
        lines += [
            f"  equivalent  {m.describe()}  ({reason})"
            for m, reason in sorted(self.equivalents, key=lambda pair: _order(pair[0]))
        ]
        return lines


def _order(mutant: Mutant) -> tuple[int, str]:
    return mutant.line, mutant.operator


def _minutes(seconds: float) -> str:
    return f"{int(seconds // 60)} min {int(seconds % 60):02d} s"


def copy_checkout(destination: Path) -> None:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the working tree is left out
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def environment(copy: Path) -> dict[str, str]:
    # No .pyc files: a mutant written within the same second as the original, with the
    # same size, would otherwise be run from the original's cached bytecode.
    return {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}


def check_import(copy: Path) -> None:
    found = subprocess.run(
        [sys.executable, "-c", "import mesolog; print(mesolog.__file__)"],
        cwd=copy,
        env=environment(copy),
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if not Path(found).is_relative_to(copy):
        raise SystemExit(f"the tests would import {found}, not the copy in {copy}")


def test_command(copy: Path, tests: tuple[str, ...]) -> list[str]:
    command = [sys.executable, "-m", "pytest", *tests, "-x", "-q"]
    command += ["-p", "no:cacheprovider", "-p", "no:randomly"]
    if not any(_uses_hypothesis(copy / test.partition("::")[0]) for test in tests):
        command += ["-p", "no:hypothesispytest"]  # half a second a run, to load it
    return command


def _uses_hypothesis(path: Path) -> bool:
    files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return any("hypothesis" in file.read_text(encoding="utf-8") for file in files)


def run_tests(copy: Path, command: list[str], timeout: float) -> tuple[bool | None, str]:
    """(whether they passed, or None on a timeout; the output's last lines)."""
    try:
        done = subprocess.run(
            command,
            check=False,
            cwd=copy,
            env=environment(copy),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None, "timeout"
    return done.returncode == 0, "\n".join((done.stdout + done.stderr).splitlines()[-15:])


def baseline(report: Report, copy: Path, command: list[str]) -> bool:
    started = time.monotonic()
    passed, output = run_tests(copy, command, timeout=600)
    report.test_run_seconds = time.monotonic() - started
    if not passed:
        report.failure = f"  $ {shlex.join(command)}\n{output}"
    return bool(passed)


def mutate_module(target: Target, copy: Path, work: Path) -> Report:
    report = Report(target.module)
    started = time.monotonic()
    command = test_command(copy, target.tests)
    if not baseline(report, copy, command):
        return report
    name = Path(target.module).stem
    config, session = work / f"{name}.toml", work / f"{name}.sqlite"
    config.write_text(
        "[cosmic-ray]\n"
        f"module-path = {json.dumps(target.module)}\n"
        f"timeout = {max(30.0, 10 * report.test_run_seconds):.0f}\n"
        "excluded-modules = []\n"
        f"test-command = {json.dumps(shlex.join(command))}\n"
        "[cosmic-ray.distributor]\n"
        'name = "local"\n',
        encoding="utf-8",
    )
    for step in ("init", "exec"):
        subprocess.run(
            [COSMIC_RAY, step, str(config), str(session)],
            cwd=copy,
            env=environment(copy),
            check=True,
            capture_output=True,
        )
        if step == "init":
            skip_annotations(session, copy / target.module)
    with use_db(str(session), WorkDB.Mode.open) as database:
        for item, result in database.completed_work_items:
            _count(report, item.mutations[0], result)
    report.seconds = time.monotonic() - started
    return report


def skip_annotations(session: Path, module: Path) -> None:
    spans = _annotation_spans(module)
    with use_db(str(session), WorkDB.Mode.open) as database:
        inside = [
            item.job_id
            for item in database.work_items
            if any(
                low <= tuple(mutation.start_pos) and tuple(mutation.end_pos) <= high
                for mutation in item.mutations
                for low, high in spans
            )
        ]
        database.set_multiple_results(inside, WorkResult(worker_outcome=WorkerOutcome.SKIPPED))


Position = tuple[int, int]


def _annotation_spans(module: Path) -> list[tuple[Position, Position]]:
    """(start, end) of every annotation, as (line, character) like cosmic-ray's positions
    (ast counts columns in UTF-8 bytes)."""
    source = module.read_text(encoding="utf-8")
    lines = source.splitlines()

    def position(line: int, column: int) -> Position:
        return line, len(lines[line - 1].encode()[:column].decode())

    spans = []
    for node in ast.walk(ast.parse(source)):
        annotations: list[ast.expr | None] = []
        if isinstance(node, ast.arg | ast.AnnAssign):
            annotations.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            annotations.append(node.returns)
        for annotation in filter(None, annotations):
            assert annotation.end_lineno is not None and annotation.end_col_offset is not None
            spans.append(
                (
                    position(annotation.lineno, annotation.col_offset),
                    position(annotation.end_lineno, annotation.end_col_offset),
                )
            )
    return spans


def _count(report: Report, mutation: MutationSpec, result: WorkResult) -> None:
    report.mutants += 1
    if result.worker_outcome == WorkerOutcome.SKIPPED:
        report.skipped += 1
    elif result.test_outcome == TestOutcome.KILLED:
        if result.output == "timeout":
            report.timeouts += 1
        else:
            report.killed += 1
    elif result.test_outcome == TestOutcome.SURVIVED:
        diff = (result.diff or "").splitlines()
        operator = mutation.operator_name.removeprefix("core/")
        before = _changed(diff, "-")
        mutant = Mutant(
            str(mutation.module_path),
            mutation.start_pos[0],
            operator,
            " / ".join(line.strip() for line in before),
            " / ".join(line.strip() for line in _changed(diff, "+")),
        )
        report.add_survivor(mutant, _equivalent_by_rule(operator, before[0], mutation.start_pos[1]))
    else:
        report.incompetent += 1


def _changed(diff: list[str], sign: str) -> list[str]:
    return [line[1:] for line in diff if line.startswith(sign) and not line.startswith(sign * 3)]


_IDENTITY = {"Is_Eq", "IsNot_NotEq", "Eq_Is", "NotEq_IsNot"}


def _equivalent_by_rule(operator: str, line: str, column: int) -> str | None:
    """Why a mutant of this kind behaves as the original wherever it is, or None."""
    if operator == "ReplaceBinaryOperator_Mul_Div" and re.match(r"\*\s*,", line[column:]):
        return (
            "the bare * of a signature made /: callers pass what follows it by keyword "
            "and what precedes it by position either way"
        )
    if operator.removeprefix("ReplaceComparisonOperator_") in _IDENTITY and re.match(
        r"(is not|is|==|!=)\s+[A-Z]\w*\.[A-Z][A-Z0-9_]*\b", line[column:]
    ):
        return (
            "is and == (or is not and !=) against an enum member: members are singletons, "
            "and mypy --strict keeps the other side a member"
        )
    if (
        operator == "ReplaceTrueWithFalse"
        and line.lstrip().startswith("@dataclass(")
        and line[:column].endswith(("frozen=", "slots="))
    ):
        return (
            "a dataclass neither frozen nor slotted: only assigning to or adding attributes "
            "differs, which no code does (mypy --strict refuses it)"
        )
    return None


def drop_listed_columns(copy: Path) -> Report:
    """The trigger's unchanged-column list with each name dropped in turn."""
    report = Report(f"{LOCK_MIGRATION} ({COLUMN_LIST}, each name dropped)")
    started = time.monotonic()
    # The list builds SQLite's trigger only; PostgreSQL's compares whole rows.
    command = [*test_command(copy, LOCK_TESTS), "-k", "not postgresql"]
    if not baseline(report, copy, command):
        return report
    path = copy / LOCK_MIGRATION
    original = path.read_text(encoding="utf-8")
    listed = _column_list(original)
    lines = original.splitlines(keepends=True)
    assert listed.end_lineno is not None
    before = "".join(lines[: listed.lineno - 1]) + lines[listed.lineno - 1][: listed.col_offset]
    after = lines[listed.end_lineno - 1][listed.end_col_offset :] + "".join(
        lines[listed.end_lineno :]
    )
    names = [element.value for element in listed.elts if isinstance(element, ast.Constant)]
    try:
        for name in names:
            kept = tuple(other for other in names if other != name)
            path.write_text(before + repr(kept) + after, encoding="utf-8")
            report.mutants += 1
            passed, _ = run_tests(copy, command, timeout=max(60.0, 10 * report.test_run_seconds))
            if passed is None:
                report.timeouts += 1
            elif passed:
                report.add_survivor(
                    Mutant(LOCK_MIGRATION, listed.lineno, "drop-from-list", "", f"without {name!r}")
                )
            else:
                report.killed += 1
    finally:
        path.write_text(original, encoding="utf-8")
    report.seconds = time.monotonic() - started
    return report


def _column_list(source: str) -> ast.Tuple:
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and [getattr(t, "id", None) for t in node.targets] == [COLUMN_LIST]
            and isinstance(node.value, ast.Tuple)
        ):
            return node.value
    raise SystemExit(f"{LOCK_MIGRATION} has no tuple {COLUMN_LIST}")


def stale_equivalents(reports: list[Report]) -> list[Equivalent]:
    """Entries of EQUIVALENT, for the modules that ran, that match no survivor any more."""
    ran = {r.name for r in reports if not r.failure}
    matched = {known for r in reports for known in r.listed}
    return [known for known in EQUIVALENT if known.module in ran and known not in matched]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", help="run only targets whose path contains this")
    parser.add_argument("--workers", type=int, default=2, help="targets run at once")
    arguments = parser.parse_args()
    wanted = arguments.targets
    jobs: list[Callable[[Path, Path], Report]] = [
        lambda copy, work, target=target: mutate_module(target, copy, work)
        for target in TARGETS
        if not wanted or any(word in target.module for word in wanted)
    ]
    if not wanted or any(word in f"{LOCK_MIGRATION} {COLUMN_LIST}" for word in wanted):
        jobs.insert(-2, lambda copy, _work: drop_listed_columns(copy))  # cheap: SQLite only
    if not jobs:
        parser.error(f"no target matches {' '.join(wanted)}")

    started = time.monotonic()
    finished: dict[int, Report] = {}
    with tempfile.TemporaryDirectory(prefix="mesolog-mutate-") as folder:
        work = Path(folder)
        copies: Queue[Path] = Queue()
        for number in range(max(1, min(arguments.workers, len(jobs)))):
            copy = work / f"copy{number}"
            copy_checkout(copy)
            check_import(copy)
            copies.put(copy)

        def run(job: Callable[[Path, Path], Report]) -> Report:
            copy = copies.get()
            try:
                return job(copy, work)
            finally:
                copies.put(copy)

        print(f"mutating {len(jobs)} targets in {copies.qsize()} copies under {work}", flush=True)
        with ThreadPoolExecutor(max_workers=copies.qsize()) as pool:
            futures = {pool.submit(run, job): index for index, job in enumerate(jobs)}
            for future in as_completed(futures):
                report = future.result()
                finished[futures[future]] = report
                print("\n".join([report.summary(), *report.details()]), flush=True)

    reports = [finished[index] for index in sorted(finished)]

    print(f"\nsummary ({_minutes(time.monotonic() - started)} in all)")
    for report in reports:
        print("  " + report.summary().split("\n")[0])
    stale = stale_equivalents(reports)
    for known in stale:
        print(f"EQUIVALENT lists a mutant that no longer survives: {known}")
    failed = any(r.failure or r.survivors for r in reports) or bool(stale)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
