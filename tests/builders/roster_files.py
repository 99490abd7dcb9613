"""Roster files as e-journals and VIIS write them, made by the tests: CSV in each encoding
and delimiter, XLSX through openpyxl, valid Latvian personal codes."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app.services.students.personal_code import check_digit

HEADERS = ("Uzvārds", "Vārds", "Personas kods", "Dzimšanas datums", "Klase")


def personal_code(born: date, serial: int) -> str:
    """A valid old-format code "DDMMYY-CNNNZ" for a pupil born on `born`."""
    century = {18: "0", 19: "1", 20: "2"}[born.year // 100]
    first_ten = f"{born:%d%m}{born.year % 100:02d}{century}{serial:03d}"
    return f"{first_ten[:6]}-{first_ten[6:]}{check_digit(first_ten)}"


def csv_bytes(rows: Sequence[Sequence[str]], *, encoding: str = "utf-8",
              delimiter: str = ";", headers: Sequence[str] = HEADERS,
              title: str | None = None) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    if title is not None:
        writer.writerow([title])
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def write_csv(path: Path, rows: Sequence[Sequence[str]], **options: object) -> Path:
    path.write_bytes(csv_bytes(rows, **options))  # type: ignore[arg-type]
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]],
               headers: Sequence[str] = HEADERS, title: str | None = None) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    if title is not None:
        sheet.append([title])
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
