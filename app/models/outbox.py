"""The change log (outbox) that the sync reads: one row per change, written with the change.

Mapper events write an OutboxChange row for every `Syncable` row that is inserted, updated
or deleted — including rows removed by a delete-orphan cascade — on the same connection and
in the same transaction, so a change can never be committed without its outbox row.
Bulk inserts (`session.execute(insert(...))`) bypass mapper events: code that bulk-inserts
syncable rows (the demo generator, sync apply) writes their outbox rows itself.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, String, event, insert
from sqlalchemy.orm import Mapped, Mapper, mapped_column, object_session

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


def _record(connection: Connection, target: Any, op: ChangeOp) -> None:
    connection.execute(
        insert(OutboxChange),
        {"entity": target.__sync_entity__, "entity_id": target.id, "op": op,
         "changed_at": utcnow(), "state": SyncState.TO_SEND},
    )


@event.listens_for(Base, "after_insert", propagate=True)
def _inserted(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    if isinstance(target, Syncable):
        _record(connection, target, ChangeOp.UPSERT)


@event.listens_for(Base, "after_update", propagate=True)
def _updated(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    # after_update also fires for rows whose only change was to a relationship collection.
    session = object_session(target)
    if isinstance(target, Syncable) and session is not None and session.is_modified(
        target, include_collections=False
    ):
        _record(connection, target, ChangeOp.UPSERT)


@event.listens_for(Base, "after_delete", propagate=True)
def _deleted(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    if isinstance(target, Syncable):
        _record(connection, target, ChangeOp.DELETE)
