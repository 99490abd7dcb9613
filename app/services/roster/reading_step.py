"""The screen's first step of an import, in one call on the worker: read the file, take the
remembered or guessed columns, and preview — or, when a required column has none, hand back
the table and the mapping with the problems, so the person can pick the columns by hand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import ValidationError
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.roster.mapping import ColumnMapping, mapping_for, mapping_problems
from app.services.roster.outcomes import RosterPreview
from app.services.roster.preview import preview_roster
from app.services.roster.reading import RosterTable, read_roster


@dataclass(frozen=True)
class RosterRead:
    table: RosterTable
    mapping: ColumnMapping
    preview: RosterPreview | None  # None: the mapping has problems
    problems: ValidationError | None = None


def preview_with(store: Store, actor: Actor, table: RosterTable, mapping: ColumnMapping,
                 school_year: str | None = None) -> RosterRead:
    problems = mapping_problems(mapping, table.headers)
    if problems:
        return RosterRead(table, mapping, None, ValidationError(problems))
    return RosterRead(table, mapping,
                      preview_roster(store, actor, table, mapping, school_year=school_year))


def read_and_preview(store: Store, actor: Actor, path: Path,
                     school_year: str | None = None) -> RosterRead:
    """`read_roster(path)` (its `ValidationError` when the file cannot be read), then
    `preview_with` the school's remembered or guessed columns (administrator or coordinator)."""
    table = read_roster(path)
    return preview_with(store, actor, table, mapping_for(store, actor, table), school_year)
