"""Password hashes: argon2id with parameters at or above OWASP's minimum (19 MiB,
2 iterations, 1 lane). Each hash carries its parameters; a hash made with weaker
ones than these is replaced at the next successful log-in."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argon2 import PasswordHasher

OWASP_MEMORY_KIB = 19 * 1024
OWASP_TIME_COST = 2
OWASP_PARALLELISM = 1


@cache
def _hasher() -> PasswordHasher:
    """64 MiB and 3 passes: above OWASP's minimum, about a tenth of a second here. argon2 is
    imported here, on the first password, not at the window's start."""
    from argon2 import PasswordHasher, Type

    return PasswordHasher(
        time_cost=3, memory_cost=64 * 1024, parallelism=1, hash_len=32, salt_len=16, type=Type.ID
    )


def hash_password(password: str, hasher: PasswordHasher | None = None) -> str:
    return (hasher or _hasher()).hash(password)


def password_matches(encoded: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return _hasher().verify(encoded, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_new_hash(encoded: str) -> bool:
    """True when the hash was made with other parameters (older, weaker) than the hasher's."""
    from argon2.exceptions import InvalidHashError

    try:
        return _hasher().check_needs_rehash(encoded)
    except InvalidHashError:
        return True
