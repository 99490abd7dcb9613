"""Entries the school added to its catalogue (codes `skola_…`, see `editing`) carried into
the next school year when it opens: the shipped file of the new year does not know them, so
without this a school's own measure or sign would silently disappear in September.

Retired ones stay behind; an entry the new file has by the same code is the file's. The
copy keeps the wording, unit, specialist type, rate and cap; it is a new row of the new year
(last year's assessments and plans keep pointing at last year's row).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.catalogue import MeasureType, RiskSign
from app.models.school import SchoolYear
from app.services.catalogue.editing import CODE_PREFIX


def school_added(session: Session, year: SchoolYear,
                 ) -> tuple[list[RiskSign], list[MeasureType]]:
    """The school's own entries of `year` that are still offered."""
    signs = session.scalars(select(RiskSign).where(
        RiskSign.school_year_id == year.id, RiskSign.code.startswith(CODE_PREFIX),
        RiskSign.retired.is_(False)).order_by(RiskSign.sort_order))
    measures = session.scalars(select(MeasureType).where(
        MeasureType.school_year_id == year.id, MeasureType.code.startswith(CODE_PREFIX),
        MeasureType.retired.is_(False)).order_by(MeasureType.sort_order))
    return list(signs), list(measures)


def carry_school_entries(session: Session, previous: SchoolYear, year: SchoolYear,
                         ) -> tuple[str, ...]:
    """Copy `previous`'s own offered entries into `year` (after its catalogue was loaded);
    the codes copied."""
    signs, measures = school_added(session, previous)
    have_signs = dict(session.execute(select(RiskSign.code, RiskSign.sort_order).where(
        RiskSign.school_year_id == year.id)).all())
    have_measures = dict(session.execute(select(MeasureType.code, MeasureType.sort_order).where(
        MeasureType.school_year_id == year.id)).all())
    sign_sort = max(have_signs.values(), default=0)
    measure_sort = max(have_measures.values(), default=0)
    carried: list[str] = []
    for sign in signs:
        if sign.code in have_signs:
            continue
        sign_sort += 1
        session.add(RiskSign(school_year_id=year.id, code=sign.code, category=sign.category,
                             name_lv=sign.name_lv, name_en=sign.name_en, sort_order=sign_sort))
        carried.append(sign.code)
    for m in measures:
        if m.code in have_measures:
            continue
        measure_sort += 1
        session.add(MeasureType(school_year_id=year.id, code=m.code, unit=m.unit,
                                name_lv=m.name_lv, name_en=m.name_en,
                                specialist_type=m.specialist_type, rate_cents=m.rate_cents,
                                cap_cents=m.cap_cents, sort_order=measure_sort))
        carried.append(m.code)
    session.flush()
    return tuple(carried)
