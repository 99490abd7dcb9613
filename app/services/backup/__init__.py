"""Backups of the school's database into a folder, their preview, restoring one, retention."""

from app.services.backup.contents import BackupPreview, inspect_backup
from app.services.backup.creating import BackupResult, back_up_now, create_backup
from app.services.backup.naming import backup_time, is_backup_name, school_slug, sidecar_path
from app.services.backup.reminder import BackupReminder, backup_reminder, last_backup_at
from app.services.backup.restoring import RestoreResult, read_backup_preview, restore_backup
from app.services.backup.retention import backups_to_delete, prune_backups

__all__ = [
    "BackupPreview",
    "BackupReminder",
    "BackupResult",
    "RestoreResult",
    "back_up_now",
    "backup_reminder",
    "backup_time",
    "backups_to_delete",
    "create_backup",
    "inspect_backup",
    "is_backup_name",
    "last_backup_at",
    "prune_backups",
    "read_backup_preview",
    "restore_backup",
    "school_slug",
    "sidecar_path",
]
