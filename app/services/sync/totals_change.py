"""Which delivery totals a bundle carries: those that differ from what was last bundled.

A build recomputes only the pupils whose consultations or expenses changed since the last
bundle (the outbox names the changed rows; `SyncTotalSource` names the pupil a deleted or
moved row was last counted for) and compares their totals with the digests stored for those
pupils (`SyncPlanTotal`): changed totals go out as upserts, vanished ones as tombstones.
Everything is recomputed and compared instead when the basis (semester dates, year labels,
rates, measure type codes) differs from the stored one — also on the first build, after the
upgrade that introduced this and after a full resync, which clear the basis.
The digests, the pupil index and the basis are stored in the bundle's own transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, true, union_all
from sqlalchemy.orm import Session

from app.models import Consultation, Expense, SyncPlanTotal
from app.models.sync_state import SyncTotalBasis, SyncTotalSource
from app.services.sync.records import chunks
from app.services.sync.totals import delivery_totals, digest, hourly_rates, totals_basis

BASIS_ROW = 1


@dataclass(frozen=True)
class TotalsChange:
    records: dict[uuid.UUID, dict[str, Any] | None]  # record id -> data; None = tombstone
    digests: dict[uuid.UUID, tuple[uuid.UUID, str]]  # record id -> (pupil, digest) to store
    basis: str = ""
    full: bool = False  # every total recomputed: replace all digests and the pupil index
    sources: frozenset[uuid.UUID] = field(default_factory=frozenset)  # touched rows


NO_CHANGE = TotalsChange({}, {})


def _students(session: Session, sources: Collection[uuid.UUID]) -> set[uuid.UUID]:
    """The pupils of the touched rows: as they are now and as they were last counted."""
    students: set[uuid.UUID] = set()
    for batch in chunks(sources):
        for column, key in ((Consultation.student_id, Consultation.id),
                            (Expense.student_id, Expense.id),
                            (SyncTotalSource.student_id, SyncTotalSource.source_id)):
            students.update(session.scalars(select(column).where(key.in_(batch))))
    return students


def changed_totals(session: Session,
                   pending: Callable[[], Collection[uuid.UUID]]) -> TotalsChange:
    """The totals to send; `pending` gives the consultation / expense ids changed since the
    last bundle (asked for only when not everything is recomputed)."""
    rates = hourly_rates(session)
    basis = totals_basis(session, rates)
    full = session.scalar(select(SyncTotalBasis.digest)
                          .where(SyncTotalBasis.id == BASIS_ROW)) != basis
    sources: Collection[uuid.UUID] = ()
    if full:
        totals = delivery_totals(session, rates=rates)
        sent = {rid: value for rid, value in
                session.execute(select(SyncPlanTotal.record_id, SyncPlanTotal.digest))}
    elif not (sources := pending()):
        return NO_CHANGE
    else:
        students = _students(session, sources)
        totals = delivery_totals(session, students, rates)
        sent = {}
        for batch in chunks(students):
            sent.update((rid, value) for rid, value in session.execute(
                select(SyncPlanTotal.record_id, SyncPlanTotal.digest)
                .where(SyncPlanTotal.student_id.in_(batch))))
    records: dict[uuid.UUID, dict[str, Any] | None] = {}
    digests: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
    for rid, data in totals.items():
        now = digest(data)
        changed = sent.pop(rid, None) != now
        if changed:
            records[rid] = data
        if changed or full:
            digests[rid] = (uuid.UUID(data["student_id"]), now)
    for rid in sent:  # no consultation or expense left in that group
        records[rid] = None
    return TotalsChange(records, digests, basis, full, frozenset(sources))


def _index_sources(session: Session, ids: list[uuid.UUID] | None) -> None:
    """(Re)write the pupil index for `ids`, or for every consultation and expense."""
    rows = union_all(*(
        select(model.id, model.student_id).where(true() if ids is None else model.id.in_(ids))
        for model in (Consultation, Expense)))
    session.execute(insert(SyncTotalSource).from_select(["source_id", "student_id"], rows))


def store_totals(session: Session, change: TotalsChange) -> None:
    """Remember what went into the bundle being built (same transaction as the bundle)."""
    if change.full:
        session.execute(delete(SyncPlanTotal))
        session.execute(delete(SyncTotalSource))
        session.execute(delete(SyncTotalBasis))
        _index_sources(session, None)
        session.execute(insert(SyncTotalBasis), [{"id": BASIS_ROW, "digest": change.basis}])
    else:
        for batch in chunks(change.records):
            session.execute(delete(SyncPlanTotal).where(SyncPlanTotal.record_id.in_(batch)))
        for batch in chunks(change.sources):
            session.execute(delete(SyncTotalSource).where(SyncTotalSource.source_id.in_(batch)))
            _index_sources(session, batch)
    if change.digests:
        session.execute(insert(SyncPlanTotal), [
            {"record_id": rid, "student_id": student, "digest": value}
            for rid, (student, value) in change.digests.items()])

