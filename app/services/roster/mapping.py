"""Which column of a roster file holds which field: guessed from the headers, overridable,
and remembered per school for the next file with the same header row (`RosterMapping`)."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, ValidationError
from app.models import RosterMapping, School
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.roster.columns import (
    REQUIRED,
    RosterField,
    field_of_header,
    header_key,
    headers_signature,
)
from app.services.roster.reading import RosterTable


@dataclass(frozen=True)
class ColumnMapping:
    """Column indexes (into `RosterTable.headers`) of each field; None: not in the file."""

    surname: int | None = None
    first_name: int | None = None
    personal_code: int | None = None
    birth_date: int | None = None
    class_name: int | None = None
    group: int | None = None
    remembered: bool = False  # read from the school's last import of the same export

    def index(self, field: RosterField) -> int | None:
        value: int | None = getattr(self, field.value)
        return value

    def with_column(self, field: RosterField, index: int | None) -> ColumnMapping:
        """The same mapping with `field` read from column `index` (None: from no column)."""
        return dataclasses.replace(self, **{field.value: index}, remembered=False)


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Each field from the first column whose header is one of its known names."""
    mapping = ColumnMapping()
    for i, text in enumerate(headers):
        field = field_of_header(text)
        if field is not None and mapping.index(field) is None:
            mapping = mapping.with_column(field, i)
    return mapping


def mapping_problems(mapping: ColumnMapping, headers: Sequence[str]) -> list[FieldProblem]:
    """A required field without a column, a column out of range, one column for two fields."""
    problems = [FieldProblem(f.value, f"roster.column.missing.{f.value}")
                for f in REQUIRED if mapping.index(f) is None]
    used: dict[int, RosterField] = {}
    for f in RosterField:
        i = mapping.index(f)
        if i is None:
            continue
        if not 0 <= i < len(headers):
            problems.append(FieldProblem(f.value, "roster.column.out_of_range",
                                         {"column": i + 1, "count": len(headers)}))
        elif i in used:
            problems.append(FieldProblem(f.value, "roster.column.twice",
                                         {"column": headers[i]}))
        else:
            used[i] = f
    return problems


def check_mapping(mapping: ColumnMapping, headers: Sequence[str]) -> None:
    problems = mapping_problems(mapping, headers)
    if problems:
        raise ValidationError(problems)


def _stored(session: Session, headers: Sequence[str]) -> RosterMapping | None:
    return session.scalar(select(RosterMapping).where(
        RosterMapping.headers_key == headers_signature(headers)))


def _from_stored(row: RosterMapping, headers: Sequence[str]) -> ColumnMapping:
    by_key = {header_key(h): i for i, h in enumerate(headers)}
    columns: dict[str, str] = json.loads(row.columns)
    found = {f: by_key[header_key(text)] for f, text in columns.items()
             if f in RosterField.__members__.values() and header_key(text) in by_key}
    return ColumnMapping(**found, remembered=True)


def mapping_for(store: Store, actor: Actor, table: RosterTable) -> ColumnMapping:
    """The columns the school used for this export last time, else the guess."""
    require(actor, Permission.ROSTER_IMPORT)
    with store.read() as s:
        row = _stored(s, table.headers)
        return _from_stored(row, table.headers) if row else guess_mapping(table.headers)


def remember_mapping(session: Session, headers: Sequence[str], mapping: ColumnMapping) -> None:
    """Keep `mapping` for the next file with these headers (in the caller's transaction)."""
    columns = {f.value: headers[i] for f in RosterField
               if (i := mapping.index(f)) is not None}
    row = _stored(session, headers)
    if row is None:
        school_id: uuid.UUID | None = session.scalar(select(School.id).limit(1))
        if school_id is None:
            return
        row = RosterMapping(id=uuid.uuid4(), school_id=school_id,
                            headers_key=headers_signature(headers))
        session.add(row)
    row.columns = json.dumps(columns, ensure_ascii=False, sort_keys=True)
