"""Password hashes: argon2id with parameters at or above OWASP's minimum (19 MiB,
2 iterations, 1 lane). Each hash carries its parameters; a hash made with weaker
ones than these is replaced at the next successful log-in."""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

OWASP_MEMORY_KIB = 19 * 1024
OWASP_TIME_COST = 2
OWASP_PARALLELISM = 1

HASHER = PasswordHasher(
    time_cost=3,
    memory_cost=64 * 1024,
    parallelism=1,
    hash_len=32,
    salt_len=16,
    type=Type.ID,
)
"""64 MiB and 3 passes: above OWASP's minimum, about a tenth of a second here."""


def hash_password(password: str, hasher: PasswordHasher = HASHER) -> str:
    return hasher.hash(password)


def password_matches(encoded: str, password: str) -> bool:
    try:
        return HASHER.verify(encoded, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_new_hash(encoded: str) -> bool:
    """True when the hash was made with other parameters (older, weaker) than HASHER's."""
    try:
        return HASHER.check_needs_rehash(encoded)
    except InvalidHashError:
        return True
