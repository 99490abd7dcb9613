"""The staff a plan author may pick: active colleagues who work with pupils, by name."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied
from app.models import User
from app.services.plans.staff import plan_staff
from tests.builders.school import SchoolFixture


def test_teacher_sees_active_staff_without_admins_in_latvian_order(
        school: SchoolFixture) -> None:
    staff = plan_staff(school.store, school.actors["teacher"])
    names = [m.full_name for m in staff]
    assert "Admins Sistēma" not in names
    assert set(names) == {"Ilze Kalniņa", "Māris Ozols", "Līga Zariņa", "Andris Liepa",
                          "Dace Vītola", "Jānis Bērziņš"}
    assert names == ["Andris Liepa", "Dace Vītola", "Ilze Kalniņa", "Jānis Bērziņš",
                     "Līga Zariņa", "Māris Ozols"]
    psychologist = next(m for m in staff if m.full_name == "Līga Zariņa")
    assert psychologist.is_support and psychologist.specialist_type is not None


def test_inactive_staff_are_left_out(school: SchoolFixture) -> None:
    with school.store.write() as s:
        user = s.get(User, school.actors["support2"].user_id)
        assert user is not None
        user.active = False
    names = [m.full_name for m in plan_staff(school.store, school.actors["coordinator"])]
    assert "Andris Liepa" not in names and "Līga Zariņa" in names


def test_admin_without_plan_access_is_refused(school: SchoolFixture) -> None:
    with pytest.raises(PermissionDenied) as exc:
        plan_staff(school.store, school.actors["admin"])
    assert exc.value.text("lv")
