"""The command line run as a subprocess, as a clinic's IT would script it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from mesolog.interchange.schema import load_schema

Document = dict[str, Any]


def mesolog(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    environment.pop("MESOLOG_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "mesolog", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    result = mesolog("--db", str(path), "demo")
    assert result.returncode == 0, result.stderr
    assert "40 patients" in result.stdout
    assert re.search(r", 11 products, [0-9]+ lots$", result.stdout.splitlines()[0])
    return path


@pytest.fixture(scope="module")
def demo_export(demo_db: Path) -> Document:
    result = mesolog("--db", str(demo_db), "export", "json", "-o", "-")
    assert result.returncode == 0, result.stderr
    document: Document = json.loads(result.stdout)
    return document


def test_demo_export_validates_and_round_trips(demo_export: Document, tmp_path: Path) -> None:
    assert list(Draft202012Validator(load_schema()).iter_errors(demo_export)) == []
    exported = tmp_path / "clinic.json"
    exported.write_text(json.dumps(demo_export, ensure_ascii=False), encoding="utf-8")
    copy_db = str(tmp_path / "copy.sqlite")
    imported = mesolog("--db", copy_db, "import", str(exported))
    assert imported.returncode == 0, imported.stderr
    assert "Imported 40 patient(s)" in imported.stdout
    again = mesolog("--db", copy_db, "export", "json", "-o", "-")
    # Of each database, at each export; the photos, left out of a document without them.
    apart = {"exported_at": None, "chain_anchor": None, "photos_left_out": None}
    assert {**json.loads(again.stdout), **apart} == {**demo_export, **apart}
    verified = mesolog("--db", copy_db, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    digest = hashlib.sha256(exported.read_bytes()).hexdigest()
    listed = mesolog("--db", copy_db, "audit", "list").stdout
    assert f"file sha256 {digest}" in listed
    twice = mesolog("--db", copy_db, "import", str(exported))
    assert twice.returncode == 0
    assert "nothing changed" in twice.stdout


def test_check_reports_wal_foreign_keys_and_integrity(demo_db: Path) -> None:
    result = mesolog("--db", str(demo_db), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    for line in ("journal_mode: wal", "foreign_keys: on", "integrity_check: ok", "all is well"):
        assert line in result.stdout


def test_patients_lists_and_searches(demo_db: Path, demo_export: Document) -> None:
    listed = mesolog("--db", str(demo_db), "patients")
    assert len(listed.stdout.splitlines()) == 40
    assert mesolog("patients", "--db", str(demo_db)).stdout == listed.stdout
    greek = next(p for p in demo_export["patients"] if "\u0370" <= p["family_name"][0] <= "\u03ff")
    unaccented = greek["family_name"].lower().translate(str.maketrans("άέήίόύώ", "αεηιουω"))
    found = mesolog("--db", str(demo_db), "patients", "--search", unaccented)
    assert greek["id"] in found.stdout
    _, number, name, born = found.stdout.splitlines()[0].split("\t")
    assert (number, born) == (greek["record_number"], greek["date_of_birth"])
    assert name.startswith(greek["family_name"])


def test_export_one_patient_by_record_number(demo_db: Path, demo_export: Document) -> None:
    patient = demo_export["patients"][3]
    result = mesolog(
        "--db", str(demo_db), "export", "json", "--patient", patient["record_number"], "-o", "-"
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["patients"] == [patient]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "json", "--patient", "NO-SUCH", "-o", "-"], "No patient has"),
        (["export", "json", "-o", "/nonexistent-folder/x.json"], "cannot be written to"),
        (["import", "/nonexistent-folder/x.json"], "Cannot read"),
        (["demo"], "holds 40 patient(s) already"),
    ],
)
def test_errors_the_user_can_fix_exit_1_without_traceback(
    demo_db: Path, args: list[str], message: str
) -> None:
    result = mesolog("--db", str(demo_db), *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_wrong_usage_exits_2(demo_db: Path) -> None:
    assert mesolog("--db", str(demo_db), "export").returncode == 2
    assert mesolog("no-such-command").returncode == 2


def test_a_missing_database_is_not_created_by_reading_commands(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    result = mesolog("--db", str(missing), "patients")
    assert result.returncode == 1
    assert "There is no database" in result.stderr
    assert not missing.exists()


def _truncated(document: Document) -> bytes:
    text = json.dumps(document)
    return text[: len(text) // 2].encode()


def _set(path: list[str | int], value: object) -> Callable[[Document], bytes]:
    def change(document: Document) -> bytes:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return json.dumps(document).encode()

    return change


def _course_of_another_patient(document: Document) -> bytes:
    foreign = document["patients"][1]["courses"][0]["id"]
    sessions = document["patients"][0]["sessions"]
    sessions[0]["course_id"] = foreign
    return json.dumps(document).encode()


def _duplicate_ids(document: Document) -> bytes:
    document["patients"][2]["id"] = document["patients"][1]["id"]
    return json.dumps(document).encode()


FIRST_SESSION = ["patients", 0, "sessions", 0]


@pytest.mark.parametrize(
    ("make_bad", "path"),
    [
        (_truncated, "(file)"),
        (_set(["patients", 0, "date_of_birth"], 19800101), "patients[0].date_of_birth"),
        (
            _set([*FIRST_SESSION, "improvement_score"], 11),
            "patients[0].sessions[0].improvement_score",
        ),
        (
            _set([*FIRST_SESSION, "reactions"], [{"kind": "headache", "severity": "mild"}]),
            "patients[0].sessions[0].reactions[0].kind",
        ),
        (_course_of_another_patient, "patients[0].sessions[0].course_id"),
        (_duplicate_ids, "patients[2].id"),
        (_set(["patients", 0, "notes"], "x" * 10_000_000), "patients[0].notes"),
    ],
    ids=[
        "truncated",
        "wrong-type",
        "out-of-range",
        "unknown-enum",
        "foreign-course",
        "duplicate-id",
        "10MB-string",
    ],
)
def test_bad_files_are_refused_whole_and_change_nothing(
    demo_db: Path,
    demo_export: Document,
    tmp_path: Path,
    make_bad: Callable[[Document], bytes],
    path: str,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(make_bad(json.loads(json.dumps(demo_export))))
    target = tmp_path / "target.sqlite"
    target.write_bytes(demo_db.read_bytes())
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    result = mesolog("--db", str(target), "import", str(bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"  {path}:" in result.stderr
    assert len(result.stderr) < 2_000
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert not Path(f"{target}-wal").exists() or Path(f"{target}-wal").stat().st_size == 0


def test_python_main_py_and_module_agree(tmp_path: Path) -> None:
    main = Path(__file__).parent.parent.parent / "main.py"
    result = subprocess.run(
        [sys.executable, str(main), "--db", str(tmp_path / "x.sqlite"), "init"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "schema none -> " in result.stdout


@pytest.mark.parametrize(
    ("database", "message"),
    [
        ("foo://somewhere", "neither a file path nor a database URL"),
        ("postgresql+psycopg://app@127.0.0.1:1/none", "cannot be used"),
        ("NOT_A_DATABASE", "is not a usable database: file is not a database"),
    ],
)
def test_unusable_databases_are_known_errors(tmp_path: Path, database: str, message: str) -> None:
    if database == "NOT_A_DATABASE":
        text_file = tmp_path / "notes.sqlite"
        text_file.write_text("not a database\n" * 200)
        database = str(text_file)
    result = mesolog("--db", database, "check")
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def _far_dates(document: Document) -> tuple[bytes, list[str]]:
    sessions = document["patients"][0]["sessions"]
    sessions[0]["performed_at"] = "0001-01-01T00:30:00+01:00"
    signed = next(i for i, s in enumerate(sessions) if s["status"] == "signed" and i > 0)
    sessions[signed]["signed_at"] = "2099-01-01T10:00:00+02:00"
    return json.dumps(document).encode(), [
        "patients[0].sessions[0].performed_at",
        f"patients[0].sessions[{signed}].signed_at",
    ]


def test_impossible_dates_are_refused_with_their_paths(
    demo_export: Document, tmp_path: Path
) -> None:
    data, paths = _far_dates(json.loads(json.dumps(demo_export)))
    bad = tmp_path / "far.json"
    bad.write_bytes(data)
    first = mesolog("--db", str(tmp_path / "a.sqlite"), "import", str(bad))
    assert first.returncode == 1
    assert "Traceback" not in first.stderr
    assert f"  {paths[0]}:" in first.stderr
    fixed = json.loads(data)
    fixed["patients"][0]["sessions"][0] = demo_export["patients"][0]["sessions"][0]
    bad.write_text(json.dumps(fixed))
    second = mesolog("--db", str(tmp_path / "a.sqlite"), "import", str(bad))
    assert second.returncode == 1
    assert f"  {paths[1]}:" in second.stderr


def test_a_bad_file_creates_no_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "mesolog", "version": 1, "patients": [{}]}')
    target = tmp_path / "new" / "clinic.sqlite"
    result = mesolog("--db", str(target), "import", str(bad))
    assert result.returncode == 1
    assert "patients[0].family_name" in result.stderr
    assert not target.parent.exists()


def test_export_pdf_by_record_number(demo_db: Path, demo_export: Document, tmp_path: Path) -> None:
    from pypdf import PdfReader

    patient = next(p for p in demo_export["patients"] if p["sessions"])
    target = tmp_path / "summary.pdf"
    result = mesolog(
        "--db",
        str(demo_db),
        "export",
        "pdf",
        "--patient",
        patient["record_number"],
        "-o",
        str(target),
    )
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert patient["family_name"] in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--patient", "NO-SUCH"], "No patient has"),
        (["--patient", "MC-0001", "--course", "not-a-uuid"], "is not a course id"),
        (["--patient", "MC-0001", "--course", "00000000-0000-4000-8000-000000000000"], "no course"),
    ],
)
def test_export_pdf_errors_leave_no_file(
    demo_db: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    target = tmp_path / "summary.pdf"
    result = mesolog("--db", str(demo_db), "export", "pdf", *args, "-o", str(target))
    assert result.returncode == 1
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_export_pdf_to_an_unwritable_place(demo_db: Path) -> None:
    result = mesolog(
        "--db", str(demo_db), "export", "pdf", "--patient", "MC-0001", "-o", "/nonexistent/s.pdf"
    )
    assert result.returncode == 1
    assert "The summary cannot be written to /nonexistent/s.pdf" in result.stderr


def test_account_options_before_the_command_are_those_after_it() -> None:
    from mesolog.cli.main import parse

    before = parse(["--user", "eleni", "--password-stdin", "export", "json", "-o", "x.json"])
    after = parse(["export", "json", "-o", "x.json", "--user", "eleni", "--password-stdin"])
    assert (before.user, before.password_stdin) == (after.user, after.password_stdin)
    assert (before.user, before.password_stdin) == ("eleni", True)
    assert parse(["--user", "a", "patients", "--user", "b"]).user == "b"
    assert parse(["patients"]).user is None
    filtered = parse(["audit", "list", "--user", "nurse"])
    assert (filtered.actor, filtered.user) == ("nurse", None)


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--user", "eleni", "check"], "--user do not apply to `check`"),
        (["--password-stdin", "init"], "--password-stdin do not apply to `init`"),
        (["--user", "eleni", "audit", "list"], "--user do not apply to `audit`"),
        (["--user", "e", "--password-stdin", "backup"], "--user and --password-stdin do not"),
    ],
)
def test_account_options_before_a_command_that_acts_as_no_account_are_refused(
    argv: list[str], named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from mesolog.cli.main import parse

    with pytest.raises(SystemExit) as exit_status:
        parse(argv)
    assert exit_status.value.code == 2
    assert named in capsys.readouterr().err


def test_init_adds_the_guides_protocol_templates_once(tmp_path: Path) -> None:
    database = str(tmp_path / "x.sqlite")
    first = mesolog("--db", database, "init")
    assert first.returncode == 0, first.stderr
    assert "8 protocol templates added (Settings > Templates)" in first.stdout
    again = mesolog("--db", database, "init")
    assert again.stdout.strip().endswith("up to date")
