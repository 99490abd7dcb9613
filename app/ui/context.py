"""What every screen needs, handed to it through its constructor (no globals)."""

from __future__ import annotations

from dataclasses import dataclass

from app.secrets import SecretStore
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.school.calendar import SchoolInfo, SemesterInfo
from app.ui.tasks import DatabaseWorker


@dataclass
class UiContext:
    store: Store
    actor: Actor
    worker: DatabaseWorker
    school: SchoolInfo
    semester: SemesterInfo
    lang: str = "lv"
    secrets: SecretStore | None = None  # the director's signing key lives here (approvals)
