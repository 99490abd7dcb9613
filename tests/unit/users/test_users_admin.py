"""Changing passwords, roles and activity of existing accounts; the last-administrator rule."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.errors import AuthenticationFailed, Conflict, NotFound, ValidationError
from app.models import AuditEntry, User
from app.models.enums import Role, SpecialistType
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.users.accounts import UserInput, create_user, list_users
from app.services.users.admin import (
    change_password,
    deactivate_user,
    reactivate_user,
    set_roles,
)
from app.services.users.auth import sign_in
from tests.builders.school import SchoolFixture
from tests.builders.users import state

PASSWORD = "rudens-lapas-2026"
NOW = datetime(2026, 11, 3, 8, 0, tzinfo=UTC)


def make_user(school: SchoolFixture, username: str, *roles: Role) -> Actor:
    create_user(school.store, school.actors["admin"],
                UserInput(username, username.title(), PASSWORD, roles or (Role.TEACHER,)))
    return sign_in(school.store, username, PASSWORD)


# --- passwords -------------------------------------------------------------------------

def test_own_password_change_needs_the_current_password(school: SchoolFixture) -> None:
    ilze = make_user(school, "ilze")
    before = state(school.store)
    with pytest.raises(ValidationError) as exc:
        change_password(school.store, ilze, ilze.user_id, None, "jauna-parole-1", "jauna-parole-1")
    assert exc.value.fields == ["old_password"]
    assert "Pašreizējā parole" in exc.value.text("lv")
    assert "Current password" in exc.value.text("en")
    with pytest.raises(ValidationError) as exc:
        change_password(school.store, ilze, ilze.user_id, "nepareiza-parole", "jauna-parole-1",
                        "jauna-parole-1")
    assert exc.value.fields == ["old_password"]
    assert "nav pareiza" in exc.value.text("lv") and "not correct" in exc.value.text("en")
    assert state(school.store) == before


def test_own_password_change_checks_policy_and_confirmation(school: SchoolFixture) -> None:
    ilze = make_user(school, "ilze.kalnina")
    before = state(school.store)
    with pytest.raises(ValidationError) as exc:
        change_password(school.store, ilze, ilze.user_id, PASSWORD, "Ilze.Kalnina",
                        "ilze.kalnina")
    assert exc.value.fields == ["password", "password_confirm"]
    assert "lietotājvārdu" in exc.value.text("lv")
    assert "does not match the new password" in exc.value.text("en")
    assert state(school.store) == before


def test_own_password_change_takes_effect(school: SchoolFixture) -> None:
    ilze = make_user(school, "ilze")
    change_password(school.store, ilze, ilze.user_id, PASSWORD, "jauna-parole-1",
                    "jauna-parole-1")
    with pytest.raises(AuthenticationFailed):
        sign_in(school.store, "ilze", PASSWORD)
    assert sign_in(school.store, "ilze", "jauna-parole-1").user_id == ilze.user_id
    with school.store.read() as s:
        changed = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "user.password_changed")).one()
        assert changed.user_id == ilze.user_id
        assert "jauna-parole-1" not in changed.details and "argon2" not in changed.details


def test_admin_changing_own_password_also_needs_the_current_one(school: SchoolFixture) -> None:
    admin = make_user(school, "admins2", Role.ADMIN)
    with pytest.raises(ValidationError) as exc:
        change_password(school.store, admin, admin.user_id, None, "jauna-parole-1",
                        "jauna-parole-1")
    assert exc.value.fields == ["old_password"]


def test_admin_reset_clears_a_lock_out(school: SchoolFixture) -> None:
    ilze = make_user(school, "ilze")
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            sign_in(school.store, "ilze", "nepareiza-parole", now=NOW)
    with pytest.raises(AuthenticationFailed) as exc:
        sign_in(school.store, "ilze", PASSWORD, now=NOW)
    assert exc.value.key == "auth.locked"
    reset = change_password(school.store, school.actors["admin"], ilze.user_id, None,
                            "jauna-parole-1", "jauna-parole-1")
    assert reset.locked_until is None
    assert sign_in(school.store, "ilze", "jauna-parole-1", now=NOW).user_id == ilze.user_id


def test_reset_of_an_unknown_user_is_not_found(school: SchoolFixture) -> None:
    with pytest.raises(NotFound) as exc:
        change_password(school.store, school.actors["admin"], uuid.uuid4(), None,
                        "jauna-parole-1", "jauna-parole-1")
    assert exc.value.text("lv") == "Lietotājs nav atrasts."
    assert exc.value.text("en") == "The user was not found."


# --- activity --------------------------------------------------------------------------

def test_deactivated_user_cannot_sign_in_until_reactivated(school: SchoolFixture) -> None:
    ilze = make_user(school, "ilze")
    admin = school.actors["admin"]
    assert deactivate_user(school.store, admin, ilze.user_id).active is False
    with pytest.raises(AuthenticationFailed) as exc:
        sign_in(school.store, "ilze", PASSWORD)
    assert "deaktivizēts" in exc.value.text("lv")
    assert reactivate_user(school.store, admin, ilze.user_id).active is True
    assert sign_in(school.store, "ilze", PASSWORD).user_id == ilze.user_id
    with school.store.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
        assert audit.verify_chain(s).ok
    assert actions[-4:] == ["user.deactivated", "auth.sign_in_failed", "user.reactivated",
                            "auth.signed_in"]


def test_deactivating_twice_changes_nothing_more(school: SchoolFixture) -> None:
    target = school.actors["teacher2"].user_id
    deactivate_user(school.store, school.actors["admin"], target)
    before = state(school.store)
    assert deactivate_user(school.store, school.actors["admin"], target).active is False
    assert state(school.store) == before


def test_admin_cannot_deactivate_themselves(school: SchoolFixture) -> None:
    admin = school.actors["admin"]
    before = state(school.store)
    with pytest.raises(Conflict) as exc:
        deactivate_user(school.store, admin, admin.user_id)
    assert "savu lietotāja kontu" in exc.value.text("lv")
    assert "your own user account" in exc.value.text("en")
    assert state(school.store) == before


# --- roles and the last administrator --------------------------------------------------

def test_nobody_changes_their_own_roles_so_the_last_admin_stays(school: SchoolFixture) -> None:
    admin = school.actors["admin"]
    before = state(school.store)
    with pytest.raises(Conflict) as exc:
        set_roles(school.store, admin, admin.user_id, (Role.TEACHER,), None)
    assert exc.value.key == "users.cannot_change_own_roles"
    assert "cannot change your own roles" in exc.value.text("en")
    assert state(school.store) == before


def test_with_a_second_admin_the_first_may_step_down(school: SchoolFixture) -> None:
    admin = school.actors["admin"]
    admin2 = make_user(school, "admins2", Role.ADMIN)
    stepped = set_roles(school.store, admin2, admin.user_id,
                        (Role.COORDINATOR,), None)
    assert stepped.roles == (Role.COORDINATOR,)
    # `admin` still holds a session with the old roles; deactivating the one remaining
    # administrator through it is refused by the rule, not by the stale session.
    before = state(school.store)
    with pytest.raises(Conflict) as exc:
        deactivate_user(school.store, admin, admin2.user_id)
    assert exc.value.key == "users.last_admin"
    assert state(school.store) == before
    assert deactivate_user(school.store, admin2, admin.user_id).active is False


def test_deactivated_admin_does_not_count_as_an_admin(school: SchoolFixture) -> None:
    admin = school.actors["admin"]
    admin2 = make_user(school, "admins2", Role.ADMIN)
    deactivate_user(school.store, admin, admin2.user_id)
    with pytest.raises(Conflict):
        set_roles(school.store, admin, admin.user_id, (Role.DIRECTOR,), None)


def test_set_roles_validates_and_keeps_specialist_type_only_for_support(
        school: SchoolFixture) -> None:
    admin = school.actors["admin"]
    target = school.actors["teacher2"].user_id
    before = state(school.store)
    for roles, field in (((), "roles"), ((Role.SUPPORT,), "specialist_type")):
        with pytest.raises(ValidationError) as exc:
            set_roles(school.store, admin, target, roles, None)
        assert exc.value.fields == [field]
    assert state(school.store) == before
    support = set_roles(school.store, admin, target, (Role.TEACHER, Role.SUPPORT),
                        SpecialistType.SOCIAL_PEDAGOGUE)
    assert support.specialist_type is SpecialistType.SOCIAL_PEDAGOGUE
    plain = set_roles(school.store, admin, target, (Role.TEACHER,),
                      SpecialistType.SOCIAL_PEDAGOGUE)
    assert plain.specialist_type is None and plain.roles == (Role.TEACHER,)
    with school.store.read() as s:
        user = s.get(User, target)
        assert user is not None and user.role_set == frozenset({Role.TEACHER})
    listed = {u.username: u for u in list_users(school.store, admin)}
    assert listed["teacher2"].roles == (Role.TEACHER,)
