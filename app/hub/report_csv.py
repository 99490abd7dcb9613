"""The semester report as CSV (UTF-8 with BOM for spreadsheets, comma separated): one line per
figure — section, school id, school name, registration number, item, metric, value. A text
that a spreadsheet would read as a formula is written as text (`csv_cells`)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.hub.csv_cells import safe_row
from app.hub.report import ALL, SemesterReport

HEADER = ("semester", "section", "school_id", "school", "registration_number", "item",
          "metric", "value")


def report_csv(report: SemesterReport) -> str:
    names = {sid: (name, reg) for sid, name, reg in report.schools}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for line in report.lines:
        name, reg = names.get(line.school_id, (report.municipality, "")) \
            if line.school_id != ALL else (report.municipality, "")
        writer.writerow(safe_row((report.semester, line.section, line.school_id, name, reg,
                                  line.item, line.metric, line.value)))
    return out.getvalue()


def write_csv(report: SemesterReport, path: Path) -> None:
    path.write_text(report_csv(report), encoding="utf-8-sig")
