"""The staff a plan can name: measure providers and the responsible person.

A class teacher writing a plan may not list user accounts (that is the administrator's
screen), but must pick colleagues by name. This gives exactly that: active staff who work
with pupils, with their roles and speciality — never user names, hashes or log-in data.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.models.enums import Role, SpecialistType
from app.models.user import User
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.students.search import latvian_sort_key

STUDENT_ROLES = frozenset({Role.TEACHER, Role.SUPPORT, Role.COORDINATOR, Role.DIRECTOR})


@dataclass(frozen=True)
class StaffMember:
    id: uuid.UUID
    full_name: str
    roles: tuple[Role, ...]
    specialist_type: SpecialistType | None

    @property
    def is_support(self) -> bool:
        return Role.SUPPORT in self.roles


def plan_staff(store: Store, actor: Actor) -> list[StaffMember]:
    """Active staff who work with pupils (not administrators only), in Latvian name order.

    Anyone who may see plans (Permission.PLAN_VIEW) may read it.
    """
    require(actor, Permission.PLAN_VIEW)
    with store.read() as s:
        users = s.scalars(select(User).where(User.active.is_(True)))
        staff = [
            StaffMember(u.id, u.full_name, tuple(r for r in Role if r in u.role_set),
                        u.specialist_type)
            for u in users if u.role_set & STUDENT_ROLES
        ]
    return sorted(staff, key=lambda m: latvian_sort_key(m.full_name))
