"""`mesolog audit verify --against FILE|HASH`, the anchors log plain `audit verify` checks,
and the hashes `audit list` prints, on a real demo database (issue 11, defect 4)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3

from tests.cli.test_main import mesolog
from tests.integrity.chain_tampering import append_backdated, cut_after, rewrite_session

PASSPHRASE = "Κλειδί για το στικάκι"


@pytest.fixture(scope="module")
def demo_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("anchors") / "demo.sqlite"
    assert mesolog("--db", str(path), "demo").returncode == 0
    return path


@pytest.fixture
def demo(demo_once: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_once, path)
    return path


def _head(path: Path) -> tuple[int, str]:
    """The newest entry's number and hash, as `audit list` prints them."""
    newest = mesolog("--db", str(path), "audit", "list", "--limit", "1")
    assert newest.returncode == 0, newest.stderr
    number, digits = newest.stdout.split("\t")[:2]
    assert re.fullmatch("[0-9a-f]{64}", digits)
    return int(number), digits


def _signed_session(path: Path) -> tuple[uuid.UUID, uuid.UUID]:
    raw = sqlite3.connect(str(path))
    try:
        session, patient = raw.execute(
            "SELECT s.uuid, p.uuid FROM sessions s JOIN patients p ON p.id = s.patient_id "
            "WHERE s.status = 'signed' ORDER BY s.id LIMIT 1"
        ).fetchone()
    finally:
        raw.close()
    return uuid.UUID(session), uuid.UUID(patient)


def test_audit_list_prints_each_entrys_hash(demo: Path) -> None:
    lines = mesolog("--db", str(demo), "audit", "list", "--limit", "3").stdout.splitlines()
    numbers = [int(line.split("\t")[0]) for line in lines]
    assert numbers == sorted(numbers, reverse=True) and len(numbers) == 3
    assert all(re.fullmatch("[0-9a-f]{64}", line.split("\t")[1]) for line in lines)


def test_plain_verify_checks_the_anchors_log_each_backup_leaves(demo: Path) -> None:
    assert mesolog("--db", str(demo), "backup").returncode == 0
    log = demo.parent / "backups" / "demo.anchors.jsonl"
    assert oct(log.stat().st_mode & 0o777) == "0o600"
    entry, _ = _head(demo)
    intact = mesolog("--db", str(demo), "audit", "verify")
    assert intact.returncode == 0, intact.stdout
    assert f"1 of 1 anchor held; the newest anchored entry is {entry}" in intact.stdout

    cut_after(f"sqlite:///{demo}", entry - 1)  # the backup's own entry, the head moved back

    cut = mesolog("--db", str(demo), "audit", "verify")
    assert cut.returncode == 1
    assert cut.stdout.startswith("chain intact: ")  # the chain alone shows nothing
    assert "ANCHORS NOT HELD: 1 of 1 anchor in demo.anchors.jsonl" in cut.stdout
    assert f"before entry {entry}: entries were cut off the end of the chain" in cut.stdout


