"""Reading a roster file: CSV or XLSX exports of the e-journal (E-klase, Mykoob) and VIIS.

- CSV: UTF-8 with or without a BOM, else Windows-1257 (Baltic), or UTF-16 with its BOM
  (Excel's "Unicode text"); `;`, `,` or tab between fields, quoted fields allowed. The
  delimiter is the one under which a header row is found.
- XLSX: the first sheet, read with openpyxl (read only, values only); dates become ISO text.
- The header row is the first row (of the first 30) with at least two known header names
  ("Uzvārds", "Vārds", "Personas kods", "Dzimšanas datums", "Klase", "Grupa"; English too),
  so title lines above it ("Klases saraksts 2026./2027. m.g.") are skipped.
Blank rows are left out; every row keeps its number in the file for the messages.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Literal

from app.errors import FieldProblem, ValidationError
from app.services.roster.columns import known_header_count

DELIMITERS = (";", ",", "\t")
HEADER_SEARCH_ROWS = 30
MIN_KNOWN_HEADERS = 2


@dataclass(frozen=True)
class RosterRow:
    number: int  # the row's number in the file (1 = the first row)
    cells: tuple[str, ...]

    def cell(self, index: int | None) -> str:
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]


@dataclass(frozen=True)
class RosterTable:
    """A roster file as read: its header row and the rows under it."""

    source: str  # the file name
    format: Literal["csv", "xlsx"]
    encoding: str  # "utf-8", "utf-8-sig", "cp1257", "utf-16" or "xlsx"
    delimiter: str  # "" for XLSX
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[RosterRow, ...]


def _fail(key: str, **params: object) -> ValidationError:
    return ValidationError(FieldProblem("file", f"roster.file.{key}", dict(params)))


def decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: UTF-16 when it starts with its BOM (Excel's "Unicode
    text"), UTF-8 (a BOM is dropped) if the bytes are valid UTF-8, else Windows-1257."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1257", errors="replace"), "cp1257"
    return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"


def _header_index(rows: Sequence[Sequence[str]]) -> int | None:
    for i, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if known_header_count(cells) >= MIN_KNOWN_HEADERS:
            return i
    return None


def _table(source: str, fmt: Literal["csv", "xlsx"], encoding: str, delimiter: str,
           rows: list[list[str]]) -> RosterTable:
    found = _header_index(rows)
    if found is None:
        raise _fail("no_header", rows=HEADER_SEARCH_ROWS)
    headers = tuple(c.strip() for c in rows[found])
    while headers and not headers[-1]:
        headers = headers[:-1]
    body = tuple(RosterRow(n, tuple(cells))
                 for n, cells in enumerate(rows[found + 1:], start=found + 2)
                 if any(c.strip() for c in cells))
    return RosterTable(source, fmt, encoding, delimiter, found + 1, headers, body)


def _split(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _best_delimiter(text: str, rows_of: Callable[[str], list[list[str]]],
                    delimiters: Iterable[str]) -> tuple[str, list[list[str]]] | None:
    best: tuple[int, str, list[list[str]]] | None = None
    for delimiter in delimiters:
        try:
            rows = rows_of(delimiter)
        except csv.Error:
            continue
        found = _header_index(rows)
        if found is None:
            continue
        score = known_header_count(rows[found])
        if best is None or score > best[0]:
            best = (score, delimiter, rows)
    return None if best is None else (best[1], best[2])


def read_csv_bytes(data: bytes, source: str = "") -> RosterTable:
    """A CSV roster from its bytes (encoding and delimiter found as described above).

    The delimiter is chosen on the rows where the header may be (the reader is lazy), and
    only that one reads the whole file; if it then fails, every delimiter is tried on the
    whole file as before."""
    text, encoding = decode(data)

    def head(delimiter: str) -> list[list[str]]:
        return list(islice(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter),
                           HEADER_SEARCH_ROWS))

    chosen = _best_delimiter(text, head, DELIMITERS)
    if chosen is None:
        raise _fail("no_header", rows=HEADER_SEARCH_ROWS)
    try:
        return _table(source, "csv", encoding, chosen[0], _split(text, chosen[0]))
    except csv.Error:
        pass
    whole = _best_delimiter(text, lambda d: _split(text, d), DELIMITERS)
    if whole is None:
        raise _fail("no_header", rows=HEADER_SEARCH_ROWS)
    return _table(source, "csv", encoding, whole[0], whole[1])


def cell_text(value: object) -> str:
    """An XLSX cell as text: dates as ISO dates, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError and its own errors
        raise _fail("unreadable_xlsx", name=path.name) from exc
    try:
        sheet = book.worksheets[0]
        rows: Iterable[tuple[object, ...]] = sheet.iter_rows(values_only=True)
        return [[cell_text(v) for v in row] for row in rows]
    finally:
        book.close()


def read_roster(path: Path) -> RosterTable:
    """The roster in `path`: XLSX by its name (or its ZIP signature), CSV otherwise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _fail("unreadable", name=path.name) from exc
    if path.suffix.lower() in (".xlsx", ".xlsm") or data.startswith(b"PK\x03\x04"):
        return _table(path.name, "xlsx", "xlsx", "", _xlsx_rows(path))
    return read_csv_bytes(data, path.name)
