"""The log of refused uploads stays bounded: each school (and the unauthenticated senders
together) keeps its newest `KEPT` rejections; older ones are folded into one summary line per
school — how many, their bytes, the first and the last — so a school sending garbage for days
cannot grow the hub's database without end, and nothing is forgotten without a trace."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.hub.models import Rejection
from app.i18n import render

KEPT = 1000
SUMMARY = "summarised"


def bound_rejections(s: Session, school_id: str | None, kept: int | None = None) -> int:
    """Fold the rejections of `school_id` beyond the newest `kept` (default `KEPT`) into its
    summary line; how many were folded."""
    kept = KEPT if kept is None else kept
    same = (Rejection.school_id == school_id) if school_id is not None \
        else Rejection.school_id.is_(None)
    rows = select(Rejection.id).where(same, Rejection.kind != SUMMARY)
    count = s.scalar(select(func.count()).select_from(rows.subquery())) or 0
    if count <= kept:
        return 0
    cut = s.scalar(rows.order_by(Rejection.id.desc()).offset(kept).limit(1))
    old = select(func.count(), func.coalesce(func.sum(Rejection.size), 0),
                 func.min(Rejection.received_at), func.max(Rejection.received_at)).where(
        same, Rejection.kind != SUMMARY, Rejection.id <= cut)
    n, size, first, last = s.execute(old).one()
    summary = s.scalar(select(Rejection).where(same, Rejection.kind == SUMMARY))
    if summary is None:
        summary = Rejection(school_id=school_id, kind=SUMMARY, reason_key="hub.rejections_folded",
                            reason="", size=0, received_at=first)
        s.add(summary)
        folded = 0
    else:
        folded = int(summary.reason.split(" ", 1)[0]) if summary.reason[:1].isdigit() else 0
    total = folded + int(n)
    summary.size = int(summary.size or 0) + int(size)
    summary.reason = render("hub.rejections_folded", "en", count=total, last=str(last))
    summary.bundle_id = None
    s.execute(delete(Rejection).where(same, Rejection.kind != SUMMARY, Rejection.id <= cut))
    return int(n)
