"""Staff accounts: the first administrator, new users, listing.

Who may do what:
- create, deactivate, reactivate, change roles, reset another's password: the administrator
  (`Permission.USER_MANAGE`) only;
- list users: the administrator, and also the coordinator (who assigns staff to pupils) and
  the director (who oversees the school) — read only, never a password hash;
- change one's own password: everybody, with the current password.
In the per-machine mode (`store.key_slots`) a new account gets its key slot, wrapped under the
initial password the administrator types (`app.key_slots`).
Account changes (roles, activity, passwords) are in `app.services.users.admin`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.models.enums import Role, SpecialistType
from app.models.user import User, UserRole
from app.services.core import audit
from app.services.core.actor import SYSTEM_ACTOR, Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.users import passwords
from app.services.users.rules import normalise_username, user_problems

LIST_ROLES = (Role.ADMIN, Role.COORDINATOR, Role.DIRECTOR)
"""Roles that may see the list of staff accounts."""


@dataclass(frozen=True)
class UserSummary:
    id: uuid.UUID
    username: str
    full_name: str
    roles: tuple[Role, ...]
    specialist_type: SpecialistType | None
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None = None


@dataclass(frozen=True)
class UserInput:
    username: str
    full_name: str
    password: str
    roles: tuple[Role, ...]
    specialist_type: SpecialistType | None = None
    password_confirm: str | None = None
    """Checked against `password` when given (the form's "repeat password" field)."""


def ordered_roles(roles: Iterable[Role]) -> tuple[Role, ...]:
    """The roles without duplicates, in the order of `Role`."""
    chosen = set(roles)
    return tuple(r for r in Role if r in chosen)


def summary_of(user: User) -> UserSummary:
    return UserSummary(
        id=user.id, username=user.username, full_name=user.full_name,
        roles=ordered_roles(user.role_set), specialist_type=user.specialist_type,
        active=user.active, locked_until=user.locked_until, last_login_at=user.last_login_at,
    )


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, user.role_set, user.specialist_type)


def load_user(session: Session, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("users.not_found")
    return user


def _insert(session: Session, actor: Actor, data: UserInput, action: str) -> UserSummary:
    username = normalise_username(data.username)
    problems = user_problems(username, data.full_name, data.roles, data.specialist_type)
    problems += passwords.policy_problems(
        data.password, username, data.password_confirm,
        check_confirm=data.password_confirm is not None,
    )
    if problems:
        raise ValidationError(problems)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict("users.username_taken", username=username)
    roles = ordered_roles(data.roles)
    spec = data.specialist_type if Role.SUPPORT in roles else None
    user = User(id=uuid.uuid4(), username=username, full_name=data.full_name.strip(),
                password_hash=passwords.hash_password(data.password), specialist_type=spec)
    user.roles = [UserRole(role=r) for r in roles]
    session.add(user)
    session.flush()
    audit.record(session, actor, action, "user", user.id, username=username,
                 roles=[r.value for r in roles], specialist_type=spec.value if spec else None)
    return summary_of(user)


def create_first_admin(store: Store, username: str, full_name: str, password: str,
                       password_confirm: str | None = None) -> UserSummary:
    """The first administrator of a new database (first-run wizard); Conflict once any user
    exists. Recorded in the audit trail as done by the system."""
    with store.write() as s:
        return add_first_admin(s, username, full_name, password, password_confirm)


def add_first_admin(session: Session, username: str, full_name: str, password: str,
                    password_confirm: str | None = None) -> UserSummary:
    """`create_first_admin` inside the caller's transaction (school set-up does it together
    with the school and its calendar, all or nothing)."""
    if session.scalar(select(func.count()).select_from(User)):
        raise Conflict("users.first_admin_exists")
    data = UserInput(username, full_name, password, (Role.ADMIN,), None, password_confirm)
    return _insert(session, SYSTEM_ACTOR, data, "user.first_admin_created")


def create_user(store: Store, actor: Actor, data: UserInput) -> UserSummary:
    """A new staff account (administrator only). The user name is stored in lowercase."""
    require(actor, Permission.USER_MANAGE)
    with store.write() as s:
        made = _insert(s, actor, data, "user.created")
        if store.key_slots is not None:  # per-machine: before the commit, all or nothing
            store.key_slots.put(made.username, data.password)
        return made


def list_users(store: Store, actor: Actor, *, include_inactive: bool = True
               ) -> list[UserSummary]:
    """All staff accounts by full name (administrator, coordinator, director)."""
    if not actor.has(*LIST_ROLES):
        raise PermissionDenied("permission.denied", action="user.list")
    with store.read() as s:
        query = select(User).order_by(User.full_name, User.username)
        if not include_inactive:
            query = query.where(User.active.is_(True))
        return [summary_of(u) for u in s.scalars(query)]

