"""Verify the director's signature of every approved plan version at ingest, and keep why not.

A version sent with its status approved or closed (or a signature) is checked in the
transaction that applies its bundle, and again whenever a later bundle changes it, its
measures or the keys it names. It verifies only if the school sent the signed bytes
(`signed_content`, format 2 of `app.sync.plan_signature`), the director's key is one the hub
holds for this school (`director_keys`), not revoked before the approval, the key is the
approving director's, Ed25519 holds over exactly those bytes, **and** the bytes say what the
hub stores and shows: the plan, version, pupil, summary, goals and every measure's hours,
euro, rate and cost. A valid signature over other content is a failure. A version without the
signed bytes (an approval made before format 2) is "not verifiable", never verified.

Format 3 signs the summary and goals only as salted digests (`plan_signature.text_digest`),
so a version verifies without its texts — the default, when the school's trust keeps them at
school: then the goals are compared by number only. When the texts travel, the record carries
`text_salt` and each text the hub shows must match its signed digest.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, delete, or_, select
from sqlalchemy.orm import Session

from app.hub.director_keys import director_key, record_director_keys
from app.hub.models_records import (
    HubMeasure,
    HubPlan,
    HubPlanVersion,
    HubSignatureCheck,
    Record,
)
from app.sync.keys import b64url_decode
from app.sync.plan_signature import FORMAT_V3, HUB_FORMATS, text_digest, verify_signature

APPROVED = ("approved", "closed")
NOT_VERIFIABLE = "hub.signature_not_verifiable"
CHUNK = 500


def touched_versions(s: Session, school_id: str, payload: dict[str, Any]) -> set[str]:
    """The versions a bundle may change, read before it is applied (a measure's tombstone
    names its version only in the row it deletes)."""
    records = payload["records"]
    ids = {r["id"] for r in records.get("plan_version", [])}
    goals_gone = []
    for r in records.get("plan_goal", []):
        data = r.get("data") if r["op"] == "upsert" else None
        if isinstance(data, dict) and isinstance(data.get("version_id"), str):
            ids.add(data["version_id"])
        else:
            goals_gone.append(r["id"])
    for start in range(0, len(goals_gone), CHUNK):
        for text in s.scalars(select(Record.data).where(
                Record.school_id == school_id, Record.entity == "plan_goal",
                Record.record_id.in_(goals_gone[start:start + CHUNK]))):
            version_id = _json(text).get("version_id")
            if isinstance(version_id, str):
                ids.add(version_id)
    gone = []
    for r in records.get("support_measure", []):
        data = r.get("data") if r["op"] == "upsert" else None
        if isinstance(data, dict) and isinstance(data.get("version_id"), str):
            ids.add(data["version_id"])
        gone.append(r["id"])
    for start in range(0, len(gone), CHUNK):
        ids.update(v for v in s.scalars(select(HubMeasure.version_id).where(
            HubMeasure.school_id == school_id, HubMeasure.id.in_(gone[start:start + CHUNK])))
            if v is not None)
    return ids


def _signed_measures(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    measures = doc.get("measures")
    if not isinstance(measures, list) or not all(isinstance(m, dict) for m in measures):
        return []
    return sorted((m.get("type"), m.get("minutes"), m.get("cents"), m.get("rate_cents"),
                   m.get("cost_cents")) for m in measures)


def _texts_differ(doc: dict[str, Any], data: dict[str, Any],
                  goals: list[str | None]) -> str | None:
    """Format 3: the summary and goals the hub holds against their signed digests."""
    digests = doc.get("goals_sha256")
    if not isinstance(digests, list) or not all(isinstance(d, str) for d in digests) or \
            len(digests) != len(goals):
        return "hub.signature_differs_goals"
    salt = data.get("text_salt")
    if "summary" in data and (not isinstance(salt, str) or
                              text_digest(salt, data["summary"]) != doc.get("summary_sha256")):
        return "hub.signature_differs_summary"
    texts = [g for g in goals if g is not None]
    if texts and (not isinstance(salt, str) or len(texts) != len(goals) or
                  sorted(text_digest(salt, g) for g in texts) != sorted(digests)):
        return "hub.signature_differs_goals"
    return None


def _differs(version: HubPlanVersion, doc: dict[str, Any], found: _Found,
             data: dict[str, Any]) -> str | None:
    student = found.students.get(version.plan_id or "", _UNKNOWN)
    if doc.get("plan_id") != version.plan_id or doc.get("version") != version.number or \
            (student is not _UNKNOWN and doc.get("student_id") != student):
        return "hub.signature_differs_plan"
    if _signed_measures(doc) != sorted(found.measures.get(version.id, [])):
        return "hub.signature_differs_measures"
    held = found.goals.get(version.id, [])
    if doc.get("format") == FORMAT_V3:
        return _texts_differ(doc, data, held)
    if (doc.get("summary") or None) != (version.summary or None):
        return "hub.signature_differs_summary"
    goals = doc.get("goals")
    if not isinstance(goals, list) or not all(isinstance(g, str) for g in goals) or \
            sorted(goals) != sorted(g or "" for g in held):
        return "hub.signature_differs_goals"
    return None


def _decoded(data: dict[str, Any]) -> tuple[bytes, bytes, dict[str, Any]] | None:
    try:
        content = b64url_decode(data["signed_content"])
        signature = b64url_decode(data["signature"])
        doc = json.loads(content)
    except (ValueError, TypeError, KeyError):
        return None
    return (content, signature, doc) if isinstance(doc, dict) else None


def _approval_time(doc: dict[str, Any]) -> datetime | None:
    approval = doc.get("approval")
    at = approval.get("decided_at") if isinstance(approval, dict) else None
    try:
        when = datetime.fromisoformat(at) if isinstance(at, str) else None
    except ValueError:
        return None
    return when if when is None or when.tzinfo else when.replace(tzinfo=UTC)


def _reason(s: Session, version: HubPlanVersion, data: dict[str, Any],
            found: _Found) -> str | None:
    """None if the version's signature verifies, else the message key of why not."""
    if not data.get("signature") or not version.signer_fingerprint:
        return "hub.signature_missing"
    if not data.get("signed_content"):
        return NOT_VERIFIABLE
    decoded = _decoded(data)
    if decoded is None:
        return "hub.signature_malformed"
    content, signature, doc = decoded
    key = director_key(s, version.school_id, version.signer_fingerprint)
    if key is None:
        return "hub.signature_unknown_key"
    if not verify_signature(b64url_decode(key.public_key), content, signature):
        return "hub.signature_invalid"
    if doc.get("format") not in HUB_FORMATS:
        return "hub.signature_malformed"
    approval = doc.get("approval")
    if key.user_id is None or not isinstance(approval, dict) or \
            approval.get("director_id") != key.user_id:
        return "hub.signature_wrong_signer"
    approved_at = _approval_time(doc)
    if key.revoked_at is not None and (approved_at is None or key.revoked_at <= approved_at):
        return "hub.signature_revoked_key"
    return _differs(version, doc, found, data)


