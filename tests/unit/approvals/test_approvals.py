"""The director's decision: approve (signed with the director's Ed25519 key) or return with a
comment; resubmission; who may decide. Shared helpers at the top are used by the other
approval, version and check-db tests."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from app.errors import AppError, Conflict, NotFound, PermissionDenied, ValidationError
from app.i18n import catalogue
from app.models import (
    PlanVersion,
    RiskFinding,
    SigningKey,
    SupportPlan,
)
from app.models.enums import PlanStatus, Role
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan, return_plan
from app.services.approvals.key_wrap import is_sealed, open_key
from app.services.approvals.signed_content import canonical_plan_version, version_text_salt
from app.services.approvals.signing_keys import (
    ensure_director_key,
    key_fingerprint,
    public_key_bytes,
    secret_name,
)
from app.services.core.actor import Actor
from app.services.plans.lifecycle import PlanDraftInput, get_plan, save_plan_draft, submit_plan
from app.services.plans.versions import ChangeKind
from app.sync.plan_signature import text_digest
from tests.builders.approvals import assess, audit_count, stored_version, submitted_plan, verifies
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import ANNA, expect_refused, full_draft
from tests.builders.plans_submit import ready_plan
from tests.builders.roles import hold_roles
from tests.builders.school import TEST_PASSWORD, SchoolFixture

# ---- the director's key -------------------------------------------------------------------

def test_the_director_key_is_made_once_kept_in_the_secret_store_and_registered(
        school: SchoolFixture, secrets: KeyringSecretStore) -> None:
    director = school.actors["director"]
    first = ensure_director_key(school.store, secrets, director, password=TEST_PASSWORD)
    again = ensure_director_key(school.store, secrets, director, password=TEST_PASSWORD)
    assert again == first
    groups = first.fingerprint.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    with school.store.read() as s:
        row = s.scalars(select(SigningKey)).one()
        name = secret_name(s, director.user_id)
    assert name.startswith(f"director-signing-key:{director.user_id}:")
    sealed = secrets.get(name)  # sealed under the director's password (security finding 3)
    assert sealed is not None and is_sealed(sealed)
    assert public_key_bytes(open_key(sealed, TEST_PASSWORD, name)) == row.public_key
    assert len(row.public_key) == 32 and key_fingerprint(row.public_key) == first.fingerprint
    assert audit_count(school, "signing_key.create") == 1


def test_a_revoked_key_is_replaced_by_a_new_one(school: SchoolFixture,
                                                secrets: KeyringSecretStore) -> None:
    director = school.actors["director"]
    first = ensure_director_key(school.store, secrets, director, password=TEST_PASSWORD)
    with school.store.write() as s:
        s.scalars(select(SigningKey)).one().revoked_at = first.created_at
    second = ensure_director_key(school.store, secrets, director, password=TEST_PASSWORD)
    assert second.fingerprint != first.fingerprint and second.revoked_at is None


@pytest.mark.parametrize("who", ["teacher", "support", "coordinator", "admin"])
def test_only_a_director_gets_a_signing_key(school: SchoolFixture, secrets: KeyringSecretStore,
                                            who: str) -> None:
    expect_refused(school, PermissionDenied, ensure_director_key, school.store, secrets,
                   school.actors[who], password=TEST_PASSWORD)
    assert secrets.backend.passwords == {}  # type: ignore[attr-defined]


# ---- approve ------------------------------------------------------------------------------

def test_approving_signs_the_version_and_locks_the_plan(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    plan_id = submitted_plan(school, cat)
    director = school.actors["director"]
    info = approve_plan(school.store, secrets, director, plan_id, password=TEST_PASSWORD)

    assert (info.version, info.student_name, info.decided_by_name) == (1, ANNA, "Jānis Bērziņš")
    key = ensure_director_key(school.store, secrets, director, password=TEST_PASSWORD)
    assert info.signer_fingerprint == key.fingerprint
    plan = get_plan(school.store, school.actors["teacher"], plan_id)
    assert plan.status is PlanStatus.APPROVED
    assert plan.decided_by_name == "Jānis Bērziņš" and plan.decided_at == info.decided_at
    assert plan.signer_fingerprint == info.signer_fingerprint
    version = stored_version(school, plan_id, 1)
    assert version.status is PlanStatus.APPROVED and version.signature == info.signature
    assert version.decided_by_id == director.user_id
    assert verifies(school, plan_id, 1)
    assert audit_count(school, "plan.approve") == 1
    err = expect_refused(school, Conflict, save_plan_draft, school.store,
                         school.actors["teacher"], plan_id, full_draft(school, cat))
    assert "apstiprināts" in err.text("lv")


def test_the_signature_covers_the_plan_and_its_risks(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    plan_id = submitted_plan(school, cat)
    approve_plan(school.store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    with school.store.read() as s:
        version = s.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan_id)).one()
        text = canonical_plan_version(s, version).decode("utf-8")
        salt = version_text_salt(version)
        assert salt is not None
        assert "Uzlabot sekmes matemātikā" in version.goals[0].text
        goal = text_digest(salt, version.goals[0].text)  # the goal, through its digest
    for part in ('"plan_id":"' + str(plan_id), '"semester":"2026/2027-1"',
                 '"type":"consult_psychologist"', '"minutes":90', '"rate_cents":2200',
                 '"cost_cents":3300', '"cents":12000', '"sign":"low_marks"', '"severity":3',
                 '"received_on":"2026-09-03"', f'"goals_sha256":["{goal}"', '"2026-10-15"'):
        assert part in text, part
    assert "." not in text.split('"cost_cents":')[1][:8]  # integers, never floats


def test_the_approval_keeps_its_risks_when_the_assessment_changes_later(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    plan_id = submitted_plan(school, cat)
    approve_plan(school.store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    with school.store.write() as s:  # the assessment is re-recorded after the approval
        for finding in s.scalars(select(RiskFinding)):
            s.delete(finding)
    assert verifies(school, plan_id, 1)


def test_a_director_cannot_approve_a_plan_they_wrote(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    coordinator = school.actors["coordinator"]
    both = Actor(coordinator.user_id, coordinator.username, coordinator.full_name,
                 frozenset({Role.COORDINATOR, Role.DIRECTOR}))
    hold_roles(school.store, both.user_id, both.roles)
    assess(school, cat)
    plan_id = ready_plan(school, cat)
    with school.store.write() as s:  # the coordinator-director is the plan's author
        s.get_one(SupportPlan, plan_id).author_id = both.user_id
    submit_plan(school.store, both, plan_id)
    err = expect_refused(school, PermissionDenied, approve_plan, school.store, secrets, both,
                         plan_id, password=TEST_PASSWORD)
    assert "autors" in err.text("lv") and ANNA in err.text("lv")
    assert "author of this plan" in err.text("en")
    assert secrets.backend.passwords == {}  # type: ignore[attr-defined]


def test_a_director_cannot_approve_a_version_they_changed_or_submitted(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    """The finding: a director who is also coordinator returned a plan, tripled it,
    resubmitted and approved it alone. Now another director must approve it."""
    coordinator = school.actors["coordinator"]
    both = Actor(coordinator.user_id, coordinator.username, coordinator.full_name,
                 frozenset({Role.COORDINATOR, Role.DIRECTOR}))
    hold_roles(school.store, both.user_id, both.roles)
    plan_id = submitted_plan(school, cat)  # the class teacher's plan
    return_plan(school.store, both, plan_id, "Precizējiet mērķus.")
    save_plan_draft(school.store, both, plan_id, full_draft(school, cat))  # the coordinator
    submit_plan(school.store, both, plan_id)
    err = expect_refused(school, PermissionDenied, approve_plan, school.store, secrets, both,
                         plan_id, password=TEST_PASSWORD)
    assert err.key == "approvals.changed_by_you" and ANNA in err.text("lv")
    assert "another director approves it" in err.text("en")
    approve_plan(school.store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    assert get_plan(school.store, both, plan_id).status is PlanStatus.APPROVED


@pytest.mark.parametrize(("who", "error"), [
    ("teacher", PermissionDenied), ("teacher2", PermissionDenied),
    ("support", PermissionDenied), ("coordinator", PermissionDenied),
    ("admin", PermissionDenied),
])
def test_only_a_director_approves_or_returns(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore, who: str,
        error: type[AppError]) -> None:
    plan_id = submitted_plan(school, cat)
    err = expect_refused(school, error, approve_plan, school.store, secrets,
                         school.actors[who], plan_id, password=TEST_PASSWORD)
    assert "plan.approve" in err.text("en")
    expect_refused(school, error, return_plan, school.store, school.actors[who], plan_id,
                   "Jālabo mērķi.")


@pytest.mark.parametrize("status", [PlanStatus.DRAFT, PlanStatus.APPROVED])
def test_only_a_submitted_plan_can_be_decided(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore,
        status: PlanStatus) -> None:
    director = school.actors["director"]
    plan_id = ready_plan(school, cat)
    if status is PlanStatus.APPROVED:
        submit_plan(school.store, school.actors["teacher"], plan_id)
        approve_plan(school.store, secrets, director, plan_id, password=TEST_PASSWORD)
    err = expect_refused(school, Conflict, approve_plan, school.store, secrets, director,
                         plan_id, password=TEST_PASSWORD)
    assert ANNA in err.text("lv") and ANNA in err.text("en")
    expect_refused(school, Conflict, return_plan, school.store, director, plan_id, "Labot.")


def test_an_unknown_plan_is_not_found(school: SchoolFixture,
                                      secrets: KeyringSecretStore) -> None:
    expect_refused(school, NotFound, approve_plan, school.store, secrets,
                   school.actors["director"], uuid.uuid4(), password=TEST_PASSWORD)


# ---- return and resubmit ------------------------------------------------------------------

def test_a_returned_plan_shows_the_comment_and_can_be_resubmitted_and_approved(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    plan_id = submitted_plan(school, cat)
    director, teacher = school.actors["director"], school.actors["teacher"]
    returned = return_plan(school.store, director, plan_id,
                           "  Precizējiet mērķi matemātikā.  ")
    assert returned.status is PlanStatus.RETURNED

    seen = get_plan(school.store, teacher, plan_id)
    assert seen.decision_comment == "Precizējiet mērķi matemātikā."
    assert seen.decided_by_name == "Jānis Bērziņš" and seen.signer_fingerprint is None
    assert audit_count(school, "plan.return") == 1

    draft = full_draft(school, cat)
    edited = PlanDraftInput(goals=("Sekmes matemātikā vismaz 5 balles.",),
                            measures=draft.measures, responsible_id=draft.responsible_id,
                            review_dates=draft.review_dates)
    save_plan_draft(school.store, teacher, plan_id, edited)
    assert submit_plan(school.store, teacher, plan_id).status is PlanStatus.SUBMITTED
    info = approve_plan(school.store, secrets, director, plan_id, password=TEST_PASSWORD)
    assert info.version == 1  # a returned plan is corrected in place, not versioned
    assert get_plan(school.store, teacher, plan_id).goals == (
        "Sekmes matemātikā vismaz 5 balles.",)
    assert verifies(school, plan_id, 1)


@pytest.mark.parametrize(("comment", "lv", "en"), [
    ("   ", "Komentārs: komentārs ir obligāts", "Comment: a comment is required"),
    ("x" * 2001, "Komentārs: teksts ir par garu", "Comment: the text is too long"),
])
def test_a_return_needs_a_comment(school: SchoolFixture, cat: CatalogueFixture, comment: str,
                                  lv: str, en: str) -> None:
    plan_id = submitted_plan(school, cat)
    err = expect_refused(school, ValidationError, return_plan, school.store,
                         school.actors["director"], plan_id, comment)
    assert isinstance(err, ValidationError) and err.fields == ["comment"]
    assert lv in err.text("lv") and en in err.text("en")


def test_every_message_key_built_from_a_status_or_change_kind_exists() -> None:
    keys = [f"approvals.not_submitted_{s.value}" for s in PlanStatus
            if s is not PlanStatus.SUBMITTED]
    keys += [f"approvals.amend_{s.value}" for s in PlanStatus if s is not PlanStatus.APPROVED]
    keys += [f"approvals.change_{k.value}" for k in ChangeKind]
    for lang in ("lv", "en"):
        assert [k for k in keys if k not in catalogue(lang)] == []
