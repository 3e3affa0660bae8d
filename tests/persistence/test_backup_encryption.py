"""The encrypted backup format: round trips, the header, passphrases, and damage refused."""

from __future__ import annotations

import re
import struct
import unicodedata
from pathlib import Path

import pytest

from mesolog.persistence import backup_encryption
from mesolog.persistence.backup_encryption import (
    DEFAULT_COST,
    HEADER_SIZE,
    MAGIC,
    TAG_SIZE,
    ScryptCost,
    WrongPassphraseError,
    decrypt_file,
    encrypt_file,
    is_encrypted,
)
from mesolog.persistence.backup_files import BackupFileError, copy_online
from mesolog.services.clinic import Clinic

CHEAP = ScryptCost(log2_n=10, r=8, p=1)
"""Fast enough for many tests; the format reads the cost from each file's header."""
CHUNK = 64
PASSPHRASE = "correct horse battery staple"


def _encrypted(tmp_path: Path, content: bytes, name: str = "plain.bin") -> Path:
    plain, encrypted = tmp_path / name, tmp_path / f"{name}.enc"
    plain.write_bytes(content)
    encrypt_file(plain, encrypted, PASSPHRASE, cost=CHEAP, chunk_size=CHUNK)
    return encrypted


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 5 * CHUNK + 7])
def test_encryption_round_trips_every_size(tmp_path: Path, size: int) -> None:
    content = bytes(range(256)) * (size // 256 + 1)
    encrypted = _encrypted(tmp_path, content[:size])
    chunks = max(1, -(-size // CHUNK))
    assert encrypted.stat().st_size == HEADER_SIZE + size + chunks * TAG_SIZE
    decrypt_file(encrypted, tmp_path / "back.bin", PASSPHRASE, label="x")
    assert (tmp_path / "back.bin").read_bytes() == content[:size]


def test_the_header_is_laid_out_as_documented(tmp_path: Path) -> None:
    header = _encrypted(tmp_path, b"x" * 100).read_bytes()[:HEADER_SIZE]
    assert HEADER_SIZE == 64
    assert header[:16] == MAGIC == b"MESOLOG-BACKUP\n\x00"
    assert header[16:21] == bytes([1, 1, CHEAP.log2_n, CHEAP.r, CHEAP.p])
    assert struct.unpack(">I", header[37:41]) == (CHUNK,)
    other = _encrypted(tmp_path, b"x" * 100, name="other.bin").read_bytes()[:HEADER_SIZE]
    assert header[21:37] != other[21:37], "the salt is random"
    assert header[41:48] != other[41:48], "the nonce prefix is random"


def test_the_passphrase_is_compared_in_unicode_normal_form(tmp_path: Path) -> None:
    plain = tmp_path / "plain.bin"
    plain.write_bytes(b"records")
    composed = "Καλημέρα ασφάλεια"
    encrypt_file(plain, tmp_path / "e", unicodedata.normalize("NFC", composed), cost=CHEAP)
    decrypt_file(tmp_path / "e", tmp_path / "d", unicodedata.normalize("NFD", composed), label="e")
    assert (tmp_path / "d").read_bytes() == b"records"


def test_a_wrong_passphrase_is_told_apart_and_writes_nothing(tmp_path: Path) -> None:
    encrypted = _encrypted(tmp_path, b"secret" * 100)
    target = tmp_path / "out.bin"
    with pytest.raises(WrongPassphraseError, match=r"passphrase does not open backup\.enc"):
        decrypt_file(encrypted, target, "wrong", label="backup.enc")
    assert not target.exists()


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


BLOCK = CHUNK + TAG_SIZE
DAMAGE = {
    "a flipped bit in the first chunk": lambda d: _flip(d, HEADER_SIZE + 3),
    "a flipped bit in a middle chunk": lambda d: _flip(d, HEADER_SIZE + 2 * BLOCK + 10),
    "a flipped bit in a tag": lambda d: _flip(d, HEADER_SIZE + BLOCK - 1),
    "a flipped bit in the last chunk": lambda d: _flip(d, len(d) - 20),
    "cut at a chunk boundary": lambda d: d[: HEADER_SIZE + 2 * BLOCK],
    "cut inside a chunk": lambda d: d[: HEADER_SIZE + 2 * BLOCK + 30],
    "cut inside the last tag": lambda d: d[:-5],
    "a middle chunk removed": lambda d: d[: HEADER_SIZE + BLOCK] + d[HEADER_SIZE + 2 * BLOCK :],
    "two chunks swapped": lambda d: (
        d[:HEADER_SIZE]
        + d[HEADER_SIZE + BLOCK : HEADER_SIZE + 2 * BLOCK]
        + d[HEADER_SIZE : HEADER_SIZE + BLOCK]
        + d[HEADER_SIZE + 2 * BLOCK :]
    ),
    "a chunk repeated": lambda d: d[: HEADER_SIZE + BLOCK] + d[HEADER_SIZE:],
    "bytes appended": lambda d: d + b"\x00" * 20,
    "no chunks at all": lambda d: d[:HEADER_SIZE],
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_content_is_refused(tmp_path: Path, damage: str) -> None:
    encrypted = _encrypted(tmp_path, bytes(range(256)) * 2)  # 8 chunks
    encrypted.write_bytes(DAMAGE[damage](encrypted.read_bytes()))
    with pytest.raises(BackupFileError, match=r"backup\.enc is (damaged|cut short)") as raised:
        decrypt_file(encrypted, tmp_path / "out.bin", PASSPHRASE, label="backup.enc")
    assert not isinstance(raised.value, WrongPassphraseError)


@pytest.mark.parametrize("at", [20, 25, 38, 45, 50])
def test_a_damaged_header_fails_the_key_check(tmp_path: Path, at: int) -> None:
    encrypted = _encrypted(tmp_path, b"x" * 200)
    encrypted.write_bytes(_flip(encrypted.read_bytes(), at))
    with pytest.raises(BackupFileError, match=r"(passphrase does not open|damaged header)"):
        decrypt_file(encrypted, tmp_path / "out.bin", PASSPHRASE, label="backup.enc")
    assert not (tmp_path / "out.bin").exists()


def test_a_newer_format_is_named_as_such(tmp_path: Path) -> None:
    encrypted = _encrypted(tmp_path, b"x")
    data = encrypted.read_bytes()
    encrypted.write_bytes(data[:16] + b"\x02" + data[17:])
    with pytest.raises(BackupFileError, match="newer mesolog"):
        decrypt_file(encrypted, tmp_path / "out.bin", PASSPHRASE, label="backup.enc")


@pytest.mark.parametrize(
    ("at", "value", "problem"),
    [
        (18, 30, "out of range (log2 N=30, r=8, p=1)"),
        (19, 255, "out of range (log2 N=10, r=255, p=1)"),
        (20, 255, "out of range (log2 N=10, r=8, p=255)"),
        (18, 22, "asking for more than 1 GiB of memory"),
    ],
)
def test_a_header_asking_for_huge_work_is_refused_before_any_key_is_derived(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at: int, value: int, problem: str
) -> None:
    encrypted = _encrypted(tmp_path, b"x")
    data = encrypted.read_bytes()
    encrypted.write_bytes(data[:at] + bytes([value]) + data[at + 1 :])
    derived: list[ScryptCost] = []
    derive = backup_encryption._key

    def recorded(passphrase: str, salt: bytes, cost: ScryptCost) -> bytes:
        derived.append(cost)
        return derive(passphrase, salt, cost)

    monkeypatch.setattr(backup_encryption, "_key", recorded)
    with pytest.raises(
        BackupFileError, match=re.escape(f"damaged header (scrypt parameters {problem}")
    ):
        decrypt_file(encrypted, tmp_path / "out.bin", PASSPHRASE, label="backup.enc")
    assert derived == []
    assert not (tmp_path / "out.bin").exists()


def test_the_work_any_header_can_ask_for_is_bounded() -> None:
    """Of every log2 N and r a header's bytes can name, those the check accepts need at most
    1 GiB of memory; of every p (passes over that memory), it accepts 1 to 16."""
    sizes = [
        (log2_n, r)
        for log2_n in range(256)
        for r in range(256)
        if ScryptCost(log2_n, r, 1).problem() is None
    ]
    assert (DEFAULT_COST.log2_n, DEFAULT_COST.r) in sizes
    assert (CHEAP.log2_n, CHEAP.r) in sizes
    assert max(128 * r * (1 << log2_n) for log2_n, r in sizes) == 1 << 30
    passes = [p for p in range(256) if ScryptCost(CHEAP.log2_n, CHEAP.r, p).problem() is None]
    assert passes == list(range(1, 17))


@pytest.mark.sqlite_only("SQLite files")
def test_plain_files_are_not_taken_for_encrypted_ones(clinic: Clinic, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    copy_online(clinic.context.db.engine, copy)
    assert not is_encrypted(copy)
    assert is_encrypted(_encrypted(tmp_path, b""))
    with pytest.raises(BackupFileError, match="not an encrypted mesolog backup"):
        decrypt_file(copy, tmp_path / "out.bin", PASSPHRASE, label="copy.sqlite")
