"""Rows waiting to be bulk-inserted, and the writer that inserts them with their outbox rows.

Bulk inserts (`session.execute(insert(Model), rows)`) bypass the ORM's `before_flush`
listener that normally writes the outbox, so the writer adds one `OutboxChange` (upsert,
to send) for every row of a `Syncable` model itself. Tables are written parents first.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.demo.calendar import uid
from app.models.assessment import RiskAssessment, RiskFinding
from app.models.base import Base, Syncable
from app.models.enums import ChangeOp, SyncState
from app.models.outbox import OutboxChange
from app.models.plan import PlanGoal, PlanReviewDate, PlanVersion, SupportMeasure, SupportPlan
from app.models.plan_evaluation import ParentApplication, PlanEvaluation, RiskOutcome
from app.models.school import School, SchoolClass, SchoolYear, Semester
from app.models.student import Guardian, Student, SupportAssignment
from app.models.support import Consultation, Expense
from app.models.user import User, UserRole

Row = dict[str, Any]

# Parents before children (SQLAlchemy does not order bulk inserts by foreign keys).
INSERT_ORDER: tuple[type[Base], ...] = (
    School, SchoolYear, Semester, User, UserRole, SchoolClass, Student, Guardian,
    SupportAssignment, RiskAssessment, RiskFinding, SupportPlan, PlanVersion, PlanGoal,
    SupportMeasure, PlanReviewDate, ParentApplication, PlanEvaluation, RiskOutcome,
    Consultation, Expense,
)


class DemoRows:
    """Collects rows per model; `ids` draws keys from the seeded generator."""

    def __init__(self, seed: int) -> None:
        self.ids = random.Random(f"{seed}:ids")
        self.pending: dict[type[Base], list[Row]] = defaultdict(list)
        self.counts: dict[str, int] = defaultdict(int)
        self.outbox = 0

    def new_id(self) -> uuid.UUID:
        return uid(self.ids)

    def add(self, model: type[Base], **values: Any) -> uuid.UUID:
        """Queue one row; gives it a key (unless the model has none or one is given)."""
        if "id" not in values and "id" in model.__table__.c:
            values["id"] = self.new_id()
        self.pending[model].append(values)
        return values.get("id", uuid.UUID(int=0))

    def write(self, session: Session, changed_at: datetime) -> None:
        """Insert everything queued so far, parents first, with the outbox rows."""
        unknown = set(self.pending) - set(INSERT_ORDER)
        if unknown:
            raise ValueError(f"no insert order for {sorted(m.__name__ for m in unknown)}")
        for model in INSERT_ORDER:
            rows = self.pending.pop(model, [])
            if not rows:
                continue
            session.execute(insert(model), rows)
            self.counts[model.__tablename__] += len(rows)
            if issubclass(model, Syncable):
                entity = model.__sync_entity__
                session.execute(insert(OutboxChange), [
                    {"entity": entity, "entity_id": r["id"], "op": ChangeOp.UPSERT,
                     "changed_at": changed_at, "state": SyncState.TO_SEND, "bundle_id": None}
                    for r in rows
                ])
                self.outbox += len(rows)
