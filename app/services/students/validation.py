"""Checking a pupil's data field by field; every problem names its field (lv and en)."""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date

from app.errors import FieldProblem, ValidationError
from app.formatting import format_date
from app.services.students.personal_code import PersonalCode, parse_personal_code
from app.services.students.types import GuardianInput, StudentInput

NAME_MAX = 80  # Student.first_name / last_name
GUARDIAN_NAME_MAX = 120
RELATION_MAX = 40
NOTE_MAX = 500
NAME_MARKS = frozenset(" -'’")
PHONE = re.compile(r"\+?[0-9]{8,15}")
PHONE_SEPARATORS = re.compile(r"[\s\-().]")
EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
EMAIL_MAX = 120


@dataclass(frozen=True)
class CleanGuardian:
    full_name: str
    relation: str
    phone: str
    email: str
    id: uuid.UUID | None


@dataclass(frozen=True)
class CleanStudent:
    first_name: str
    last_name: str
    class_id: uuid.UUID
    personal_code: PersonalCode | None
    birth_date: date | None
    guardians: tuple[CleanGuardian, ...]


def tidy(text: str) -> str:
    """Unicode NFC (so "ē" is one letter however it was typed), spaces collapsed, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def check_name(value: str, field: str, prefix: str, max_len: int,
               problems: list[FieldProblem], **params: object) -> str:
    """A person's name: required, at most `max_len`, only letters, space, hyphen, apostrophe."""
    name = tidy(value)
    bad = [c for c in name if not (c.isalpha() or c in NAME_MARKS)]
    if not name:
        problems.append(FieldProblem(field, f"{prefix}.required", dict(params)))
    elif len(name) > max_len:
        problems.append(FieldProblem(field, f"{prefix}.too_long",
                                     {**params, "max": max_len, "length": len(name)}))
    elif bad:
        problems.append(FieldProblem(field, f"{prefix}.characters", {**params, "char": bad[0]}))
    elif not any(c.isalpha() for c in name):
        problems.append(FieldProblem(field, f"{prefix}.no_letter", dict(params)))
    return name


def _guardian(g: GuardianInput, n: int, problems: list[FieldProblem]) -> CleanGuardian:
    field = f"guardians[{n - 1}]"
    name = check_name(g.full_name, f"{field}.full_name", "students.guardian_name",
                      GUARDIAN_NAME_MAX, problems, n=n)
    relation = tidy(g.relation)
    if len(relation) > RELATION_MAX:
        problems.append(FieldProblem(f"{field}.relation", "students.guardian_relation.too_long",
                                     {"n": n, "max": RELATION_MAX, "length": len(relation)}))
    phone = tidy(g.phone)
    if phone and not PHONE.fullmatch(PHONE_SEPARATORS.sub("", phone)):
        problems.append(FieldProblem(f"{field}.phone", "students.guardian_phone.invalid",
                                     {"n": n, "value": phone}))
    email = tidy(g.email)
    if email and (len(email) > EMAIL_MAX or not EMAIL.fullmatch(email)):
        problems.append(FieldProblem(f"{field}.email", "students.guardian_email.invalid",
                                     {"n": n, "value": email}))
    return CleanGuardian(name, relation, phone, email, g.id)


def _is_blank(g: GuardianInput) -> bool:
    return not any(tidy(x) for x in (g.full_name, g.relation, g.phone, g.email))


def _code_and_birth_date(data: StudentInput, today: date,
                         problems: list[FieldProblem]) -> tuple[PersonalCode | None, date | None]:
    code: PersonalCode | None = None
    if data.personal_code is not None and data.personal_code.strip():
        try:
            code = parse_personal_code(data.personal_code, today=today)
        except ValidationError as exc:
            problems.extend(exc.problems)
    born = data.birth_date
    if born is not None and born > today:
        problems.append(FieldProblem("birth_date", "students.birth_date.future",
                                     {"date": format_date(born)}))
    elif code is not None and code.birth_date is not None:
        if born is None:
            born = code.birth_date
        elif born != code.birth_date:
            problems.append(FieldProblem("birth_date", "students.birth_date.code_mismatch",
                                         {"date": format_date(born),
                                          "code_date": format_date(code.birth_date)}))
    return code, born


def validate_student(data: StudentInput, today: date) -> tuple[CleanStudent, list[FieldProblem]]:
    """The tidied data and every problem found (the class is checked against the database
    by the use case). A birth date missing but readable from an old-format code is filled in."""
    problems: list[FieldProblem] = []
    first = check_name(data.first_name, "first_name", "students.first_name", NAME_MAX, problems)
    last = check_name(data.last_name, "last_name", "students.last_name", NAME_MAX, problems)
    code, born = _code_and_birth_date(data, today, problems)
    guardians = tuple(_guardian(g, n, problems)
                      for n, g in enumerate(data.guardians, start=1) if not _is_blank(g))
    clean = CleanStudent(first, last, data.class_id, code, born, guardians)
    return clean, problems
