"""The risk overview of a semester for the pupils list: levels per category, in two queries."""

from __future__ import annotations

import unicodedata
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from app.errors import NotFound
from app.models.assessment import RiskAssessment, RiskFinding
from app.models.catalogue import RiskSign
from app.models.enums import RiskCategory, RiskLevel, StudentStatus
from app.models.school import SchoolClass, SchoolYear, Semester
from app.models.student import Student
from app.services.assessments.explain import SignFinding
from app.services.assessments.levels import risk_levels
from app.services.assessments.query import indicators
from app.services.catalogue.thresholds import thresholds_from_json
from app.services.core import rbac
from app.services.core.actor import Actor
from app.services.core.store import Store


@dataclass(frozen=True)
class StudentRiskRow:
    student_id: uuid.UUID
    name: str
    class_name: str
    assessment_id: uuid.UUID | None  # None: not assessed in this semester
    levels: dict[RiskCategory, RiskLevel]
    overall: RiskLevel


def latvian_sort_key(text: str) -> tuple[tuple[str, int], ...]:
    """Latvian alphabetical order: ā after a, č after c, … š after s, ž after z."""
    key = []
    for ch in text.casefold():
        base = unicodedata.normalize("NFD", ch)
        key.append((base[0], len(base) - 1))
    return tuple(key)


def risk_overview(store: Store, actor: Actor, semester_id: uuid.UUID) -> list[StudentRiskRow]:
    """Every pupil the actor may see who is active or was assessed in the semester, with
    levels per category and overall; sorted by class, then surname and name."""
    rbac.require(actor, rbac.Permission.STUDENT_VIEW)
    visible = rbac.visible_students(actor)
    with store.read() as s:
        found_semester = s.execute(  # the semester and its year's thresholds, one query
            select(Semester.id, SchoolYear.abc_thresholds)
            .join(SchoolYear, Semester.school_year_id == SchoolYear.id)
            .where(Semester.id == semester_id)).first()
        if found_semester is None:
            raise NotFound("not_found", entity="semester")
        th = thresholds_from_json(found_semester[1])
        joined = and_(RiskAssessment.student_id == Student.id,
                      RiskAssessment.semester_id == semester_id)
        students = s.execute(
            select(Student.id, Student.first_name, Student.last_name, SchoolClass.name,
                   RiskAssessment)
            .join(SchoolClass, Student.class_id == SchoolClass.id)
            .outerjoin(RiskAssessment, joined)
            .where(visible, or_(RiskAssessment.id.is_not(None),
                                Student.status == StudentStatus.ACTIVE))).all()
        found: dict[uuid.UUID, list[SignFinding]] = defaultdict(list)
        for aid, category, name_lv, name_en, severity in s.execute(
            select(RiskFinding.assessment_id, RiskSign.category, RiskSign.name_lv,
                   RiskSign.name_en, RiskFinding.severity)
            .join(RiskSign, RiskFinding.risk_sign_id == RiskSign.id)
            .join(RiskAssessment, RiskFinding.assessment_id == RiskAssessment.id)
            .join(Student, RiskAssessment.student_id == Student.id)
            .where(RiskAssessment.semester_id == semester_id, visible)):
            found[aid].append(SignFinding(category, name_lv, name_en, severity))
    rows = []
    for sid, first, last, class_name, a in students:
        levels = ({c: RiskLevel.NONE for c in RiskCategory} if a is None
                  else risk_levels(indicators(a), found[a.id], th))
        rows.append((latvian_sort_key(class_name), latvian_sort_key(last),
                     latvian_sort_key(first), StudentRiskRow(
                         sid, f"{first} {last}", class_name, a.id if a else None, levels,
                         max(levels.values()))))
    rows.sort(key=lambda r: r[:3])
    return [r[3] for r in rows]
