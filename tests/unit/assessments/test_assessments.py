"""Recording risk assessments: who may, one per pupil and semester, bad input saves nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.errors import NotFound, PermissionDenied, ValidationError
from app.models import AuditEntry, OutboxChange, RiskAssessment, RiskFinding
from app.models.enums import ChangeOp, RiskCategory, RiskLevel, Severity
from app.services.assessments.recording import (
    FindingInput,
    get_assessment,
    record_assessment,
)
from tests.builders.assessments import CURRENT, TODAY, make_input
from tests.builders.catalogue import CatalogueFixture, load_test_catalogue
from tests.builders.school import SchoolFixture


@pytest.fixture
def cat(school: SchoolFixture) -> CatalogueFixture:
    return load_test_catalogue(school.store, school)


def _rows(school: SchoolFixture) -> tuple[int, int, int]:
    with school.store.read() as s:
        return (s.scalar(select(func.count()).select_from(RiskAssessment)) or 0,
                s.scalar(select(func.count()).select_from(RiskFinding)) or 0,
                s.scalar(select(func.count()).select_from(AuditEntry)
                         .where(AuditEntry.action.like("assessment.%"))) or 0)


@pytest.mark.parametrize(("who", "student", "outcome"), [
    ("teacher", "Anna Ēcere", "ok"),
    ("teacher", "Oskars Lūsis", NotFound),
    ("teacher2", "Oskars Lūsis", "ok"),
    ("teacher2", "Pēteris Šmits", NotFound),
    ("coordinator", "Elīza Ņikitina", "ok"),
    ("support", "Anna Ēcere", PermissionDenied),
    ("director", "Anna Ēcere", PermissionDenied),
    ("admin", "Anna Ēcere", PermissionDenied),
])
def test_who_may_record(who: str, student: str, outcome: object, school: SchoolFixture,
                        cat: CatalogueFixture) -> None:
    data = make_input(school, student, findings=[FindingInput(cat.sign("low_income"),
                                                            Severity.MEDIUM)])
    if outcome == "ok":
        view = record_assessment(school.store, school.actors[who], data, today=TODAY)
        assert view.student_name == student and view.assessed_by_id == school.actors[who].user_id
        assert _rows(school) == (1, 1, 1)
        return
    with pytest.raises(outcome) as exc:  # type: ignore[call-overload]
        record_assessment(school.store, school.actors[who], data, today=TODAY)
    assert exc.value.text("lv")
    assert _rows(school) == (0, 0, 0)


@pytest.mark.parametrize(("who", "student", "outcome"), [
    ("teacher", "Anna Ēcere", "ok"),
    ("teacher", "Oskars Lūsis", NotFound),
    ("teacher2", "Anna Ēcere", NotFound),
    ("support", "Anna Ēcere", "ok"),
    ("support", "Pēteris Šmits", NotFound),
    ("support2", "Anna Ēcere", NotFound),
    ("coordinator", "Oskars Lūsis", "ok"),
    ("director", "Anna Ēcere", "ok"),
    ("admin", "Anna Ēcere", PermissionDenied),
])
def test_who_may_read(who: str, student: str, outcome: object, school: SchoolFixture,
                      cat: CatalogueFixture) -> None:
    for name in ("Anna Ēcere", "Oskars Lūsis", "Pēteris Šmits"):
        record_assessment(school.store, school.actors["coordinator"],
                          make_input(school, name), today=TODAY)
    sid, sem = school.student_ids[student], school.semester_ids[CURRENT]
    if outcome == "ok":
        view = get_assessment(school.store, school.actors[who], sid, sem)
        assert view is not None and view.student_id == sid
        assert view.absence_pct == Decimal("6.5") and view.note == "Bieži kavē pirmdienās."
        return
    with pytest.raises(outcome):  # type: ignore[call-overload]
        get_assessment(school.store, school.actors[who], sid, sem)


def test_no_assessment_yet_reads_as_none(school: SchoolFixture) -> None:
    assert get_assessment(school.store, school.actors["teacher"],
                          school.student_ids["Anna Ēcere"], school.semester_ids[CURRENT]) is None


def test_recording_again_replaces_indicators_and_findings(school: SchoolFixture,
                                                          cat: CatalogueFixture) -> None:
    coordinator, teacher = school.actors["coordinator"], school.actors["teacher"]
    first = record_assessment(school.store, coordinator, make_input(school, findings=[
        FindingInput(cat.sign("low_motivation"), Severity.MEDIUM, "Nepilda mājasdarbus."),
        FindingInput(cat.sign("family_change"), Severity.HIGH)]), today=TODAY)
    again = record_assessment(school.store, teacher, make_input(
        school, absence_pct=Decimal("3"), unjustified_lessons=0, failing_marks=2,
        failing_subjects=["matemātika"], note="",
        findings=[FindingInput(cat.sign("no_money_meals"), Severity.LOW)]), today=TODAY)
    assert again.id == first.id
    assert [f.code for f in again.findings] == ["no_money_meals"]
    assert (again.absence_pct, again.unjustified_lessons, again.failing_marks) == (
        Decimal("3.0"), 0, 2)
    assert again.failing_subjects == ("matemātika",) and again.assessed_by_name == "Ilze Kalniņa"
    assert again.profile.level(RiskCategory.FAMILY) is RiskLevel.NONE
    assert _rows(school) == (1, 1, 2)
    with school.store.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "risk_assessment").order_by(AuditEntry.seq)).all()
        deleted = s.scalar(select(func.count()).select_from(OutboxChange).where(
            OutboxChange.entity == "risk_finding", OutboxChange.op == ChangeOp.DELETE))
        details = s.scalars(select(AuditEntry.details).where(
            AuditEntry.entity == "risk_assessment")).all()
    assert actions == ["assessment.create", "assessment.update"]
    assert deleted == 2
    assert all("Nepilda" not in d and "pirmdienās" not in d for d in details)


def test_bad_input_names_every_field_and_saves_nothing(school: SchoolFixture,
                                                       cat: CatalogueFixture) -> None:
    data = make_input(
        school, assessed_on=date(2026, 11, 24), absence_pct=Decimal("7.25"),
        unjustified_lessons=-1, failing_marks=2, failing_subjects=[], conduct_incidents=True,
        findings=[FindingInput(cat.sign("bullying", year="2025/2026"), Severity.LOW),
                  FindingInput(cat.sign("bullying"), Severity.LOW),
                  FindingInput(cat.sign("bullying"), 5),  # type: ignore[arg-type]
                  FindingInput(cat.sign("substance_use"), Severity.HIGH, "x" * 1001)])
    with pytest.raises(ValidationError) as exc:
        record_assessment(school.store, school.actors["teacher"], data, today=TODAY)
    assert exc.value.fields == [
        "assessed_on", "absence_pct", "unjustified_lessons", "conduct_incidents",
        "failing_subjects", "findings[1].risk_sign_id", "findings[3].risk_sign_id",
        "findings[3].severity", "findings[4].note"]
    lv, en = exc.value.text("lv"), exc.value.text("en")
    for part in ("Izvērtēšanas datums: 24.11.2026 ir nākotnē", "Kavējumi: norādiet procentus",
                 "Neattaisnoti kavētās stundas: jābūt veselam skaitlim no 0 līdz 1000",
                 "Uzvedības pārkāpumi:", "norādiet vismaz vienu priekšmetu",
                 "Riska pazīme 1: šīs pazīmes nav mācību gada 2026/2027 katalogā",
                 "Riska pazīme 3: šī pazīme jau norādīta 2. rindā",
                 "Riska pazīme 3: smaguma pakāpei", "Riska pazīme 4: piezīme"):
        assert part in lv
    for part in ("Assessment date: 24.11.2026 is in the future", "Absence: enter a percentage",
                 "Risk sign 3: this sign was already given in row 2"):
        assert part in en
    assert _rows(school) == (0, 0, 0)


@pytest.mark.parametrize(("changes", "field", "text"), [
    ({"assessed_on": date(2026, 7, 15)}, "assessed_on", "no 01.08.2026 līdz 23.11.2026"),
    ({"assessed_on": None}, "assessed_on", "Izvērtēšanas datums: norādiet datumu."),
    ({"absence_pct": Decimal("100.1")}, "absence_pct", "no 0 līdz 100"),
    ({"failing_subjects": ["fizika"]}, "failing_subjects", "nesekmīgo vērtējumu skaits ir 0"),
    ({"failing_marks": 1, "failing_subjects": ["fizika", "ķīmija"]}, "failing_subjects",
     "vairāk priekšmetu nekā"),
    ({"failing_marks": 3, "failing_subjects": ["fizika", "Fizika"]}, "failing_subjects",
     "“Fizika” norādīts vairākkārt"),
    ({"failing_marks": 3, "failing_subjects": ["fizika, ķīmija"]}, "failing_subjects",
     "bez komatiem"),
    ({"note": "a" * 4001}, "note", "Piezīme: tā nedrīkst būt garāka par 4000 zīmēm"),
])
def test_each_bad_field_is_refused_and_the_old_assessment_stays(
        changes: dict[str, object], field: str, text: str, school: SchoolFixture,
        cat: CatalogueFixture) -> None:
    kept = record_assessment(school.store, school.actors["teacher"], make_input(
        school, findings=[FindingInput(cat.sign("conflicts"), Severity.LOW)]), today=TODAY)
    with pytest.raises(ValidationError) as exc:
        record_assessment(school.store, school.actors["teacher"],
                          make_input(school, "Anna Ēcere", CURRENT, **changes), today=TODAY)
    assert exc.value.fields == [field]
    assert text in exc.value.text("lv")
    after = get_assessment(school.store, school.actors["teacher"],
                           school.student_ids["Anna Ēcere"], school.semester_ids[CURRENT])
    assert after is not None and after.findings == kept.findings
    assert after.absence_pct == kept.absence_pct and _rows(school) == (1, 1, 1)


def test_percent_with_a_trailing_zero_and_a_date_near_the_semester_are_accepted(
        school: SchoolFixture) -> None:
    view = record_assessment(school.store, school.actors["teacher"], make_input(
        school, assessed_on=date(2026, 8, 20), absence_pct=Decimal("7.50")), today=TODAY)
    assert view.absence_pct == Decimal("7.5") and view.assessed_on == date(2026, 8, 20)


def test_unknown_semester_is_not_found(school: SchoolFixture) -> None:
    import uuid

    with pytest.raises(NotFound) as exc:
        record_assessment(school.store, school.actors["teacher"],
                          make_input(school, semester_id=uuid.uuid4()), today=TODAY)
    assert "semester" in exc.value.text("en")
    assert _rows(school) == (0, 0, 0)
