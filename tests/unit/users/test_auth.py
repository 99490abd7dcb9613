"""Signing in: same answer for unknown names and wrong passwords, lock-out, rehashing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher, Type
from sqlalchemy import select

from app.errors import AuthenticationFailed
from app.models import AuditEntry, User
from app.models.enums import Role, SpecialistType
from app.services.core import audit
from app.services.users import passwords
from app.services.users.accounts import UserInput, create_user
from app.services.users.admin import deactivate_user
from app.services.users.auth import (
    LOCK_OUT,
    MAX_FAILED_SIGN_INS,
    confirm_password,
    sign_in,
    verify_password_for_unlock,
)
from tests.builders.school import SchoolFixture

PASSWORD = "pavasara-saule-2027"
WRONG = "nepareiza-parole"
WINTER = datetime(2027, 1, 15, 10, 0, tzinfo=UTC)  # Riga is UTC+2
SUMMER = datetime(2027, 5, 20, 6, 50, tzinfo=UTC)  # Riga is UTC+3


@pytest.fixture
def ilze(school: SchoolFixture) -> SchoolFixture:
    create_user(school.store, school.actors["admin"],
                UserInput("ilze", "Ilze Kalniņa", PASSWORD, (Role.TEACHER, Role.SUPPORT),
                          SpecialistType.SUBJECT_TEACHER, PASSWORD))
    return school


def user_row(school: SchoolFixture, username: str = "ilze") -> User:
    with school.store.read() as s:
        user = s.scalars(select(User).where(User.username == username)).one()
        s.expunge(user)
        return user


def audit_rows(school: SchoolFixture) -> list[AuditEntry]:
    with school.store.read() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def fail(school: SchoolFixture, username: str, password: str, now: datetime) -> str:
    with pytest.raises(AuthenticationFailed) as exc:
        sign_in(school.store, username, password, now=now)
    return exc.value.key


def test_sign_in_returns_the_actor_and_records_it(ilze: SchoolFixture) -> None:
    actor = sign_in(ilze.store, "  ILZE ", PASSWORD, now=WINTER)
    assert (actor.username, actor.full_name) == ("ilze", "Ilze Kalniņa")
    assert actor.roles == frozenset({Role.TEACHER, Role.SUPPORT})
    assert actor.specialist_type is SpecialistType.SUBJECT_TEACHER
    row = user_row(ilze)
    assert row.last_login_at == WINTER and row.failed_logins == 0
    last = audit_rows(ilze)[-1]
    assert (last.action, last.user_id) == ("auth.signed_in", actor.user_id)


def test_unknown_name_and_wrong_password_get_the_same_message(ilze: SchoolFixture) -> None:
    with pytest.raises(AuthenticationFailed) as unknown:
        sign_in(ilze.store, "nav.tada", PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong:
        sign_in(ilze.store, "ilze", WRONG)
    for lang in ("lv", "en"):
        assert unknown.value.text(lang) == wrong.value.text(lang)
    assert "Lietotājvārds vai parole nav pareiza" in wrong.value.text("lv")
    assert "user name or password is not correct" in wrong.value.text("en")
    failed = [e for e in audit_rows(ilze) if e.action == "auth.sign_in_failed"]
    assert [json.loads(e.details)["reason"] for e in failed] == ["unknown_user", "wrong_password"]
    assert "nav.tada" not in failed[0].details  # the typed text may have been a password
    assert failed[1].entity_id == str(user_row(ilze).id)


def test_five_failures_lock_for_fifteen_minutes(ilze: SchoolFixture) -> None:
    assert MAX_FAILED_SIGN_INS == 5 and timedelta(minutes=15) == LOCK_OUT
    keys = [fail(ilze, "ilze", WRONG, WINTER - timedelta(seconds=4 - n)) for n in range(5)]
    assert keys == ["auth.failed"] * 4 + ["auth.locked"]
    with pytest.raises(AuthenticationFailed) as exc:  # even the right password
        sign_in(ilze.store, "ilze", PASSWORD, now=WINTER + timedelta(minutes=14))
    assert "bloķēts līdz 12:15" in exc.value.text("lv")  # 10:15 UTC = 12:15 in Riga
    assert "locked until 12:15" in exc.value.text("en")
    assert user_row(ilze).locked_until == WINTER + LOCK_OUT
    actor = sign_in(ilze.store, "ilze", PASSWORD, now=WINTER + timedelta(minutes=15))
    assert actor.username == "ilze"
    row = user_row(ilze)
    assert row.locked_until is None and row.failed_logins == 0
    with ilze.store.read() as s:
        assert audit.verify_chain(s).ok


def test_lock_time_is_shown_in_riga_summer_time(ilze: SchoolFixture) -> None:
    keys = [fail(ilze, "ilze", WRONG, SUMMER) for _ in range(5)]
    assert keys[-1] == "auth.locked"
    with pytest.raises(AuthenticationFailed) as exc:
        sign_in(ilze.store, "ilze", PASSWORD, now=SUMMER)
    assert "10:05" in exc.value.text("lv")  # 07:05 UTC = 10:05 EEST


def test_after_the_lock_ends_there_are_five_tries_again(ilze: SchoolFixture) -> None:
    for _ in range(5):
        fail(ilze, "ilze", WRONG, WINTER)
    later = WINTER + LOCK_OUT
    keys = [fail(ilze, "ilze", WRONG, later) for _ in range(5)]
    assert keys == ["auth.failed"] * 4 + ["auth.locked"]


def test_success_resets_the_failure_count(ilze: SchoolFixture) -> None:
    for _ in range(4):
        fail(ilze, "ilze", WRONG, WINTER)
    assert user_row(ilze).failed_logins == 4
    sign_in(ilze.store, "ilze", PASSWORD, now=WINTER)
    keys = [fail(ilze, "ilze", WRONG, WINTER) for _ in range(4)]
    assert keys == ["auth.failed"] * 4
    assert user_row(ilze).locked_until is None


def test_inactive_account_has_its_own_message_only_with_the_right_password(
        ilze: SchoolFixture) -> None:
    deactivate_user(ilze.store, ilze.actors["admin"], user_row(ilze).id)
    assert fail(ilze, "ilze", WRONG, WINTER) == "auth.failed"
    with pytest.raises(AuthenticationFailed) as exc:
        sign_in(ilze.store, "ilze", PASSWORD, now=WINTER)
    assert exc.value.text("lv") == (
        "Šis lietotāja konts ir deaktivizēts — vērsieties pie skolas administratora.")
    assert "deactivated" in exc.value.text("en")
    assert user_row(ilze).last_login_at is None


def test_an_old_weaker_hash_is_replaced_on_sign_in(ilze: SchoolFixture) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1, type=Type.ID)
    with ilze.store.write() as s:
        s.scalars(select(User).where(User.username == "ilze")).one().password_hash = (
            weak.hash(PASSWORD))
    assert passwords.needs_rehash(user_row(ilze).password_hash)
    sign_in(ilze.store, "ilze", PASSWORD)
    fresh = user_row(ilze).password_hash
    assert fresh.startswith("$argon2id$") and not passwords.needs_rehash(fresh)
    assert passwords.verify(fresh, PASSWORD)


def test_placeholder_hash_never_signs_in(school: SchoolFixture) -> None:
    assert fail(school, "teacher", "-", WINTER) == "auth.failed"  # fixture hash is "-"


def test_unlock_checks_the_own_password_and_counts_failures(ilze: SchoolFixture) -> None:
    actor = sign_in(ilze.store, "ilze", PASSWORD, now=WINTER)
    assert verify_password_for_unlock(ilze.store, actor, PASSWORD, now=WINTER)
    assert not verify_password_for_unlock(ilze.store, actor, WRONG, now=WINTER)
    assert user_row(ilze).failed_logins == 1
    for _ in range(4):
        assert not verify_password_for_unlock(ilze.store, actor, WRONG, now=WINTER)
    assert not verify_password_for_unlock(ilze.store, actor, PASSWORD, now=WINTER)  # locked
    assert fail(ilze, "ilze", PASSWORD, WINTER) == "auth.locked"
    assert verify_password_for_unlock(ilze.store, actor, PASSWORD, now=WINTER + LOCK_OUT)
    actions = [e.action for e in audit_rows(ilze)]
    assert actions.count("auth.unlocked") == 2 and actions.count("auth.unlock_failed") == 5


def test_confirming_an_act_needs_the_own_password_and_counts_failures(
        ilze: SchoolFixture) -> None:
    actor = sign_in(ilze.store, "ilze", PASSWORD, now=WINTER)
    confirm_password(ilze.store, actor, PASSWORD, "plan.approve", now=WINTER)
    with pytest.raises(AuthenticationFailed) as wrong:
        confirm_password(ilze.store, actor, WRONG, "plan.approve", now=WINTER)
    assert wrong.value.key == "auth.confirm_failed"
    assert user_row(ilze).failed_logins == 1
    for _ in range(MAX_FAILED_SIGN_INS - 1):
        with pytest.raises(AuthenticationFailed):
            confirm_password(ilze.store, actor, WRONG, "plan.approve", now=WINTER)
    with pytest.raises(AuthenticationFailed) as locked:
        confirm_password(ilze.store, actor, PASSWORD, "plan.approve", now=WINTER)
    assert locked.value.key == "auth.locked"
    confirmed = [e for e in audit_rows(ilze) if e.action == "auth.confirmed"]
    assert len(confirmed) == 1 and PASSWORD not in confirmed[0].details


def test_no_password_or_hash_ever_reaches_the_audit_trail(ilze: SchoolFixture) -> None:
    fail(ilze, "ilze", WRONG, WINTER)
    sign_in(ilze.store, "ilze", PASSWORD, now=WINTER)
    rows = audit_rows(ilze)
    assert len(rows) == 3  # user.created, auth.sign_in_failed, auth.signed_in
    for entry in rows:
        assert PASSWORD not in entry.details and WRONG not in entry.details
        assert "argon2" not in entry.details


def test_passwords_module_hashes_with_argon2id_and_never_raises_on_mismatch() -> None:
    digest = passwords.hash_password(PASSWORD)
    assert digest.startswith("$argon2id$")
    assert passwords.verify(digest, PASSWORD)
    assert not passwords.verify(digest, WRONG)
    assert not passwords.verify("not-a-hash", PASSWORD)
    assert passwords.needs_rehash("not-a-hash")
    assert not passwords.needs_rehash(digest)
