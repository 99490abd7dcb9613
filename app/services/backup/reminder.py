"""When the school's database was last backed up, and whether a reminder is due: the home
screen of whoever may make a backup says so when the last one is older than `DUE_DAYS`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from app.models.audit import AuditEntry
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, can
from app.services.core.store import Store

DUE_DAYS = 7


@dataclass(frozen=True)
class BackupReminder:
    last_at: datetime | None  # None: never backed up
    due: bool  # never, or longer ago than DUE_DAYS


def last_backup_at(store: Store) -> datetime | None:
    """The newest backup's time, from the audit trail (every backup is recorded there)."""
    with store.read() as s:
        at = s.scalar(select(func.max(AuditEntry.at))
                      .where(AuditEntry.action == "backup.created"))
    if at is None:
        return None
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def backup_reminder(store: Store, actor: Actor, now: datetime | None = None
                    ) -> BackupReminder | None:
    """None for someone who may not make backups (nothing to remind them of)."""
    if not can(actor, Permission.BACKUP_CREATE):
        return None
    last = last_backup_at(store)
    moment = now or datetime.now(UTC)
    return BackupReminder(last, last is None or moment - last > timedelta(days=DUE_DAYS))
