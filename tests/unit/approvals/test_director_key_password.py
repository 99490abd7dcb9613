"""Security finding 3: the director's signing key is sealed under the director's own password.
Whoever holds the database key and the key store beside it cannot sign without the director;
a wrong password signs nothing; a key an older version kept unsealed is sealed (same key) the
first time the director signs; after a password reset the sealed key no longer opens and a new
key is made — visible at the municipality as a new key, and older approvals still verify."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app.errors import AuthenticationFailed
from app.models import SigningKey, SupportPlan
from app.models.enums import PlanStatus
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan
from app.services.approvals.key_wrap import KeyNotOpened, is_sealed, open_key, seal_key
from app.services.approvals.signing_keys import ensure_director_key, register_key, secret_name
from app.services.users.admin import change_password
from tests.builders.approvals import audit_count, submitted_plan, verifies
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import TEST_PASSWORD, SchoolFixture


def _name(school: SchoolFixture) -> str:
    with school.store.read() as s:
        return secret_name(s, school.actors["director"].user_id)


def test_the_key_store_holds_no_usable_key_without_the_password(
        school: SchoolFixture, secrets: KeyringSecretStore) -> None:
    director = school.actors["director"]
    ensure_director_key(school.store, secrets, director, password=TEST_PASSWORD)
    name = _name(school)
    sealed = secrets.get(name)
    assert sealed is not None and is_sealed(sealed)
    private = open_key(sealed, TEST_PASSWORD, name).private_bytes_raw()
    assert private not in sealed  # not in the clear
    with pytest.raises(KeyNotOpened):
        open_key(sealed, "Cita-parole-2026", name)
    with pytest.raises(KeyNotOpened):  # bound to its name: not movable to another person
        open_key(sealed, TEST_PASSWORD, name.replace("director-signing-key:", "x:"))


def test_a_wrong_password_signs_nothing(school: SchoolFixture, cat: CatalogueFixture,
                                        secrets: KeyringSecretStore) -> None:
    plan_id = submitted_plan(school, cat)
    with pytest.raises(AuthenticationFailed) as refused:
        approve_plan(school.store, secrets, school.actors["director"], plan_id,
                     password="Nepareiza-parole-1")
    assert refused.value.key == "auth.confirm_failed"
    with school.store.read() as s:
        plan = s.get(SupportPlan, plan_id)
        assert plan is not None and plan.status is PlanStatus.SUBMITTED
        assert s.scalars(select(SigningKey)).all() == []
    assert secrets.get(_name(school)) is None


def test_an_unsealed_key_of_an_older_version_is_sealed_on_first_signing(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    director = school.actors["director"]
    old = Ed25519PrivateKey.generate()
    name = _name(school)
    secrets.set(name, old.private_bytes_raw())  # as versions before this one kept it
    with school.store.write() as s:
        fingerprint = register_key(s, director.user_id, old).fingerprint
    plan_id = submitted_plan(school, cat)
    info = approve_plan(school.store, secrets, director, plan_id, password=TEST_PASSWORD)
    assert info.signer_fingerprint == fingerprint  # the same key: nothing new at the hub
    sealed = secrets.get(name)
    assert sealed is not None and is_sealed(sealed)
    assert open_key(sealed, TEST_PASSWORD, name).private_bytes_raw() == old.private_bytes_raw()
    assert audit_count(school, "signing_key.seal") == 1
    assert verifies(school, plan_id, 1)


def test_after_a_password_reset_a_new_key_is_made_and_old_approvals_still_verify(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    director, admin = school.actors["director"], school.actors["admin"]
    first_plan = submitted_plan(school, cat)
    first = approve_plan(school.store, secrets, director, first_plan, password=TEST_PASSWORD)
    new_password = "Jauna-direktora-parole-7"
    change_password(school.store, admin, director.user_id, None, new_password, new_password)
    name = _name(school)
    sealed_before = secrets.get(name)
    assert sealed_before is not None
    with pytest.raises(KeyNotOpened):
        open_key(sealed_before, new_password, name)
    key = ensure_director_key(school.store, secrets, director, password=new_password)
    assert key.fingerprint != first.signer_fingerprint
    assert audit_count(school, "signing_key.create") == 2
    assert verifies(school, first_plan, 1)
    resealed = secrets.get(name)
    assert resealed is not None and open_key(resealed, new_password, name)
    assert seal_key(Ed25519PrivateKey.generate(), new_password, name) != resealed
