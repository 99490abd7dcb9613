"""`pumpurs import roster`, `pumpurs export pupils` and `pumpurs export subject`: class lists
in, the pupils list out, and everything held about one pupil for the parent who asks.

    pumpurs import roster --db PATH --user U FILE [--dry-run] [--skip-bad-rows]
        [--create-classes] [--mark-missing-left] [--rejected FILE.csv] [--year 2026/2027]
    pumpurs export pupils --db PATH --user U --out FILE.xlsx|FILE.csv [--semester 2026/2027-1]

(`pumpurs import attendance|marks|conduct` is in `app.cli.indicators`.)

The import prints the preview's counts and every refused row; a row with a problem stops it
(exit 1, nothing changed) unless `--skip-bad-rows`. Classes the file names that do not exist
and marking the pupils missing from the file as left each need their own flag.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli.acting_user import acting_user, add_user_option
from app.cli.indicators import KINDS, add_indicator_parsers, import_indicator
from app.errors import FieldProblem, ValidationError
from app.i18n import render
from app.services.roster import (
    RosterPreview,
    apply_roster,
    export_pupils,
    preview_roster,
    read_roster,
)
from app.services.school.calendar import all_semesters
from app.services.subject_access import export_subject, find_subject

Common = Callable[[argparse.ArgumentParser], None]


def add_roster_parsers(sub: argparse._SubParsersAction, common: Common) -> None:
    imports = sub.add_parser("import", help="import class lists, attendance, marks and "
                                            "conduct notes (administrator or coordinator)")
    kinds = imports.add_subparsers(dest="import_kind", required=True)
    add_indicator_parsers(kinds, common)
    roster = kinds.add_parser("roster", help="pupils and classes from an e-journal or VIIS "
                                             "export (CSV or XLSX)")
    common(roster)
    add_user_option(roster)
    roster.add_argument("file", type=Path, help="the exported file (.csv or .xlsx)")
    roster.add_argument("--dry-run", action="store_true", help="print the preview only")
    roster.add_argument("--skip-bad-rows", action="store_true",
                        help="import the good rows and leave out the rows with problems")
    roster.add_argument("--create-classes", action="store_true",
                        help="create the classes the file names that do not exist yet")
    roster.add_argument("--mark-missing-left", action="store_true",
                        help="mark the pupils of the file's classes whom it does not list "
                             "as left")
    roster.add_argument("--rejected", type=Path, metavar="FILE",
                        help="write the rows with problems to this CSV file")
    roster.add_argument("--year", help='school year, e.g. "2026/2027" (default: the current)')
    exports = sub.add_parser("export", help="export the pupils list")
    what = exports.add_subparsers(dest="export_kind", required=True)
    pupils = what.add_parser("pupils", help="the pupils you may see with class, personal "
                                            "code, risk levels and plan status")
    common(pupils)
    add_user_option(pupils)
    pupils.add_argument("--out", type=Path, required=True,
                        help="the file to write: .xlsx or .csv")
    pupils.add_argument("--semester", help='the semester, e.g. "2026/2027-1" '
                                           "(default: the current)")
    subject = what.add_parser("subject", help="everything held about one pupil, for the "
                                              "parent who asks (PDF, JSON, documents)")
    common(subject)
    add_user_option(subject)
    subject.add_argument("--student", required=True,
                         help="the pupil's ID or personal code")
    subject.add_argument("--out", type=Path, required=True,
                         help="the folder to write into (a new folder is made in it)")


def _say(text: str) -> None:
    print(text, flush=True)


def _print_preview(preview: RosterPreview, lang: str) -> None:
    t = preview.table
    source = (render("cli.roster.source_xlsx", lang) if t.format == "xlsx" else
              render("cli.roster.source_csv", lang, encoding=t.encoding,
                     delimiter="TAB" if t.delimiter == "\t" else t.delimiter))
    _say(render("cli.roster.file", lang, name=t.source, source=source, header_row=t.header_row,
                rows=len(t.rows), year=preview.school_year))
    c = preview.counts
    _say(render("cli.roster.counts", lang, new=c.new, moved=c.moved, unchanged=c.unchanged,
                returning=c.returning, missing=c.missing, errors=c.errors,
                duplicates=c.duplicates))
    if preview.classes_to_create:
        _say(render("cli.roster.classes_to_create", lang,
                    names=", ".join(preview.classes_to_create)))
    for row in preview.rejected:
        _say("  " + row.problem_text(lang))
    if preview.missing:
        _say(render("cli.roster.missing_header", lang))
        for m in preview.missing:
            _say(render("cli.roster.missing_line", lang, name=m.full_name,
                        class_name=m.class_name))


def import_file(args: argparse.Namespace, db: Path, lang: str, mode: str,
                plaintext: bool) -> int:
    """`pumpurs import roster|attendance|marks|conduct`."""
    if args.import_kind in KINDS:
        return import_indicator(args, db, lang, mode, plaintext)
    return import_roster(args, db, lang, mode, plaintext)


def import_roster(args: argparse.Namespace, db: Path, lang: str, mode: str,
                  plaintext: bool) -> int:
    table = read_roster(args.file)  # a file that cannot be read stops before the sign-in
    with acting_user(args, db, lang, mode, plaintext) as (store, actor):
        preview = preview_roster(store, actor, table, school_year=args.year)
        _print_preview(preview, lang)
        if preview.has_problems and not args.skip_bad_rows:
            print(render("cli.roster.refused", lang), file=sys.stderr)
            return 1
        if args.dry_run:
            _say(render("cli.roster.dry_run", lang))
            return 0
        result = apply_roster(store, actor, preview, skip_bad_rows=args.skip_bad_rows,
                              create_classes=args.create_classes,
                              mark_missing_left=args.mark_missing_left,
                              rejected_csv=args.rejected)
    _say(render("cli.roster.done", lang, created=result.created, moved=result.moved,
                returned=result.returned, filled=result.filled, left=result.marked_left,
                skipped=result.skipped_rows, classes=len(result.classes_created)))
    if preview.missing and not args.mark_missing_left:
        _say(render("cli.roster.missing_kept", lang, count=len(preview.missing)))
    if args.rejected is not None and preview.rejected:
        _say(render("cli.roster.rejected_written", lang, path=args.rejected))
    return 0


def export(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    if args.export_kind == "subject":
        return export_subject_record(args, db, lang, mode, plaintext)
    with acting_user(args, db, lang, mode, plaintext) as (store, actor):
        semester_id = None
        if args.semester:
            found = [s for s in all_semesters(store) if s.label == args.semester.strip()]
            if not found:
                raise ValidationError(FieldProblem("semester", "cli.roster.unknown_semester",
                                                   {"value": args.semester}))
            semester_id = found[0].id
        count = export_pupils(store, actor, args.out, lang=lang, semester_id=semester_id)
    _say(render("cli.roster.exported", lang, path=args.out, count=count))
    return 0


def export_subject_record(args: argparse.Namespace, db: Path, lang: str, mode: str,
                          plaintext: bool) -> int:
    with acting_user(args, db, lang, mode, plaintext) as (store, actor):
        student_id = find_subject(store, actor, args.student)
        if student_id is None:
            raise ValidationError(FieldProblem("student", "cli.subject.unknown_student",
                                               {"value": args.student}))
        args.out.mkdir(parents=True, exist_ok=True)
        done = export_subject(store, actor, student_id, args.out, lang)
    _say(render("cli.subject.exported", lang, folder=done.folder, records=done.records,
                documents=len(done.documents)))
    return 0
