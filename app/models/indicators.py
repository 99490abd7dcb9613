"""Early-warning indicator data imported from the e-journal: attendance, marks and conduct
per pupil and period.

`indicator_import` is one imported file: its kind ("attendance"), the period it covers (a
month "2026-10" or a semester "2026/2027-1", with its first and last day), the file's name,
when and by whom it was imported. `attendance_figure` holds one pupil's figures of that
import; a figure the file did not give is NULL ("no data", never a zero). One import per
kind and period: importing the same period again replaces the old import and its figures.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, utcnow


class IndicatorImport(IdMixin, Base):
    __tablename__ = "indicator_import"
    __table_args__ = (UniqueConstraint("kind", "period"),)

    kind: Mapped[str] = mapped_column(String(32))  # "attendance"
    period: Mapped[str] = mapped_column(String(32))  # "2026-10" or "2026/2027-1"
    period_kind: Mapped[str] = mapped_column(String(16))  # "month" or "semester"
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    source_name: Mapped[str] = mapped_column(String(300))  # the file's name
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    rows: Mapped[int] = mapped_column(default=0)


class AttendanceFigure(IdMixin, Base):
    __tablename__ = "attendance_figure"
    __table_args__ = (UniqueConstraint("import_id", "student_id"),)

    import_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("indicator_import.id"),
                                                 index=True)
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    source_row: Mapped[int]  # the row of the file it came from
    lessons: Mapped[int | None]
    justified: Mapped[int | None]
    unjustified: Mapped[int | None]
    late: Mapped[int | None]


class MarkFigure(IdMixin, Base):
    """One mark of a pupil in a subject of a marks import, as the e-journal wrote it
    (`mark_text`: "7", "nv", "ieskaitīts"); `mark` is the 1–10 value (None for a non-numeric
    mark), `failing` a mark below 4 or "neieskaitīts" / "ni"; "nv" (not assessed) is neither."""

    __tablename__ = "mark_figure"

    import_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("indicator_import.id"),
                                                 index=True)
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    source_row: Mapped[int]
    subject: Mapped[str] = mapped_column(String(100))
    mark_text: Mapped[str] = mapped_column(String(40))
    mark: Mapped[int | None]
    failing: Mapped[bool] = mapped_column(default=False)


class MarkSummary(Base):
    """A pupil's marks of one marks import summed up when it is stored, so that screening the
    whole school reads one row a pupil, not every mark: how many marks, how many failing,
    the sum and count of the numeric ones (the average), and the failing subjects with their
    count of failing marks as JSON (`[["Matemātika", 2], …]`)."""

    __tablename__ = "mark_summary"

    import_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("indicator_import.id"),
                                                 primary_key=True)
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), primary_key=True,
                                                  index=True)
    marks: Mapped[int]
    failing: Mapped[int]
    numeric_sum: Mapped[int]
    numeric_count: Mapped[int]
    failing_subjects: Mapped[str] = mapped_column(Text, default="[]")


class ConductFigure(IdMixin, Base):
    """A pupil's count of conduct notes of a conduct import (counted from one row per note,
    or as the file gave it); `source_row` is the pupil's first row."""

    __tablename__ = "conduct_figure"
    __table_args__ = (UniqueConstraint("import_id", "student_id"),)

    import_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("indicator_import.id"),
                                                 index=True)
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    source_row: Mapped[int]
    notes: Mapped[int]


class IndicatorOverride(IdMixin, Base):
    """A teacher's change of an imported indicator in an assessment, with the reason: the
    field ("absence_pct", "unjustified_lessons", "failing_marks", "conduct_incidents"), the
    imported value and its period, the value entered. Local to the school (not synced)."""

    __tablename__ = "indicator_override"

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risk_assessment.id"),
                                                     index=True)
    field: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(32))
    imported_value: Mapped[str] = mapped_column(String(40))
    entered_value: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(String(1000))
    recorded_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