def _json(text: str | None) -> dict[str, Any]:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


_UNKNOWN = object()


@dataclass
class _Found:
    """What the checks of one batch of versions read, in one query per table."""

    versions: dict[str, HubPlanVersion]
    data: dict[str, dict[str, Any]]
    measures: dict[str, list[tuple[Any, ...]]]
    students: dict[str, Any]
    checks: dict[str, HubSignatureCheck]
    goals: dict[str, list[str | None]]  # None: the text stayed at school


def _in(column: Any) -> Any:
    return column.in_(bindparam("ids", expanding=True))


SCHOOL: Any = bindparam("school")
# Built once (building a statement cost more than running it, as in `apply`).
_VERSIONS = select(HubPlanVersion).where(HubPlanVersion.school_id == SCHOOL,
                                         _in(HubPlanVersion.id))
_DATA = select(Record.record_id, Record.data).where(
    Record.school_id == SCHOOL, Record.entity == "plan_version", _in(Record.record_id))
_MEASURES = select(
    HubMeasure.version_id, HubMeasure.measure_type_code, HubMeasure.planned_minutes,
    HubMeasure.planned_cents, HubMeasure.rate_cents, HubMeasure.cost_cents).where(
    HubMeasure.school_id == SCHOOL, _in(HubMeasure.version_id))
