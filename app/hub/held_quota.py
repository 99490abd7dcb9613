"""How much a school may have held at the hub (security finding 15).

A bundle that arrives ahead of a missing one is stored as `held` until the gap closes. A
school app sends its bundles in order, so a long queue of held bundles means a lost bundle or
a misbehaving sender; without a bound, 20 held bundles of 4 MiB each cost the hub 50 MiB.
Past either bound the hub stores nothing more for that school and answers "deferred"
(HTTP 429 with Retry-After): the school keeps the bundle and sends it again later, after the
missing one; nothing is lost and nothing is rejected.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.hub.models import Bundle

MAX_HELD_BUNDLES = 64
"""Held bundles per school (a school's first full upload of the large benchmark school is 15)."""
MAX_HELD_BYTES = 64 * 1024 * 1024
"""Bytes of held bundles per school."""
RETRY_AFTER_SECONDS = 60


def held_room(s: Session, school_id: str, size: int) -> bool:
    """True when one more held bundle of `size` bytes fits the school's quota."""
    count, total = s.execute(
        select(func.count(), func.coalesce(func.sum(Bundle.size), 0))
        .where(Bundle.school_id == school_id, Bundle.status == "held")).one()
    return int(count) < MAX_HELD_BUNDLES and int(total) + size <= MAX_HELD_BYTES
