"""The change log (outbox) that the sync reads: one row per change, written with the change.

Rows are added by a `before_flush` listener for every `Syncable` row that is inserted,
changed or deleted, in the same transaction, so a change can never be committed without
its outbox row.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import String, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.models.base import Base, Syncable, utcnow
from app.models.enums import ChangeOp, SyncState


class OutboxChange(Base):
    __tablename__ = "outbox_change"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID] = mapped_column(index=True)
    op: Mapped[ChangeOp]
    changed_at: Mapped[datetime]
    state: Mapped[SyncState] = mapped_column(default=SyncState.TO_SEND, index=True)
    bundle_id: Mapped[uuid.UUID | None]


def _changes(session: Session) -> list[OutboxChange]:
    now = utcnow()
    rows: list[OutboxChange] = []
    groups = (
        (session.new, ChangeOp.UPSERT),
        (session.dirty, ChangeOp.UPSERT),
        (session.deleted, ChangeOp.DELETE),
    )
    for objects, op in groups:
        for obj in objects:
            if not isinstance(obj, Syncable):
                continue
            if op is ChangeOp.UPSERT and obj in session.dirty and not session.is_modified(obj):
                continue
            entity_id = getattr(obj, "id", None)
            if entity_id is None:
                entity_id = uuid.uuid4()
                obj.id = entity_id  # type: ignore[attr-defined]
            rows.append(
                OutboxChange(
                    entity=obj.__sync_entity__, entity_id=entity_id, op=op, changed_at=now
                )
            )
    return rows


@event.listens_for(Session, "before_flush")
def _record_changes(session: Session, flush_context: object, instances: object) -> None:
    rows = _changes(session)
    if rows:
        session.add_all(rows)
