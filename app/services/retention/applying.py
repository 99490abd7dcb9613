"""The retention review (`review_retention`): what is due on a day, per pupil (the admin)."""

from __future__ import annotations

from datetime import date

from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.retention.due import RetentionReview, due_pupils
from app.services.retention.rules import require_admin


def review_retention(store: Store, actor: Actor, on: date) -> RetentionReview:
    """What is due on `on`, per pupil (the admin)."""
    require_admin(actor)
    with store.read() as s:
        return RetentionReview(on, due_pupils(s, on))
