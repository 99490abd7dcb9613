"""A migrated, encrypted school database for the backup tests: the known school of
`tests.builders.school` at the newest schema, with a director and a teacher who can sign in."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.models.db import open_engine
from app.models.enums import Role
from app.models.migrate import upgrade_to_head
from app.services.core.store import Store
from app.services.users.accounts import UserInput, create_user
from tests.builders.school import SchoolFixture, build_school

DIRECTOR_PW = "Direktors-Ozols-2026!"
TEACHER_PW = "Skolotāja-Liepa-2026!"


@dataclass
class BackupSchool:
    db: Path
    key: bytes
    school: SchoolFixture

    @property
    def store(self) -> Store:
        return self.school.store


def migrated_school(db: Path, key: bytes | None = None) -> BackupSchool:
    key = key or os.urandom(32)
    engine = open_engine(db, key)
    upgrade_to_head(engine, db)
    school = build_school(Store(engine))
    admin = school.actors["admin"]
    create_user(school.store, admin, UserInput("direktors", "Jānis Bērziņš", DIRECTOR_PW,
                                               (Role.DIRECTOR,)))
    create_user(school.store, admin, UserInput("skolotaja", "Ilze Liepa", TEACHER_PW,
                                               (Role.TEACHER,)))
    return BackupSchool(db, key, school)
