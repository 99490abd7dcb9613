"""Opening school year 2027/2028: promotion, graduation, repeaters, the calendar across the
two years, the catalogue preview, plans carried on — and nothing of 2026/2027 changed."""

from __future__ import annotations

import json
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import Conflict, PermissionDenied, ValidationError
from app.models import (
    ClassEnrolment,
    PlanVersion,
    SchoolClass,
    SchoolYear,
    Student,
    SupportPlan,
)
from app.models.db import open_engine
from app.models.enums import (
    PlanStatus,
    ProgrammeKind,
    Recommendation,
    RiskCategory,
    RiskLevel,
    StudentStatus,
)
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan
from app.services.assessments.levels import Indicators, risk_levels
from app.services.catalogue.loading import catalogue_path
from app.services.catalogue.thresholds import DEFAULT_THRESHOLDS, thresholds_for
from app.services.checks.integrity import check_database
from app.services.core.store import Store
from app.services.plans.lifecycle import (
    record_evaluation,
    record_parent_application,
    save_plan_draft,
    submit_plan,
)
from app.services.school import (
    ClassName,
    add_class,
    current_semester,
    school_classes,
    set_semester_dates,
    year_to_open,
)
from app.services.year_opening import open_school_year, preview_year_opening
from tests.builders.approvals import assess, verifies
from tests.builders.approvals_continuation import OUTCOMES
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import ANNA, full_draft, new_plan
from tests.builders.plans_submit import RECEIVED
from tests.builders.school import TEST_PASSWORD, SchoolFixture

NEW = "2027/2028"
LAST_SEM = "2026/2027-1"  # evaluated today (3.12.2026 when written): not in the future


def closed_plan(school: SchoolFixture, cat: CatalogueFixture,
                secrets: KeyringSecretStore) -> uuid.UUID:
    """Anna's plan of 2026/2027-1: approved (signed) and evaluated — closed."""
    teacher = school.actors["teacher"]
    assess(school, cat, semester=LAST_SEM)
    plan_id = new_plan(school, semester=LAST_SEM).id
    save_plan_draft(school.store, teacher, plan_id, full_draft(school, cat))
    record_parent_application(school.store, teacher, plan_id, "Ruta Ēcere", RECEIVED)
    submit_plan(school.store, teacher, plan_id)
    approve_plan(school.store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    record_evaluation(school.store, teacher, plan_id, OUTCOMES, "Jāturpina.",
                      Recommendation.CONTINUE)
    return plan_id


def graduating_class(school: SchoolFixture) -> uuid.UUID:
    record = add_class(school.store, school.actors["coordinator"], "2026/2027",
                       ClassName(ProgrammeKind.GENERAL, 12, "a"))
    cook = add_class(school.store, school.actors["admin"], "2026/2027",
                     ClassName(ProgrammeKind.VOCATIONAL, 3, "Pavārs"), final_grade=4)
    with school.store.write() as s:
        for first, cls in (("Kārlis", record.id), ("Ieva", cook.id)):
            st = Student(id=uuid.uuid4(), first_name=first, last_name="Zeltiņa", class_id=cls)
            s.add(st)
            school.student_ids[f"{first} Zeltiņa"] = st.id
    return record.id


def old_plan_state(school: SchoolFixture, plan_id: uuid.UUID) -> tuple[object, ...]:
    with school.store.read() as s:
        plan = s.get(SupportPlan, plan_id)
        version = s.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan_id)).one()
        assert plan is not None
        return (plan.status, plan.semester_id, plan.updated_at, version.status,
                version.updated_at, version.signature, len(version.measures))


def class_of(school: SchoolFixture, student: str) -> tuple[str, str]:
    with school.store.read() as s:
        st = s.get(Student, school.student_ids[student])
        assert st is not None
        row = s.get(SchoolClass, st.class_id)
        assert row is not None
        year = s.get(SchoolYear, row.school_year_id)
        assert year is not None
        return row.name, year.label


