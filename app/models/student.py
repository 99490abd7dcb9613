"""Pupils (`Student`), their guardians and the support staff assigned to them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, Syncable, TimestampMixin
from app.models.enums import StudentStatus


class Student(IdMixin, TimestampMixin, Syncable, Base):
    __tablename__ = "student"
    __sync_entity__ = "student"

    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    # Optional; normalised "DDMMYY-NNNNN" or "32NNNN-NNNNN". Unique when given.
    personal_code: Mapped[str | None] = mapped_column(String(12), unique=True)
    birth_date: Mapped[date | None]
    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_class.id"), index=True)
    status: Mapped[StudentStatus] = mapped_column(default=StudentStatus.ACTIVE)
    status_changed_on: Mapped[date | None]
    status_note: Mapped[str] = mapped_column(String(500), default="")
    # The day the pupil's personal data was removed (retention or erasure); None: never.
    anonymised_on: Mapped[date | None]
    guardians: Mapped[list[Guardian]] = relationship(
        back_populates="student", cascade="all, delete-orphan", order_by="Guardian.full_name"
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Guardian(IdMixin, Syncable, Base):
    __tablename__ = "guardian"
    __sync_entity__ = "guardian"

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(120))
    relation: Mapped[str] = mapped_column(String(40), default="")  # māte, tēvs, aizbildnis…
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    student: Mapped[Student] = relationship(back_populates="guardians")


class SupportAssignment(Base):
    """Support staff member assigned to a pupil: they see this pupil and log consultations."""

    __tablename__ = "support_assignment"

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
