"""Format 1 approvals (made before format 2, kept in old school databases) still verify at
school and are never sent as shareable bytes; format 2 approvals seal the names and notes,
format 3 (every new approval) the summary and goals as well."""

from __future__ import annotations

import json

import rfc8785
from sqlalchemy import select

from app.models import PlanVersion
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan
from app.services.approvals.signed_content import (
    canonical_plan_version,
    plan_version_content,
    shareable_content,
    version_text_salt,
)
from app.services.approvals.signing_keys import signing_key
from app.services.checks.integrity import check_database
from app.sync.plan_signature import text_digest
from tests.builders.approvals import submitted_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import TEST_PASSWORD, SchoolFixture


def test_a_new_approval_is_format_3_without_the_schools_texts(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    plan_id = submitted_plan(school, cat)
    approve_plan(school.store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    with school.store.read() as s:
        version = s.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan_id)).one()
        shared = shareable_content(s, version)
        assert shared is not None and shared == canonical_plan_version(s, version)
    doc = json.loads(shared)
    assert doc["format"] == "pumpurs-plan-version/3" and len(doc["private_sha256"]) == 64
    assert "summary" not in doc and "goals" not in doc
    salt = version_text_salt(version)
    assert salt is not None and doc["summary_sha256"] == text_digest(salt, version.summary)
    assert doc["goals_sha256"] == [text_digest(salt, g.text) for g in version.goals]
    texts = [version.summary, *(g.text for g in version.goals)]
    for text in ("Ruta Ēcere", "Matemātikā 3 balles.", *texts):  # parent, a note, free texts
        assert text and text.encode() not in shared


def test_a_format_2_approval_verifies_and_is_shared_only_with_the_texts(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    plan_id = submitted_plan(school, cat)
    approve_plan(school.store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    with school.store.write() as s:  # as an approval made before format 3 was stored
        version = s.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan_id)).one()
        context = json.loads(version.approved_context or "{}")
        context.pop("text_salt")
        version.approved_context = rfc8785.dumps(context).decode()
        doc = plan_version_content(s, version)
        assert doc["format"] == "pumpurs-plan-version/2" and doc["summary"] == version.summary
        private, _ = signing_key(s, secrets, school.actors["director"], password=TEST_PASSWORD)
        version.signature = private.sign(canonical_plan_version(s, version))
        assert shareable_content(s, version) == canonical_plan_version(s, version)
        assert shareable_content(s, version, with_free_text=False) is None
    report = check_database(school.store)
    assert report.ok and not report.failed("approval_signatures")


def test_a_format_1_approval_still_verifies_and_is_not_shared(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    plan_id = submitted_plan(school, cat)
    approve_plan(school.store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    with school.store.write() as s:  # as an approval made before format 2 was stored
        version = s.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan_id)).one()
        context = json.loads(version.approved_context or "{}")
        context.pop("salt")
        version.approved_context = rfc8785.dumps(context).decode()
        assert plan_version_content(s, version)["format"] == "pumpurs-plan-version/1"
        private, _ = signing_key(s, secrets, school.actors["director"], password=TEST_PASSWORD)
        version.signature = private.sign(canonical_plan_version(s, version))
        assert shareable_content(s, version) is None
    report = check_database(school.store)
    assert report.ok and not report.failed("approval_signatures")
