"""The sub-commands behind `pumpurs demo`, `pumpurs check-db`, `pumpurs recover` and
`pumpurs report` (in `app.cli_reports`)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from app.cli.backup import backup, restore
from app.cli.inventory import data_inventory
from app.cli.recover_slot import recover_slot
from app.cli.reports import report
from app.cli.retention import erase, retention
from app.cli.roster import export, import_file
from app.cli.school_admin import classes, school_create
from app.cli.sync import sync
from app.cli.terminal import ask_on_terminal
from app.cli.year import year
from app.i18n import plural_lv, render
from app.machine_install import is_shared_database
from app.models.building import database_being_built
from app.models.database import open_school_database, recover_database_key
from app.secrets import secret_store_for
from app.services.checks.integrity import check_database
from app.services.checks.self_test import CHECKS, run_self_test
from app.services.core.store import Store

Command = Callable[[argparse.Namespace, Path, str, str, bool], int]


def decimal_text(value: float, lang: str) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "lv" else text


def plural_key(base: str, n: int, lang: str) -> str:
    """`base.one` / `base.many` / `base.zero` by the language's plural rule."""
    if lang == "lv":
        return plural_lv(n, f"{base}.one", f"{base}.many", f"{base}.zero")
    return f"{base}.one" if n == 1 else f"{base}.many"


def say(text: str) -> None:
    print(text, flush=True)


def demo(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    from app.demo import build_demo_school

    db.parent.mkdir(parents=True, exist_ok=True)
    secrets = None if plaintext else secret_store_for(db, mode, lang, ask_on_terminal, say).store
    if plaintext:
        say(render("cli.plaintext_warning", lang, path=db))
    started = time.perf_counter()

    def progress(step: str, done: int, total: int) -> None:
        text = render("cli.demo_progress", lang, step=render(step, lang), done=done,
                      total=total)
        print(text, file=sys.stderr, flush=True)

    # built under a temporary name: a killed demo leaves no empty database at `db`
    with database_being_built(db, secrets, plaintext=plaintext) as created:
        summary = build_demo_school(created.engine, seed=args.seed, progress=progress)
    say(render("cli.demo_done", lang, path=db, students=summary.students,
               students_word=render(plural_key("cli.pupils", summary.students, lang), lang),
               at_risk=summary.at_risk, plans=summary.plans,
               seconds=decimal_text(time.perf_counter() - started, lang)))
    say(render("cli.demo_login", lang, username=summary.login_username,
               password=summary.login_password))
    if created.recovery_key:
        say(render("cli.recovery_key", lang, recovery_key=created.recovery_key))
    return 0


def check_db(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    secrets = None if plaintext else secret_store_for(db, mode, lang, ask_on_terminal, say).store
    store = Store(open_school_database(db, secrets, plaintext=plaintext))
    try:
        report = check_database(store)
    finally:
        store.close()
    for line in report.lines(lang):
        say(line)
    return 0 if report.ok else 1


def self_test(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    # app/main.py adds the desktop's own check (the sign-in window, Qt) as `extra_checks`
    results = run_self_test((*CHECKS, *getattr(args, "extra_checks", ())))
    for result in results:
        say(result.text(lang))
    failed = [render(f"selftest.{r.check}", lang) for r in results if not r.ok]
    if failed:
        say(render("selftest.some_failed", lang, checks=", ".join(failed)))
        return 1
    say(render("selftest.all_ok", lang))
    return 0


def recover(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    shared = is_shared_database(db)
    choice = None if shared else secret_store_for(db, mode, lang, ask_on_terminal, say)
    text = args.recovery_key or ask_on_terminal(render("cli.ask_recovery_key", lang))
    if not text:
        say(render("cli.recovery_key_needed", lang))
        return 2
    if choice is None:
        return recover_slot(args, db, lang, text, say)
    recover_database_key(db, choice.store, text)
    say(render("cli.recovered", lang, path=db))
    return 0


COMMANDS: dict[str, Command] = {"demo": demo, "check-db": check_db, "recover": recover,
                                "report": report, "sync": sync, "school": school_create,
                                "classes": classes, "year": year, "backup": backup,
                                "restore": restore, "self-test": self_test,
                                "import": import_file, "export": export,
                                "retention": retention, "erase": erase,
                                "data-inventory": data_inventory}
