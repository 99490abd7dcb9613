"""Reading the catalogue of a school year, and the coordinator's rate edit."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select

from app.errors import FieldProblem, NotFound, ValidationError
from app.i18n import DEFAULT_LANGUAGE, render
from app.models.catalogue import MeasureType, RiskSign
from app.models.enums import MeasureUnit, RiskCategory, SpecialistType
from app.services.core import audit, rbac
from app.services.core.actor import Actor
from app.services.core.store import Store

MAX_RATE_CENTS = 100_000  # 1 000 EUR an hour
MAX_CAP_CENTS = 10_000_000  # 100 000 EUR a pupil and semester
RATE_EDIT_ACTION = "catalogue.rate_update"
CATEGORY_ORDER = {c: i for i, c in enumerate(RiskCategory)}


def category_name(category: RiskCategory, lang: str = DEFAULT_LANGUAGE) -> str:
    """The official name of a risk category, e.g. "Ekonomiskie riski"."""
    return render(f"catalogue.category.{category.value}", lang)


@dataclass(frozen=True)
class RiskSignView:
    id: uuid.UUID
    school_year_id: uuid.UUID
    code: str
    category: RiskCategory
    name_lv: str
    name_en: str
    sort_order: int
    retired: bool = False  # kept for what used it, no longer offered

    def name(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.name_en if lang == "en" else self.name_lv


@dataclass(frozen=True)
class MeasureTypeView:
    id: uuid.UUID
    school_year_id: uuid.UUID
    code: str
    unit: MeasureUnit
    name_lv: str
    name_en: str
    specialist_type: SpecialistType | None
    rate_cents: int  # per hour for HOURS, 0 for EURO
    cap_cents: int | None  # per pupil and semester
    sort_order: int
    retired: bool = False  # kept for plans that used it, no longer offered

    def name(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.name_en if lang == "en" else self.name_lv


V = TypeVar("V", RiskSignView, MeasureTypeView)


def sign_view(row: RiskSign) -> RiskSignView:
    return RiskSignView(row.id, row.school_year_id, row.code, row.category, row.name_lv,
                        row.name_en, row.sort_order, row.retired)


def measure_view(row: MeasureType) -> MeasureTypeView:
    return MeasureTypeView(row.id, row.school_year_id, row.code, row.unit, row.name_lv,
                           row.name_en, row.specialist_type, row.rate_cents, row.cap_cents,
                           row.sort_order, row.retired)


def risk_signs(store: Store, school_year_id: uuid.UUID) -> list[RiskSignView]:
    """The risk signs of a school year, by category (in the official order), then `sort`;
    retired ones too (`offered` keeps what a form may show)."""
    with store.read() as s:
        rows = s.scalars(select(RiskSign).where(RiskSign.school_year_id == school_year_id))
        views = [sign_view(r) for r in rows]
    return sorted(views, key=lambda v: (CATEGORY_ORDER[v.category], v.sort_order, v.code))


def measure_types(store: Store, school_year_id: uuid.UUID) -> list[MeasureTypeView]:
    """The support measure types of a school year with their current rates and caps;
    retired ones too (`offered` keeps what a form may show)."""
    with store.read() as s:
        rows = s.scalars(select(MeasureType)
                         .where(MeasureType.school_year_id == school_year_id)
                         .order_by(MeasureType.sort_order, MeasureType.code))
        return [measure_view(r) for r in rows]


def offered(views: list[V], in_use: Collection[uuid.UUID] = ()) -> list[V]:
    """What a form offers: the entries not retired, and the retired ones the record being
    edited already uses (so an old assessment or plan still shows what it chose)."""
    return [v for v in views if not v.retired or v.id in in_use]


def _is_cents(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def rate_problems(unit: MeasureUnit, rate_cents: int, cap_cents: int | None,
                   ) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if unit is MeasureUnit.HOURS and not _is_cents(rate_cents, 1, MAX_RATE_CENTS):
        problems.append(FieldProblem("rate_cents", "catalogue.rate.hours"))
    if unit is MeasureUnit.EURO and rate_cents != 0:
        problems.append(FieldProblem("rate_cents", "catalogue.rate.euro"))
    if cap_cents is not None and not _is_cents(cap_cents, 0, MAX_CAP_CENTS):
        problems.append(FieldProblem("cap_cents", "catalogue.cap.range"))
    return problems


def update_measure_rate(store: Store, actor: Actor, measure_type_id: uuid.UUID,
                        rate_cents: int, cap_cents: int | None) -> MeasureTypeView:
    """Set the hourly rate and the cap of one measure type (coordinator only), audited.

    An edited rate survives a later reload of the catalogue file unless the reload is told to
    overwrite it (see resources/catalogue/README.md). Plans already made keep their copied rate.
    """
    rbac.require(actor, rbac.Permission.CATALOGUE_EDIT)
    with store.write() as s:
        row = s.get(MeasureType, measure_type_id)
        if row is None:
            raise NotFound("not_found", entity="measure_type")
        problems = rate_problems(row.unit, rate_cents, cap_cents)
        if problems:
            raise ValidationError(problems)
        before = (row.rate_cents, row.cap_cents)
        row.rate_cents, row.cap_cents = rate_cents, cap_cents
        s.flush()
        audit.record(s, actor, RATE_EDIT_ACTION, "measure_type", row.id, code=row.code,
                     rate_cents_before=before[0], cap_cents_before=before[1],
                     rate_cents=rate_cents, cap_cents=cap_cents)
        return measure_view(row)
