"""Shared by several test modules: assess, audit_count, secrets,
stored_version, submitted_plan, verifies."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from app.models import (
    AuditEntry,
    PlanVersion,
    RiskAssessment,
    RiskFinding,
    SigningKey,
)
from app.models.enums import Severity
from app.secrets import KeyringSecretStore
from app.services.approvals.signed_content import canonical_plan_version, verify
from app.services.plans.lifecycle import submit_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.plans import ANNA, SEM
from tests.builders.plans_submit import ready_plan
from tests.builders.school import SchoolFixture


@pytest.fixture
def secrets() -> KeyringSecretStore:
    return KeyringSecretStore(MemoryKeyring())


def assess(school: SchoolFixture, cat: CatalogueFixture, student: str = ANNA,
           semester: str = SEM, year: str = "2026/2027") -> uuid.UUID:
    """A risk assessment with two findings, so plans link to it."""
    assessment_id = uuid.uuid4()
    with school.store.write() as s:
        s.add(RiskAssessment(id=assessment_id, student_id=school.student_ids[student],
                             semester_id=school.semester_ids[semester],
                             assessed_by_id=school.actors["teacher"].user_id,
                             assessed_on=date(int(year[:4]), 9, 10)))
        s.flush()
        s.add_all([
            RiskFinding(assessment_id=assessment_id, risk_sign_id=cat.sign("low_marks", year),
                        severity=Severity.HIGH, note="Matemātikā 3 balles."),
            RiskFinding(assessment_id=assessment_id,
                        risk_sign_id=cat.sign("no_money_meals", year),
                        severity=Severity.MEDIUM),
        ])
    return assessment_id


def submitted_plan(school: SchoolFixture, cat: CatalogueFixture) -> uuid.UUID:
    """Anna's plan for the current semester, linked to an assessment, submitted."""
    assess(school, cat)
    plan_id = ready_plan(school, cat)
    submit_plan(school.store, school.actors["teacher"], plan_id)
    return plan_id


def stored_version(school: SchoolFixture, plan_id: uuid.UUID, number: int) -> PlanVersion:
    with school.store.read() as s:
        version = s.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan_id,
                                                      PlanVersion.number == number)).one()
        s.expunge(version)
        return version


def verifies(school: SchoolFixture, plan_id: uuid.UUID, number: int) -> bool:
    """Verify a stored approval from scratch: stored key, bytes recomputed from the DB."""
    with school.store.read() as s:
        version = s.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan_id,
                                                      PlanVersion.number == number)).one()
        key = s.scalars(select(SigningKey).where(
            SigningKey.fingerprint == version.signer_fingerprint)).one()
        assert version.signature is not None
        return verify(key.public_key, canonical_plan_version(s, version), version.signature)


def audit_count(school: SchoolFixture, action: str) -> int:
    with school.store.read() as s:
        return s.scalar(select(func.count()).where(AuditEntry.action == action)) or 0
