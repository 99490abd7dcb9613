"""`pumpurs import attendance`: lessons and absences per pupil from an e-journal export.

    pumpurs import attendance --db PATH --user U FILE [--period 2026-10|2026/2027-1]
        [--dry-run] [--skip-bad-rows]

The file is read and its pupil columns mapped as the roster import does (CSV in UTF-8 or
Windows-1257 with `;`, `,` or tab; XLSX); the columns accepted are described in
`app.services.indicators.columns`. The import prints the preview's counts and every refused
row; a row with a problem stops it (exit 1, nothing changed) unless `--skip-bad-rows`.
Importing a period again replaces what was imported for it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli.acting_user import acting_user, add_user_option
from app.formatting import format_date, format_datetime
from app.i18n import render
from app.services.indicators import (
    AttendanceField,
    AttendancePreview,
    apply_attendance,
    preview_attendance,
)
from app.services.roster import read_roster

Common = Callable[[argparse.ArgumentParser], None]


def add_attendance_parser(kinds: argparse._SubParsersAction, common: Common) -> None:
    p = kinds.add_parser("attendance", help="lessons and absences per pupil from an "
                                            "e-journal export (CSV or XLSX)")
    common(p)
    add_user_option(p)
    p.add_argument("file", type=Path, help="the exported file (.csv or .xlsx)")
    p.add_argument("--period", help='the month, e.g. "2026-10", or the semester, e.g. '
                                    '"2026/2027-1" (default: the current semester)')
    p.add_argument("--dry-run", action="store_true", help="print the preview only")
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="import the good rows and leave out the rows with problems")


def _say(text: str) -> None:
    print(text, flush=True)


def _print_preview(preview: AttendancePreview, lang: str) -> None:
    t, period = preview.table, preview.period
    source = (render("cli.roster.source_xlsx", lang) if t.format == "xlsx" else
              render("cli.roster.source_csv", lang, encoding=t.encoding,
                     delimiter="TAB" if t.delimiter == "\t" else t.delimiter))
    _say(render("cli.attendance.file", lang, name=t.source, source=source,
                header_row=t.header_row, rows=len(t.rows), period=period.label,
                starts=format_date(period.starts_on, lang),
                ends=format_date(period.ends_on, lang)))
    columns = [f"{render(f'cli.attendance.column.{f.value}', lang)} “{t.headers[i]}”"
               for f in AttendanceField if (i := preview.columns.index(f)) is not None]
    _say(render("cli.attendance.columns", lang, columns=", ".join(columns)))
    c = preview.counts
    _say(render("cli.attendance.counts", lang, matched=c.matched, unmatched=c.unmatched,
                errors=c.errors, duplicates=c.duplicates))
    if preview.replaces is not None:
        r = preview.replaces
        _say(render("cli.attendance.replaces", lang, name=r.source_name,
                    at=format_datetime(r.imported_at, lang), rows=r.rows))
    for row in preview.rejected:
        _say("  " + row.problem_text(lang))


def import_attendance(args: argparse.Namespace, db: Path, lang: str, mode: str,
                      plaintext: bool) -> int:
    table = read_roster(args.file)  # a file that cannot be read stops before the sign-in
    with acting_user(args, db, lang, mode, plaintext) as (store, actor):
        preview = preview_attendance(store, actor, table, args.period)
        _print_preview(preview, lang)
        if preview.has_problems and not args.skip_bad_rows:
            print(render("cli.attendance.refused", lang), file=sys.stderr)
            return 1
        if args.dry_run:
            _say(render("cli.attendance.dry_run", lang))
            return 0
        result = apply_attendance(store, actor, preview, skip_bad_rows=args.skip_bad_rows)
    key = "cli.attendance.done_replaced" if result.replaced else "cli.attendance.done"
    _say(render(key, lang, imported=result.imported, skipped=result.skipped,
                period=preview.period.label))
    return 0
