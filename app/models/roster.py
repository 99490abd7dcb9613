"""The columns a school's roster files were last read with (`roster_mapping`).

One row per school and header row: the next file with the same headers (the same e-journal
export) is read with the same columns without asking again.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, utcnow


class RosterMapping(IdMixin, Base):
    __tablename__ = "roster_mapping"
    __table_args__ = (UniqueConstraint("school_id", "headers_key"),)

    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school.id"))
    # the file's header cells, folded and joined with "|" (which export it was)
    headers_key: Mapped[str] = mapped_column(String(1000))
    # JSON: {"surname": "Uzvārds", "first_name": "Vārds", ...} — field → header text
    columns: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
