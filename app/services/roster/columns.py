"""The roster's fields and the header names e-journals (E-klase, Mykoob) and VIIS give them.

A header is compared folded (no case, no diacritics, no punctuation): "Uzvārds", "UZVARDS"
and "uzvārds:" are one name.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

from app.services.students.search import fold


class RosterField(enum.StrEnum):
    SURNAME = "surname"
    FIRST_NAME = "first_name"
    PERSONAL_CODE = "personal_code"
    BIRTH_DATE = "birth_date"
    CLASS_NAME = "class_name"
    GROUP = "group"  # the letter when the class column holds only the grade ("5" + "a")


REQUIRED = (RosterField.SURNAME, RosterField.FIRST_NAME, RosterField.CLASS_NAME)

HEADER_NAMES: dict[RosterField, tuple[str, ...]] = {
    RosterField.SURNAME: ("uzvārds", "uzvārdi", "skolēna uzvārds", "izglītojamā uzvārds",
                          "surname", "last name", "family name", "lastname"),
    RosterField.FIRST_NAME: ("vārds", "vārdi", "skolēna vārds", "izglītojamā vārds",
                             "first name", "given name", "firstname", "forename"),
    RosterField.PERSONAL_CODE: ("personas kods", "pers kods", "pk", "p k", "personaskods",
                                "personal code", "personal id", "identity code", "id code"),
    RosterField.BIRTH_DATE: ("dzimšanas datums", "dzim datums", "dzimšanas dat",
                             "dzimis", "date of birth", "birth date", "birthdate", "dob"),
    RosterField.CLASS_NAME: ("klase", "klase grupa", "klases nosaukums", "class", "form",
                             "grade"),
    RosterField.GROUP: ("grupa", "paralēle", "klases burts", "group", "letter"),
}

_PUNCTUATION = re.compile(r"[^\w]+")


def header_key(text: str) -> str:
    """A header folded for comparison: "Dzimšanas datums:" → "dzimsanas datums"."""
    return " ".join(_PUNCTUATION.sub(" ", fold(text)).split())


_KNOWN: dict[str, RosterField] = {
    header_key(name): f for f, names in HEADER_NAMES.items() for name in names
}


def field_of_header(text: str) -> RosterField | None:
    return _KNOWN.get(header_key(text))


def known_header_count(cells: Sequence[str]) -> int:
    """How many of `cells` are known header names (each field counted once)."""
    return len({f for c in cells if (f := field_of_header(c)) is not None})


def headers_signature(headers: Sequence[str]) -> str:
    """The header row as one text: which export a file is (`RosterMapping.headers_key`)."""
    return "|".join(header_key(h) for h in headers)[:1000]
