"""What each changed row looks like in a school-upload bundle (its `data`).

One query per entity for all of a bundle's rows (in chunks), plus one per small lookup table
(semesters, catalogue codes): no query per row. Pupils are pseudonymous (their UUID) unless
the trust document asks for names; free-text notes (assessments, findings, evaluations,
consultations) and guardians never leave the school. The plans' free texts — the summary,
the goals, the director's comment and the failing subjects' names — travel only when the
trust document says `send_free_text` (`FREE_TEXT`); the signed bytes hold them only as
digests (format 3), so the director's signature verifies at the hub either way.
Consultations and expenses travel only as totals per plan (`sync_totals`). Field names
follow the hub's projections (app/hub/projections.py). The field list per entity is in
/work/notes and mirrored by the hub.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import cached_property
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    MeasureType,
    ParentApplication,
    PlanEvaluation,
    PlanGoal,
    PlanReviewDate,
    PlanVersion,
    RiskAssessment,
    RiskFinding,
    RiskOutcome,
    RiskSign,
    School,
    SchoolClass,
    SchoolYear,
    Semester,
    SigningKey,
    Student,
    SupportMeasure,
    SupportPlan,
)
from app.models.enums import RiskCategory
from app.services.approvals.signed_content import shareable_content, version_text_salt
from app.services.assessments.explain import SignFinding
from app.services.assessments.levels import Indicators, risk_levels
from app.services.catalogue.thresholds import DEFAULT_THRESHOLDS, thresholds_by_semester
from app.sync.keys import b64url_encode
from app.sync.values import to_json

CHUNK = 500


class Lookups:
    """The small tables the serializers name things by, each read when first needed."""

    def __init__(self, session: Session, require_names: bool, free_text: bool = False) -> None:
        self.session = session
        self.require_names = require_names
        self.free_text = free_text
        self.levels: dict[uuid.UUID, dict[str, int]] = {}  # per assessment, filled per batch

    @cached_property
    def years(self) -> dict[uuid.UUID, str]:
        return {i: label for i, label in
                self.session.execute(select(SchoolYear.id, SchoolYear.label))}

    @cached_property
    def semesters(self) -> dict[uuid.UUID, str]:
        return {sid: f"{self.years[yid]}-{n}" for sid, yid, n in self.session.execute(
            select(Semester.id, Semester.school_year_id, Semester.number))}

    @cached_property
    def classes(self) -> dict[uuid.UUID, tuple[int, str]]:  # id -> (grade, programme)
        return {i: (g, p.value) for i, g, p in self.session.execute(
            select(SchoolClass.id, SchoolClass.grade, SchoolClass.programme))}

    @cached_property
    def signs(self) -> dict[uuid.UUID, tuple[str, str, str, str]]:  # (code, category, lv, en)
        return {i: (c, cat.value, lv, en) for i, c, cat, lv, en in self.session.execute(
            select(RiskSign.id, RiskSign.code, RiskSign.category, RiskSign.name_lv,
                   RiskSign.name_en))}

    @cached_property
    def measure_types(self) -> dict[uuid.UUID, tuple[str, str, str | None]]:
        return {i: (c, u.value, None if sp is None else sp.value)  # (code, unit, specialist)
                for i, c, u, sp in self.session.execute(
                    select(MeasureType.id, MeasureType.code, MeasureType.unit,
                           MeasureType.specialist_type))}


def lookups(session: Session, require_names: bool, free_text: bool = False) -> Lookups:
    return Lookups(session, require_names, free_text)


FREE_TEXT: dict[str, tuple[str, ...]] = {
    "plan_version": ("summary", "decision_comment"),
    "plan_goal": ("text",),
    "risk_assessment": ("failing_subjects",),
}
"""The fields that travel only when the trust document says `send_free_text`."""


def assessment_levels(session: Session, rows: list[Any],
                      k: Lookups) -> dict[uuid.UUID, dict[str, int]]:
    """The risk level per category of each assessment (app.services.assessments.levels), batched."""
    findings: dict[uuid.UUID, list[SignFinding]] = defaultdict(list)
    categories = {c.value: c for c in RiskCategory}
    for aid, sign_id, severity in session.execute(
            select(RiskFinding.assessment_id, RiskFinding.risk_sign_id, RiskFinding.severity)
            .where(RiskFinding.assessment_id.in_([r.id for r in rows]))):
        if sign_id in k.signs:
            _, category, lv, en = k.signs[sign_id]
            findings[aid].append(SignFinding(categories[category], lv, en, severity))
    out = {}
    by_semester = thresholds_by_semester(session)
    for r in rows:
        th = by_semester.get(r.semester_id, DEFAULT_THRESHOLDS)
        indicators = Indicators(r.absence_pct, r.unjustified_lessons, r.failing_marks,
                                tuple(x for x in r.failing_subjects.split(",") if x),
                                r.conduct_incidents)
        out[r.id] = {c.value: int(level) for c, level in
                     risk_levels(indicators, findings[r.id], th).items()}
    return out


def _student(r: Student, k: Lookups) -> dict[str, Any]:
    grade, programme = k.classes.get(r.class_id, (None, None))
    data: dict[str, Any] = {"class_id": r.class_id, "grade": grade, "programme": programme,
                            "status": r.status, "status_changed_on": r.status_changed_on}
    if k.require_names:
        data.update(first_name=r.first_name, last_name=r.last_name,
                    personal_code=r.personal_code, birth_date=r.birth_date)
    if r.anonymised_on is not None:  # the hub removes what it holds of the pupil
        data["anonymised"] = True
    return data


def _version(r: PlanVersion, k: Lookups) -> dict[str, Any]:
    version = k.session.get(PlanVersion, r.id) if r.signature is not None else None
    data = {"plan_id": r.plan_id, "number": r.number, "status": r.status, "summary": r.summary,
            "submitted_at": r.submitted_at, "decided_at": r.decided_at,
            "decision_comment": r.decision_comment,
            "signature": None if r.signature is None else b64url_encode(r.signature),
            "signer_fingerprint": r.signer_fingerprint,
            "signed_content": _signed_content(version, k)}
    if k.free_text:
        salt = None if version is None else version_text_salt(version)
        if salt is not None:  # the hub checks the texts against the signed digests
            data["text_salt"] = salt
    return data


def _signed_content(version: PlanVersion | None, k: Lookups) -> str | None:
    """The bytes the director signed, if the municipality may see them (format 3; format 2
    only when the free texts travel)."""
    if version is None or version.approved_context is None:
        return None
    content = shareable_content(k.session, version, with_free_text=k.free_text)
    return None if content is None else b64url_encode(content)


def _measure(r: SupportMeasure, k: Lookups) -> dict[str, Any]:
    code, unit, specialist = k.measure_types.get(r.measure_type_id, ("", "", None))
    return {"version_id": r.version_id, "measure_type_code": code, "unit": unit,
            "specialist_type": specialist, "sort_order": r.sort_order,
            "subject": r.subject, "planned_minutes": r.planned_minutes,
            "planned_cents": r.planned_cents, "rate_cents": r.rate_cents,
            "cost_cents": r.cost_cents, "starts_on": r.starts_on, "ends_on": r.ends_on}


def _finding(r: RiskFinding, k: Lookups) -> dict[str, Any]:
    code, category, _, _ = k.signs.get(r.risk_sign_id, ("", "", "", ""))
    return {"assessment_id": r.assessment_id, "category": category, "sign_code": code,
            "severity": int(r.severity)}


Serializer = Callable[[Any, Lookups], dict[str, Any]]
ENTITIES: dict[str, tuple[type[Any], Serializer]] = {
    "school": (School, lambda r, k: {
        "name": r.name, "registration_number": r.registration_number,
        "municipality": r.municipality}),
    "school_class": (SchoolClass, lambda r, k: {
        "school_year": k.years.get(r.school_year_id, ""), "name": r.name,
        "programme": r.programme, "grade": r.grade}),
    "student": (Student, _student),
    "risk_assessment": (RiskAssessment, lambda r, k: {
        "student_id": r.student_id, "semester": k.semesters.get(r.semester_id, ""),
        "assessed_on": r.assessed_on, "created_at": r.created_at,
        "levels": k.levels.get(r.id, {}), "absence_pct": r.absence_pct,
        "unjustified_lessons": r.unjustified_lessons, "failing_marks": r.failing_marks,
        "failing_subjects": r.failing_subjects, "conduct_incidents": r.conduct_incidents}),
    "risk_finding": (RiskFinding, _finding),
    "support_plan": (SupportPlan, lambda r, k: {
        "student_id": r.student_id, "semester": k.semesters.get(r.semester_id, ""),
        "status": r.status, "current_version": r.current_version,
        "assessment_id": r.assessment_id}),
    "plan_version": (PlanVersion, _version),
    "plan_goal": (PlanGoal, lambda r, k: {
        "version_id": r.version_id, "sort_order": r.sort_order, "text": r.text}),
    "support_measure": (SupportMeasure, _measure),
    "plan_review_date": (PlanReviewDate, lambda r, k: {
        "version_id": r.version_id, "review_on": r.review_on, "done": r.done}),
    "parent_application": (ParentApplication, lambda r, k: {
        "plan_id": r.plan_id, "received_on": r.received_on}),
    "plan_evaluation": (PlanEvaluation, lambda r, k: {
        "plan_id": r.plan_id, "evaluated_on": r.evaluated_on,
        "recommendation": r.recommendation}),
    "risk_outcome": (RiskOutcome, lambda r, k: {
        "evaluation_id": r.evaluation_id, "category": r.category, "outcome": r.outcome}),
    "signing_key": (SigningKey, lambda r, k: {
        "user_id": r.user_id, "public_key": b64url_encode(r.public_key),
        "fingerprint": r.fingerprint, "created_at": r.created_at, "revoked_at": r.revoked_at}),
}
TOTALS_SOURCES = frozenset({"consultation", "expense"})
"""Entities that travel only as per-plan totals (`plan_delivery`), never as rows."""


def chunks(ids: Iterable[uuid.UUID], size: int = CHUNK) -> Iterator[list[uuid.UUID]]:
    batch: list[uuid.UUID] = []
    for item in ids:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def current_rows(session: Session, entity: str, ids: Iterable[uuid.UUID],
                 k: Lookups) -> dict[uuid.UUID, dict[str, Any]]:
    """{id: data as JSON} for the rows of `entity` that still exist among `ids`."""
    model, serialize = ENTITIES[entity]
    found: dict[uuid.UUID, dict[str, Any]] = {}
    table = model.__table__
    for batch in chunks(ids):
        # Core rows (attribute access by column name, same types), not ORM objects.
        rows = list(session.execute(select(*table.c).where(table.c.id.in_(batch))))
        if entity == "risk_assessment":
            k.levels.update(assessment_levels(session, rows, k))
        dropped = () if k.free_text else FREE_TEXT.get(entity, ())
        for row in rows:
            data = serialize(row, k)
            for name in dropped:
                del data[name]
            found[row.id] = to_json(data)
    return found


def with_related(session: Session, chosen: dict[tuple[str, uuid.UUID], datetime]) -> None:
    """A changed finding changes its assessment's levels: send that assessment too."""
    finding_ids = [eid for entity, eid in chosen if entity == "risk_finding"]
    for batch in chunks(finding_ids):
        for fid, aid in session.execute(select(RiskFinding.id, RiskFinding.assessment_id)
                                        .where(RiskFinding.id.in_(batch))):
            key = ("risk_assessment", aid)
            at = chosen[("risk_finding", fid)]
            chosen[key] = max(at, chosen.get(key, at))
