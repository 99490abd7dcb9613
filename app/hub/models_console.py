"""The console's tables: its people (argon2id hashes, never passwords), their server-side
sessions (only the SHA-256 of a session token is stored) and the audit of sign-ins and
decisions (who, when, what)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.hub.models import HubBase
from app.hub.types import utcnow

USERNAME = String(80)


class ConsoleUser(HubBase):
    __tablename__ = "hub_console_user"
    username: Mapped[str] = mapped_column(USERNAME, primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))  # coordinator | viewer | admin
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ConsoleSession(HubBase):
    """A signed-in browser: revoked on sign-out, on a role change, or after idling."""

    __tablename__ = "hub_console_session"
    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(USERNAME, index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


class AuditEntry(HubBase):
    __tablename__ = "hub_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    username: Mapped[str] = mapped_column(USERNAME)
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text)
