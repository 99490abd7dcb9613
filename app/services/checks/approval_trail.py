"""Does every approval the audit trail records still stand? A plan version the trail says a
director approved must still be approved (or closed after its evaluation) and carry its
signature: setting it back to "submitted" and removing the signature — which the signature
check alone cannot see, there being nothing left to verify — is reported."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, PlanVersion, Student, SupportPlan
from app.models.enums import PlanStatus

STANDING = (PlanStatus.APPROVED, PlanStatus.CLOSED)


def _approved_in_trail(session: Session) -> set[tuple[str, int]]:
    """(plan id, version number) of every approval the trail records."""
    rows = session.execute(select(AuditEntry.entity_id, AuditEntry.details)
                           .where(AuditEntry.action == "plan.approve"))
    return {(plan_id, int(json.loads(details).get("version", 0))) for plan_id, details in rows}


def approvals_undone(conn: Connection) -> list[tuple[str, int]]:
    """(pupil's name, version) of each recorded approval that no longer stands."""
    with Session(bind=conn) as session:
        out = []
        for plan_id, number in sorted(_approved_in_trail(session)):
            try:
                plan_uuid = uuid.UUID(plan_id)
            except ValueError:
                continue
            row = session.execute(
                select(PlanVersion, Student.first_name, Student.last_name)
                .join(SupportPlan, SupportPlan.id == PlanVersion.plan_id)
                .join(Student, Student.id == SupportPlan.student_id)
                .where(PlanVersion.plan_id == plan_uuid, PlanVersion.number == number)).first()
            if row is None:
                out.append(("?", number))
                continue
            version, first, last = row
            if version.status not in STANDING or version.signature is None:
                out.append((f"{first} {last}", number))
        return out