@pytest.mark.parametrize("encrypted", [False, True])
def test_verify_against_a_backup_catches_a_rewritten_signed_session(
    demo: Path, tmp_path: Path, encrypted: bool
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    options = ["--encrypt", "--passphrase-stdin"] if encrypted else []
    stdin = f"{PASSPHRASE}\n".encode() if encrypted else None
    taken = mesolog("--db", str(demo), "backup", "-o", str(usb), *options, stdin=stdin)
    assert taken.returncode == 0, taken.stderr
    (backup,) = usb.glob("demo.backup-*")
    against = ["--against", str(backup), *(["--passphrase-stdin"] if encrypted else [])]
    held = mesolog("--db", str(demo), "audit", "verify", *against, stdin=stdin)
    assert held.returncode == 0, held.stdout + held.stderr
    assert f"anchor holds: entry {_head(demo)[0] - 1} with hash " in held.stdout

    session, _ = _signed_session(demo)
    rewrite_session(f"sqlite:///{demo}", session, "REWRITTEN, digest and chain made to match")

    plain = mesolog("--db", str(demo), "audit", "verify")
    assert plain.returncode == 0, plain.stdout
    caught = mesolog("--db", str(demo), "audit", "verify", *against, stdin=stdin)
    assert caught.returncode == 1
    assert f"ANCHOR NOT HELD: entry {_head(demo)[0] - 1} with hash" in caught.stdout
    assert f"from {backup.name}: entry" in caught.stdout
    assert "the chain was rewritten at or before entry" in caught.stdout


def test_a_wrong_passphrase_for_an_encrypted_backup_is_said(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite.enc"
    stdin = f"{PASSPHRASE}\n".encode()
    taken = mesolog(
        "--db", str(demo), "backup", "-o", str(target), "--encrypt", "--passphrase-stdin",
        stdin=stdin,
    )  # fmt: skip
    assert taken.returncode == 0, taken.stderr
    wrong = mesolog(
        "--db", str(demo), "audit", "verify", "--against", str(target), "--passphrase-stdin",
        stdin=b"not it\n",
    )  # fmt: skip
    assert wrong.returncode == 1
    assert "passphrase" in wrong.stderr
    assert wrong.stdout == ""  # refused before the walk


def _footer_anchor(pdf: Path) -> tuple[int, str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = re.findall(r"Audit log entry (\d+) · ((?:[0-9a-f]{4} ){3}[0-9a-f]{4})", text)
    assert found, text
    assert len(set(found)) == 1  # the same on every page
    return int(found[0][0]), found[0][1]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("kind", ["patient", "clinical"])
def test_a_hash_typed_from_a_printed_summary_catches_a_back_dated_entry(
    demo: Path, tmp_path: Path, kind: str
) -> None:
    pdf = tmp_path / "summary.pdf"
    printed = mesolog(
        "--db", str(demo), "export", "pdf", "--patient", "MC-0001", "--kind", kind, "-o", str(pdf)
    )  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    entry, digits = _footer_anchor(pdf)
    assert _head(demo)[0] == entry + 1  # the summary's own export entry follows
    typed = ["--against", digits.upper(), "--entry", str(entry)]
    held = mesolog("--db", str(demo), "audit", "verify", *typed)
    assert held.returncode == 0, held.stdout + held.stderr
    assert "anchor holds" in held.stdout and "1 entry follows it" in held.stdout

    _, patient = _signed_session(demo)
    append_backdated(f"sqlite:///{demo}", dt.datetime(2025, 1, 6, 10, tzinfo=dt.UTC), patient)

    assert mesolog("--db", str(demo), "audit", "verify").returncode == 0
    caught = mesolog("--db", str(demo), "audit", "verify", *typed)
    assert caught.returncode == 1
    assert "is dated 2025-01-06T10:00:00Z, before entry" in caught.stdout
    assert "written later and back-dated" in caught.stdout


@pytest.mark.parametrize(
    ("arguments", "message", "status"),
    [
        (["--against", "3f2a 9b1c"], "--against: '3f2a 9b1c' is not a hash; a hash is 12 to", 1),
        (["--against", "3f2a 9b1c"], "No file has that name either.", 1),
        (["--entry", "12"], "--entry goes with --against HASH", 1),
        (["--against", "3f2a 9b1c 0d4e", "--entry", "0"], "'0' is not an entry number", 2),
    ],
)
def test_what_is_neither_a_file_nor_a_hash_is_refused(
    demo: Path, arguments: list[str], message: str, status: int
) -> None:
    refused = mesolog("--db", str(demo), "audit", "verify", *arguments)
    assert refused.returncode == status
    assert message in refused.stderr


def test_a_restore_line_forged_into_the_anchors_log_excuses_no_cut(demo: Path) -> None:
    """The reviewer's reproduction: two backups' entries cut off the chain, then one line
    appended to the anchors log saying a restore kept the entries left. The chain holds no
    restore entry there, so the two anchors are not held."""
    for _ in range(2):
        assert mesolog("--db", str(demo), "backup").returncode == 0
    log = demo.parent / "backups" / "demo.anchors.jsonl"
    first = json.loads(log.read_text().splitlines()[0])
    kept = first["entry"] - 1
    cut_after(f"sqlite:///{demo}", kept)
    _, digits = _head(demo)
    forged = {
        "entry": kept,
        "hash": digits,
        "at": "2030-01-01T00:00:00Z",
        "event": "restore",
        "file": first["file"],
        "kept_up_to": kept,
    }
    with log.open("a") as stream:
        stream.write(json.dumps(forged) + "\n")

    verified = mesolog("--db", str(demo), "audit", "verify")

    assert verified.returncode == 1, verified.stdout
    assert "replaced by" not in verified.stdout
    assert "ANCHORS NOT HELD: 2 of 3 anchors in demo.anchors.jsonl" in verified.stdout
    assert "entries were cut off the end of the chain" in verified.stdout
