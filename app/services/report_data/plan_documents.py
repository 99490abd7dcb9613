"""The figures behind the printed IAP: one plan, or every plan of a semester, as
`app.reports.content.PlanDocument` values ready for `app.reports.plan_pdf`.

Roles: one plan needs PLAN_VIEW and a pupil the reader may see (as on screen); the whole
semester's plans need REPORT_VIEW. The personal code is printed only for the roles that
handle the official paper (class teacher, coordinator, director), never for support staff.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.models import (
    ParentApplication,
    RiskAssessment,
    SchoolClass,
    Student,
    SupportPlan,
)
from app.models.base import utcnow
from app.models.enums import PlanStatus, Role
from app.reports.content import (
    ParentApplicationLine,
    PlanDocument,
    SchoolHeader,
    SemesterName,
)
from app.services.assessments.overview import latvian_sort_key
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, visible_students
from app.services.core.store import Store
from app.services.plans.access import current_version, load_plan
from app.services.report_data.common import school_header, semester_name
from app.services.report_data.parts import approval, evaluation, measures, risks, user_name

PERSONAL_CODE_ROLES = (Role.TEACHER, Role.COORDINATOR, Role.DIRECTOR)


def _document(s: Session, actor: Actor, plan: SupportPlan, school: SchoolHeader,
              semester: SemesterName, printed_at: datetime) -> PlanDocument:
    version = current_version(s, plan)
    student = s.get(Student, plan.student_id)
    assert student is not None  # a foreign key
    school_class = s.get(SchoolClass, student.class_id)
    assessment = s.get(RiskAssessment, plan.assessment_id) if plan.assessment_id else None
    application = s.scalar(select(ParentApplication)
                           .where(ParentApplication.plan_id == plan.id))
    return PlanDocument(
        school=school, semester=semester, first_name=student.first_name,
        last_name=student.last_name, class_name=school_class.name if school_class else "",
        personal_code=student.personal_code if actor.has(*PERSONAL_CODE_ROLES) else None,
        author_name=user_name(s, plan.author_id), status=plan.status.value,
        version=version.number,
        assessed_on=assessment.assessed_on if assessment else None,
        risks=risks(s, assessment, student) if assessment else (),
        summary=version.summary, goals=tuple(g.text for g in version.goals),
        measures=measures(s, version.id),
        responsible_name=user_name(s, version.responsible_id) or None,
        review_dates=tuple(r.review_on for r in version.review_dates),
        parent_application=(ParentApplicationLine(application.applicant_name,
                                                  application.received_on)
                            if application else None),
        approval=approval(s, version), evaluation=evaluation(s, plan.id),
        printed_at=printed_at,
    )


def plan_document(store: Store, actor: Actor, plan_id: uuid.UUID,
                  printed_at: datetime | None = None) -> PlanDocument:
    """One plan as printed: its current version, approval block and evaluation."""
    with store.read() as s:
        plan = load_plan(s, actor, plan_id)
        _, semester = semester_name(s, plan.semester_id)
        return _document(s, actor, plan, school_header(s), semester, printed_at or utcnow())


def semester_plan_documents(store: Store, actor: Actor, semester_id: uuid.UUID,
                            status: PlanStatus | None = None,
                            printed_at: datetime | None = None) -> list[PlanDocument]:
    """Every plan of the semester (optionally of one status), by class, surname and name."""
    require(actor, Permission.REPORT_VIEW)
    plan = aliased(SupportPlan)  # not correlated with the EXISTS inside visible_students()
    query = (select(plan).join(Student, Student.id == plan.student_id)
             .where(plan.semester_id == semester_id, visible_students(actor)))
    if status is not None:
        query = query.where(plan.status == status)
    with store.read() as s:
        _, semester = semester_name(s, semester_id)
        school = school_header(s)
        at = printed_at or utcnow()
        docs = [_document(s, actor, p, school, semester, at) for p in s.scalars(query)]
    return sorted(docs, key=_class_order)


def _class_order(doc: PlanDocument) -> tuple[object, ...]:
    """"2.a" before "10.a", then surname and name in Latvian order (Ē after E, not after Z)."""
    grade = doc.class_name.split(".")[0]
    return (int(grade) if grade.isdigit() else 99, latvian_sort_key(doc.class_name),
            latvian_sort_key(doc.last_name), latvian_sort_key(doc.first_name))
