"""From a record's JSON `data` to the row of its typed hub table (tolerant: a missing or
ill-typed field becomes NULL or 0, a long text is cut to its column, so one odd record cannot
stop a bundle). The fields read are listed per entity in `PROJECTIONS`."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from app.errors import SyncError
from app.hub.models import HubBase
from app.hub.models_records import (
    HubAssessment,
    HubDelivery,
    HubFinding,
    HubMeasure,
    HubPlan,
    HubPlanVersion,
    HubStudent,
)
from app.sync.keys import b64url_decode
from app.sync.values import decode_date, decode_datetime, decode_decimal

NAME_FIELDS = ("first_name", "last_name", "personal_code", "birth_date")
NEVER_STORED = ("confidential_notes",)
FREE_TEXT = {"plan_version": ("summary", "decision_comment", "text_salt"),
             "plan_goal": ("text",), "risk_assessment": ("failing_subjects",)}
"""Kept only from a school whose trust document lets the plans' free texts travel."""
CATEGORIES = ("learning", "social_health", "economic", "family")
MAX_INT = 2**53 - 1


def _int(value: Any) -> int:
    ok = isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_INT
    return value if ok else 0


def _level(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) \
        and 0 <= value <= 3 else None


def _text(value: Any, limit: int) -> str | None:
    return value[:limit] if isinstance(value, str) else None


def _id(value: Any) -> str | None:
    return value if isinstance(value, str) and len(value) == 36 else None


def _date(value: Any) -> date | None:
    try:
        return decode_date(value) if isinstance(value, str) else None
    except SyncError:
        return None


def _datetime(value: Any) -> datetime | None:
    try:
        return decode_datetime(value) if isinstance(value, str) else None
    except SyncError:
        return None


def _decimal_text(value: Any) -> str | None:
    try:
        return str(decode_decimal(value))[:32] if isinstance(value, str) else None
    except SyncError:
        return None


def _student(d: dict[str, Any]) -> dict[str, Any]:
    return {"status": _text(d.get("status"), 20), "grade": _level_or_int(d.get("grade")),
            "programme": _text(d.get("programme"), 20),
            "first_name": _text(d.get("first_name"), 80),
            "last_name": _text(d.get("last_name"), 80),
            "personal_code": _text(d.get("personal_code"), 12)}


def _level_or_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) \
        and 0 <= value <= 100 else None


def _assessment(d: dict[str, Any]) -> dict[str, Any]:
    levels = d.get("levels")
    if not isinstance(levels, dict):
        levels = {}
    row = {"student_id": _id(d.get("student_id")), "semester": _text(d.get("semester"), 12),
           "assessed_on": _date(d.get("assessed_on")),
           "created_at": _datetime(d.get("created_at")),
           "absence_pct": _decimal_text(d.get("absence_pct")),
           "unjustified_lessons": _int(d.get("unjustified_lessons")),
           "failing_marks": _int(d.get("failing_marks")),
           "conduct_incidents": _int(d.get("conduct_incidents"))}
    row.update({f"level_{c}": _level(levels.get(c)) for c in CATEGORIES})
    return row


def _finding(d: dict[str, Any]) -> dict[str, Any]:
    return {"assessment_id": _id(d.get("assessment_id")),
            "category": _text(d.get("category"), 20),
            "sign_code": _text(d.get("sign_code"), 60),
            "severity": _level(d.get("severity")) or 0}


def _plan(d: dict[str, Any]) -> dict[str, Any]:
    return {"student_id": _id(d.get("student_id")), "semester": _text(d.get("semester"), 12),
            "status": _text(d.get("status"), 20),
            "current_version": _int(d.get("current_version")) or 1,
            "assessment_id": _id(d.get("assessment_id"))}


def _version(d: dict[str, Any]) -> dict[str, Any]:
    return {"plan_id": _id(d.get("plan_id")), "number": _int(d.get("number")) or 1,
            "status": _text(d.get("status"), 20),
            "submitted_at": _datetime(d.get("submitted_at")),
            "decided_at": _datetime(d.get("decided_at")),
            "decision_comment": _text(d.get("decision_comment"), 10_000),
            "signature": _text(d.get("signature"), 200),
            "signer_fingerprint": _text(d.get("signer_fingerprint"), 80),
            "summary": _text(d.get("summary"), 10_000)}


def _measure(d: dict[str, Any]) -> dict[str, Any]:
    return {"version_id": _id(d.get("version_id")),
            "measure_type_code": _text(d.get("measure_type_code"), 60),
            "unit": _text(d.get("unit"), 10),
            "specialist_type": _text(d.get("specialist_type"), 40),
            **{k: _int(d.get(k)) for k in
               ("planned_minutes", "planned_cents", "rate_cents", "cost_cents")}}


def _delivery(d: dict[str, Any]) -> dict[str, Any]:
    return {"student_id": _id(d.get("student_id")), "plan_id": _id(d.get("plan_id")),
            "semester": _text(d.get("semester"), 12), "kind": _text(d.get("kind"), 20),
            "code": _text(d.get("code"), 60),
            **{k: _int(d.get(k)) for k in ("sessions", "minutes", "cents", "value_cents")}}


PROJECTIONS: dict[str, tuple[type[HubBase], Callable[[dict[str, Any]], dict[str, Any]]]] = {
    "student": (HubStudent, _student),
    "risk_assessment": (HubAssessment, _assessment),
    "risk_finding": (HubFinding, _finding),
    "support_plan": (HubPlan, _plan),
    "plan_version": (HubPlanVersion, _version),
    "support_measure": (HubMeasure, _measure),
    "delivery_total": (HubDelivery, _delivery),
}


def stored_data(entity: str, data: dict[str, Any], require_names: bool,
                free_text: bool = False) -> dict[str, Any]:
    """The record as the hub keeps it: without names unless required, without the free texts
    unless the school's trust lets them travel, never notes."""
    drop = set(NEVER_STORED)
    if entity == "student" and not require_names:
        drop.update(NAME_FIELDS)
    if not free_text:
        drop.update(FREE_TEXT.get(entity, ()))
        if entity == "plan_version" and _holds_text(data.get("signed_content")):
            drop.add("signed_content")  # format 2 (an older school app): texts in the bytes
    return {k: v for k, v in data.items() if k not in drop}


def _holds_text(content: Any) -> bool:
    """True unless `content` (base64url of signed bytes) is absent or holds no free text
    (format 3 signs the summary and goals only as digests)."""
    if not isinstance(content, str):
        return False
    try:
        doc = json.loads(b64url_decode(content))
    except (ValueError, TypeError):
        return True
    return not isinstance(doc, dict) or "summary" in doc or "goals" in doc