_STUDENTS = select(HubPlan.id, HubPlan.student_id).where(HubPlan.school_id == SCHOOL,
                                                         _in(HubPlan.id))
_CHECKS = select(HubSignatureCheck).where(HubSignatureCheck.school_id == SCHOOL,
                                          _in(HubSignatureCheck.version_id))


def _found(s: Session, school_id: str, ids: list[str]) -> _Found:
    params = {"school": school_id, "ids": ids}
    versions = {v.id: v for v in s.scalars(_VERSIONS, params)}
    data = {rid: _json(text) for rid, text in s.execute(_DATA, params)}
    measures: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for vid, *row in s.execute(_MEASURES, params):
        measures[str(vid)].append(tuple(row))
    plans = sorted({v.plan_id for v in versions.values() if v.plan_id})
    students = {pid: sid for pid, sid in s.execute(_STUDENTS, {"school": school_id,
                                                               "ids": plans})}
    checks = {c.version_id: c for c in s.scalars(_CHECKS, params)}
    return _Found(versions, data, measures, students, checks, _goals(s, school_id, ids))


def _goals(s: Session, school_id: str, ids: list[str]) -> dict[str, list[str | None]]:
    """The goals' texts per version, from `hub_record` (narrowed in SQL by LIKE, as the
    plan page reads them); None for a goal whose text stayed at school."""
    wanted: set[str] = set(ids)
    out: dict[str, list[str | None]] = defaultdict(list)
    for text in s.scalars(select(Record.data).where(
            Record.school_id == school_id, Record.entity == "plan_goal",
            Record.deleted.is_(False), or_(*[Record.data.contains(v) for v in ids]))):
        goal = _json(text)
        if goal.get("version_id") in wanted:
            text = goal.get("text")
            out[goal["version_id"]].append(None if text is None else str(text))
    return out


def check_versions(s: Session, school_id: str, version_ids: Iterable[str]) -> None:
    """Check (again) each of these versions of a school, keeping the result."""
    now = datetime.now(UTC)
    ids = sorted(set(version_ids))
    for start in range(0, len(ids), CHUNK):
        batch = ids[start:start + CHUNK]
        found = _found(s, school_id, batch)
        gone = []
        for version_id in batch:
            version = found.versions.get(version_id)
            data = found.data.get(version_id, {})
            if version is None or (version.status not in APPROVED
                                   and not data.get("signature")):
                gone.append(version_id)
                continue
            reason = _reason(s, version, data, found)
            row = found.checks.get(version_id)
            if row is None:
                row = HubSignatureCheck(school_id=school_id, version_id=version_id)
                s.add(row)
            row.verified, row.reason, row.checked_at = reason is None, reason, now
        if gone:
            s.execute(delete(HubSignatureCheck).where(
                HubSignatureCheck.school_id == school_id,
                HubSignatureCheck.version_id.in_(gone)))
    s.flush()


def check_bundle(s: Session, school_id: str, seq: int, payload: dict[str, Any],
                 touched: set[str]) -> None:
    """After a bundle is applied: keep its director keys, then check every version it
    touched and every version signed by a key it added or revoked."""
    keys = record_director_keys(s, school_id, seq, payload["records"].get("signing_key", []))
    if keys:
        touched = touched | set(s.scalars(select(HubPlanVersion.id).where(
            HubPlanVersion.school_id == school_id,
            HubPlanVersion.signer_fingerprint.in_(sorted(keys)))))
    check_versions(s, school_id, touched)
