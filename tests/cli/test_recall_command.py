"""`mesolog recall`, run as a subprocess on the demo clinic: the patients who received a lot
(or a product between two days) as CSV or letters, checked against the sessions in the
file itself; audited with the reason; refused to an assistant."""

from __future__ import annotations

import csv
import io
import stat
from contextlib import closing
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3
from pypdf import PdfReader

from tests.cli.test_main import mesolog

COUNTED = """
    FROM product_uses u
    JOIN treatment_lines l ON u.treatment_line_id = l.id
    JOIN sessions s ON l.session_id = s.id
    JOIN patients p ON s.patient_id = p.id
    WHERE s.status = 'signed' AND s.voided_at IS NULL AND l.voided_at IS NULL
      AND u.voided_at IS NULL AND p.voided_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM sessions a WHERE a.amends_id = s.id AND a.voided_at IS NULL)
"""
"""The product uses that count, as the sessions in the file say: signed, current, not voided."""
SIGNED_CURRENT_USES = f"SELECT p.record_number, s.uuid {COUNTED}"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("recall") / "demo.sqlite"
    result = mesolog("--db", str(path), "demo")
    assert result.returncode == 0, result.stderr
    return path


def _sql(path: Path, query: str, *params: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute(query, params).fetchall()


def _busiest_lot(path: Path) -> str:
    [(lot,)] = _sql(
        path,
        f"SELECT u.lot_number {COUNTED} GROUP BY u.lot_number"
        " ORDER BY count(DISTINCT p.id) DESC, u.lot_number LIMIT 1",
    )
    return str(lot)


def _audited(path: Path, action: str) -> list[str]:
    return [str(d) for (d,) in _sql(path, "SELECT detail FROM audit_log WHERE action = ?", action)]


def test_a_lot_as_csv_names_the_patients_the_sessions_hold(demo: Path, tmp_path: Path) -> None:
    lot = _busiest_lot(demo)
    target = tmp_path / "recall.csv"
    result = mesolog(
        "--db", str(demo), "recall", "--lot", f" {lot.lower()} ", "--reason", "Notice 14",
        "--format", "csv", "-o", str(target),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr

    expected = _sql(demo, f"{SIGNED_CURRENT_USES} AND upper(trim(u.lot_number)) = ?", lot)
    patients = {number for number, _ in expected}
    sessions = {session for _, session in expected}
    assert result.stdout == (
        f'recall of lot "{lot.lower()}": {len(patients)} patients, {len(sessions)} sessions; '
        f"CSV written to {target}\n"
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(rows) == len(expected)
    assert {row["Record number"] for row in rows} == patients
    assert {row["Lot"] for row in rows} == {lot}
    assert any(detail.endswith("reason: Notice 14") for detail in _audited(demo, "recall"))


def test_a_product_between_two_days_as_letters_from_the_clinics_text(
    demo: Path, tmp_path: Path
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Αγαπητή/έ {patient},\n\n{treatments}\n\n{clinic}", encoding="utf-8")
    target = tmp_path / "letters.pdf"
    result = mesolog(
        "--db", str(demo), "recall", "--product", "hydraboost 1.5%", "--from", "2026-01-01",
        "--to", "2026-01-31", "--reason", "Notice 15", "--format", "pdf", "--letter",
        str(letter), "--locale", "el_GR", "-o", str(target),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr

    expected = _sql(
        demo,
        f"{SIGNED_CURRENT_USES} AND u.product_name = 'HydraBoost 1.5%'"
        " AND date(s.performed_at, printf('%+d minutes', s.performed_at_utc_offset))"
        " BETWEEN '2026-01-01' AND '2026-01-31'",
    )
    patients = {number for number, _ in expected}
    assert "letters written to" in result.stdout
    reader = PdfReader(target)
    assert len(reader.outline) == len(patients)
    first = reader.pages[0].extract_text()
    assert "Αγαπητή/έ" in first
    assert "Ιαν 2026" in first


@pytest.mark.parametrize(
    ("args", "status", "said"),
    [
        (("--reason", "Notice"), 1, "Give --lot LOT, --product NAME or both."),
        (("--lot", "X", "--reason", "  "), 1, "reason: '' is not allowed; a reason is required"),
        (("--lot", "X"), 2, "the following arguments are required: --reason"),
        (("--lot", "X", "--reason", "r", "--from", "1/2/2026"), 2, "not a day (YYYY-MM-DD)"),
        (("--lot", "X", "--reason", "r", "--letter", "x.txt"), 1, "--letter is for --format pdf"),
    ],
)
def test_a_wrong_recall_says_what_is_wrong_and_writes_nothing(
    demo: Path, tmp_path: Path, args: tuple[str, ...], status: int, said: str
) -> None:
    target = tmp_path / "recall.csv"
    result = mesolog("--db", str(demo), "recall", *args, "--format", "csv", "-o", str(target))
    assert result.returncode == status
    assert said in result.stderr
    assert not target.exists()


def test_an_assistant_is_refused_a_clinician_is_not(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite"
    assert mesolog("--db", str(path), "demo").returncode == 0
    boss = mesolog(
        "--db", str(path), "user", "add", "boss", "--role", "admin", "--password-stdin",
        stdin=b"boss-password-1\n" * 2,
    )  # fmt: skip
    assert boss.returncode == 0, boss.stderr
    nurse = mesolog(
        "--db", str(path), "user", "add", "nurse", "--role", "assistant", "--user", "boss",
        "--password-stdin", stdin=b"boss-password-1\n" + b"nurse-password-1\n" * 2,
    )  # fmt: skip
    assert nurse.returncode == 0, nurse.stderr
    target = tmp_path / "recall.csv"
    command = ("--db", str(path), "recall", "--lot", "HA25-1116", "--reason", "Notice")

    refused = mesolog(
        *command, "--format", "csv", "-o", str(target), "--user", "nurse", "--password-stdin",
        stdin=b"nurse-password-1\n",
    )  # fmt: skip
    assert refused.returncode == 1
    assert "which may not search the records for a recall" in refused.stderr
    assert not target.exists()
    allowed = mesolog(
        *command, "--format", "csv", "-o", str(target), "--user", "boss", "--password-stdin",
        stdin=b"boss-password-1\n",
    )  # fmt: skip
    assert allowed.returncode == 0, allowed.stderr
    assert target.exists()
