"""`pumpurs year open`: open the next school year as the coordinator.

    pumpurs year open --db PATH --user U --year 2027/2028 [--catalogue FILE]
        [--repeat "Vārds Uzvārds" …] [--continue-plans] [--dry-run]

Prints the preview (classes and what they become, catalogue changes, pupils at risk), then
opens the year (`app.services.school.open_school_year`: a backup first, then all or
nothing). `--dry-run` prints the preview only. `--repeat` names a pupil who stays in the same
grade (by full name, as in the preview); `--continue-plans` starts a draft plan in the new
year's first semester from each at-risk pupil's closed plan.
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from pathlib import Path

from app.cli.acting_user import acting_user, add_user_option
from app.errors import FieldProblem, ValidationError
from app.formatting import format_money
from app.i18n import render
from app.services.year_opening import (
    YearOpeningPreview,
    open_school_year,
    preview_year_opening,
)


def add_year_parser(sub: argparse._SubParsersAction,
                    common: Callable[[argparse.ArgumentParser], None]) -> None:
    year = sub.add_parser("year", help="open the next school year (coordinator)")
    actions = year.add_subparsers(dest="year_action", required=True)
    opening = actions.add_parser("open", help="create the year, load its catalogue, "
                                              "promote the classes")
    common(opening)
    add_user_option(opening)
    opening.add_argument("--year", required=True, help='the new school year, e.g. "2027/2028"')
    opening.add_argument("--catalogue", type=Path,
                         help="a catalogue file (default: the one shipped for that year)")
    opening.add_argument("--repeat", action="append", default=[], metavar="NAME",
                         help="a pupil repeating the year (full name; repeat for several)")
    opening.add_argument("--continue-plans", action="store_true",
                         help="start each at-risk pupil's plan from last semester's plan")
    opening.add_argument("--dry-run", action="store_true", help="print the preview only")


def _say(text: str) -> None:
    print(text, flush=True)


def _money(cents: int | None, lang: str) -> str:
    return "—" if cents is None else format_money(cents, lang)


def print_preview(preview: YearOpeningPreview, lang: str) -> None:
    _say(render("cli.year.preview", lang, year=preview.school_year,
                previous=preview.previous_year, file=preview.catalogue_file))
    for c in preview.classes:
        if c.next_name is None:
            _say(render("cli.year.class_graduates", lang, name=c.name, count=len(c.students)))
        else:
            _say(render("cli.year.class_promoted", lang, name=c.name, next=c.next_name,
                        count=len(c.students)))
    for ch in preview.catalogue_changes:
        _say(render(f"cli.year.catalogue_{ch.change}", lang, code=ch.code, name=ch.name,
                    before=_money(ch.before_cents, lang), after=_money(ch.after_cents, lang)))
    for st in preview.at_risk:
        key = "cli.year.at_risk_continue" if st.can_continue else "cli.year.at_risk"
        _say(render(key, lang, name=st.full_name, class_name=st.class_name,
                    semester=st.plan_semester or "—"))


def _repeaters(preview: YearOpeningPreview, names: list[str]) -> list[uuid.UUID]:
    out: list[uuid.UUID] = []
    for name in names:
        found = [s.student_id for s in preview.students
                 if s.full_name.casefold() == name.strip().casefold()]
        if len(found) != 1:
            key = "cli.year.repeat_unknown" if not found else "cli.year.repeat_ambiguous"
            raise ValidationError(FieldProblem("repeat", key, {"name": name}))
        out += found
    return out


def year(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    with acting_user(args, db, lang, mode, plaintext) as (store, actor):
        preview = preview_year_opening(store, actor, args.year, catalogue_file=args.catalogue)
        print_preview(preview, lang)
        repeaters = _repeaters(preview, args.repeat)
        if args.dry_run:
            _say(render("cli.year.dry_run", lang))
            return 0
        continuing = ([c.student_id for c in preview.at_risk if c.can_continue]
                      if args.continue_plans else [])
        graduating = {s.student_id for s in preview.students if s.graduates}
        continuing = [c for c in continuing if c not in graduating or c in repeaters]
        result = open_school_year(store, actor, args.year, catalogue_file=args.catalogue,
                                  repeaters=repeaters, continue_plans=continuing)
        _say(render("cli.year.opened", lang, year=result.school_year,
                    classes=result.classes_created, promoted=result.promoted,
                    repeated=result.repeated, graduated=result.graduated,
                    plans=result.plans_started))
        if result.backup is not None:
            _say(render("cli.year.backup", lang, path=result.backup))
        return 0
