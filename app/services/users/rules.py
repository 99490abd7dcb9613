"""What a staff account must look like: user name, full name, roles and specialist type.

- User name: 3–60 characters, lowercase Latin letters a–z, digits, dot, hyphen, underscore.
  Input is trimmed and lowercased first, so "Ilze.Kalnina " becomes "ilze.kalnina".
- Full name: required, at most 120 characters.
- Roles: at least one. SUPPORT needs a specialist type; without SUPPORT the specialist type
  is not needed and is not stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.errors import FieldProblem
from app.models.enums import Role, SpecialistType

USERNAME_MIN = 3
USERNAME_MAX = 60
FULL_NAME_MAX = 120
_USERNAME_CHARS = re.compile(r"[a-z0-9._-]+")


def normalise_username(username: str) -> str:
    return username.strip().lower()


def username_problems(username: str) -> list[FieldProblem]:
    if not USERNAME_MIN <= len(username) <= USERNAME_MAX:
        return [FieldProblem("username", "users.username_length",
                             {"min": USERNAME_MIN, "max": USERNAME_MAX})]
    if not _USERNAME_CHARS.fullmatch(username):
        return [FieldProblem("username", "users.username_chars")]
    return []


def full_name_problems(full_name: str) -> list[FieldProblem]:
    name = full_name.strip()
    if not name:
        return [FieldProblem("full_name", "users.full_name_required")]
    if len(name) > FULL_NAME_MAX:
        return [FieldProblem("full_name", "users.full_name_too_long", {"max": FULL_NAME_MAX})]
    return []


def role_problems(roles: Iterable[Role], specialist_type: SpecialistType | None
                  ) -> list[FieldProblem]:
    chosen = set(roles)
    if not chosen:
        return [FieldProblem("roles", "users.roles_required")]
    if Role.SUPPORT in chosen and specialist_type is None:
        return [FieldProblem("specialist_type", "users.specialist_type_required")]
    return []


def user_problems(username: str, full_name: str, roles: Iterable[Role],
                  specialist_type: SpecialistType | None) -> list[FieldProblem]:
    """Every problem with a new account's fields (the password is checked separately)."""
    return [*username_problems(username), *full_name_problems(full_name),
            *role_problems(roles, specialist_type)]
