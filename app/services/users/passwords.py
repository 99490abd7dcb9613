"""Password hashing (argon2id) and the password policy.

Hashes are argon2id strings (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`) made with the
argon2-cffi defaults; when those defaults are raised in a later version, `needs_rehash`
tells the sign-in to store a fresh hash. A wrong password is never an exception here:
`verify` answers False, also for a damaged or placeholder hash.

Policy (field "password"): at least `MIN_LENGTH` characters, not the user name; where a use
case takes a confirmation, it must equal the new password (field "password_confirm").
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from app.errors import FieldProblem

MIN_LENGTH = 10
"""Shortest password accepted."""

_HASHER = PasswordHasher(type=Type.ID)


def hash_password(password: str) -> str:
    """A new argon2id hash of `password` with a random salt."""
    return _HASHER.hash(password)


def verify(password_hash: str, password: str) -> bool:
    """True when `password` matches `password_hash`; False otherwise, never raising."""
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with other parameters than today's (or is not argon2)."""
    try:
        return _HASHER.check_needs_rehash(password_hash)
    except (InvalidHashError, ValueError):
        return True


@cache
def _dummy_hash() -> str:
    return hash_password("pumpurs-dummy-password")


def burn_time(password: str) -> None:
    """Spend as long as one verification, so an unknown user name answers as slowly as a
    known one and the timing does not reveal which user names exist."""
    verify(_dummy_hash(), password)


def policy_problems(password: str, username: str, confirm: str | None = None,
                    *, check_confirm: bool = False) -> list[FieldProblem]:
    """What is wrong with `password` as a new password for `username` (empty when fine).

    With `check_confirm`, `confirm` must equal `password` (a missing one does not).
    """
    problems: list[FieldProblem] = []
    if len(password) < MIN_LENGTH:
        problems.append(FieldProblem("password", "password.too_short", {"min": MIN_LENGTH}))
    elif password.strip().casefold() == username.strip().casefold():
        problems.append(FieldProblem("password", "password.same_as_username"))
    if check_confirm and confirm != password:
        problems.append(FieldProblem("password_confirm", "password.confirm_mismatch"))
    return problems
