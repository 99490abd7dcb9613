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

    def can_provide(self, specialist_type: SpecialistType | None) -> bool:
        """Whether this person may be named as provider of a measure given by
        `specialist_type` (see `may_provide`)."""
        return may_provide(frozenset(self.roles), self.specialist_type, specialist_type)


def may_provide(roles: frozenset[Role], own: SpecialistType | None,
                needed: SpecialistType | None) -> bool:
    """A compensation (no specialist type): anyone. Subject-teacher hours: a teacher or a
    subject-teacher specialist. Any other consultation: support staff of exactly that type
    (a class teacher is not a social pedagogue unless their account says so)."""
    if needed is None:
        return True
    if needed is SpecialistType.SUBJECT_TEACHER and Role.TEACHER in roles:
        return True
    return Role.SUPPORT in roles and own is needed


def providers_for(staff: list[StaffMember],
                  specialist_type: SpecialistType | None) -> list[StaffMember]:
    """The staff who may provide a measure given by `specialist_type`, in the same order."""
    return [m for m in staff if m.can_provide(specialist_type)]


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
