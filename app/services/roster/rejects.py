"""The rows a roster import refused, written to a CSV the school can correct and import
again: the file's own columns, then the row's number and its problems as sentences.
`;` between fields and a UTF-8 BOM, as Excel in Latvia opens it."""

from __future__ import annotations

import csv
from pathlib import Path

from app.i18n import DEFAULT_LANGUAGE, render
from app.services.roster.outcomes import RosterPreview


def write_rejected_rows(preview: RosterPreview, path: Path,
                        lang: str = DEFAULT_LANGUAGE) -> Path:
    headers = list(preview.table.headers)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow([*headers, render("roster.rejects.row", lang),
                      render("roster.rejects.problem", lang)])
        for row in preview.rejected:
            cells = list(row.cells[:len(headers)])
            cells += [""] * (len(headers) - len(cells))
            out.writerow([*cells, row.row, row.problem_text(lang)])
    return path
