"""Names of classes and vocational groups, and the name a class has one year later.

- General education: grade 1–12 and a letter, written "8.b" (the letter may be a short word:
  "10.dabas"); `final_grade` 12 by default (9 in a basic school).
- Vocational education: a programme name and a course 1–4, written "Pavārs, 2. kurss";
  `final_grade` is the programme's last course (4 by default).
Promotion raises the grade (course) by one and keeps the letter (programme); a class whose
grade is its `final_grade` graduates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.errors import FieldProblem
from app.models.enums import ProgrammeKind

GENERAL_GRADES = range(1, 13)
VOCATIONAL_COURSES = range(1, 5)
LETTER_MAX = 12
PROGRAMME_MAX = 45
_GENERAL = re.compile(r"^\s*(\d{1,2})\s*\.\s*(\w{1,12})\s*$")
_VOCATIONAL = re.compile(r"^\s*(.+?)\s*,\s*(\d)\s*\.\s*kurss\s*$")


@dataclass(frozen=True)
class ClassName:
    programme: ProgrammeKind
    grade: int  # grade (general) or course (vocational)
    label: str  # the letter ("b") or the programme name ("Pavārs")

    @property
    def text(self) -> str:
        if self.programme is ProgrammeKind.VOCATIONAL:
            return f"{self.label}, {self.grade}. kurss"
        return f"{self.grade}.{self.label}"

    def promoted(self) -> ClassName:
        return ClassName(self.programme, self.grade + 1, self.label)


def cleaned(name: ClassName) -> ClassName:
    """Spaces trimmed; a general class's letter in lower case ("8.B" → "8.b")."""
    label = name.label.strip()
    return ClassName(name.programme, name.grade,
                     label if name.programme is ProgrammeKind.VOCATIONAL else label.lower())


def default_final_grade(programme: ProgrammeKind) -> int:
    return VOCATIONAL_COURSES[-1] if programme is ProgrammeKind.VOCATIONAL else GENERAL_GRADES[-1]


def class_name_problems(name: ClassName, final_grade: int | None = None) -> list[FieldProblem]:
    """Problems with a class's grade, letter or programme name, and its final grade."""
    problems: list[FieldProblem] = []
    grades = (VOCATIONAL_COURSES if name.programme is ProgrammeKind.VOCATIONAL
              else GENERAL_GRADES)
    if name.grade not in grades:
        key = ("classes.course_range" if name.programme is ProgrammeKind.VOCATIONAL
               else "classes.grade_range")
        problems.append(FieldProblem("grade", key, {"min": grades[0], "max": grades[-1]}))
    label = name.label.strip()
    if name.programme is ProgrammeKind.VOCATIONAL:
        if not label:
            problems.append(FieldProblem("label", "classes.programme_required"))
        elif len(label) > PROGRAMME_MAX or "," in label:
            problems.append(FieldProblem("label", "classes.programme_invalid",
                                         {"max": PROGRAMME_MAX}))
    elif not label:
        problems.append(FieldProblem("label", "classes.letter_required"))
    elif len(label) > LETTER_MAX or not label.isalnum():
        problems.append(FieldProblem("label", "classes.letter_invalid", {"max": LETTER_MAX}))
    if final_grade is not None and name.grade in grades and (
            final_grade not in grades or final_grade < name.grade):
        problems.append(FieldProblem("final_grade", "classes.final_grade_range",
                                     {"grade": name.grade, "max": grades[-1]}))
    return problems


def parse_class_name(text: str) -> ClassName | None:
    """"8.b" or "Pavārs, 2. kurss" as a `ClassName`; None when it is neither form."""
    if m := _GENERAL.match(text):
        return ClassName(ProgrammeKind.GENERAL, int(m.group(1)), m.group(2).lower())
    if m := _VOCATIONAL.match(text):
        return ClassName(ProgrammeKind.VOCATIONAL, int(m.group(2)), m.group(1))
    return None


def class_name_of(programme: ProgrammeKind, grade: int, name: str,
                  programme_name: str) -> ClassName:
    """The `ClassName` of a stored class (a vocational class made before programme names
    were stored has its programme read from its name, "Pavārs, 2. kurss")."""
    parsed = parse_class_name(name)
    if programme is ProgrammeKind.VOCATIONAL:
        if not programme_name and parsed is not None:
            programme_name = parsed.label
        return ClassName(programme, grade, programme_name or name)
    return ClassName(programme, grade, parsed.label if parsed else name.split(".")[-1])
