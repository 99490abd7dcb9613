"""The coordinator edits a school year's catalogue: adds risk signs and measure types, changes
their wording in Latvian and English, and retires or restores them.

- Nothing is deleted: assessments and plans point at the entries they used, so an entry is
  retired instead (`retired`): kept, shown where it was used, no longer offered for new ones.
- An added entry gets a code from its Latvian name, "skola_" + the name in Latin letters
  ("Mentora atbalsts" → `skola_mentora_atbalsts`), unique in the year; the municipality sees
  that code for it, since its names are not in the shipped catalogue.
- A name is required in Latvian; an empty English name takes the Latvian one. Names are at
  most 200 characters and unique within the category (signs) or the year (measure types).
- A measure type planned in hours needs a specialist type and an hourly rate; one planned in
  euro has neither. The cap is optional (`query.rate_problems`).
Every change needs `Permission.CATALOGUE_EDIT` (PMP coordinator) and is audited; a later
reload of the catalogue file keeps edited wording (see `loading`).
"""

from __future__ import annotations

import unicodedata
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, NotFound, ValidationError
from app.models.catalogue import MeasureType, RiskSign
from app.models.enums import MeasureUnit, RiskCategory, SpecialistType
from app.models.school import SchoolYear
from app.services.catalogue.query import (
    MeasureTypeView,
    RiskSignView,
    measure_view,
    rate_problems,
    sign_view,
)
from app.services.core import audit, rbac
from app.services.core.actor import Actor
from app.services.core.store import Store

NAME_MAX = 200
CODE_PREFIX = "skola_"
CODE_MAX = 40
SIGN_ADD = "catalogue.sign_add"
SIGN_EDIT = "catalogue.sign_edit"
SIGN_RETIRE = "catalogue.sign_retire"
SIGN_RESTORE = "catalogue.sign_restore"
MEASURE_ADD = "catalogue.measure_add"
MEASURE_EDIT = "catalogue.measure_edit"
MEASURE_RETIRE = "catalogue.measure_retire"
MEASURE_RESTORE = "catalogue.measure_restore"


def school_code(name_lv: str, taken: set[str]) -> str:
    """A code from the Latvian name: "Mentora atbalsts" → "skola_mentora_atbalsts"."""
    ascii_name = unicodedata.normalize("NFKD", name_lv).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() else " " for c in ascii_name.lower()).split()
    base = (CODE_PREFIX + "_".join(words))[:CODE_MAX].rstrip("_")
    if base == CODE_PREFIX.rstrip("_"):
        base = CODE_PREFIX + "ieraksts"
    code, n = base, 2
    while code in taken:
        suffix = f"_{n}"
        code, n = base[:CODE_MAX - len(suffix)] + suffix, n + 1
    return code


def _names(name_lv: str, name_en: str, others: list[tuple[str, str]]
           ) -> tuple[str, str, list[FieldProblem]]:
    """The cleaned names and their problems; `others`: the names already used around."""
    lv, en = " ".join(name_lv.split()), " ".join(name_en.split())
    en = en or lv
    problems: list[FieldProblem] = []
    if not lv:
        problems.append(FieldProblem("name_lv", "catalogue.name.required"))
    for field, value in (("name_lv", lv), ("name_en", en)):
        if len(value) > NAME_MAX:
            problems.append(FieldProblem(field, "catalogue.name.too_long", {"max": NAME_MAX}))
    if lv and any(lv.casefold() == o_lv.casefold() for o_lv, _ in others):
        problems.append(FieldProblem("name_lv", "catalogue.name.duplicate", {"name": lv}))
    if en and en != lv and any(en.casefold() == o_en.casefold() for _, o_en in others):
        problems.append(FieldProblem("name_en", "catalogue.name.duplicate", {"name": en}))
    return lv, en, problems


def _year(session: Session, school_year_id: uuid.UUID) -> SchoolYear:
    year = session.get(SchoolYear, school_year_id)
    if year is None:
        raise NotFound("not_found", entity="school_year")
    return year


def _sign(session: Session, sign_id: uuid.UUID) -> RiskSign:
    row = session.get(RiskSign, sign_id)
    if row is None:
        raise NotFound("not_found", entity="risk_sign")
    return row


def _measure(session: Session, measure_type_id: uuid.UUID) -> MeasureType:
    row = session.get(MeasureType, measure_type_id)
    if row is None:
        raise NotFound("not_found", entity="measure_type")
    return row


def _sign_names(session: Session, year_id: uuid.UUID, category: RiskCategory,
                but: uuid.UUID | None = None) -> list[tuple[str, str]]:
    rows = session.execute(select(RiskSign.name_lv, RiskSign.name_en).where(
        RiskSign.school_year_id == year_id, RiskSign.category == category,
        RiskSign.id != (but or uuid.UUID(int=0))))
    return [(lv, en) for lv, en in rows]


def _measure_names(session: Session, year_id: uuid.UUID,
                   but: uuid.UUID | None = None) -> list[tuple[str, str]]:
    rows = session.execute(select(MeasureType.name_lv, MeasureType.name_en).where(
        MeasureType.school_year_id == year_id, MeasureType.id != (but or uuid.UUID(int=0))))
    return [(lv, en) for lv, en in rows]


