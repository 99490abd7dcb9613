"""`pumpurs sync …`: enrolment, the trust document, USB export/import, a run over HTTPS, status.

    pumpurs sync enrol-request --db PATH --out FILE
    pumpurs sync trust --db PATH FILE
    pumpurs sync export --db PATH --to DIR
    pumpurs sync import --db PATH FILE...
    pumpurs sync run --db PATH
    pumpurs sync status --db PATH

The sync keys live in the same secret store as the database key (`--key-store`); with
`--plaintext` the database is unencrypted but the keys still go to that store. The command
line acts as the system (whoever holds the database key may sync it); every write is audited.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.cli.terminal import ask_on_terminal
from app.i18n import render
from app.models.database import open_school_database
from app.secrets import SecretStore, secret_store_for
from app.services.core.actor import SYSTEM_ACTOR, Actor
from app.services.core.store import Store
from app.services.sync.enrolment import enrolment_request, import_trust
from app.services.sync.folder import export_to_folder, import_files
from app.services.sync.run import run_now
from app.services.sync.status import sync_status
from app.sync.folder_transport import read_bundle_file, write_atomically

Action = Callable[[argparse.Namespace, Store, SecretStore, str], int]


def add_sync_parser(sub: argparse._SubParsersAction,
                    common: Callable[[argparse.ArgumentParser], None]) -> None:
    sync = sub.add_parser("sync", help="exchange data with the municipality")
    actions = sync.add_subparsers(dest="sync_action", required=True)
    enrol = actions.add_parser("enrol-request", help="write the school's enrolment request")
    enrol.add_argument("--out", type=Path, required=True, help="the request file to write")
    trust = actions.add_parser("trust", help="import the municipality's trust document")
    trust.add_argument("file", type=Path, help="the trust document file")
    export = actions.add_parser("export", help="write pending bundles to a folder (USB)")
    export.add_argument("--to", type=Path, required=True, help="the folder to write to")
    imp = actions.add_parser("import", help="apply the municipality's downlink files")
    imp.add_argument("files", type=Path, nargs="+", help="downlink files (*.pumpurs)")
    actions.add_parser("run", help="sync now over HTTPS with the municipality's server")
    actions.add_parser("status", help="pending changes, bundles and the last sync")
    for parser in actions.choices.values():
        common(parser)


def say(text: str) -> None:
    print(text, flush=True)


def _when(value: datetime | None, lang: str) -> str:
    if value is None:
        return "—"
    local = value.astimezone()
    return local.strftime("%d.%m.%Y. %H:%M" if lang == "lv" else "%Y-%m-%d %H:%M")


def enrol(args: argparse.Namespace, store: Store, secrets: SecretStore, lang: str) -> int:
    made = enrolment_request(store, secrets, _actor())
    write_atomically(args.out, made.data)
    say(render("sync_school.cli_enrol_written", lang, path=args.out, school_id=made.school_id))
    say(render("sync_school.cli_fingerprint", lang, fingerprint=made.fingerprint))
    return 0


def trust(args: argparse.Namespace, store: Store, secrets: SecretStore, lang: str) -> int:
    info = import_trust(store, _actor(), read_bundle_file(args.file))
    say(render("sync_school.cli_trust_imported", lang, municipality=info.municipality,
               version=info.version, url=info.url, expires=_when(info.expires_at, lang)))
    say(render("sync_school.cli_hub_fingerprint", lang, fingerprint=info.fingerprint))
    say(render("sync_school.cli_names_sent" if info.require_names
               else "sync_school.cli_pseudonymous", lang))
    say(render("sync_school.cli_free_text_sent" if info.send_free_text
               else "sync_school.cli_free_text_kept", lang))
    return 0


def export(args: argparse.Namespace, store: Store, secrets: SecretStore, lang: str) -> int:
    result = export_to_folder(store, secrets, args.to, actor=_actor())
    if not result.files:
        say(render("sync_school.cli_nothing_to_export", lang))
    else:
        say(render("sync_school.cli_exported", lang, count=len(result.files), folder=args.to,
                   built=result.built))
    return 0


def import_(args: argparse.Namespace, store: Store, secrets: SecretStore, lang: str) -> int:
    failed = 0
    for outcome in import_files(store, secrets, list(args.files), actor=_actor()):
        if outcome.error is not None:
            failed += 1
            print(render("sync_school.cli_import_refused", lang, path=outcome.path,
                         reason=outcome.error.text(lang)), file=sys.stderr)
        elif outcome.result is not None and outcome.result.status == "already_applied":
            say(render("sync_school.cli_import_already", lang, path=outcome.path,
                       seq=outcome.seq))
        elif outcome.result is not None:
            r = outcome.result
            say(render("sync_school.cli_import_applied", lang, path=outcome.path, seq=r.seq,
                       receipts=r.receipts, decisions=r.decisions, conflicts=r.conflicts))
    return 1 if failed else 0


def run(args: argparse.Namespace, store: Store, secrets: SecretStore, lang: str) -> int:
    def progress(text: str, done: int, total: int) -> None:
        print(text, file=sys.stderr, flush=True)

    result = run_now(store, secrets, _actor(), lang, progress)
    say(render("sync_school.cli_run_done", lang, built=result.built, uploaded=result.uploaded,
               failed=result.failed, downlinks=result.downlinks, conflicts=result.conflicts))
    return 1 if result.failed else 0


def status(args: argparse.Namespace, store: Store, secrets: SecretStore, lang: str) -> int:
    info = sync_status(store)
    if not info.enrolled:
        say(render("sync_school.cli_status_not_enrolled", lang))
    say(render("sync_school.cli_status_pending", lang, count=info.pending_changes,
               unacknowledged=info.unacknowledged_bundles, conflicts=info.open_conflicts))
    if info.last_success_at is None:
        say(render("sync_school.cli_status_never", lang))
    else:
        say(render("sync_school.cli_status_last", lang, at=_when(info.last_success_at, lang)))
    for bundle in info.bundles[:20]:
        say(render("sync_school.cli_status_bundle", lang, seq=bundle.seq,
                   state=render(f"sync_school.state_{bundle.state}", lang),
                   records=sum(bundle.counts.values()), created=_when(bundle.created_at, lang)))
    return 0


def _actor() -> Actor:
    return SYSTEM_ACTOR


ACTIONS: dict[str, Action] = {"enrol-request": enrol, "trust": trust, "export": export,
                              "import": import_, "run": run, "status": status}


def sync(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    secrets = secret_store_for(db, mode, lang, ask_on_terminal, say).store
    store = Store(open_school_database(db, None if plaintext else secrets, plaintext=plaintext))
    try:
        return ACTIONS[args.sync_action](args, store, secrets, lang)
    finally:
        store.close()
