"""Encrypted backup files: a backup sealed with a passphrase (AES-256-GCM, key from scrypt).

Format version 1, all integers big-endian:

    offset size
     0     16   magic b"MESOLOG-BACKUP\\n\\x00"
    16      1   format version (1)
    17      1   key derivation (1 = scrypt)
    18      1   scrypt log2(N)
    19      1   scrypt r
    20      1   scrypt p
    21     16   salt (random)
    37      4   chunk size in bytes
    41      7   nonce prefix (random)
    48     16   key check: the AES-GCM tag of nothing, with nonce prefix‖FFFFFFFF‖02
                and the 48 bytes before it as associated data
    64      …   the chunks: each chunk of the plain file (the last may be shorter,
                even empty) encrypted with AES-256-GCM, its 16-byte tag after it

The key is scrypt(passphrase in Unicode NFC as UTF-8, salt). Chunk i has the
nonce prefix‖i (4 bytes)‖01 for the last chunk, 00 for the others, and the
64-byte header as associated data: a changed header, a chunk changed, moved,
removed or added, or a file cut short all fail authentication. The key check
tells a wrong passphrase (or a damaged header) from damaged content. Nothing
is written outside the target file, a new private one (persistence.private_files),
which the caller removes on failure.
"""

from __future__ import annotations

import secrets
import struct
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from mesolog.domain.texts import Text, phrase
from mesolog.persistence.backup_files import BackupFileError
from mesolog.persistence.private_files import open_private_file

# cryptography is imported by the functions that encrypt, not when the window starts.
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"MESOLOG-BACKUP\n\x00"
FORMAT_VERSION = 1
KDF_SCRYPT = 1
CHUNK_SIZE = 1 << 20
TAG_SIZE = 16
_FIELDS = struct.Struct(">16sBBBBB16sI7s")
HEADER_SIZE = _FIELDS.size + TAG_SIZE
_CHECK_COUNTER = b"\xff\xff\xff\xff\x02"


class WrongPassphraseError(BackupFileError):
    """The passphrase does not open an encrypted backup."""


@dataclass(frozen=True, slots=True)
class ScryptCost:
    """Scrypt's parameters: memory is 128 · 2^log2_n · r bytes (128 MiB by default)."""

    log2_n: int = 17
    r: int = 8
    p: int = 1

    def problem(self) -> Text | None:
        """Why these parameters are refused when read from a file (they bound the work)."""
        if not 10 <= self.log2_n <= 22 or not 1 <= self.r <= 32 or not 1 <= self.p <= 16:
            return phrase(
                "Backups", "scrypt parameters out of range (log2 N={log2_n}, r={r}, p={p})"
            ).having(log2_n=self.log2_n, r=self.r, p=self.p)
        if 128 * self.r * (1 << self.log2_n) > 1 << 30:
            return phrase("Backups", "scrypt parameters asking for more than 1 GiB of memory")
        return None


DEFAULT_COST = ScryptCost()


def is_encrypted(path: Path) -> bool:
    """Whether the file starts as an encrypted mesolog backup does."""
    with path.open("rb") as file:
        return file.read(len(MAGIC)) == MAGIC


def encrypt_file(
    source: Path,
    target: Path,
    passphrase: str,
    *,
    cost: ScryptCost = DEFAULT_COST,
    chunk_size: int = CHUNK_SIZE,
) -> None:
    """Write `source` encrypted with `passphrase` to `target`, a new file (see the format above)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if cost.problem() is not None:
        raise ValueError(cost.problem())
    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(7)
    fields = _FIELDS.pack(
        MAGIC, FORMAT_VERSION, KDF_SCRYPT, cost.log2_n, cost.r, cost.p, salt, chunk_size, prefix
    )
    cipher = AESGCM(_key(passphrase, salt, cost))
    header = fields + cipher.encrypt(prefix + _CHECK_COUNTER, b"", fields)
    with source.open("rb") as plain, open_private_file(target) as out:
        out.write(header)
        for index, chunk, last in _chunks(plain, chunk_size):
            out.write(cipher.encrypt(_nonce(prefix, index, last), chunk, header))


def decrypt_file(source: Path, target: Path, passphrase: str, *, label: str) -> None:
    """Write the plain content of the encrypted backup `source` to `target`, a new file.

    Raises WrongPassphraseError or BackupFileError (naming the file as `label`);
    `target` may then hold part of the content: the caller removes it.
    """
    from cryptography.exceptions import InvalidTag

    with source.open("rb") as encrypted:
        header = encrypted.read(HEADER_SIZE)
        cipher, prefix, chunk_size = _open_header(header, passphrase, label)
        with open_private_file(target) as out:
            for index, block, last in _chunks(encrypted, chunk_size + TAG_SIZE):
                if len(block) < TAG_SIZE:
                    raise BackupFileError(
                        phrase("Backups", "{label} is cut short: its last part is missing.").having(
                            label=label
                        )
                    )
                try:
                    out.write(cipher.decrypt(_nonce(prefix, index, last), block, header))
                except InvalidTag as error:
                    offset = HEADER_SIZE + index * (chunk_size + TAG_SIZE)
                    raise BackupFileError(
                        phrase(
                            "Backups",
                            "{label} is damaged or cut short: the part that starts at byte {offset}"
                            " does not match what was encrypted.",
                        ).having(label=label, offset=offset)
                    ) from error


def _open_header(header: bytes, passphrase: str, label: str) -> tuple[AESGCM, bytes, int]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
        raise BackupFileError(
            phrase("Backups", "{label} is not an encrypted mesolog backup.").having(label=label)
        )
    _, version, kdf, log2_n, r, p, salt, chunk_size, prefix = _FIELDS.unpack(header[: _FIELDS.size])
    if version != FORMAT_VERSION or kdf != KDF_SCRYPT:
        raise BackupFileError(
            phrase(
                "Backups",
                "{label} was encrypted by a newer mesolog (format {version}, key derivation {kdf});"
                " this version reads format {format_version}. Update mesolog.",
            ).having(label=label, version=version, kdf=kdf, format_version=FORMAT_VERSION)
        )
    cost = ScryptCost(log2_n, r, p)
    problem = cost.problem()
    if problem is not None or not 1 <= chunk_size <= 1 << 26:
        raise BackupFileError(
            phrase("Backups", "{label} has a damaged header ({problem}).").having(
                label=label,
                problem=problem
                or phrase("Backups", "chunk size {size}").having(size=str(chunk_size)),
            )
        )
    cipher = AESGCM(_key(passphrase, salt, cost))
    try:
        cipher.decrypt(prefix + _CHECK_COUNTER, header[_FIELDS.size :], header[: _FIELDS.size])
    except InvalidTag as error:
        raise WrongPassphraseError(
            phrase(
                "Backups", "The passphrase does not open {label} (or the file's header is damaged)."
            ).having(label=label)
        ) from error
    return cipher, prefix, chunk_size


def _key(passphrase: str, salt: bytes, cost: ScryptCost) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Scrypt(salt=salt, length=32, n=1 << cost.log2_n, r=cost.r, p=cost.p)
    return kdf.derive(secret)


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    if index >= 0xFFFFFFFF:
        raise BackupFileError(phrase("Backups", "The file is too large for the backup format."))
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _chunks(file: BinaryIO, size: int) -> Iterator[tuple[int, bytes, bool]]:
    """(index, chunk, is last) over a file: at least one chunk, empty if the file is."""
    current, index = file.read(size), 0
    while True:
        following = file.read(size)
        yield index, current, not following
        if not following:
            return
        current, index = following, index + 1
