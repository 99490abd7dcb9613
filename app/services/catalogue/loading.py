"""The catalogue of a school year (risk signs, measure types, rates) loaded from its file.

`load_catalogue(session, "2026/2027")` reads resources/catalogue/2026-2027.json, checks it
(`app.services.catalogue.file_format`) and upserts its rows by (school year, code) in the caller's
session. Loading is idempotent. A rate the coordinator edited (audited as
`catalogue.rate_update`) is kept unless `overwrite_edited_rates=True`; wording and thresholds a
person edited (`editing`, `thresholds.update_thresholds`) are always kept, and entries the
school added or retired stay as they are. The school year must
exist already. Queries and the rate edit live in `app.services.catalogue.query` and are
re-exported here.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, NotFound, ValidationError
from app.models.audit import AuditEntry
from app.models.catalogue import MeasureType, RiskSign
from app.models.school import SchoolYear
from app.paths import resource_path
from app.services.catalogue.editing import MEASURE_EDIT, SIGN_EDIT
from app.services.catalogue.file_format import CatalogueFile, MeasureEntry, read_catalogue_file
from app.services.catalogue.query import (
    RATE_EDIT_ACTION,
    MeasureTypeView,
    RiskSignView,
    category_name,
    measure_types,
    risk_signs,
    update_measure_rate,
)
from app.services.catalogue.thresholds import THRESHOLDS_EDIT, thresholds_json
from app.services.core import audit
from app.services.core.actor import SYSTEM_ACTOR, Actor

__all__ = [
    "CatalogueLoadResult", "MeasureTypeView", "RiskSignView", "catalogue_path", "category_name",
    "load_catalogue", "load_catalogue_file", "measure_types", "risk_signs",
    "update_measure_rate",
]


@dataclass(frozen=True)
class CatalogueLoadResult:
    school_year_id: uuid.UUID
    school_year: str
    file: str
    signs_added: int
    signs_updated: int
    measures_added: int
    measures_updated: int
    rates_kept: tuple[str, ...]  # measure codes whose coordinator-edited rate/cap was kept
    not_in_file: tuple[str, ...]  # codes in the database but not in the file (kept as they are)


def catalogue_path(school_year_label: str) -> Path:
    """resources/catalogue/2026-2027.json for "2026/2027"."""
    return resource_path("catalogue", school_year_label.replace("/", "-") + ".json")


def load_catalogue(session: Session, school_year_label: str, *, actor: Actor = SYSTEM_ACTOR,
                   overwrite_edited_rates: bool = False) -> CatalogueLoadResult:
    """Load the bundled catalogue file of `school_year_label` ("2026/2027")."""
    path = catalogue_path(school_year_label)
    if not path.is_file():
        raise NotFound("catalogue.no_file", school_year=school_year_label, file=path.name)
    return load_catalogue_file(session, path, actor=actor, expected_year=school_year_label,
                               overwrite_edited_rates=overwrite_edited_rates)


def load_catalogue_file(session: Session, path: Path, *, actor: Actor = SYSTEM_ACTOR,
                        expected_year: str | None = None,
                        overwrite_edited_rates: bool = False) -> CatalogueLoadResult:
    """Check `path` and upsert its signs and measure types; a bad file changes nothing."""
    data = read_catalogue_file(path, expected_year)
    year = session.scalar(select(SchoolYear).where(SchoolYear.label == data.school_year))
    if year is None:
        raise NotFound("catalogue.no_school_year", file=path.name, school_year=data.school_year)
    signs = {r.code: r for r in session.scalars(
        select(RiskSign).where(RiskSign.school_year_id == year.id))}
    measures = {r.code: r for r in session.scalars(
        select(MeasureType).where(MeasureType.school_year_id == year.id))}
    _refuse_unit_changes(data.measures, measures)
    measure_ids = [m.id for m in measures.values()]
    edited = _edited_ids(session, measure_ids, RATE_EDIT_ACTION, "measure_type")
    if data.abc_thresholds is not None and not _edited_ids(
            session, [year.id], THRESHOLDS_EDIT, "school_year"):
        year.abc_thresholds = thresholds_json(data.abc_thresholds)
    renamed = (_edited_ids(session, [r.id for r in signs.values()], SIGN_EDIT, "risk_sign")
               | _edited_ids(session, measure_ids, MEASURE_EDIT, "measure_type"))
    signs_added, signs_updated = _upsert_signs(session, year.id, data, signs, renamed)
    added, updated, kept = _upsert_measures(session, year.id, data.measures, measures,
                                            edited if not overwrite_edited_rates else set(),
                                            renamed)
    file_codes = {s.code for s in data.signs} | {m.code for m in data.measures}
    missing = tuple(sorted((set(signs) | set(measures)) - file_codes))
    session.flush()
    audit.record(session, actor, "catalogue.load", "school_year", year.id, file=path.name,
                 signs_added=signs_added, signs_updated=signs_updated, measures_added=added,
                 measures_updated=updated, rates_kept=list(kept),
                 overwrite_edited_rates=overwrite_edited_rates)
    return CatalogueLoadResult(year.id, year.label, path.name, signs_added, signs_updated,
                               added, updated, kept, missing)


def _refuse_unit_changes(entries: Sequence[MeasureEntry],
                         existing: dict[str, MeasureType]) -> None:
    problems = [
        FieldProblem("unit", "catalogue.file.unit_changed",
                     {"where": e.where, "value": e.unit.value, "previous": row.unit.value})
        for e in entries
        if (row := existing.get(e.code)) is not None and row.unit is not e.unit
    ]
    if problems:
        raise ValidationError(problems)


def _edited_ids(session: Session, ids: list[uuid.UUID], action: str,
                entity: str) -> set[uuid.UUID]:
    """The entries of `ids` a person changed by `action`, according to the audit trail."""
    if not ids:
        return set()
    rows = session.scalars(select(AuditEntry.entity_id).where(
        AuditEntry.action == action, AuditEntry.entity == entity,
        AuditEntry.entity_id.in_([str(i) for i in ids])))
    return {uuid.UUID(r) for r in rows}


def _set(row: object, **values: object) -> bool:
    """Assign the values that differ; True when anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _upsert_signs(session: Session, year_id: uuid.UUID, data: CatalogueFile,
                  existing: dict[str, RiskSign], renamed: set[uuid.UUID]) -> tuple[int, int]:
    added = updated = 0
    for e in data.signs:
        values: dict[str, object] = {"category": e.category, "sort_order": e.sort}
        row = existing.get(e.code)
        if row is None or row.id not in renamed:
            values |= {"name_lv": e.name_lv, "name_en": e.name_en}
        if row is None:
            session.add(RiskSign(school_year_id=year_id, code=e.code, **values))
            added += 1
        elif _set(row, **values):
            updated += 1
    return added, updated


def _upsert_measures(session: Session, year_id: uuid.UUID, entries: Sequence[MeasureEntry],
                     existing: dict[str, MeasureType],
                     edited: set[uuid.UUID], renamed: set[uuid.UUID],
                     ) -> tuple[int, int, tuple[str, ...]]:
    added = updated = 0
    kept: list[str] = []
    for e in entries:
        values: dict[str, object] = {"specialist_type": e.specialist_type, "sort_order": e.sort}
        rates = {"rate_cents": e.rate_cents, "cap_cents": e.cap_cents}
        row = existing.get(e.code)
        if row is None or row.id not in renamed:
            values |= {"name_lv": e.name_lv, "name_en": e.name_en}
        if row is None:
            session.add(MeasureType(school_year_id=year_id, code=e.code, unit=e.unit,
                                    **values, **rates))
            added += 1
            continue
        if row.id in edited:
            if (row.rate_cents, row.cap_cents) != (e.rate_cents, e.cap_cents):
                kept.append(e.code)
        else:
            values |= rates
        if _set(row, **values):
            updated += 1
    return added, updated, tuple(kept)
