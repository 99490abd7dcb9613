"""`pumpurs school create` and `pumpurs classes …`: a school and its classes from the shell.

    pumpurs school create --db PATH --name NAME --registration-number NR --municipality M \
        --admin USERNAME [--admin-name "Vārds Uzvārds"] [--per-machine]
    pumpurs classes list    --db PATH --user U [--year 2026/2027] [--archived]
    pumpurs classes add     --db PATH --user U NAME [--final-grade N] [--teacher USERNAME …]
    pumpurs classes rename  --db PATH --user U NAME NEW_NAME
    pumpurs classes archive --db PATH --user U NAME
    pumpurs classes teachers --db PATH --user U NAME --teacher USERNAME [--teacher …]

NAME is "8.b" or "Pavārs, 2. kurss"; the year defaults to the current semester's. The admin's
password for `school create` comes from PUMPURS_ADMIN_PASSWORD or is asked on the terminal
(twice); the database key is kept as by the first-run wizard (the OS keyring, else the
passphrase-protected key file) — or, with `--per-machine`, in a key-slot file opened by each
user's password, and `machine.json` in the machine's shared folder names the database for
every account of the computer — and the recovery key is printed once.
"""

from __future__ import annotations

import argparse
import os
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.cli.acting_user import acting_user, add_user_option, password_for
from app.cli.terminal import ask_on_terminal
from app.errors import Conflict, FieldProblem, ValidationError
from app.i18n import render
from app.key_slots import slots_path
from app.secrets import secret_store_for
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.school import (
    ClassName,
    ClassRecord,
    FirstAdminInput,
    SchoolSetupInput,
    add_class,
    archive_class,
    current_semester,
    find_class,
    first_admin_problems,
    parse_class_name,
    rename_class,
    school_classes,
    set_class_teachers,
    setup_problems,
)
from app.services.school.machine_school import create_machine_school
from app.services.school.school_file import SchoolFile, create_school_file
from app.services.users.accounts import list_users

ADMIN_PASSWORD_VARIABLE = "PUMPURS_ADMIN_PASSWORD"
Common = Callable[[argparse.ArgumentParser], None]


def add_school_parsers(sub: argparse._SubParsersAction, common: Common) -> None:
    school = sub.add_parser("school", help="create a new school database")
    kinds = school.add_subparsers(dest="school_action", required=True)
    create = kinds.add_parser("create", help="a new encrypted school database and its admin")
    common(create)
    create.add_argument("--name", required=True, help="the school's full name")
    create.add_argument("--registration-number", required=True,
                        help="10 digits (register of educational institutions) or 11")
    create.add_argument("--municipality", required=True, help="the municipality")
    create.add_argument("--admin", required=True, metavar="USERNAME",
                        help=f"the administrator's user name (password from "
                             f"{ADMIN_PASSWORD_VARIABLE} or asked)")
    create.add_argument("--admin-name", help="the administrator's full name "
                                             "(default: the user name)")
    create.add_argument("--per-machine", action="store_true",
                        help="for every account of this computer: the key is opened by each "
                             "user's password (put --db in the machine's shared folder)")
    classes = sub.add_parser("classes", help="list, add, rename or archive classes "
                                             "(administrator or coordinator)")
    actions = classes.add_subparsers(dest="classes_action", required=True)
    for action, text in (("list", "the classes of a school year"),
                         ("add", "a new class: 8.b or \"Pavārs, 2. kurss\""),
                         ("rename", "a new letter or programme name for a class"),
                         ("archive", "archive a class that has no active pupils"),
                         ("teachers", "set a class's class teachers")):
        p = actions.add_parser(action, help=text)
        common(p)
        add_user_option(p)
        p.add_argument("--year", help='school year, e.g. "2026/2027" (default: the current)')
        if action == "list":
            p.add_argument("--archived", action="store_true", help="archived classes too")
            continue
        p.add_argument("name", help='the class, e.g. "8.b" or "Pavārs, 2. kurss"')
        if action == "rename":
            p.add_argument("new_name", help='its new name, e.g. "8.c"')
        if action == "add":
            p.add_argument("--final-grade", type=int,
                           help="the grade or course after which the class graduates")
        if action in ("add", "teachers"):
            p.add_argument("--teacher", action="append", default=[], metavar="USERNAME",
                           help="a class teacher (repeat for several)")


def _say(text: str) -> None:
    print(text, flush=True)


