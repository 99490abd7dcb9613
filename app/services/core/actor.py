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
