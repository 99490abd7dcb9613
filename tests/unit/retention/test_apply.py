"""Applying the retention review: every personal field of the pupil gone from the whole
school database (every column of every table, the audit trail included), the semester's
figures unchanged, the trail still verifying (check-db), audited, and the other pupil
untouched."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Consultation, Guardian, PlanGoal, Student
from app.services.checks.integrity import check_database
from app.services.report_data import semester_report
from app.services.retention import DataKind, apply_retention, review_retention
from tests.builders.approvals_batch import PETERIS
from tests.builders.catalogue import CatalogueFixture
from tests.builders.consultations import SECRET
from tests.builders.plans import ANNA, SEM
from tests.builders.retention import BORN, CODE, GUARDIAN, PHONE, pupil_who_left, values_holding
from tests.builders.school import SchoolFixture

WORDS = [ANNA, "Anna Ecere", CODE, CODE.replace("-", ""), BORN.isoformat(),
         BORN.strftime("%d.%m.%Y"), GUARDIAN, PHONE, SECRET]
PRINTED = datetime(2032, 1, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def anna(school: SchoolFixture, cat: CatalogueFixture) -> uuid.UUID:
    return pupil_who_left(school, cat)


def _report(school: SchoolFixture) -> object:
    return semester_report(school.store, school.actors["coordinator"],
                           school.semester_ids[SEM], printed_at=PRINTED)


def test_anonymising_removes_every_personal_field_and_keeps_the_figures(
        school: SchoolFixture, anna: uuid.UUID) -> None:
    with school.store.engine.connect() as conn:
        stored = {w for _, _, w in values_holding(conn, WORDS)}  # as the database keeps them
    assert stored >= {ANNA, "Anna Ecere", CODE, BORN.isoformat(), GUARDIAN, PHONE, SECRET}
    before = _report(school)
    done = apply_retention(school.store, school.actors["admin"], date(2032, 1, 1))
    assert (done.pupils, done.by_kind["records"]) == (1, 1)
    assert done.rows >= 10 and done.audit_entries_redacted >= 1
    with school.store.engine.connect() as conn:
        assert values_holding(conn, WORDS) == []
    assert _report(school) == before
    report = check_database(school.store)
    assert report.ok, report.lines("en")
    with school.store.read() as s:
        student = s.get(Student, anna)
        assert student is not None and student.anonymised_on == date(2032, 1, 1)
        assert student.first_name == "Anonimizēts" and student.personal_code is None
        assert s.scalars(select(Guardian).where(Guardian.student_id == anna)).all() == []
        assert s.scalars(select(PlanGoal.text)).all().count("") >= 1
        consultation = s.scalars(select(Consultation)).one()
        assert consultation.minutes > 0 and consultation.confidential_notes == ""
        peteris = s.get(Student, school.student_ids[PETERIS])
        assert peteris is not None and peteris.full_name == PETERIS
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "retention.applied")).one()
        assert entry.student_id == anna and json.loads(entry.details)["kinds"] == [
            "attachments", "consultation_notes", "records"]
        redaction = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "audit.redacted")).one()
        assert json.loads(redaction.details)["reason"] == "retention"
    assert review_retention(school.store, school.actors["admin"], date(2040, 1, 1)).pupils == ()


def test_only_what_is_due_goes_first(school: SchoolFixture, anna: uuid.UUID) -> None:
    done = apply_retention(school.store, school.actors["admin"], date(2029, 1, 1))
    assert done.by_kind == {"records": 0, "attachments": 1, "consultation_notes": 1}
    with school.store.read() as s:
        student = s.get(Student, anna)
        assert student is not None and student.full_name == ANNA
        assert student.anonymised_on is None
        assert s.scalars(select(Consultation.confidential_notes)).all() == [""]
        added = s.scalars(select(AuditEntry.details).where(
            AuditEntry.action == "attachment.add")).one()
        assert json.loads(added)["filename"] == "[dzēsts]"  # the scan's name went with it
        created = s.scalars(select(AuditEntry.details).where(
            AuditEntry.action == "plan.create", AuditEntry.student_id == anna)).one()
        assert "[dzēsts]" not in created  # the rest of her history stays until the records go
    review = review_retention(school.store, school.actors["admin"], date(2032, 1, 1))
    assert [i.kind for p in review.pupils for i in p.items] == [DataKind.RECORDS]
    assert check_database(school.store).ok


def test_a_tampered_redacted_entry_is_found_by_check_db(
        school: SchoolFixture, anna: uuid.UUID) -> None:
    apply_retention(school.store, school.actors["admin"], date(2032, 1, 1))
    with school.store.read() as s:
        redaction = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "audit.redacted")).one()
        seq = min(int(k) for k in json.loads(redaction.details)["entries"])
    with school.store.write() as s:
        entry = s.get(AuditEntry, seq)
        assert entry is not None
        entry.details = entry.details.replace("[dzēsts]", "Cits teksts")
    report = check_database(school.store)
    assert report.failed("audit_chain")