def add_risk_sign(store: Store, actor: Actor, school_year_id: uuid.UUID,
                  category: RiskCategory, name_lv: str, name_en: str = "") -> RiskSignView:
    """A new risk sign of `category` in the school year, after its others."""
    rbac.require(actor, rbac.Permission.CATALOGUE_EDIT)
    with store.write() as s:
        year = _year(s, school_year_id)
        lv, en, problems = _names(name_lv, name_en, _sign_names(s, year.id, category))
        if problems:
            raise ValidationError(problems)
        rows = list(s.scalars(select(RiskSign).where(RiskSign.school_year_id == year.id)))
        code = school_code(lv, {r.code for r in rows})
        last = max((r.sort_order for r in rows if r.category is category), default=0)
        row = RiskSign(school_year_id=year.id, code=code, category=category, name_lv=lv,
                       name_en=en, sort_order=last + 1)
        s.add(row)
        s.flush()
        audit.record(s, actor, SIGN_ADD, "risk_sign", row.id, code=code,
                     category=category.value, school_year=year.label, name_lv=lv, name_en=en)
        return sign_view(row)


def _reword(s: Session, actor: Actor, row: RiskSign | MeasureType, entity: str, action: str,
            name_lv: str, name_en: str, others: list[tuple[str, str]]) -> None:
    lv, en, problems = _names(name_lv, name_en, others)
    if problems:
        raise ValidationError(problems)
    before = (row.name_lv, row.name_en)
    row.name_lv, row.name_en = lv, en
    s.flush()
    audit.record(s, actor, action, entity, row.id, code=row.code, name_lv_before=before[0],
                 name_en_before=before[1], name_lv=lv, name_en=en)


def _retire(s: Session, actor: Actor, row: RiskSign | MeasureType, entity: str,
            actions: tuple[str, str], retired: bool) -> None:
    """`actions`: (retire, restore); nothing is written when it is so already."""
    if row.retired != retired:
        row.retired = retired
        s.flush()
        audit.record(s, actor, actions[0] if retired else actions[1], entity, row.id,
                     code=row.code)


def edit_risk_sign(store: Store, actor: Actor, sign_id: uuid.UUID, name_lv: str,
                   name_en: str) -> RiskSignView:
    """New wording of a risk sign (assessments that chose it show the new wording)."""
    rbac.require(actor, rbac.Permission.CATALOGUE_EDIT)
    with store.write() as s:
        row = _sign(s, sign_id)
        _reword(s, actor, row, "risk_sign", SIGN_EDIT, name_lv, name_en,
                _sign_names(s, row.school_year_id, row.category, row.id))
        return sign_view(row)


def set_risk_sign_retired(store: Store, actor: Actor, sign_id: uuid.UUID,
                          retired: bool) -> RiskSignView:
    """Retire a risk sign (no longer offered) or restore it."""
    rbac.require(actor, rbac.Permission.CATALOGUE_EDIT)
    with store.write() as s:
        row = _sign(s, sign_id)
        _retire(s, actor, row, "risk_sign", (SIGN_RETIRE, SIGN_RESTORE), retired)
        return sign_view(row)


def _specialist_problems(unit: MeasureUnit, specialist: SpecialistType | None
                         ) -> list[FieldProblem]:
    if unit is MeasureUnit.HOURS and specialist is None:
        return [FieldProblem("specialist_type", "catalogue.specialist.required")]
    if unit is MeasureUnit.EURO and specialist is not None:
        return [FieldProblem("specialist_type", "catalogue.specialist.not_for_euro")]
    return []


def add_measure_type(store: Store, actor: Actor, school_year_id: uuid.UUID,
                     unit: MeasureUnit, specialist_type: SpecialistType | None,
                     name_lv: str, name_en: str, rate_cents: int,
                     cap_cents: int | None) -> MeasureTypeView:
    """A new support measure type of the school year, after its others."""
    rbac.require(actor, rbac.Permission.CATALOGUE_EDIT)
    with store.write() as s:
        year = _year(s, school_year_id)
        lv, en, problems = _names(name_lv, name_en, _measure_names(s, year.id))
        problems += _specialist_problems(unit, specialist_type)
        problems += rate_problems(unit, rate_cents, cap_cents)
        if problems:
            raise ValidationError(problems)
        rows = list(s.scalars(select(MeasureType).where(
            MeasureType.school_year_id == year.id)))
        code = school_code(lv, {r.code for r in rows})
        row = MeasureType(school_year_id=year.id, code=code, unit=unit, name_lv=lv,
                          name_en=en, specialist_type=specialist_type, rate_cents=rate_cents,
                          cap_cents=cap_cents,
                          sort_order=max((r.sort_order for r in rows), default=0) + 1)
        s.add(row)
        s.flush()
        audit.record(s, actor, MEASURE_ADD, "measure_type", row.id, code=code,
                     unit=unit.value, school_year=year.label, name_lv=lv, name_en=en,
                     specialist_type=specialist_type.value if specialist_type else None,
                     rate_cents=rate_cents, cap_cents=cap_cents)
        return measure_view(row)


def edit_measure_type(store: Store, actor: Actor, measure_type_id: uuid.UUID, name_lv: str,
                      name_en: str) -> MeasureTypeView:
    """New wording of a measure type (its rate and cap: `update_measure_rate`)."""
    rbac.require(actor, rbac.Permission.CATALOGUE_EDIT)
    with store.write() as s:
        row = _measure(s, measure_type_id)
        _reword(s, actor, row, "measure_type", MEASURE_EDIT, name_lv, name_en,
                _measure_names(s, row.school_year_id, row.id))
        return measure_view(row)


def set_measure_type_retired(store: Store, actor: Actor, measure_type_id: uuid.UUID,
                             retired: bool) -> MeasureTypeView:
    """Retire a measure type (plans that have it keep it; new plans cannot add it) or
    restore it."""
    rbac.require(actor, rbac.Permission.CATALOGUE_EDIT)
    with store.write() as s:
        row = _measure(s, measure_type_id)
        _retire(s, actor, row, "measure_type", (MEASURE_RETIRE, MEASURE_RESTORE), retired)
        return measure_view(row)
