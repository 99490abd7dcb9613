"""The school, its school years, semesters and classes."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, Syncable, TimestampMixin
from app.models.enums import ProgrammeKind


class School(IdMixin, TimestampMixin, Syncable, Base):
    __tablename__ = "school"
    __sync_entity__ = "school"

    name: Mapped[str] = mapped_column(String(200))
    registration_number: Mapped[str] = mapped_column(String(20))
    municipality: Mapped[str] = mapped_column(String(120))
    idle_lock_minutes: Mapped[int] = mapped_column(default=10)
    notes_shared_with_support: Mapped[bool] = mapped_column(default=False,
                                                            server_default=false())
    """Confidential consultation notes readable by every support specialist who may read them
    at all, not only those of the note's specialist type (the school widens the default)."""


class SchoolYear(IdMixin, Base):
    """A school year, labelled "2026/2027"; 1 September to 30 June (31 August at the latest)."""

    __tablename__ = "school_year"

    label: Mapped[str] = mapped_column(String(9), unique=True)
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    # The year's ABC thresholds from its catalogue file (JSON); None: the defaults.
    abc_thresholds: Mapped[str | None] = mapped_column(Text)
    semesters: Mapped[list[Semester]] = relationship(
        back_populates="school_year", order_by="Semester.number"
    )


class Semester(IdMixin, Base):
    """Semester I: 1 Sep - 31 Dec; semester II: 1 Jan - 30 Jun."""

    __tablename__ = "semester"
    __table_args__ = (UniqueConstraint("school_year_id", "number"),)

    school_year_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_year.id"))
    number: Mapped[int]
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    school_year: Mapped[SchoolYear] = relationship(back_populates="semesters")

    @property
    def label(self) -> str:
        return f"{self.school_year.label}-{self.number}"


class SchoolClass(IdMixin, Syncable, Base):
    """A class ("7.b", grade 7) or a vocational course ("Pavārs, 2. kurss", course 2).

    A class belongs to one school year; opening the next year makes its successor
    (`promoted_from_id`), so last year's classes stay as they were. `final_grade` is the
    grade (course) after which its pupils graduate: 12 (9 in a basic school), or the
    programme's last course. `class_teacher_id` is the first of its class teachers; all of
    them are in `ClassTeacher`. An archived class is kept (pupils and plans point at it) but
    offered nowhere.
    """

    __tablename__ = "school_class"
    __sync_entity__ = "school_class"
    __table_args__ = (UniqueConstraint("school_year_id", "name"),)

    school_year_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_year.id"))
    name: Mapped[str] = mapped_column(String(60))
    programme: Mapped[ProgrammeKind] = mapped_column(default=ProgrammeKind.GENERAL)
    grade: Mapped[int]  # grade 1-12 (general) or course 1-4 (vocational)
    class_teacher_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    programme_name: Mapped[str] = mapped_column(String(60), default="")  # vocational only
    final_grade: Mapped[int] = mapped_column(default=12)
    archived: Mapped[bool] = mapped_column(default=False)
    # Last year's class this one continues (a plain id: kept even if that row goes away).
    promoted_from_id: Mapped[uuid.UUID | None]


class ClassTeacher(Base):
    """One of a class's class teachers (a class may have several)."""

    __tablename__ = "class_teacher"

    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_class.id"), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"), primary_key=True,
                                               index=True)


class ClassEnrolment(Base):
    """The class a pupil finished a school year in, and what came of it ("promoted",
    "repeated", "graduated"): written when the next year is opened, never changed after."""

    __tablename__ = "class_enrolment"

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), primary_key=True)
    school_year_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_year.id"),
                                                      primary_key=True)
    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_class.id"))
    outcome: Mapped[str] = mapped_column(String(20))
