"""The home screen's read ("Mans darbs"): what waits for this person today, by role."""

from app.services.my_work.items import MyWork, WorkItem, WorkKind, my_work

__all__ = ["MyWork", "WorkItem", "WorkKind", "my_work"]