def _admin_password(lang: str) -> str:
    if os.environ.get(ADMIN_PASSWORD_VARIABLE) is not None:
        return password_for("", lang, variable=ADMIN_PASSWORD_VARIABLE)
    first = ask_on_terminal(render("cli.ask_new_admin_password", lang))
    again = ask_on_terminal(render("cli.ask_new_admin_password_again", lang))
    if not first:
        return password_for("", lang, variable=ADMIN_PASSWORD_VARIABLE, ask=lambda _: None)
    if first != again:
        raise ValidationError(FieldProblem("password_confirm", "cli.passwords_differ"))
    return first


def school_create(args: argparse.Namespace, db: Path, lang: str, mode: str,
                  plaintext: bool) -> int:
    password = _admin_password(lang)
    school = SchoolSetupInput(args.name, args.registration_number, args.municipality)
    admin = FirstAdminInput(args.admin, args.admin_name or args.admin, password, password)
    problems = [*setup_problems(school), *first_admin_problems(admin)]
    if problems:  # before a key store is chosen or a passphrase asked
        raise ValidationError(problems)
    if db.exists():
        raise Conflict("store.db_exists", path=db)
    if getattr(args, "per_machine", False) and not plaintext:
        made = create_machine_school(db, school, admin, date.today()).made
        _say(render("store.using_slots", lang, path=slots_path(db)))
        return _created(made, db, lang)
    key_file_existed = Path(f"{db}.keys").exists()
    if plaintext:
        secrets = None
        _say(render("cli.plaintext_warning", lang, path=db))
    else:
        secrets = secret_store_for(db, mode, lang, ask_on_terminal, _say).store
    made = create_school_file(db, secrets, school, admin, date.today(), plaintext=plaintext,
                              key_file_existed=key_file_existed)
    return _created(made, db, lang)


def _created(made: SchoolFile, db: Path, lang: str) -> int:
    _say(render("cli.school_created", lang, path=db, name=made.setup.school.name,
                admin=made.setup.admin.username, years=", ".join(made.setup.school_years)))
    if made.setup.years_without_catalogue:
        _say(render("cli.school_without_catalogue", lang,
                    years=", ".join(made.setup.years_without_catalogue)))
    if made.recovery_key:
        _say(render("cli.recovery_key", lang, recovery_key=made.recovery_key))
    return 0


def _year(store: Store, args: argparse.Namespace) -> str:
    return args.year or current_semester(store).school_year


def _teacher_ids(store: Store, actor: Actor, usernames: list[str]) -> list[uuid.UUID]:
    by_name = {u.username: u.id for u in list_users(store, actor)}
    missing = [u for u in usernames if u.strip().lower() not in by_name]
    if missing:
        raise ValidationError(FieldProblem("teachers", "cli.unknown_users",
                                           {"names": ", ".join(missing)}))
    return [by_name[u.strip().lower()] for u in usernames]


def _line(c: ClassRecord, lang: str) -> str:
    teachers = c.teacher_names or render("cli.classes.no_teacher", lang)
    key = "cli.classes.line_archived" if c.archived else "cli.classes.line"
    return render(key, lang, name=c.name, teachers=teachers, students=c.active_students)


def _class_name(text: str) -> ClassName:
    name = parse_class_name(text)
    if name is None:
        raise ValidationError(FieldProblem("name", "classes.name_unreadable", {"value": text}))
    return name


def classes(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    with acting_user(args, db, lang, mode, plaintext) as (store, actor):
        year = _year(store, args)
        action = args.classes_action
        if action == "list":
            rows = school_classes(store, actor, year, include_archived=args.archived)
            _say(render("cli.classes.header", lang, year=year, count=len(rows)))
            for c in rows:
                _say(_line(c, lang))
            return 0
        if action == "add":
            name = _class_name(args.name)
            teachers = _teacher_ids(store, actor, args.teacher)
            record = add_class(store, actor, year, name, args.final_grade)
            if teachers:
                record = set_class_teachers(store, actor, record.id, teachers)
            _say(render("cli.classes.added", lang, year=year) + " " + _line(record, lang))
            return 0
        record = find_class(store, actor, year, args.name)
        if action == "rename":
            new = parse_class_name(args.new_name)
            label = new.label if new is not None else args.new_name
            if new is not None and new.grade != record.grade:
                raise ValidationError(FieldProblem("name", "cli.classes.grade_kept",
                                                   {"grade": record.grade}))
            record = rename_class(store, actor, record.id, label)
            _say(render("cli.classes.renamed", lang, before=args.name, name=record.name))
        elif action == "archive":
            record = archive_class(store, actor, record.id)
            _say(render("cli.classes.archived", lang, name=record.name))
        else:
            record = set_class_teachers(store, actor, record.id,
                                        _teacher_ids(store, actor, args.teacher))
            _say(_line(record, lang))
        return 0
