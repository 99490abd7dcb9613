"""The signed-in person on whose behalf a use case runs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.models.enums import Role, SpecialistType


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID
    username: str
    full_name: str
    roles: frozenset[Role]
    specialist_type: SpecialistType | None = None

    def has(self, *roles: Role) -> bool:
        return any(r in self.roles for r in roles)


SYSTEM_ACTOR = Actor(
    user_id=uuid.UUID(int=0), username="system", full_name="Pumpurs", roles=frozenset()
)
"""Used only by set-up and demo code that runs before any person has signed in."""

MUNICIPALITY_USERNAME = "municipality"
"""The audit trail's username for what the municipality decided (it is nobody at school)."""


def municipality_actor(name: str) -> Actor:
    """The municipality, as the author of its decisions applied at school."""
    return Actor(user_id=uuid.UUID(int=0), username=MUNICIPALITY_USERNAME, full_name=name,
                 roles=frozenset())
