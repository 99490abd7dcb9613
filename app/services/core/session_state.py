"""A signed-in session holds only while its person still does: every audited write checks
that the account is active and still holds the roles the session was opened with.

A deactivated teacher, or a director whose role was taken away on this or another PC, is
refused at the next write (the transaction rolls back) and asked to sign in again; their
reads stop too, because `rbac.visible_students` checks the same in SQL. Roles granted meanwhile
take effect at the next sign-in.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import PermissionDenied
from app.models.user import User, UserRole
from app.services.core.actor import Actor


def is_person(actor: Actor) -> bool:
    """False for the program itself and the municipality (no account at this school)."""
    return bool(actor.user_id.int)


def require_current(session: Session, actor: Actor) -> None:
    if not is_person(actor):
        return
    active = session.scalar(select(User.active).where(User.id == actor.user_id))
    if not active:
        raise PermissionDenied("users.session_deactivated")
    held = set(session.scalars(select(UserRole.role).where(UserRole.user_id == actor.user_id)))
    if not set(actor.roles) <= held:
        raise PermissionDenied("users.session_roles_changed")
