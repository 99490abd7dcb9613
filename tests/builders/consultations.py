"""Shared by several test modules: ANNA, DAY, SECRET, assign,
consultation, log."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from app.models import SupportAssignment
from app.models.enums import ConsultationKind
from app.services.support.consultations import (
    ConsultationInput,
    ConsultationView,
    log_consultation,
)
from tests.builders.school import SchoolFixture

ANNA = "Anna Ēcere"


SECRET = "Stāsta par konfliktu ģimenē."


DAY = date(2026, 10, 5)


def consultation(school: SchoolFixture, student: str = ANNA, **changes: Any) -> ConsultationInput:
    base = ConsultationInput(school.student_ids[student], None, DAY, 45,
                             ConsultationKind.INDIVIDUAL, "Mācību motivācija", True, SECRET)
    return replace(base, **changes)


def log(school: SchoolFixture, who: str = "support", **changes: Any) -> ConsultationView:
    return log_consultation(school.store, school.actors[who], consultation(school, **changes))


def assign(school: SchoolFixture, who: str, student: str = ANNA) -> None:
    with school.store.write() as s:
        s.add(SupportAssignment(student_id=school.student_ids[student],
                                user_id=school.actors[who].user_id))
