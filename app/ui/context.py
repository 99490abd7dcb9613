"""What every screen needs, handed to it through its constructor (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.secrets import SecretStore
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.school.calendar import SchoolInfo, SemesterInfo
from app.ui.data_changes import DataChanges
from app.ui.tasks import DatabaseWorker, SlowWorker


@dataclass
class UiContext:
    store: Store
    actor: Actor
    worker: DatabaseWorker
    school: SchoolInfo
    semester: SemesterInfo
    lang: str = "lv"
    secrets: SecretStore | None = None  # the director's signing key lives here (approvals)
    slow_worker: SlowWorker = field(default_factory=SlowWorker)  # network and PDF work
    changes: DataChanges = field(default_factory=DataChanges)  # "data changed", app-wide
    key_store_note: str = ""  # where the database key is kept, when not the system keyring

    def shutdown(self) -> None:
        """Accept no more work on either worker and wait for what runs (signing out)."""
        self.slow_worker.shutdown()
        self.worker.shutdown()
