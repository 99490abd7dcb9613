"""The sub-commands of `pumpurs-hub` (see `app.hub.cli`); each returns the exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.hub.decisions import decide, list_plans
from app.hub.downlink import write_downlinks
from app.hub.enrolment import enrol_school, revoke_key, rotate_hub_keys
from app.hub.hub import Hub, open_hub
from app.hub.ingest import ingest_bundle, list_quarantined, list_rejections
from app.hub.report import semester_report
from app.hub.report_csv import write_csv
from app.hub.setup import init_hub
from app.i18n import render
from app.sync.limits import MAX_BUNDLE_BYTES, read_bounded


def _open(args: argparse.Namespace) -> Hub:
    return open_hub(args.db, args.keys)


def _say(args: argparse.Namespace, key: str, **params: object) -> None:
    print(render(key, args.lang, **params))


def cmd_init(args: argparse.Namespace) -> int:
    hub = init_hub(args.db, args.keys, municipality=args.municipality, url=args.url,
                   hub_id=args.hub_id, plaintext_keys=args.plaintext_keys)
    try:
        with hub.store.read() as s:
            from app.hub.enrolment import hub_fingerprint

            _say(args, "hub.cli_initialised", hub_id=hub.identity(s).hub_id,
                 fingerprint=hub_fingerprint(hub, s), keys=str(hub.keys_dir))
    finally:
        hub.close()
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    from app.hub.keyfile import encrypt_key_file, keys_dir, read_key_info

    directory = keys_dir(args.db, args.keys)
    if args.action == "encrypt":
        changed = encrypt_key_file(directory)
        _say(args, "hub.cli_keys_encrypted" if changed else "hub.cli_keys_already_encrypted",
             path=str(read_key_info(directory).path))
        return 0
    info = read_key_info(directory)
    _say(args, "hub.cli_keys_encrypted_file" if info.encrypted else "hub.cli_keys_plain_file",
         path=str(info.path), format=info.format)
    for purpose, ids, current in (("signing", info.signing, info.current_signing),
                                  ("encryption", info.encryption, info.current_encryption)):
        for kid in ids:
            print("\t".join((purpose, kid, "current" if kid == current else "—")))
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    with Path(args.request).open("rb") as fh:
        data = read_bounded(fh, 64 * 1024)
    hub = _open(args)
    try:
        enrolled = enrol_school(hub, data, require_names=args.require_names,
                                replace_key=args.replace_key, send_free_text=args.free_text)
    finally:
        hub.close()
    out = Path(args.out)
    out.write_bytes(enrolled.trust)
    _say(args, "hub.cli_enrolled", school=enrolled.school_name, school_id=enrolled.school_id,
         school_fingerprint=enrolled.school_fingerprint,
         hub_fingerprint=enrolled.hub_fingerprint, version=enrolled.trust_version,
         out=str(out))
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    hub = _open(args)
    try:
        count = revoke_key(hub, args.school, args.key)
    finally:
        hub.close()
    _say(args, "hub.cli_revoked", count=count, school_id=args.school)
    return 0


def cmd_rotate(args: argparse.Namespace) -> int:
    hub = _open(args)
    try:
        issued = rotate_hub_keys(hub)
    finally:
        hub.close()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for school_id, data in issued.items():
        (out / f"{school_id}-trust.json").write_bytes(data)
    _say(args, "hub.cli_rotated", count=len(issued), out=str(out))
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    hub = _open(args)
    failed = False
    try:
        for name in args.files:
            try:
                with Path(name).open("rb") as fh:
                    data = read_bounded(fh, MAX_BUNDLE_BYTES)
            except Exception as exc:  # too large, unreadable: this file only
                failed = True
                reason = exc.text(args.lang) if hasattr(exc, "text") else str(exc)
                _say(args, "hub.cli_file_rejected", file=name, reason=reason)
                continue
            result = ingest_bundle(hub, data)
            failed |= result.status in ("rejected", "conflict", "quarantined", "deferred")
            _say(args, f"hub.cli_file_{result.status}", file=name, seq=result.seq or "—",
                 reason=result.reason(args.lang) or "")
    finally:
        hub.close()
    return 1 if failed else 0


def cmd_decide(args: argparse.Namespace) -> int:
    hub = _open(args)
    try:
        view = decide(hub, args.plan, accept=args.accept, comment=args.return_text,
                      school_id=args.school)
    finally:
        hub.close()
    _say(args, f"hub.cli_decided_{view.outcome}", plan_id=view.plan_id,
         version=view.version_number)
    return 0


def cmd_plans(args: argparse.Namespace) -> int:
    hub = _open(args)
    try:
        rows = list_plans(hub, args.semester)
    finally:
        hub.close()
    for r in rows:
        print("\t".join((r.school_name, r.plan_id, r.semester or "—", r.status or "—",
                         str(r.version), r.decision or "—")))
    return 0


def cmd_downlink(args: argparse.Namespace) -> int:
    hub = _open(args)
    try:
        files = write_downlinks(hub, args.school, Path(args.out), args.after)
    finally:
        hub.close()
    for path in files:
        print(path)
    _say(args, "hub.cli_downlinks", count=len(files))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    hub = _open(args)
    try:
        report = semester_report(hub, args.semester)
    finally:
        hub.close()
    out = Path(args.out)
    if out.suffix.lower() == ".pdf":
        from app.hub.report_pdf import write_pdf

        write_pdf(report, out, args.lang)
    else:
        write_csv(report, out)
    _say(args, "hub.cli_report", out=str(out))
    return 0


def cmd_export_state(args: argparse.Namespace) -> int:
    from app.hub.state_export import write_state_csv

    hub = _open(args)
    try:
        write_state_csv(hub, args.semester, Path(args.out))
    finally:
        hub.close()
    _say(args, "hub.cli_report", out=args.out)
    return 0


def cmd_quarantine(args: argparse.Namespace) -> int:
    hub = _open(args)
    try:
        forks, rejections = list_quarantined(hub), list_rejections(hub)
    finally:
        hub.close()
    _say(args, "hub.cli_quarantined", count=len(forks))
    for school_id, seq, bundle_id, received in forks:
        print(f"  {school_id}\t{seq}\t{bundle_id}\t{received}")
    _say(args, "hub.cli_rejections", count=len(rejections))
    for received, school, reason in rejections:
        print(f"  {received}\t{school}\t{reason}")
    return 0


def cmd_audit_anchors(args: argparse.Namespace) -> int:
    from app.hub.audit_anchor import audit_findings

    hub = _open(args)
    try:
        with hub.store.read() as s:
            findings = [(f.found_at, f.school_id, f.bundle_seq, f.kind, f.kept_seq, f.head_seq)
                        for f in audit_findings(s)]
    finally:
        hub.close()
    _say(args, "hub.cli_audit_findings", count=len(findings))
    for found, school_id, bundle_seq, kind, kept, head in findings:
        print("  " + render(f"hub.audit_{kind}", args.lang, school_id=school_id,
                            seq=bundle_seq, kept=kept, head=head, found=found))
    return 0


def _new_password(args: argparse.Namespace) -> str:
    """From env PUMPURS_HUB_PASSWORD, else asked twice on the terminal."""
    import getpass
    import os

    from app.errors import FieldProblem, ValidationError

    given = os.environ.get("PUMPURS_HUB_PASSWORD")
    if given:
        return given
    if not sys.stdin.isatty():
        raise ValidationError(FieldProblem("password", "hub.password_needed",
                                           {"username": args.username}))
    first = getpass.getpass(render("hub_console.ask_password", args.lang,
                                   username=args.username) + " ")
    if getpass.getpass(render("hub_console.ask_password_again", args.lang) + " ") != first:
        raise ValidationError(FieldProblem("password", "hub.password_mismatch"))
    return first


def cmd_user(args: argparse.Namespace) -> int:
    from app.hub.console.accounts import add_user, set_role

    password = _new_password(args) if args.action == "add" else ""
    hub = _open(args)
    try:
        if args.action == "add":
            add_user(hub, args.username, password, args.role)
        else:
            set_role(hub, args.username, args.role)
    finally:
        hub.close()
    _say(args, f"hub.cli_user_{args.action}", username=args.username, role=args.role)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from app.hub.db import open_engine
    from app.hub.migrate import head_revision, upgrade_to_head

    engine = open_engine(args.db)
    try:
        previous = upgrade_to_head(engine)
    finally:
        engine.dispose()
    _say(args, "hub.migrated", revision=head_revision(), previous=previous or "—")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import logging

    import uvicorn

    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    from app.hub.api import create_app
    from app.hub.serve import serve_config

    hub = _open(args)
    try:
        uvicorn.Server(serve_config(create_app(hub=hub), args.host, args.port)).run()
    finally:
        hub.close()
    return 0
