"""Shared by several test modules: state."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.models import AuditEntry, User
from app.services.core.store import Store


def state(store: Store) -> tuple[Any, ...]:
    """Everything about the accounts that a write could change, plus the audit length."""
    with store.read() as s:
        users = tuple(sorted(
            (u.username, u.full_name, u.active, u.password_hash, u.specialist_type,
             tuple(sorted(u.role_set)), u.failed_logins, u.locked_until)
            for u in s.scalars(select(User))
        ))
        return users, s.scalar(select(func.count()).select_from(AuditEntry))
