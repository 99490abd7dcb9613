"""Staff accounts: who may manage them (role matrix), creating users, the first administrator."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from app.errors import Conflict, PermissionDenied, ValidationError
from app.models import AuditEntry, User
from app.models.enums import Role, SpecialistType
from app.services.core import audit
from app.services.core.store import Store
from app.services.users.accounts import UserInput, create_first_admin, create_user, list_users
from app.services.users.admin import change_password, deactivate_user, set_roles
from app.services.users.auth import sign_in
from tests.builders.school import SchoolFixture
from tests.builders.users import state

PASSWORD = "zaļš-ābols-2026"
NEW = UserInput("jauns.skolotajs", "Jānis Jaunais", PASSWORD, (Role.TEACHER,))


def audit_actions(store: Store) -> list[str]:
    with store.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


# --- the role matrix -------------------------------------------------------------------

def _create(school: SchoolFixture, key: str) -> Any:
    return create_user(school.store, school.actors[key], NEW)


def _deactivate(school: SchoolFixture, key: str) -> Any:
    return deactivate_user(school.store, school.actors[key], school.actors["teacher2"].user_id)


def _set_roles(school: SchoolFixture, key: str) -> Any:
    target = school.actors["teacher2"].user_id
    return set_roles(school.store, school.actors[key], target,
                     (Role.TEACHER, Role.COORDINATOR), None)


def _reset(school: SchoolFixture, key: str) -> Any:
    target = school.actors["teacher2"].user_id
    return change_password(school.store, school.actors[key], target, None,
                           "jauna-parole-42", "jauna-parole-42")


def _list(school: SchoolFixture, key: str) -> Any:
    return list_users(school.store, school.actors[key])


CASES: dict[str, tuple[Callable[[SchoolFixture, str], Any], set[str]]] = {
    "create": (_create, {"admin"}),
    "deactivate": (_deactivate, {"admin"}),
    "set_roles": (_set_roles, {"admin"}),
    "reset_password": (_reset, {"admin"}),
    "list": (_list, {"admin", "coordinator", "director"}),
}
ROLES = ("teacher", "support", "coordinator", "director", "admin")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES)
def test_role_matrix(school: SchoolFixture, role: str, case: str) -> None:
    run, allowed = CASES[case]
    before = state(school.store)
    if role in allowed:
        result = run(school, role)
        if case == "list":
            assert {u.username for u in result} >= {"teacher", "teacher2", "admin"}
            assert state(school.store) == before  # listing writes nothing
        else:
            assert state(school.store) != before
            assert audit_actions(school.store)[-1].startswith("user.")
    else:
        with pytest.raises(PermissionDenied) as exc:
            run(school, role)
        assert "nav atļauts" in exc.value.text("lv")
        assert "not allowed" in exc.value.text("en")
        assert state(school.store) == before


def test_allowed_writes_have_their_effect(school: SchoolFixture) -> None:
    admin = school.actors["admin"]
    teacher2 = school.actors["teacher2"].user_id
    created = create_user(school.store, admin, NEW)
    assert (created.username, created.roles, created.active) == (
        "jauns.skolotajs", (Role.TEACHER,), True)
    changed = set_roles(school.store, admin, teacher2, (Role.COORDINATOR, Role.TEACHER), None)
    assert changed.roles == (Role.TEACHER, Role.COORDINATOR)
    assert deactivate_user(school.store, admin, teacher2).active is False
    change_password(school.store, admin, created.id, None, "cita-parole-77", "cita-parole-77")
    assert sign_in(school.store, "jauns.skolotajs", "cita-parole-77").user_id == created.id
    assert audit_actions(school.store)[-5:] == [
        "user.created", "user.roles_set", "user.deactivated", "user.password_reset",
        "auth.signed_in"]


def test_list_users_shows_summaries_without_password_hashes(school: SchoolFixture) -> None:
    users = list_users(school.store, school.actors["director"])
    assert len(users) == 7
    support = next(u for u in users if u.username == "support")
    assert support.roles == (Role.SUPPORT,)
    assert support.specialist_type is SpecialistType.PSYCHOLOGIST
    assert not hasattr(support, "password_hash")
    deactivate_user(school.store, school.actors["admin"], support.id)
    active = list_users(school.store, school.actors["coordinator"], include_inactive=False)
    assert "support" not in {u.username for u in active}


# --- creating users --------------------------------------------------------------------

def test_create_user_stores_an_argon2id_hash_and_audits_without_it(
        school: SchoolFixture) -> None:
    data = UserInput("  Liga.Berzina ", "  Līga Bērziņa ", PASSWORD,
                     (Role.SUPPORT, Role.TEACHER), SpecialistType.SPEECH_THERAPIST, PASSWORD)
    made = create_user(school.store, school.actors["admin"], data)
    assert made.username == "liga.berzina"
    assert made.full_name == "Līga Bērziņa"
    assert made.roles == (Role.TEACHER, Role.SUPPORT)
    assert made.specialist_type is SpecialistType.SPEECH_THERAPIST
    with school.store.read() as s:
        user = s.get(User, made.id)
        assert user is not None and user.password_hash.startswith("$argon2id$")
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert entry is not None and entry.action == "user.created"
        assert entry.user_id == school.actors["admin"].user_id
        assert "liga.berzina" in entry.details
        assert PASSWORD not in entry.details and "argon2" not in entry.details
        assert audit.verify_chain(s).ok


def test_specialist_type_is_dropped_without_the_support_role(school: SchoolFixture) -> None:
    data = UserInput("vaditaja", "Vita Vadītāja", PASSWORD,
                     (Role.DIRECTOR,), SpecialistType.PSYCHOLOGIST)
    assert create_user(school.store, school.actors["admin"], data).specialist_type is None


INVALID = [
    ("ab", "Jānis", PASSWORD, (Role.TEACHER,), None, "username", "Lietotājvārds", "User name"),
    ("jānis.k", "Jānis", PASSWORD, (Role.TEACHER,), None, "username", "Lietotājvārds",
     "User name"),
    ("j" * 61, "Jānis", PASSWORD, (Role.TEACHER,), None, "username", "Lietotājvārds",
     "User name"),
    ("janis", "   ", PASSWORD, (Role.TEACHER,), None, "full_name", "Vārds un uzvārds",
     "Full name"),
    ("janis", "J" * 121, PASSWORD, (Role.TEACHER,), None, "full_name", "Vārds un uzvārds",
     "Full name"),
    ("janis", "Jānis", PASSWORD, (), None, "roles", "Lomas", "Roles"),
    ("janis", "Jānis", PASSWORD, (Role.SUPPORT,), None, "specialist_type",
     "Speciālista veids", "Specialist type"),
    ("janis", "Jānis", "īsa-9", (Role.TEACHER,), None, "password", "Parole", "Password"),
    ("janis.kalns", "Jānis", "Janis.Kalns", (Role.TEACHER,), None, "password",
     "lietotājvārdu", "user name"),
]


@pytest.mark.parametrize(("username", "full_name", "password", "roles", "spec", "field",
                          "lv", "en"), INVALID)
def test_create_user_explains_bad_input(school: SchoolFixture, username: str, full_name: str,
                                        password: str, roles: tuple[Role, ...],
                                        spec: SpecialistType | None, field: str, lv: str,
                                        en: str) -> None:
    before = state(school.store)
    with pytest.raises(ValidationError) as exc:
        create_user(school.store, school.actors["admin"],
                    UserInput(username, full_name, password, roles, spec))
    assert exc.value.fields == [field]
    assert lv in exc.value.text("lv") and en in exc.value.text("en")
    assert exc.value.text("lv").endswith(".") and exc.value.text("en").endswith(".")
    assert state(school.store) == before


def test_short_password_message_names_the_minimum(school: SchoolFixture) -> None:
    with pytest.raises(ValidationError) as exc:
        create_user(school.store, school.actors["admin"],
                    UserInput("janis", "Jānis", "123", (Role.TEACHER,)))
    assert exc.value.text("lv") == "Parole: tai jābūt vismaz 10 rakstzīmju garai."
    assert exc.value.text("en") == "Password: it must be at least 10 characters long."


def test_all_problems_are_reported_at_once(school: SchoolFixture) -> None:
    data = UserInput("x", "", "short", (), None, "other")
    with pytest.raises(ValidationError) as exc:
        create_user(school.store, school.actors["admin"], data)
    assert exc.value.fields == ["username", "full_name", "roles", "password",
                                "password_confirm"]
    assert "Paroles apstiprinājums" in exc.value.text("lv")
    assert "Password confirmation" in exc.value.text("en")


def test_duplicate_username_is_a_conflict_naming_it(school: SchoolFixture) -> None:
    before = state(school.store)
    with pytest.raises(Conflict) as exc:
        create_user(school.store, school.actors["admin"],
                    UserInput(" Teacher2", "Cits Skolotājs", PASSWORD, (Role.TEACHER,)))
    assert "“teacher2”" in exc.value.text("lv") and "aizņemts" in exc.value.text("lv")
    assert "“teacher2” is already taken" in exc.value.text("en")
    assert state(school.store) == before


# --- the first administrator -----------------------------------------------------------

def test_first_admin_only_in_an_empty_database(store: Store) -> None:
    admin = create_first_admin(store, "admins", "Skolas Administrators", PASSWORD, PASSWORD)
    assert admin.roles == (Role.ADMIN,) and admin.active
    with store.read() as s:
        entry = s.scalars(select(AuditEntry)).one()
        assert (entry.action, entry.username, entry.user_id) == (
            "user.first_admin_created", "system", None)
        assert audit.verify_chain(s).ok
    before = state(store)
    with pytest.raises(Conflict) as exc:
        create_first_admin(store, "otrs", "Otrs Administrators", PASSWORD)
    assert "tukšā datubāzē" in exc.value.text("lv")
    assert "empty database" in exc.value.text("en")
    assert state(store) == before
    assert sign_in(store, "admins", PASSWORD).roles == frozenset({Role.ADMIN})


def test_first_admin_refused_when_staff_exist(school: SchoolFixture) -> None:
    before = state(school.store)
    with pytest.raises(Conflict):
        create_first_admin(school.store, "admins", "Skolas Administrators", PASSWORD)
    assert state(school.store) == before


def test_first_admin_password_confirmation_must_match(store: Store) -> None:
    with pytest.raises(ValidationError) as exc:
        create_first_admin(store, "admins", "Skolas Administrators", PASSWORD, PASSWORD + "x")
    assert exc.value.fields == ["password_confirm"]
    assert state(store) == ((), 0)


def test_every_users_message_exists_in_both_languages() -> None:
    from app.paths import resource_path

    keys = {}
    for lang in ("lv", "en"):
        path = resource_path("i18n", "messages", lang, "users.json")
        keys[lang] = json.loads(path.read_text(encoding="utf-8"))
    assert keys["lv"].keys() == keys["en"].keys()
    for lang, messages in keys.items():
        for key, text in messages.items():
            assert text[0].isupper() and text.endswith("."), (lang, key)
    used = {"password.too_short", "password.same_as_username", "password.confirm_mismatch",
            "password.old_required", "password.old_wrong", "auth.failed", "auth.locked",
            "auth.inactive", "users.last_admin", "users.username_taken"}
    assert used <= keys["lv"].keys()
    assert any(ch in "".join(keys["lv"].values()) for ch in "āēīūšžčņļķģ")
