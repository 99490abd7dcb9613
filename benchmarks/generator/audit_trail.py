"""The audit trail the generated school would have: one entry per use case that made its
rows (pupil enrolled, assessment recorded, plan created, submitted, approved or returned,
application received, plan evaluated, consultation logged, expense recorded), in time order
and hash-chained exactly as `app.services.core.audit.record` chains them, so the card's History tab
and `pumpurs check-db` see a real trail."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import datetime
from typing import Any

import rfc8785

from app.demo.rows import DemoRows
from app.models import (
    Consultation,
    Expense,
    ParentApplication,
    PlanEvaluation,
    PlanVersion,
    RiskAssessment,
    RiskFinding,
    Student,
    SupportPlan,
    User,
)
from app.models.enums import PlanStatus
from app.services.core.audit import GENESIS, HASH_FORMAT, _entry_hash

Entry = tuple[datetime, uuid.UUID | None, str, str, uuid.UUID, uuid.UUID, dict[str, Any]]


def _entries(rows: DemoRows, semesters: dict[uuid.UUID, str],
             coordinator: uuid.UUID, director: uuid.UUID) -> list[Entry]:
    p = rows.pending
    out: list[Entry] = []
    for s in p[Student]:
        out.append((s["created_at"], coordinator, "student.create", "student", s["id"], s["id"],
                    {"class_id": str(s["class_id"]), "guardians": 1,
                     "personal_code": s["personal_code"] is not None,
                     "possible_duplicate_confirmed": False}))
    findings = Counter(f["assessment_id"] for f in p[RiskFinding])
    for a in p[RiskAssessment]:
        out.append((a["created_at"], a["assessed_by_id"], "assessment.create",
                    "risk_assessment", a["id"], a["student_id"],
                    {"semester": semesters[a["semester_id"]], "findings": findings[a["id"]],
                     "overall": "medium"}))
    plans = {r["id"]: r for r in p[SupportPlan]}
    for plan in plans.values():
        out.append((plan["created_at"], plan["author_id"], "plan.create", "support_plan",
                    plan["id"], plan["student_id"],
                    {"semester": semesters[plan["semester_id"]],
                     "assessment_id": str(plan["assessment_id"] or "")}))
    for v in p[PlanVersion]:
        plan = plans[v["plan_id"]]
        if v["submitted_at"] is not None:
            out.append((v["submitted_at"], plan["author_id"], "plan.submit", "support_plan",
                        plan["id"], plan["student_id"], {"version": v["number"]}))
        if v["decided_at"] is not None:
            returned = v["status"] is PlanStatus.RETURNED
            details = {"version": v["number"], "comment": v["decision_comment"]} if returned \
                else {"version": v["number"], "fingerprint": ""}
            out.append((v["decided_at"], director, "plan.return" if returned else "plan.approve",
                        "support_plan", plan["id"], plan["student_id"], details))
    for a in p[ParentApplication]:
        plan = plans[a["plan_id"]]
        out.append((a["created_at"], plan["author_id"], "plan.parent_application",
                    "support_plan", plan["id"], plan["student_id"],
                    {"received_on": a["received_on"].isoformat(), "scan": False}))
    for e in p[PlanEvaluation]:
        plan = plans[e["plan_id"]]
        out.append((e["created_at"], e["evaluated_by_id"], "plan.evaluate", "support_plan",
                    plan["id"], plan["student_id"],
                    {"recommendation": e["recommendation"].value, "outcomes": {}}))
    for c in p[Consultation]:
        out.append((c["created_at"], c["staff_id"], "consultation.log", "consultation", c["id"],
                    c["student_id"],
                    {"held_on": c["held_on"].isoformat(), "minutes": c["minutes"],
                     "kind": c["kind"].value, "attended": c["attended"],
                     "plan_id": str(c["plan_id"] or "")}))
    for x in p[Expense]:
        out.append((x["created_at"], x["recorded_by_id"], "expense.record", "expense", x["id"],
                    x["student_id"],
                    {"amount_cents": x["amount_cents"], "spent_on": x["spent_on"].isoformat(),
                     "measure_type_id": str(x["measure_type_id"])}))
    return out


def audit_rows(rows: DemoRows, semesters: dict[uuid.UUID, str], coordinator: uuid.UUID,
               director: uuid.UUID, prev: str = GENESIS,
               last_seq: int = 0) -> list[dict[str, Any]]:
    """The AuditEntry rows for everything queued in `rows`, chained to the entry whose hash
    is `prev` and whose seq is `last_seq` (the last one in the database)."""
    names = {u["id"]: u["username"] for u in rows.pending[User]}
    entries = sorted(_entries(rows, semesters, coordinator, director),
                     key=lambda e: (e[0], e[2], str(e[4])))
    out: list[dict[str, Any]] = []
    for at, user_id, action, entity, entity_id, student_id, details in entries:
        at = at.replace(microsecond=0)
        text = rfc8785.dumps(details).decode()
        eid = str(entity_id)
        last_seq += 1
        username = names.get(user_id, "system")
        digest = _entry_hash(prev, at, user_id, action, entity, eid, student_id, text,
                             seq=last_seq, username=username)
        out.append({"seq": last_seq, "hash_format": HASH_FORMAT, "at": at, "user_id": user_id,
                    "username": username,
                    "action": action, "entity": entity, "entity_id": eid,
                    "student_id": student_id, "details": text, "prev_hash": prev,
                    "hash": digest})
        prev = digest
    return out
