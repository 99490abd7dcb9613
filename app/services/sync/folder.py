"""The USB way: export pending bundles to a folder, import the hub's downlink files.

`export_to_folder` builds what is pending, then writes every bundle the hub may not have yet
(`<school>-up-<seq>.pumpurs`; writing one again is harmless: the hub is idempotent).
`import_files` verifies each downlink file, sorts them by seq (USB delivers in any order)
and applies them one by one; a refused file is reported with its sentence and changes
nothing, the others still apply. After a restore from a backup, export waits until the
hub's answers have been imported (they tell where the hub's chain ends, `sync.restored`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.errors import SyncError, SyncErrorKind
from app.models import SyncBundle
from app.models.base import utcnow
from app.models.enums import BundleState
from app.secrets import SecretStore
from app.services.core.actor import SYSTEM_ACTOR, Actor
from app.services.core.store import Store
from app.services.sync.apply import DownlinkResult, apply_downlink, verify_downlink
from app.services.sync.engine import UNFINISHED, record_outcome
from app.services.sync.keys import identity_row, require_sync
from app.services.sync.outbox import build_pending_bundles
from app.services.sync.restored import note_caught_up, restored_since_sync
from app.sync.folder_transport import FolderTransport, read_bundle_file
from app.sync.transport import upload_name


@dataclass(frozen=True)
class ExportResult:
    built: int
    files: list[Path]


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    seq: int | None
    result: DownlinkResult | None
    error: SyncError | None

    @property
    def ok(self) -> bool:
        return self.error is None


def export_to_folder(store: Store, secrets: SecretStore, folder: Path, *,
                     actor: Actor = SYSTEM_ACTOR) -> ExportResult:
    require_sync(actor)
    with store.read() as s:
        if restored_since_sync(s):  # the hub's answers first, or the new bundles would fork
            raise SyncError("sync_school.import_first_after_restore", kind=SyncErrorKind.FORK)
    built = len(build_pending_bundles(store, secrets, actor))
    with store.read() as s:
        identity = identity_row(s)
        if identity is None:
            raise SyncError("sync_school.not_enrolled", kind=SyncErrorKind.NOT_ENROLLED)
        school_id = str(identity.school_id)
        rows = [(r.id, r.seq, r.data, r.state) for r in s.scalars(
            select(SyncBundle).where(SyncBundle.state.in_(UNFINISHED)).order_by(SyncBundle.seq))]
    transport = FolderTransport(Path(folder), school_id)
    files = []
    for bundle_id, seq, data, state in rows:
        result = transport.upload(data, seq=seq)
        files.append(Path(folder) / upload_name(school_id, seq))
        if state is BundleState.BUILT:
            record_outcome(store, bundle_id, result, None, utcnow())
    return ExportResult(built, files)


def import_files(store: Store, secrets: SecretStore, paths: list[Path], *,
                 actor: Actor = SYSTEM_ACTOR) -> list[ImportOutcome]:
    require_sync(actor)
    readable: list[tuple[int, Path, bytes]] = []
    outcomes: list[ImportOutcome] = []
    for path in paths:
        try:
            data = read_bundle_file(Path(path))
            with store.read() as s:
                verified, _ = verify_downlink(s, secrets, data)
        except SyncError as exc:
            outcomes.append(ImportOutcome(Path(path), None, None, exc))
            continue
        readable.append((verified.manifest["seq"], Path(path), data))
    for seq, path, data in sorted(readable, key=lambda item: item[0]):
        try:
            result = apply_downlink(store, secrets, actor, data)
        except SyncError as exc:
            outcomes.append(ImportOutcome(path, seq, None, exc))
            continue
        outcomes.append(ImportOutcome(path, seq, result, None))
    with store.read() as s:
        restored = restored_since_sync(s)
    if restored and any(o.ok for o in outcomes):
        note_caught_up(store, actor)  # the hub's answers are in: export goes on after its head
    return outcomes


def downlink_files(folder: Path, school_id: str | None) -> list[Path]:
    """The municipality's answer files for this school in `folder` (a USB stick)."""
    pattern = f"{school_id}-down-*.pumpurs" if school_id else "*-down-*.pumpurs"
    return sorted(p for p in Path(folder).glob(pattern) if p.is_file())
