"""The console's people: added from the command line, signed in with argon2id hashes.

Five failed sign-ins in a row lock the account for 15 minutes (a sign-in while locked is
refused without looking at the password, and not counted). Every sign-in, failed or not, is
written to the audit. A role change revokes the person's sessions.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, NotFound, ValidationError
from app.hub.hub import Hub
from app.hub.models_console import AuditEntry, ConsoleSession, ConsoleUser
from app.hub.types import utcnow

ROLES = ("coordinator", "viewer", "admin")
DECIDING_ROLES = frozenset({"coordinator"})
MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 10
USERNAME_PATTERN = re.compile(r"[A-Za-z0-9._@-]{1,80}")
HASHER = PasswordHasher()  # argon2id with the library's current parameters
_NOBODY_HASH = HASHER.hash("not a password of anyone")


class SignInOutcome(enum.StrEnum):
    SIGNED_IN = "signed_in"
    WRONG = "wrong"  # unknown name or wrong password: the same answer for both
    LOCKED = "locked"


@dataclass(frozen=True)
class SignIn:
    outcome: SignInOutcome
    username: str
    role: str | None = None


def audit(s: Session, username: str, action: str, detail: str | None = None) -> None:
    s.add(AuditEntry(username=username[:80], action=action, detail=detail))


def add_user(hub: Hub, username: str, password: str, role: str) -> None:
    if not USERNAME_PATTERN.fullmatch(username):
        raise ValidationError(FieldProblem("username", "hub.username_invalid"))
    if role not in ROLES:
        raise ValidationError(FieldProblem("role", "hub.role_invalid",
                                           {"roles": ", ".join(ROLES)}))
    if len(password) < MIN_PASSWORD:
        raise ValidationError(FieldProblem("password", "hub.password_too_short",
                                           {"limit": MIN_PASSWORD}))
    with hub.store.write() as s:
        if s.get(ConsoleUser, username) is not None:
            raise Conflict("hub.user_exists", username=username)
        s.add(ConsoleUser(username=username, password_hash=HASHER.hash(password), role=role))
        audit(s, username, "user_added", role)


@dataclass(frozen=True)
class Person:
    username: str
    role: str
    locked_until: datetime | None
    last_sign_in: datetime | None


def list_people(hub: Hub) -> list[Person]:
    """The console's people, each with the time of their last sign-in (from the audit)."""
    with hub.store.read() as s:
        last = dict(s.execute(select(AuditEntry.username, func.max(AuditEntry.at))
                              .where(AuditEntry.action == "sign_in")
                              .group_by(AuditEntry.username)).all())
        return [Person(u.username, u.role, u.locked_until, last.get(u.username))
                for u in s.scalars(select(ConsoleUser).order_by(ConsoleUser.username))]


def set_role(hub: Hub, username: str, role: str) -> None:
    """A new role for `username`; the sessions signed in under the old one are revoked."""
    if role not in ROLES:
        raise ValidationError(FieldProblem("role", "hub.role_invalid",
                                           {"roles": ", ".join(ROLES)}))
    with hub.store.write() as s:
        user = s.get(ConsoleUser, username, with_for_update=True)
        if user is None:
            raise NotFound("hub.user_unknown", username=username)
        user.role = role
        revoke_sessions(s, username)
        audit(s, username, "role_changed", role)


def revoke_sessions(s: Session, username: str) -> None:
    s.execute(update(ConsoleSession).where(ConsoleSession.username == username,
                                           ConsoleSession.revoked_at.is_(None))
              .values(revoked_at=utcnow()))


def _verifies(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def sign_in(hub: Hub, username: str, password: str, now: datetime | None = None) -> SignIn:
    now = now or utcnow()
    with hub.store.write() as s:
        user = s.get(ConsoleUser, username[:80], with_for_update=True)
        if user is None:
            _verifies(_NOBODY_HASH, password)  # the same time as for a real account
            audit(s, username, "sign_in_failed", "unknown")
            return SignIn(SignInOutcome.WRONG, username)
        if user.locked_until is not None and user.locked_until > now:
            audit(s, username, "sign_in_locked")
            return SignIn(SignInOutcome.LOCKED, username)
        if not _verifies(user.password_hash, password):
            user.failed_sign_ins += 1
            if user.failed_sign_ins >= MAX_FAILURES:
                user.failed_sign_ins = 0
                user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                audit(s, username, "locked_out", f"{LOCK_MINUTES} min")
                return SignIn(SignInOutcome.LOCKED, username)
            audit(s, username, "sign_in_failed", "password")
            return SignIn(SignInOutcome.WRONG, username)
        user.failed_sign_ins, user.locked_until = 0, None
        if HASHER.check_needs_rehash(user.password_hash):
            user.password_hash = HASHER.hash(password)
        audit(s, username, "sign_in")
        return SignIn(SignInOutcome.SIGNED_IN, username, user.role)
