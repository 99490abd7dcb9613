"""The benchmark generator's small school: it builds, its counts are what it says, and the
raw executemany baseline wrote exactly the same rows. No timing is asserted here."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import RiskAssessment, Semester, Student, SupportPlan
from app.models.enums import PlanStatus
from app.services.core.audit import verify_chain
from benchmarks.data import open_school
from benchmarks.generator.school import build_school, table_counts
from benchmarks.generator.sizes import LARGE, SMALL


def test_the_sizes_are_those_of_product_md() -> None:
    assert 140 <= SMALL.students <= 160
    assert 1900 <= LARGE.students <= 2100
    assert LARGE.years == 6 and LARGE.at_risk == 400


def test_the_small_school_builds_with_its_history_and_the_raw_baseline_matches(
        tmp_path: Path) -> None:
    built = build_school(tmp_path / "small.db", SMALL)

    in_file = table_counts(built.path, list(built.counts))
    assert built.raw_counts == in_file  # the baseline inserted the very same rows
    assert not (tmp_path / "small-raw.db").exists()
    assert built.counts["student"] == in_file["student"]
    assert abs(built.counts["student"] - SMALL.students) <= len(SMALL.class_plan())
    assert built.insert_s > 0 and built.raw_insert_s is not None and built.raw_insert_s > 0
    assert built.current_semester == "2026/2027-1"
    engine = open_school(built.path)
    try:
        with Session(engine) as s:
            assert s.scalar(select(func.count()).select_from(Semester)) == 2 * SMALL.years
            per_semester = s.execute(select(RiskAssessment.semester_id, func.count())
                                     .group_by(RiskAssessment.semester_id)).all()
            assert len(per_semester) == 2 * SMALL.years - 1  # none yet in the next semester
            assert all(n == SMALL.at_risk for _, n in per_semester)
            statuses = set(s.scalars(select(SupportPlan.status).distinct()))
            assert PlanStatus.CLOSED in statuses and len(statuses) >= 3  # past and current
            assert s.scalar(select(func.count()).select_from(Student)) == in_file["student"]
            assert verify_chain(s).ok  # the generated audit trail chains like the app's
    finally:
        engine.dispose()
