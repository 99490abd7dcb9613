"""`pumpurs retention …` and `pumpurs erase pupil`: the retention review, applying it, the
rules, and erasure on request.

    pumpurs retention review --db PATH --user ADMIN [--on DATE]
    pumpurs retention apply --db PATH --user ADMIN [--on DATE] [--yes]
    pumpurs retention rules --db PATH --user ADMIN
    pumpurs retention set --db PATH --user ADMIN --kind KIND --years N --reason TEXT
    pumpurs erase pupil --db PATH --user COORDINATOR --student ID [--yes]

`--on` is the day the review is made for (default: today in Latvia). Apply and erase print
what will go and ask first; `--yes` answers for scripts (without a terminal and without it
nothing is changed)."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from app.cli.acting_user import acting_user, add_user_option
from app.cli.terminal import confirm_on_terminal
from app.errors import FieldProblem, ValidationError
from app.formatting import riga_today
from app.i18n import render
from app.services.retention import (
    DataKind,
    RetentionReview,
    apply_retention,
    erase_pupil,
    require_eraser,
    retention_rules,
    review_retention,
    set_retention_rule,
)
from app.services.students import get_student


def add_retention_parsers(sub: argparse._SubParsersAction,
                          common: Callable[[argparse.ArgumentParser], None]) -> None:
    retention = sub.add_parser("retention", help="the retention review: what is due and "
                                                 "anonymising it (administrator)")
    actions = retention.add_subparsers(dest="retention_action", required=True)
    for name, text in (("review", "list what is due for anonymisation, with counts"),
                       ("apply", "anonymise what is due (asks first)"),
                       ("rules", "the retention rules: years per kind of data")):
        action = actions.add_parser(name, help=text)
        common(action)
        add_user_option(action)
        if name != "rules":
            action.add_argument("--on", metavar="DATE",
                                help="the day of the review (default: today)")
        if name == "apply":
            action.add_argument("--yes", action="store_true", help="do not ask")
    change = actions.add_parser("set", help="change how long a kind of data is kept")
    common(change)
    add_user_option(change)
    change.add_argument("--kind", required=True, choices=[k.value for k in DataKind],
                        help="the kind of data")
    change.add_argument("--years", required=True, type=int, help="years to keep it")
    change.add_argument("--reason", required=True, help="why (recorded in the audit trail)")
    erase = sub.add_parser("erase", help="erase a pupil's data on request "
                                         "(coordinator or director)")
    things = erase.add_subparsers(dest="erase_what", required=True)
    pupil = things.add_parser("pupil", help="anonymise one pupil's data (asks first)")
    common(pupil)
    add_user_option(pupil)
    pupil.add_argument("--student", required=True, metavar="ID", help="the pupil's id")
    pupil.add_argument("--yes", action="store_true", help="do not ask")


def _say(text: str) -> None:
    print(text, flush=True)


def _day(value: str | None) -> date:
    if value is None:
        return riga_today()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    raise ValidationError(FieldProblem("on", "cli.retention.bad_date", {"value": value}))


def print_review(review: RetentionReview, lang: str) -> None:
    if not review.pupils:
        _say(render("cli.retention.nothing_due", lang, on=review.on))
        return
    _say(render("cli.retention.review_title", lang, on=review.on, pupils=len(review.pupils)))
    for pupil in review.pupils:
        _say(render("cli.retention.pupil", lang, name=pupil.name, class_name=pupil.class_name,
                    ended=pupil.ended_on))
        for item in pupil.items:
            counts = ", ".join(f"{render(f'retention.table.{t}', lang)} {n}"
                               for t, n in item.counts.items())
            _say(render("cli.retention.item", lang, kind=render(f"retention.kind.{item.kind}",
                                                                lang),
                        due=item.due_on, counts=counts))


def retention(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    with acting_user(args, db, lang, mode, plaintext) as (store, actor):
        if args.retention_action == "set":
            rule = set_retention_rule(store, actor, DataKind(args.kind), args.years,
                                      args.reason)
            _say(render("cli.retention.rule", lang,
                        kind=render(f"retention.kind.{rule.kind}", lang), years=rule.years,
                        default=rule.default_years, reason=f" — {rule.reason}"))
            return 0
        if args.retention_action == "rules":
            for rule in retention_rules(store, actor):
                reason = f" — {rule.reason}" if rule.reason else ""
                _say(render("cli.retention.rule", lang,
                            kind=render(f"retention.kind.{rule.kind}", lang),
                            years=rule.years, default=rule.default_years, reason=reason))
            return 0
        on = _day(args.on)
        review = review_retention(store, actor, on)
        print_review(review, lang)
        if args.retention_action == "review" or not review.pupils:
            return 0
        if not args.yes and not confirm_on_terminal(render("cli.retention.confirm", lang)):
            _say(render("cli.retention.cancelled", lang))
            return 1
        done = apply_retention(store, actor, on)
        _say(render("cli.retention.applied", lang, pupils=done.pupils, rows=done.rows,
                    redacted=done.audit_entries_redacted))
        return 0


def erase(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    try:
        student_id = uuid.UUID(args.student)
    except ValueError:
        raise ValidationError(FieldProblem("student", "cli.erase.bad_id",
                                           {"value": args.student})) from None
    with acting_user(args, db, lang, mode, plaintext) as (store, actor):
        require_eraser(actor)
        pupil = get_student(store, actor, student_id)
        _say(render("cli.erase.preview", lang, name=pupil.full_name,
                    class_name=pupil.class_name))
        if not args.yes and not confirm_on_terminal(render("cli.erase.confirm", lang)):
            _say(render("cli.retention.cancelled", lang))
            return 1
        done = erase_pupil(store, actor, student_id, riga_today())
        _say(render("cli.erase.done", lang, rows=done.rows,
                    redacted=done.audit_entries_redacted))
        return 0

