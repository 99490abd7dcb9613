"""`pumpurs import attendance|marks|conduct`: the e-journal's indicator exports per pupil.

    pumpurs import attendance --db PATH --user U FILE [--period 2026-10|2026/2027-1]
        [--dry-run] [--skip-bad-rows]
    pumpurs import marks   … the same options
    pumpurs import conduct … the same options

The file is read and its pupil columns mapped as the roster import does (CSV in UTF-8 or
Windows-1257 with `;`, `,` or tab; XLSX); the columns accepted are described in
`app.services.indicators.columns` (attendance), `.marks` and `.conduct`. The import prints
the preview's counts and every refused row; a row with a problem stops it (exit 1, nothing
changed) unless `--skip-bad-rows`. Importing a period again replaces what was imported for
it (of the same kind).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.cli.acting_user import acting_user, add_user_option
from app.formatting import format_date, format_datetime
from app.i18n import render
from app.services.indicators import (
    AttendanceColumns,
    AttendanceField,
    ConductColumns,
    IndicatorPreview,
    MarkColumns,
    apply_attendance,
    apply_conduct,
    apply_marks,
    preview_attendance,
    preview_conduct,
    preview_marks,
)
from app.services.roster import RosterTable, read_roster

Common = Callable[[argparse.ArgumentParser], None]


def _attendance_columns(t: RosterTable, c: AttendanceColumns, lang: str) -> str:
    columns = [f"{render(f'cli.attendance.column.{f.value}', lang)} “{t.headers[i]}”"
               for f in AttendanceField if (i := c.index(f)) is not None]
    return render("cli.attendance.columns", lang, columns=", ".join(columns))


def _mark_columns(t: RosterTable, c: MarkColumns, lang: str) -> str:
    if c.subject is not None and c.mark is not None:
        return render("cli.marks.columns_long", lang, subject=t.headers[c.subject],
                      mark=t.headers[c.mark])
    return render("cli.marks.columns", lang, subjects=", ".join(n for _, n in c.subjects))


def _conduct_columns(t: RosterTable, c: ConductColumns, lang: str) -> str:
    if c.count is not None:
        return render("cli.conduct.columns_count", lang, column=t.headers[c.count])
    return render("cli.conduct.columns_note", lang, column=t.headers[c.note or 0])


@dataclass(frozen=True)
class Kind:
    help: str
    preview: Callable[..., IndicatorPreview[Any, Any]]
    apply: Callable[..., Any]
    columns: Callable[[RosterTable, Any, str], str]
    done: str  # the message key of the result, "…_replaced" when a period was replaced


KINDS = {
    "attendance": Kind("lessons and absences per pupil from an e-journal export (CSV or XLSX)",
                       preview_attendance, apply_attendance, _attendance_columns,
                       "cli.attendance.done"),
    "marks": Kind("marks per pupil and subject from an e-journal export (CSV or XLSX)",
                  preview_marks, apply_marks, _mark_columns, "cli.marks.done"),
    "conduct": Kind("conduct notes per pupil from an e-journal export (CSV or XLSX)",
                    preview_conduct, apply_conduct, _conduct_columns, "cli.conduct.done"),
}


def add_indicator_parsers(kinds: argparse._SubParsersAction, common: Common) -> None:
    for name, kind in KINDS.items():
        p = kinds.add_parser(name, help=kind.help)
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


def _print_preview(kind: Kind, preview: IndicatorPreview[Any, Any], lang: str) -> None:
    t, period = preview.table, preview.period
    source = (render("cli.roster.source_xlsx", lang) if t.format == "xlsx" else
              render("cli.roster.source_csv", lang, encoding=t.encoding,
                     delimiter="TAB" if t.delimiter == "\t" else t.delimiter))
    _say(render("cli.attendance.file", lang, name=t.source, source=source,
                header_row=t.header_row, rows=len(t.rows), period=period.label,
                starts=format_date(period.starts_on, lang),
                ends=format_date(period.ends_on, lang)))
    _say(kind.columns(t, preview.columns, lang))
    c = preview.counts
    _say(render("cli.attendance.counts", lang, matched=c.matched, unmatched=c.unmatched,
                errors=c.errors, duplicates=c.duplicates))
    if preview.replaces is not None:
        r = preview.replaces
        _say(render("cli.attendance.replaces", lang, name=r.source_name,
                    at=format_datetime(r.imported_at, lang), rows=r.rows))
    for row in preview.rejected:
        _say("  " + row.problem_text(lang))


def import_indicator(args: argparse.Namespace, db: Path, lang: str, mode: str,
                     plaintext: bool) -> int:
    kind = KINDS[args.import_kind]
    table = read_roster(args.file)  # a file that cannot be read stops before the sign-in
    with acting_user(args, db, lang, mode, plaintext) as (store, actor):
        preview = kind.preview(store, actor, table, args.period)
        _print_preview(kind, preview, lang)
        if preview.has_problems and not args.skip_bad_rows:
            print(render("cli.attendance.refused", lang), file=sys.stderr)
            return 1
        if args.dry_run:
            _say(render("cli.attendance.dry_run", lang))
            return 0
        result = kind.apply(store, actor, preview, skip_bad_rows=args.skip_bad_rows)
    key = f"{kind.done}_replaced" if result.replaced else kind.done
    _say(render(key, lang, imported=result.imported, skipped=result.skipped,
                period=preview.period.label))
    return 0
