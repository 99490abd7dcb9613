"""What every screen needs, handed to it through its constructor (no globals)."""

from __future__ import annotations

from dataclasses import dataclass

from app.secrets import SecretStore
from app.services.actor import Actor
from app.services.school import SchoolInfo, SemesterInfo
from app.services.store import Store
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
