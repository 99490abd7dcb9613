"""Signing in, lock-out after repeated failures, and unlocking the idle screen.

- A wrong user name and a wrong password get the same message ("auth.failed") and take the
  same time (an unknown name is checked against a dummy hash), so neither reveals which
  user names exist.
- After `MAX_FAILED_SIGN_INS` consecutive failures the account is locked for `LOCK_OUT`;
  the message says until when, in Riga local time ("auth.locked"). When the lock ends the
  count starts again from zero. A successful sign-in or a password change clears the count.
- A locked account is refused before its password is checked. A deactivated account is told
  so ("auth.inactive"), but only once the right password was given.
- Every attempt is audited: a success by the user, a failure by the system against the
  account (an unknown user name is recorded without the typed text: it may be a password).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AuthenticationFailed
from app.models.base import utcnow
from app.models.user import User
from app.services.core import audit
from app.services.core.actor import SYSTEM_ACTOR, Actor
from app.services.core.store import Store
from app.services.users import passwords
from app.services.users.accounts import actor_of
from app.services.users.rules import normalise_username

MAX_FAILED_SIGN_INS = 5
"""Consecutive wrong passwords that lock an account."""
LOCK_OUT = timedelta(minutes=15)
"""How long a locked account stays locked."""
LOCAL_ZONE = "Europe/Riga"


def local_time(at: datetime) -> str:
    """`at` as "HH:MM" on Riga's clock (UTC if the time zone data is missing)."""
    try:
        return at.astimezone(ZoneInfo(LOCAL_ZONE)).strftime("%H:%M")
    except ZoneInfoNotFoundError:
        return at.strftime("%H:%M UTC")


def _locked_error(user: User) -> AuthenticationFailed:
    assert user.locked_until is not None
    return AuthenticationFailed("auth.locked", until=local_time(user.locked_until))


def _is_locked(user: User, now: datetime) -> bool:
    return user.locked_until is not None and now < user.locked_until


def _count_failure(session: Session, user: User, now: datetime, action: str) -> bool:
    """Record one wrong password; True when this failure locked the account."""
    if user.locked_until is not None and not _is_locked(user, now):
        user.locked_until = None  # an expired lock: counting starts afresh
    user.failed_logins += 1
    locked = user.failed_logins >= MAX_FAILED_SIGN_INS
    if locked:
        user.locked_until = now + LOCK_OUT
        user.failed_logins = 0
    audit.record(session, SYSTEM_ACTOR, action, "user", user.id, username=user.username,
                 reason="wrong_password", locked=locked)
    return locked


def _succeed(user: User, password: str) -> None:
    user.failed_logins = 0
    user.locked_until = None
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)


def sign_in(store: Store, username: str, password: str, *, now: datetime | None = None
            ) -> Actor:
    """The signed-in person, or AuthenticationFailed ("auth.failed", "auth.locked",
    "auth.inactive"). `now` (aware) replaces the clock in tests."""
    now = now or utcnow()
    error: AuthenticationFailed | None = None
    actor: Actor | None = None
    with store.write() as s:  # failures are committed too: the counter must persist
        user = s.scalar(select(User).where(User.username == normalise_username(username)))
        if user is None:
            passwords.burn_time(password)
            audit.record(s, SYSTEM_ACTOR, "auth.sign_in_failed", reason="unknown_user")
            error = AuthenticationFailed("auth.failed")
        elif _is_locked(user, now):
            audit.record(s, SYSTEM_ACTOR, "auth.sign_in_failed", "user", user.id,
                         username=user.username, reason="locked")
            error = _locked_error(user)
        elif not passwords.verify(user.password_hash, password):
            locked = _count_failure(s, user, now, "auth.sign_in_failed")
            error = _locked_error(user) if locked else AuthenticationFailed("auth.failed")
        elif not user.active:
            audit.record(s, SYSTEM_ACTOR, "auth.sign_in_failed", "user", user.id,
                         username=user.username, reason="inactive")
            error = AuthenticationFailed("auth.inactive")
        else:
            _succeed(user, password)
            user.last_login_at = now
            actor = actor_of(user)
            audit.record(s, actor, "auth.signed_in", "user", user.id)
    if error is not None:
        raise error
    assert actor is not None
    return actor


def verify_password_for_unlock(store: Store, actor: Actor, password: str, *,
                               now: datetime | None = None) -> bool:
    """True when `password` is the signed-in person's own, to leave the idle lock screen.

    Wrong passwords count towards the same lock-out as signing in; a locked or deactivated
    account answers False, and the lock screen should then offer only "sign out".
    """
    now = now or utcnow()
    with store.write() as s:
        user = s.get(User, actor.user_id)
        if user is None or not user.active or _is_locked(user, now):
            return False
        if not passwords.verify(user.password_hash, password):
            _count_failure(s, user, now, "auth.unlock_failed")
            return False
        _succeed(user, password)
        audit.record(s, actor, "auth.unlocked", "user", user.id)
        return True


def confirm_password(store: Store, actor: Actor, password: str, purpose: str, *,
                     now: datetime | None = None) -> None:
    """The signed-in person confirms an irreversible act (`purpose`, e.g. "plan.approve")
    with their own password. `AuthenticationFailed` when it is wrong ("auth.confirm_failed";
    counted towards the lock-out like a wrong sign-in), locked or deactivated."""
    now = now or utcnow()
    error: AuthenticationFailed | None = None
    with store.write() as s:
        user = s.get(User, actor.user_id)
        if user is None or not user.active:
            error = AuthenticationFailed("auth.inactive")
        elif _is_locked(user, now):
            error = _locked_error(user)
        elif not passwords.verify(user.password_hash, password):
            locked = _count_failure(s, user, now, "auth.confirm_failed")
            error = _locked_error(user) if locked else AuthenticationFailed(
                "auth.confirm_failed")
        else:
            _succeed(user, password)
            audit.record(s, actor, "auth.confirmed", "user", user.id, purpose=purpose)
    if error is not None:
        raise error


def unlock_refusal(store: Store, actor: Actor, *, now: datetime | None = None
                   ) -> AuthenticationFailed | None:
    """Why the signed-in person cannot leave the idle lock screen with a password any more
    ("auth.locked" with the time, "auth.inactive"), or None while a password may still
    unlock it. The lock screen asks this after a refused password."""
    now = now or utcnow()
    with store.read() as s:
        user = s.get(User, actor.user_id)
        if user is None or not user.active:
            return AuthenticationFailed("auth.inactive")
        if _is_locked(user, now):
            return _locked_error(user)
        return None
