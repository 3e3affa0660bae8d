"""Full-size runs of the tamper and backup checks that the tests run small.

    .venv/bin/python benchmarks/records_integrity.py [--copies K] [--changes N] [--runs R]

Builds the demo clinic K times over (new ids), then
- changes one character of one stored value of a random audit entry N times, runs
  `audit verify` after each and puts the value back: prints how many were caught and
  named at the right entry;
- times `audit verify` over the whole log;
- backs up (plain and encrypted), changes a record, restores, and compares every table
  with the backup: prints medians and whether the round trip was exact.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlite3

from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.services.transfer_import import ImportService

COLUMNS = (
    "occurred_at", "actor", "action", "entity", "entity_uuid", "patient_uuid", "detail",
    "before_digest", "after_digest", "prev_hash", "entry_hash",
)  # fmt: skip
REPLACEMENTS = "0123456789abcdefABCDEFXYZ -:.é"


def _filled(folder: Path, copies: int) -> Path:
    from benchmarks.transfer import _renumbered

    demo = folder / "demo.sqlite"
    with Clinic.open(str(demo), actor="benchmark") as clinic:
        DemoService(clinic.context).fill()
        document = clinic.exports.export_document()
    path = folder / "clinic.sqlite"
    with Clinic.open(str(path), actor="benchmark") as clinic:
        data = json.dumps(_renumbered(document, copies)).encode()
        ImportService(clinic.context).import_bytes(data)
    return path


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    raw = sqlite3.connect(str(path))
    try:
        names = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: sorted(raw.execute(f"SELECT * FROM {n}").fetchall(), key=repr) for n in names}
    finally:
        raw.close()


def _median_ms(step: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        step()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def tamper(clinic: Clinic, path: Path, changes: int, chance: random.Random) -> tuple[int, int]:
    """(changes made, changes caught at the changed entry)."""
    count = clinic.audit.verify().entries
    made = caught = 0
    raw = sqlite3.connect(str(path), isolation_level=None)
    try:
        while made < changes:
            entry_id = chance.randint(1, count)
            column = chance.choice(COLUMNS)
            (value,) = raw.execute(
                f"SELECT {column} FROM audit_log WHERE id = ?", (entry_id,)
            ).fetchone()
            if not value:
                continue
            text = str(value)
            at = chance.randrange(len(text))
            choices = [c for c in REPLACEMENTS if c != text[at]]
            changed = text[:at] + chance.choice(choices) + text[at + 1 :]
            raw.execute(f"UPDATE audit_log SET {column} = ? WHERE id = ?", (changed, entry_id))
            broken = clinic.audit.verify().first_break
            raw.execute(f"UPDATE audit_log SET {column} = ? WHERE id = ?", (value, entry_id))
            made += 1
            caught += broken is not None and broken.entry_id == entry_id
    finally:
        raw.close()
    return made, caught


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    chance = random.Random(20261125)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = _filled(folder, args.copies)
        with Clinic.open(str(path), actor="benchmark") as clinic:
            result = clinic.audit.verify()
            print(
                f"database: {path.stat().st_size:,} bytes, {result.entries:,} audit entries, "
                f"{result.records_checked:,} audited records"
            )
            verify_ms = _median_ms(clinic.audit.verify, args.runs)
            print(f"audit verify (chain + every record): median {verify_ms:,.0f} ms")
            made, caught = tamper(clinic, path, args.changes, chance)
            print(
                f"single-character changes to audit entries: {made}, caught at the entry: {caught}"
            )
            targets = iter(range(10_000))
            plain_ms = _median_ms(
                lambda: clinic.backups.backup(folder / f"b{next(targets)}.sqlite"), args.runs
            )
            sealed_ms = _median_ms(
                lambda: clinic.backups.backup(
                    folder / f"e{next(targets)}.sqlite.enc", passphrase="benchmark passphrase"
                ),
                args.runs,
            )
            backup = clinic.backups.backup(folder / "round-trip.sqlite")
            before = _tables(backup.path)
            patient = clinic.patients.search("", limit=1)[0]
            clinic.patients.void(patient.id, reason="benchmark change")
            began = time.perf_counter()
            clinic.backups.restore(backup.path)
            restore_ms = (time.perf_counter() - began) * 1000
            after = _tables(path)
            after["audit_log"] = after["audit_log"][: len(before["audit_log"])]
            for table in ("audit_log", "audit_head"):
                before.pop(table), after.pop(table)
            print(
                f"backup: median {plain_ms:,.0f} ms plain, {sealed_ms:,.0f} ms encrypted; "
                f"restore {restore_ms:,.0f} ms; round trip exact: {before == after}"
            )


if __name__ == "__main__":
    main()
