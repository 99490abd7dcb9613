"""The attendance columns of e-journal exports and the header names they go by.

The pupil's columns (surname, first name, personal code, class) are the roster import's
(`roster.columns`, `roster.mapping`); these are the figures. The shapes accepted:

- E-klase, "Kavējumu kopsavilkums" (CSV with `;`, often Windows-1257, or XLSX):
  `Uzvārds; Vārds; Personas kods; Klase; Stundas; Attaisnoti; Neattaisnoti; Kavēts`
- Mykoob, "Kavējumu atskaite" (CSV with `,`, UTF-8, or XLSX), no personal code and the
  absences as a total: `Vārds, Uzvārds, Klase, Stundu skaits, Kavējumi, Neattaisnoti,
  Kavēts` — the justified ones are the total less the unjustified ones.

Headers are compared folded as the roster's are ("NEATTAISNOTI:" is "Neattaisnoti").
"Kavēts" / "Nokavēts" is being late; "Kavējumi" is every lesson missed.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from app.services.roster.columns import header_key


class AttendanceField(enum.StrEnum):
    LESSONS = "lessons"  # lessons the pupil had (the base of the absence %)
    JUSTIFIED = "justified"  # lessons missed with a reason
    UNJUSTIFIED = "unjustified"  # lessons missed without a reason
    MISSED = "missed"  # lessons missed in all (Mykoob), when justified is not given
    LATE = "late"  # times late


HEADER_NAMES: dict[AttendanceField, tuple[str, ...]] = {
    AttendanceField.LESSONS: ("stundas", "stundu skaits", "stundas kopā", "vadītās stundas",
                              "lessons", "lessons total"),
    AttendanceField.JUSTIFIED: ("attaisnoti", "attaisnotie", "attaisnotās",
                                "attaisnoti kavējumi", "attaisnotie kavējumi", "justified"),
    AttendanceField.UNJUSTIFIED: ("neattaisnoti", "neattaisnotie", "neattaisnotās",
                                  "neattaisnoti kavējumi", "neattaisnotie kavējumi",
                                  "unjustified"),
    AttendanceField.MISSED: ("kavējumi", "kavējumi kopā", "kavētās stundas",
                             "kavētas stundas", "absences", "missed"),
    AttendanceField.LATE: ("kavēts", "nokavēts", "nokavējumi", "kavējis", "late"),
}

_KNOWN = {header_key(n): f for f, names in HEADER_NAMES.items() for n in names}


@dataclass(frozen=True)
class AttendanceColumns:
    """Column indexes of each figure; None: not in the file."""

    lessons: int | None = None
    justified: int | None = None
    unjustified: int | None = None
    missed: int | None = None
    late: int | None = None

    def index(self, field: AttendanceField) -> int | None:
        value: int | None = getattr(self, field.value)
        return value

    @property
    def any(self) -> bool:
        return any(self.index(f) is not None for f in AttendanceField)


def attendance_columns(headers: Sequence[str]) -> AttendanceColumns:
    """Each figure from the first column whose header is one of its names."""
    found: dict[str, int] = {}
    for i, text in enumerate(headers):
        field = _KNOWN.get(header_key(text))
        if field is not None and field.value not in found:
            found[field.value] = i
    return AttendanceColumns(**found)
