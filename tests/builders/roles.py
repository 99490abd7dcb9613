"""Set a fixture user's roles in the database, for tests whose actor holds other roles than
the fixture gave it: a session is only as good as the roles its account still holds."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import delete

from app.models import UserRole
from app.models.enums import Role
from app.services.core.store import Store


def hold_roles(store: Store, user_id: uuid.UUID, roles: Iterable[Role]) -> None:
    with store.write() as s:
        s.execute(delete(UserRole).where(UserRole.user_id == user_id))
        s.add_all(UserRole(user_id=user_id, role=r) for r in roles)
