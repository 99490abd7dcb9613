"""What the Sync screen's buttons do: ask a person (through `screen.dialogs`), then run the
service on the database worker (`screen.run`) and say what happened in a sentence."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.errors import SyncError
from app.formatting import format_datetime
from app.i18n import render
from app.secrets import SecretStore
from app.services.sync import folder as sync_folder
from app.services.sync.conflicts import queue_full_resync, resolve_conflict
from app.services.sync.engine import SyncRunResult
from app.services.sync.enrolment import TrustInfo, enrolment_request, import_trust
from app.services.sync.folder import downlink_files
from app.services.sync.run import run_now
from app.sync.folder_transport import read_bundle_file, write_atomically
from app.ui.tasks import Op

if TYPE_CHECKING:
    from app.ui.sync.sync_screen import SyncScreen


class SyncActions(QObject):
    def __init__(self, screen: SyncScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.ctx = screen.ctx
        self.lang = screen.ctx.lang
        self.sync_op: Op | None = None

    def _say(self, key: str, **params: Any) -> str:
        return render(key, self.lang, **params)

    def _secrets(self) -> SecretStore | None:
        if self.ctx.secrets is None:
            self.screen.show_error(self.tr(
                "Sync keys are kept in the key store, but this database was opened without "
                "one. Open the database with its key store to sync."))
        return self.ctx.secrets

    def create_enrolment_request(self) -> Op | None:
        secrets = self._secrets()
        path = None if secrets is None else self.screen.dialogs.save_file(
            self.screen, self.tr("Save the enrolment request"),
            self.tr("Pumpurs enrolment request.pumpurs"))
        if secrets is None or path is None:
            return None
        ctx = self.ctx

        def work(_progress: Any, _cancel: threading.Event) -> tuple[str, str]:
            made = enrolment_request(ctx.store, secrets, ctx.actor)
            try:
                write_atomically(path, made.data)
            except OSError as exc:
                raise SyncError("sync_school.folder_unwritable", kind="io",
                                path=str(path.parent), error=exc.strerror or str(exc)) from exc
            return made.school_id, made.fingerprint

        def done(result: tuple[str, str]) -> None:
            self.screen.show_message("\n".join((
                self._say("sync_school.cli_enrol_written", path=path, school_id=result[0]),
                self._say("sync_school.cli_fingerprint", fingerprint=result[1]))))

        return self.screen.run(work, done)

    def import_trust_document(self) -> Op | None:
        path = self.screen.dialogs.open_file(
            self.screen, self.tr("Import the municipality's trust document"))
        if path is None:
            return None
        ctx = self.ctx

        def done(info: TrustInfo) -> None:
            names = "sync_school.cli_names_sent" if info.require_names \
                else "sync_school.cli_pseudonymous"
            self.screen.show_message("\n".join((
                self._say("sync_school.cli_trust_imported", municipality=info.municipality,
                          version=info.version, url=info.url,
                          expires=format_datetime(info.expires_at, self.lang)),
                self._say("sync_school.cli_hub_fingerprint", fingerprint=info.fingerprint),
                self._say(names))))

        return self.screen.run(
            lambda _p, _c: import_trust(ctx.store, ctx.actor, read_bundle_file(path)), done)

    def sync_now(self) -> Op | None:
        secrets = self._secrets()
        if secrets is None:
            return None
        ctx, factory = self.ctx, self.screen.transport_factory

        def done(result: SyncRunResult) -> None:
            lines = [self._say("sync_school.cli_run_done", built=result.built,
                               uploaded=result.uploaded, failed=result.failed,
                               downlinks=result.downlinks, conflicts=result.conflicts)]
            if result.cancelled:
                lines.insert(0, self._say("sync_school.cli_run_cancelled"))
            self.screen.show_message("\n".join(lines))

        self.sync_op = self.screen.run(
            lambda progress, cancel: run_now(ctx.store, secrets, ctx.actor, ctx.lang, progress,
                                             cancel, factory),
            done, self.tr("Syncing with the municipality…"))
        return self.sync_op

    def export_to_folder(self) -> Op | None:
        secrets = self._secrets()
        folder = None if secrets is None else self.screen.dialogs.choose_folder(
            self.screen, self.tr("Choose the folder (USB stick) to export to"))
        if secrets is None or folder is None:
            return None
        ctx = self.ctx

        def done(result: sync_folder.ExportResult) -> None:
            self.screen.show_message(
                self._say("sync_school.cli_exported", count=len(result.files), folder=folder,
                          built=result.built) if result.files
                else self._say("sync_school.cli_nothing_to_export"))

        return self.screen.run(
            lambda _p, _c: sync_folder.export_to_folder(ctx.store, secrets, folder,
                                                        actor=ctx.actor),
            done, self.tr("Exporting to the folder…"))

    def import_from_folder(self) -> Op | None:
        folder = self.screen.dialogs.choose_folder(
            self.screen, self.tr("Choose the folder (USB stick) with the municipality's files"))
        if folder is None:
            return None
        view = self.screen.view
        paths = downlink_files(folder, view.school_id if view else None)
        if not paths:
            self.screen.show_error(self.tr(
                "Folder %1: it holds no answer files from the municipality for this school.")
                .replace("%1", str(folder)))
            return None
        return self._import(paths)

    def import_files(self) -> Op | None:
        paths = self.screen.dialogs.open_files(
            self.screen, self.tr("Choose the municipality's answer files"))
        return self._import(paths) if paths else None

    def _import(self, paths: list[Path]) -> Op | None:
        secrets = self._secrets()
        if secrets is None:
            return None
        ctx = self.ctx

        def done(outcomes: list[sync_folder.ImportOutcome]) -> None:
            applied, refused = [], []
            for o in outcomes:
                name = o.path.name
                if o.error is not None:
                    refused.append(self._say("sync_school.cli_import_refused", path=name,
                                             reason=o.error.text(self.lang)))
                elif o.result is not None and o.result.status == "already_applied":
                    applied.append(self._say("sync_school.cli_import_already", path=name,
                                             seq=o.seq))
                elif o.result is not None:
                    r = o.result
                    applied.append(self._say(
                        "sync_school.cli_import_applied", path=name, seq=r.seq,
                        receipts=r.receipts, decisions=r.decisions, conflicts=r.conflicts))
            self.screen.show_message("\n".join(applied))
            if refused:
                self.screen.show_error("\n".join(refused))

        return self.screen.run(
            lambda _p, _c: sync_folder.import_files(ctx.store, secrets, paths, actor=ctx.actor),
            done, self.tr("Importing the municipality's files…"))

    def resolve_selected(self) -> Op | None:
        conflict_id = self.screen.conflicts.selected()
        if conflict_id is None:
            return None
        ctx = self.ctx

        def done(view: Any) -> None:
            self.screen.show_message(self.tr(
                "Conflict resolved: the school's plan for %1 stays as it is and goes to the "
                "municipality with the next sync.").replace("%1", view.student_name))

        return self.screen.run(
            lambda _p, _c: resolve_conflict(ctx.store, ctx.actor, conflict_id), done)

    def full_resync(self) -> Op | None:
        question = self.tr(
            "Send every record to the municipality again? Use this only when the municipality "
            "rejected a bundle or asks for it: the next sync will be much larger.")
        if not self.screen.dialogs.confirm(self.screen, question):
            return None
        ctx = self.ctx

        def done(queued: int) -> None:
            self.screen.show_message(self.tr(
                "%1 records are queued to be sent again with the next sync.")
                .replace("%1", str(queued)))

        return self.screen.run(lambda _p, _c: queue_full_resync(ctx.store, ctx.actor), done)
