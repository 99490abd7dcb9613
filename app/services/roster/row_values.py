"""One roster row's cells read as a pupil: names, personal code, birth date and class, with
every problem as a sentence naming the row and the column.

The names, the personal code and the birth date are checked by the pupils register's own
rules (`students.validation.validate_student`, `students.personal_code`), so a file cannot
bring in what the form would refuse.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from app.errors import FieldProblem
from app.i18n import DEFAULT_LANGUAGE, render
from app.services.roster.columns import RosterField
from app.services.roster.mapping import ColumnMapping
from app.services.roster.reading import RosterRow, RosterTable
from app.services.school.class_names import class_name_problems, cleaned, parse_class_name
from app.services.students.personal_code import PersonalCode
from app.services.students.types import StudentInput
from app.services.students.validation import validate_student

NO_CLASS = uuid.UUID(int=0)  # the class is checked against the database by the preview
DATE_FORMATS = ("%d.%m.%Y", "%d.%m.%Y.", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y")
_USUAL_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\.?", re.ASCII)
_CLASS_WORD = re.compile(r"\s*(klase|kl\.?)\s*$", re.IGNORECASE)
STUDENT_FIELDS = {"first_name": RosterField.FIRST_NAME, "last_name": RosterField.SURNAME,
                  "personal_code": RosterField.PERSONAL_CODE,
                  "birth_date": RosterField.BIRTH_DATE}


@dataclass(frozen=True)
class RowProblem:
    """What is wrong in one cell (or row) of the file."""

    row: int
    column: str  # the column's header as in the file ("" when the row as a whole)
    field: str  # a `RosterField` value, or "row"
    problem: FieldProblem

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        key = "roster.problem.in_column" if self.column else "roster.problem.in_row"
        return render(key, lang, row=self.row, column=self.column,
                      problem=self.problem.text(lang))


@dataclass(frozen=True)
class RowValues:
    first_name: str
    last_name: str
    personal_code: PersonalCode | None
    birth_date: date | None
    class_name: str  # normalised: "8.b", "Pavārs, 2. kurss"; "" when unreadable


def parse_date(text: str) -> date | None:
    """"05.03.2014", "05.03.2014.", "2014-03-05" (and a few more); None when unreadable."""
    value = text.strip()
    usual = _USUAL_DATE.fullmatch(value)
    if usual is not None:  # the first two formats, read without strptime (20,000 rows)
        day, month, year = (int(g) for g in usual.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def class_text(row: RosterRow, mapping: ColumnMapping) -> str:
    """The class as written; "5" and the group "a" make "5.a"; a trailing "klase" is dropped."""
    text = _CLASS_WORD.sub("", row.cell(mapping.class_name).strip())
    group = row.cell(mapping.group).strip()
    if group and text.isdigit():
        text = f"{text}.{group}"
    return text


def _code_text(table: RosterTable, text: str) -> str | None:
    code = text.strip()
    if table.format == "xlsx" and code.isdigit() and len(code) == 10:
        code = code.zfill(11)  # a code typed as a number lost its leading zero
    return code or None


def read_row(table: RosterTable, mapping: ColumnMapping, row: RosterRow,
             today: date) -> tuple[RowValues, list[RowProblem]]:
    problems: list[tuple[RosterField, FieldProblem]] = []
    born_text = row.cell(mapping.birth_date).strip()
    born = parse_date(born_text) if born_text else None
    if born_text and born is None:
        problems.append((RosterField.BIRTH_DATE, FieldProblem(
            "birth_date", "roster.birth_date.unreadable", {"value": born_text})))
    data = StudentInput(first_name=row.cell(mapping.first_name),
                        last_name=row.cell(mapping.surname), class_id=NO_CLASS,
                        personal_code=_code_text(table, row.cell(mapping.personal_code)),
                        birth_date=born)
    clean, found = validate_student(data, today)
    problems += [(STUDENT_FIELDS[p.field], p) for p in found]
    written = class_text(row, mapping)
    parsed = parse_class_name(written) if written else None
    class_name = ""
    if parsed is None:
        key = "roster.class.unreadable" if written else "roster.class.required"
        problems.append((RosterField.CLASS_NAME, FieldProblem("class_name", key,
                                                              {"value": written})))
    elif wrong := class_name_problems(cleaned(parsed)):
        problems += [(RosterField.CLASS_NAME, p) for p in wrong]
    else:
        class_name = cleaned(parsed).text
    values = RowValues(clean.first_name, clean.last_name, clean.personal_code,
                       clean.birth_date, class_name)
    return values, [RowProblem(row.number, column_header(table, mapping, f), f.value, p)
                    for f, p in problems]


def column_header(table: RosterTable, mapping: ColumnMapping, field: RosterField) -> str:
    index = mapping.index(field)
    if index is None or index >= len(table.headers):
        return ""
    return table.headers[index] or str(index + 1)
