"""Server-side console sessions: the browser holds a random token, the hub its SHA-256.

A session ends on sign-out, on a role change (`accounts.set_role`) or after 30 minutes
without a request. Each carries its own CSRF token, which every form posts back; the sign-in
form, before there is a session, uses a double-submit cookie instead (`login_csrf`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.hub.console.accounts import audit
from app.hub.hub import Hub
from app.hub.models_console import ConsoleSession, ConsoleUser
from app.hub.types import utcnow

COOKIE = "pumpurs_console"
LOGIN_CSRF_COOKIE = "pumpurs_console_login"
IDLE_MINUTES = 30
TOUCH_SECONDS = 30
"""`last_seen_at` is written at most this often (not on every request)."""


@dataclass(frozen=True)
class Signed:
    """The person behind a request."""

    username: str
    role: str
    csrf_token: str
    token_sha256: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def tokens_match(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(
        str(expected).encode(), str(given).encode())


def open_session(hub: Hub, username: str) -> str:
    """A new session for `username`; returns the token for the cookie."""
    token = new_token()
    with hub.store.write() as s:
        s.add(ConsoleSession(token_sha256=_digest(token), username=username,
                             csrf_token=new_token()))
    return token


def current(hub: Hub, token: str | None, now: datetime | None = None) -> Signed | None:
    """The live session of `token`, or None (unknown, revoked, idle too long — then revoked
    — or its person gone)."""
    if not token or len(token) > 100:
        return None
    now = now or utcnow()
    digest = _digest(token)
    with hub.store.read() as s:
        row = s.get(ConsoleSession, digest)
        user = s.get(ConsoleUser, row.username) if row is not None else None
    if row is None or row.revoked_at is not None or user is None:
        return None
    if now - row.last_seen_at > timedelta(minutes=IDLE_MINUTES):
        with hub.store.write() as s:
            idle = s.get(ConsoleSession, digest)
            if idle is not None and idle.revoked_at is None:
                idle.revoked_at = now
                audit(s, row.username, "signed_out_idle")
        return None
    if now - row.last_seen_at > timedelta(seconds=TOUCH_SECONDS):
        with hub.store.write() as s:
            seen = s.get(ConsoleSession, digest)
            if seen is not None:
                seen.last_seen_at = now
    return Signed(user.username, user.role, row.csrf_token, digest)


def close_session(hub: Hub, signed: Signed) -> None:
    with hub.store.write() as s:
        row = s.get(ConsoleSession, signed.token_sha256)
        if row is not None and row.revoked_at is None:
            row.revoked_at = utcnow()
        audit(s, signed.username, "sign_out")
