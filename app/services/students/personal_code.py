"""Latvian personal codes (personas kods): check one and bring it to its normal form.

Old format `DDMMYY-CNNNZ`: birth date, century digit C (0 = 1800s, 1 = 1900s, 2 = 2000s),
serial NNN and check digit Z = (1101 − Σ weight × digit) mod 11 mod 10 over the first ten
digits. New format (since 1 July 2017): eleven digits starting with 3 and a second digit
2–9; it carries no date and no check digit, so no birth date is ever read from it.
Both are stored as "NNNNNN-NNNNN".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from app.errors import FieldProblem, ValidationError
from app.formatting import format_date

FIELD = "personal_code"
WEIGHTS = (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CENTURIES = {"0": 1800, "1": 1900, "2": 2000}
ASCII_DIGITS = frozenset("0123456789")


@dataclass(frozen=True)
class PersonalCode:
    normalised: str  # "DDMMYY-NNNNN" (old) or "3NNNNN-NNNNN" (new)
    format: Literal["old", "new"]
    birth_date: date | None  # only for the old format


def check_digit(first_ten: str) -> int:
    """The check digit of an old-format code from its first ten digits."""
    total = sum(w * int(d) for w, d in zip(WEIGHTS, first_ten, strict=True))
    return (1101 - total) % 11 % 10


def is_new_format(digits: str) -> bool:
    return digits[0] == "3" and digits[1] in "23456789"


def _fail(key: str, **params: Any) -> ValidationError:
    return ValidationError(FieldProblem(FIELD, f"students.personal_code.{key}", params))


def _digits(text: str) -> str:
    """The eleven digits of `text`, allowing surrounding spaces and one hyphen after six."""
    s = text.strip()
    if any(c not in ASCII_DIGITS and c != "-" for c in s):
        raise _fail("characters")
    if "-" in s and (s.count("-") > 1 or s.index("-") != 6):
        raise _fail("hyphen")
    digits = s.replace("-", "")
    if len(digits) != 11:
        raise _fail("length", count=len(digits))
    return digits


def _birth_date(digits: str) -> date:
    century = CENTURIES.get(digits[6])
    if century is None:
        raise _fail("century", digit=digits[6])
    day, month, year = int(digits[0:2]), int(digits[2:4]), century + int(digits[4:6])
    try:
        return date(year, month, day)
    except ValueError:
        raise _fail("date", ddmmyy=digits[:6]) from None


def parse_personal_code(text: str, *, today: date | None = None) -> PersonalCode:
    """Check `text` and return its normal form, or raise `ValidationError` for "personal_code".

    The message says exactly what is wrong: characters, hyphen position, length, century
    digit, an impossible or future date, or a check digit that does not match.
    """
    digits = _digits(text)
    normalised = f"{digits[:6]}-{digits[6:]}"
    if is_new_format(digits):
        return PersonalCode(normalised, "new", None)
    born = _birth_date(digits)
    if born > (today or date.today()):
        raise _fail("future", date=format_date(born))
    if check_digit(digits[:10]) != int(digits[10]):
        raise _fail("check_digit")
    return PersonalCode(normalised, "old", born)
