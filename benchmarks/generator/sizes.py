"""The sizes the benchmarks use (product.md): a small school, a large school, a municipality.

A school's classes follow the Latvian system: grades 1–9 (basic), 10–12 (secondary) and
vocational courses; the number of parallel classes per grade sets the school's size.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import ProgrammeKind

ClassPlan = tuple[tuple[str, ProgrammeKind, int, int], ...]  # (name, programme, grade, pupils)
LETTERS = "abcdefgh"


@dataclass(frozen=True)
class SchoolSize:
    key: str  # "small" | "large"
    basic_parallels: int  # classes per grade 1–9
    secondary_parallels: int  # classes per grade 10–12
    class_size: int
    vocational_groups: int  # groups per vocational course 1–4 (0: none)
    years: int  # school years with history, the current one included
    at_risk: int  # pupils at risk in each semester

    def class_plan(self) -> ClassPlan:
        plan: list[tuple[str, ProgrammeKind, int, int]] = []
        for grade in range(1, 13):
            parallels = self.basic_parallels if grade <= 9 else self.secondary_parallels
            for letter in LETTERS[:parallels]:
                plan.append((f"{grade}.{letter}", ProgrammeKind.GENERAL, grade, self.class_size))
        for course in range(1, 5):
            for n in range(1, self.vocational_groups + 1):
                plan.append((f"Pavārs {n}, {course}. kurss", ProgrammeKind.VOCATIONAL, course,
                             max(12, self.class_size - 10)))
        return tuple(plan)

    @property
    def students(self) -> int:
        """About this many (each class's size varies by one)."""
        return sum(size for *_, size in self.class_plan())


SMALL = SchoolSize("small", basic_parallels=1, secondary_parallels=0, class_size=17,
                   vocational_groups=0, years=6, at_risk=15)
LARGE = SchoolSize("large", basic_parallels=6, secondary_parallels=5, class_size=27,
                   vocational_groups=2, years=6, at_risk=400)
SIZES = {s.key: s for s in (SMALL, LARGE)}


@dataclass(frozen=True)
class MunicipalitySize:
    schools: int
    students: int  # all schools together
    at_risk: int  # pupils at risk in each semester, all schools together
    years: int


RIGA = MunicipalitySize(schools=130, students=49_400, at_risk=3_100, years=6)
