"""Changes to existing accounts: passwords, roles, deactivation.

- `change_password`: anybody for their own account (the current password is required and
  checked); the administrator for anybody else's (a reset, no old password). Either way the
  failed-sign-in counter and any lock-out are cleared.
- `deactivate_user`, `reactivate_user`, `set_roles`: administrator only. An administrator
  cannot deactivate their own account, and the last active administrator can neither be
  deactivated nor lose the ADMIN role (Conflict), so the school is never left without one.
Nothing about a password (neither text nor hash) ever goes into the audit trail.

Per-machine (`store.key_slots`), the account's key slot follows: a new password re-wraps it
(or gives a slot back to an account that had none), a deactivation removes it. Reactivation
cannot restore it — nobody knows the password then — so the administrator sets a new
password for a reactivated account. Each change is made before the commit.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, ValidationError
from app.models.enums import Role, SpecialistType
from app.models.user import User, UserRole
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.users import passwords
from app.services.users.accounts import UserSummary, load_user, ordered_roles, summary_of
from app.services.users.rules import role_problems


def change_password(store: Store, actor: Actor, user_id: uuid.UUID, old_password: str | None,
                    new_password: str, confirm: str) -> UserSummary:
    """Set a new password: one's own (with `old_password`) or, as administrator, anybody's."""
    own = actor.user_id == user_id
    if not own:
        require(actor, Permission.USER_MANAGE)
    with store.write() as s:
        user = load_user(s, user_id)
        problems: list[FieldProblem] = []
        if own and not old_password:
            problems.append(FieldProblem("old_password", "password.old_required"))
        elif own and not passwords.verify(user.password_hash, old_password or ""):
            problems.append(FieldProblem("old_password", "password.old_wrong"))
        problems += passwords.policy_problems(new_password, user.username, confirm,
                                              check_confirm=True)
        if problems:
            raise ValidationError(problems)
        user.password_hash = passwords.hash_password(new_password)
        if store.key_slots is not None:
            store.key_slots.put(user.username, new_password)
        user.failed_logins = 0
        user.locked_until = None
        action = "user.password_changed" if own else "user.password_reset"
        audit.record(s, actor, action, "user", user.id, username=user.username)
        return summary_of(user)


def _other_active_admins(session: Session, user: User) -> int:
    query = (select(func.count()).select_from(User).join(UserRole)
             .where(UserRole.role == Role.ADMIN, User.active.is_(True), User.id != user.id))
    return session.scalar(query) or 0


def _guard_last_admin(session: Session, user: User) -> None:
    """Conflict if `user` is the only active administrator."""
    if user.active and Role.ADMIN in user.role_set and not _other_active_admins(session, user):
        raise Conflict("users.last_admin", username=user.username)


def deactivate_user(store: Store, actor: Actor, user_id: uuid.UUID) -> UserSummary:
    """The account can no longer sign in; its records and history stay. Idempotent."""
    require(actor, Permission.USER_MANAGE)
    if actor.user_id == user_id:
        raise Conflict("users.cannot_deactivate_self")
    with store.write() as s:
        user = load_user(s, user_id)
        if user.active:
            _guard_last_admin(s, user)
            user.active = False
            if store.key_slots is not None:
                store.key_slots.remove(user.username)
            audit.record(s, actor, "user.deactivated", "user", user.id, username=user.username)
        return summary_of(user)


def reactivate_user(store: Store, actor: Actor, user_id: uuid.UUID) -> UserSummary:
    """The account may sign in again. Idempotent."""
    require(actor, Permission.USER_MANAGE)
    with store.write() as s:
        user = load_user(s, user_id)
        if not user.active:
            user.active = True
            audit.record(s, actor, "user.reactivated", "user", user.id, username=user.username)
        return summary_of(user)


def set_roles(store: Store, actor: Actor, user_id: uuid.UUID, roles: Iterable[Role],
              specialist_type: SpecialistType | None) -> UserSummary:
    """Replace the account's roles (and specialist type, kept only with SUPPORT).

    Nobody changes their own roles (an admin making themself director could approve alone).
    Roles taken away end the user's open sessions at once (`core.session_state`); roles
    given take effect at the next sign-in.
    """
    require(actor, Permission.USER_MANAGE)
    if user_id == actor.user_id:
        raise Conflict("users.cannot_change_own_roles")
    chosen = ordered_roles(roles)
    problems = role_problems(chosen, specialist_type)
    if problems:
        raise ValidationError(problems)
    spec = specialist_type if Role.SUPPORT in chosen else None
    with store.write() as s:
        user = load_user(s, user_id)
        before = ordered_roles(user.role_set)
        if Role.ADMIN not in chosen:
            _guard_last_admin(s, user)
        kept = [r for r in user.roles if r.role in chosen]
        user.roles = kept + [UserRole(role=r) for r in chosen if r not in user.role_set]
        user.specialist_type = spec
        s.flush()
        audit.record(s, actor, "user.roles_set", "user", user.id, username=user.username,
                     roles_before=[r.value for r in before], roles=[r.value for r in chosen],
                     specialist_type=spec.value if spec else None)
        return summary_of(user)