def test_preview_then_open_promotes_graduates_and_keeps_repeaters(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    coordinator = school.actors["coordinator"]
    graduating_class(school)
    plan_id = closed_plan(school, cat, secrets)
    preview = preview_year_opening(school.store, coordinator, NEW)
    assert preview.previous_year == "2026/2027" and preview.catalogue_file == "2027-2028.json"
    assert [(c.name, c.next_name) for c in preview.classes] == [
        ("5.a", "6.a"), ("6.b", "7.b"), ("12.a", None), ("Pavārs, 3. kurss", "Pavārs, 4. kurss")]
    assert [(c.full_name, c.can_continue) for c in preview.at_risk] == [(ANNA, True)]
    assert preview.semester_dates[0] == (date(2027, 9, 1), date(2027, 12, 31))

    laura = school.student_ids["Laura Ķemere"]
    before = old_plan_state(school, plan_id)
    result = open_school_year(school.store, coordinator, NEW, repeaters=[laura],
                              continue_plans=[school.student_ids[ANNA]],
                              today=date(2027, 8, 30))

    assert (result.promoted, result.repeated, result.graduated, result.plans_started) == (
        5, 1, 1, 1)
    assert result.backup is not None and result.backup.exists()
    assert class_of(school, ANNA) == ("6.a", NEW)
    assert class_of(school, "Laura Ķemere") == ("5.a", NEW)
    assert class_of(school, "Oskars Lūsis") == ("7.b", NEW)
    assert class_of(school, "Ieva Zeltiņa") == ("Pavārs, 4. kurss", NEW)
    with school.store.read() as s:
        karlis = s.get(Student, school.student_ids["Kārlis Zeltiņa"])
        assert karlis is not None and karlis.status is StudentStatus.GRADUATED
        outcomes = {e.student_id: e.outcome for e in s.scalars(select(ClassEnrolment))}
        assert outcomes[laura] == "repeated" and outcomes[karlis.id] == "graduated"
        new_plans = list(s.scalars(select(SupportPlan).where(
            SupportPlan.student_id == school.student_ids[ANNA],
            SupportPlan.status == PlanStatus.DRAFT)))
        assert len(new_plans) == 1
    new_classes = school_classes(school.store, coordinator, NEW)
    assert {c.name: c.teacher_names for c in new_classes}["6.a"] == "Ilze Kalniņa"
    assert {c.name: c.active_students for c in new_classes} == {
        "5.a": 1, "6.a": 2, "7.b": 2, "Pavārs, 4. kurss": 1}
    # the old year: its classes and the signed plan are as they were
    old = {c.name for c in school_classes(school.store, coordinator, "2026/2027")}
    assert old == {"5.a", "6.b", "12.a", "Pavārs, 3. kurss"}
    assert verifies(school, plan_id, 1)
    assert old_plan_state(school, plan_id) == before
    assert check_database(school.store).ok


def test_the_backup_opens_with_the_same_key(school: SchoolFixture, db_key: bytes) -> None:
    result = open_school_year(school.store, school.actors["coordinator"], NEW)
    assert result.backup is not None
    backup = Store(open_engine(result.backup, db_key))
    try:
        with backup.read() as s:
            assert s.scalar(select(SchoolClass.name).where(SchoolClass.name == "6.a")) is None
    finally:
        backup.close()


def test_the_current_semester_follows_the_calendar_across_two_years(
        school: SchoolFixture) -> None:
    store = school.store
    assert current_semester(store, date(2027, 5, 20)).label == "2026/2027-2"
    assert year_to_open(store, date(2027, 6, 30)) is None
    assert year_to_open(store, date(2027, 9, 10)) == NEW
    assert current_semester(store, date(2027, 9, 10)).label == "2026/2027-2"  # not open yet
    open_school_year(store, school.actors["coordinator"], NEW, backup=False)
    assert current_semester(store, date(2027, 9, 10)).label == "2027/2028-1"
    assert current_semester(store, date(2028, 1, 8)).label == "2027/2028-2"
    assert year_to_open(store, date(2027, 9, 10)) is None
    # the school moves the semester break
    set_semester_dates(store, school.actors["admin"], NEW,
                       ((date(2027, 9, 1), date(2028, 1, 14)),
                        (date(2028, 1, 15), date(2028, 5, 31))))
    assert current_semester(store, date(2028, 1, 8)).label == "2027/2028-1"
    assert year_to_open(store, date(2028, 6, 10)) == "2028/2029"


def test_bad_dates_the_wrong_year_and_roles_change_nothing(school: SchoolFixture,
                                                           tmp_path: Path) -> None:
    coordinator = school.actors["coordinator"]
    with pytest.raises(ValidationError) as caught:
        open_school_year(school.store, coordinator, "2028/2029", backup=False)
    assert "2027/2028" in caught.value.text("lv")
    with pytest.raises(ValidationError):
        open_school_year(school.store, coordinator, "2027-2028", backup=False)
    with pytest.raises(ValidationError):  # semester I overlaps 2026/2027-2
        open_school_year(school.store, coordinator, NEW, backup=False,
                         semester_dates=((date(2027, 6, 1), date(2027, 12, 31)),
                                         (date(2028, 1, 1), date(2028, 6, 30))))
    with pytest.raises(PermissionDenied):
        open_school_year(school.store, school.actors["admin"], NEW, backup=False)
    bad = tmp_path / "2027-2028.json"
    bad.write_text('{"schema_version": 1, "school_year": "2027/2028"}', encoding="utf-8")
    with pytest.raises(ValidationError):
        open_school_year(school.store, coordinator, NEW, catalogue_file=bad, backup=False)
    assert not list(tmp_path.glob("*.backup-*"))
    with school.store.read() as s:
        assert s.scalar(select(SchoolClass.id).where(SchoolClass.name == "6.a")) is None
    open_school_year(school.store, coordinator, NEW, backup=False)
    with pytest.raises(Conflict):
        open_school_year(school.store, coordinator, NEW, backup=False)


def test_a_picked_catalogue_file_is_previewed_against_last_year(
        school: SchoolFixture, cat: CatalogueFixture, tmp_path: Path) -> None:
    data = json.loads(catalogue_path(NEW).read_text(encoding="utf-8"))
    data["measure_types"][0]["rate_cents"] += 100
    data["measure_types"] = data["measure_types"][:-1]
    picked = tmp_path / "jaunais.json"
    picked.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    preview = preview_year_opening(school.store, school.actors["coordinator"], NEW,
                                   catalogue_file=picked)
    changes = {(c.code, c.change) for c in preview.catalogue_changes}
    first = data["measure_types"][0]["code"]
    assert (first, "rate") in changes
    assert any(change == "retired" for _, change in changes)
    result = open_school_year(school.store, school.actors["coordinator"], NEW,
                              catalogue_file=picked, backup=False)
    assert result.catalogue.school_year == NEW and result.catalogue.file == "jaunais.json"


def test_the_abc_thresholds_are_the_years_catalogue_data(school: SchoolFixture,
                                                         tmp_path: Path) -> None:
    data = json.loads(catalogue_path(NEW).read_text(encoding="utf-8"))
    data["abc_thresholds"] = {"absence_caution_pct": "3", "absence_high_pct": "8",
                              "unjustified": [2, 8, 15], "failing": [1, 2, 3],
                              "conduct": [1, 2, 4]}
    picked = tmp_path / "stingrāks.json"
    picked.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    open_school_year(school.store, school.actors["coordinator"], NEW, catalogue_file=picked,
                     backup=False)
    with school.store.read() as s:
        new = thresholds_for(s, s.scalars(select(SchoolYear.id).where(
            SchoolYear.label == NEW)).one())
        old = thresholds_for(s, school.year_id)
    assert old == DEFAULT_THRESHOLDS and new.absence_high_pct == Decimal("8")
    ind = Indicators(Decimal("8.5"), 0, 0, (), 0)
    assert risk_levels(ind, [], old)[RiskCategory.LEARNING] is RiskLevel.MEDIUM
    assert risk_levels(ind, [], new)[RiskCategory.LEARNING] is RiskLevel.HIGH


def test_bad_thresholds_in_a_catalogue_file_are_named(school: SchoolFixture,
                                                      tmp_path: Path) -> None:
    data = json.loads(catalogue_path(NEW).read_text(encoding="utf-8"))
    data["abc_thresholds"] = {"absence_caution_pct": "12", "absence_high_pct": "8",
                              "unjustified": [5, 3, 1], "failing": [1, 2, 3], "conduct": [1, 2]}
    bad = tmp_path / "slikts.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        preview_year_opening(school.store, school.actors["coordinator"], NEW,
                             catalogue_file=bad)
    text = caught.value.text("lv")
    assert "absence_caution_pct" in text and "unjustified" in text and "conduct" in text
