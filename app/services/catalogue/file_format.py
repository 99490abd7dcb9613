"""Reading and checking a catalogue file (resources/catalogue/<year>.json); no database here.

`read_catalogue_file(path)` returns the whole file as dataclasses or raises one
`ValidationError` that lists every problem, each naming the file, the entry and the field.
The format is described in resources/catalogue/README.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.errors import FieldProblem, ValidationError
from app.models.enums import MeasureUnit, RiskCategory, SpecialistType
from app.services.catalogue.thresholds import AbcThresholds

SCHEMA_VERSION = 1
MAX_CENTS = 10_000_000  # 100 000 EUR: far above any rate or cap, well inside SQLite's integer
CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
YEAR_RE = re.compile(r"^(\d{4})/(\d{4})$")


@dataclass(frozen=True)
class SignEntry:
    code: str
    category: RiskCategory
    name_lv: str
    name_en: str
    sort: int


@dataclass(frozen=True)
class MeasureEntry:
    code: str
    unit: MeasureUnit
    name_lv: str
    name_en: str
    specialist_type: SpecialistType | None
    rate_cents: int
    cap_cents: int | None
    sort: int
    where: str  # "2026-2027.json, measure_types[4] “…”", for messages at load time


@dataclass(frozen=True)
class CategoryEntry:
    category: RiskCategory
    name_lv: str
    name_en: str
    sort: int


@dataclass(frozen=True)
class CatalogueFile:
    path: Path
    school_year: str
    source: str
    categories: tuple[CategoryEntry, ...]
    signs: tuple[SignEntry, ...]
    measures: tuple[MeasureEntry, ...]
    abc_thresholds: AbcThresholds | None = None  # None: the file sets none (the defaults)


def _allowed(values: type[Any]) -> str:
    return ", ".join(v.value for v in values)


class _Checker:
    """Collects problems; each check returns a usable value or None when it found a problem."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[FieldProblem] = []

    def where(self, entry: str = "") -> str:
        return f"{self.file}, {entry}" if entry else self.file

    def problem(self, name: str, key: str, entry: str = "", /, **params: Any) -> None:
        self.problems.append(FieldProblem(name, key, {"where": self.where(entry), **params}))

    def obj(self, value: Any, field: str, entry: str) -> dict[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.problem(field, "catalogue.file.not_object", entry)
        return None

    def items(self, doc: dict[str, Any], field: str, entry: str = "") -> list[Any]:
        value = doc.get(field)
        if isinstance(value, list):
            return value
        if value is None:
            self.problem(field, "catalogue.file.missing", entry, field=field)
        else:
            self.problem(field, "catalogue.file.not_list", entry, field=field)
        return []

    def text(self, doc: dict[str, Any], field: str, entry: str, limit: int = 200) -> str | None:
        value = doc.get(field)
        if value is None:
            self.problem(field, "catalogue.file.missing", entry, field=field)
            return None
        if not isinstance(value, str) or not value.strip() or len(value.strip()) > limit:
            self.problem(field, "catalogue.file.text", entry, field=field, limit=limit)
            return None
        return value.strip()

    def code(self, doc: dict[str, Any], entry: str) -> str | None:
        value = self.text(doc, "code", entry, limit=40)
        if value is not None and not CODE_RE.match(value):
            self.problem("code", "catalogue.file.code", entry, value=value)
            return None
        return value

    def count(self, doc: dict[str, Any], field: str, entry: str,
              nullable: bool = False) -> int | None:
        value = doc.get(field)
        if value is None and nullable:
            return None
        if value is None and field not in doc:
            self.problem(field, "catalogue.file.missing", entry, field=field)
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_CENTS:
            self.problem(field, "catalogue.file.count", entry, field=field, max=MAX_CENTS)
            return None
        return value

    def choice(self, doc: dict[str, Any], field: str, entry: str, enum: type[Any],
               key: str) -> Any:
        value = doc.get(field)
        if value is None:
            self.problem(field, "catalogue.file.missing", entry, field=field)
            return None
        try:
            return enum(value)
        except ValueError:
            self.problem(field, key, entry, value=str(value), allowed=_allowed(enum))
            return None


def _entry(section: str, index: int, doc: Any) -> str:
    code = doc.get("code") if isinstance(doc, dict) else None
    label = f"{section}[{index}]"
    return f"{label} “{code}”" if isinstance(code, str) and code else label


def _load_json(path: Path, check: _Checker) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        check.problem("file", "catalogue.file.unreadable")
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        check.problem("file", "catalogue.file.bad_json", line=exc.lineno, column=exc.colno)
        return None


def _header(doc: dict[str, Any], check: _Checker, expected_year: str | None) -> str | None:
    version = doc.get("schema_version")
    if version != SCHEMA_VERSION:
        check.problem("schema_version", "catalogue.file.schema_version", value=str(version),
                      expected=SCHEMA_VERSION)
    year = doc.get("school_year")
    match = YEAR_RE.match(year) if isinstance(year, str) else None
    if match is None or int(match.group(2)) != int(match.group(1)) + 1:
        check.problem("school_year", "catalogue.file.school_year", value=str(year))
        return None
    if expected_year is not None and year != expected_year:
        check.problem("school_year", "catalogue.file.wrong_year", value=year,
                      expected=expected_year)
    return str(year)


def _categories(doc: dict[str, Any], check: _Checker,
                codes: set[str]) -> tuple[list[CategoryEntry], list[SignEntry]]:
    categories: list[CategoryEntry] = []
    signs: list[SignEntry] = []
    seen: set[Any] = set()
    for i, raw in enumerate(check.items(doc, "categories"), 1):
        entry = _entry("categories", i, raw)
        cat_doc = check.obj(raw, "categories", entry)
        if cat_doc is None:
            continue
        seen.add(cat_doc.get("code"))
        cat = check.choice(cat_doc, "code", entry, RiskCategory, "catalogue.file.category")
        if cat is not None and any(c.category is cat for c in categories):
            check.problem("code", "catalogue.file.duplicate", entry, value=cat.value)
        names = (check.text(cat_doc, "name_lv", entry), check.text(cat_doc, "name_en", entry))
        sort = check.count(cat_doc, "sort", entry)
        if cat is not None and names[0] and names[1] and sort is not None:
            categories.append(CategoryEntry(cat, names[0], names[1], sort))
        for j, raw_sign in enumerate(check.items(cat_doc, "signs", entry), 1):
            sign_entry = f"{entry}, " + _entry("signs", j, raw_sign)
            sign = _sign(raw_sign, sign_entry, cat, check, codes)
            if sign is not None:
                signs.append(sign)
    for category in RiskCategory:
        if category.value not in seen:
            check.problem("categories", "catalogue.file.missing_category", value=category.value)
    return categories, signs


def _unique(code: str | None, entry: str, check: _Checker, codes: set[str]) -> str | None:
    if code is not None and code in codes:
        check.problem("code", "catalogue.file.duplicate", entry, value=code)
        return None
    if code is not None:
        codes.add(code)
    return code


def _sign(raw: Any, entry: str, category: RiskCategory | None, check: _Checker,
          codes: set[str]) -> SignEntry | None:
    doc = check.obj(raw, "signs", entry)
    if doc is None:
        return None
    code = _unique(check.code(doc, entry), entry, check, codes)
    name_lv, name_en = check.text(doc, "name_lv", entry), check.text(doc, "name_en", entry)
    sort = check.count(doc, "sort", entry)
    if code is None or category is None or name_lv is None or name_en is None or sort is None:
        return None
    return SignEntry(code, category, name_lv, name_en, sort)


def _measure(raw: Any, entry: str, check: _Checker, codes: set[str]) -> MeasureEntry | None:
    doc = check.obj(raw, "measure_types", entry)
    if doc is None:
        return None
    code = _unique(check.code(doc, entry), entry, check, codes)
    unit = check.choice(doc, "unit", entry, MeasureUnit, "catalogue.file.unit")
    name_lv, name_en = check.text(doc, "name_lv", entry), check.text(doc, "name_en", entry)
    spec: SpecialistType | None = None
    if doc.get("specialist_type") is not None:
        spec = check.choice(doc, "specialist_type", entry, SpecialistType,
                            "catalogue.file.specialist")
        if spec is not None and unit is MeasureUnit.EURO:
            check.problem("specialist_type", "catalogue.file.specialist_not_allowed", entry)
    elif unit is MeasureUnit.HOURS:
        check.problem("specialist_type", "catalogue.file.specialist_required", entry)
    rate = check.count(doc, "rate_cents", entry, nullable=unit is MeasureUnit.EURO)
    if unit is MeasureUnit.HOURS and rate == 0:
        check.problem("rate_cents", "catalogue.file.hours_rate", entry)
    if unit is MeasureUnit.EURO and rate not in (None, 0):
        check.problem("rate_cents", "catalogue.file.euro_rate", entry)
    cap = check.count(doc, "cap_cents", entry, nullable=True)
    sort = check.count(doc, "sort", entry)
    if code is None or unit is None or name_lv is None or name_en is None or sort is None:
        return None
    return MeasureEntry(code, unit, name_lv, name_en, spec, rate or 0, cap, sort,
                        check.where(entry))


def _count_steps(doc: dict[str, Any], field: str, check: _Checker) -> tuple[int, int, int]:
    value = doc.get(field)
    if (not isinstance(value, list) or len(value) != 3
            or not all(isinstance(x, int) and not isinstance(x, bool) for x in value)
            or not 0 < value[0] < value[1] < value[2]):
        check.problem("abc_thresholds", "catalogue.file.abc_steps", field=field)
        return (1, 2, 3)
    return (value[0], value[1], value[2])


def _thresholds(doc: dict[str, Any], check: _Checker) -> AbcThresholds | None:
    """The optional `abc_thresholds`: absence percentages (caution < high, 0–100) and the
    (low, medium, high) counts of unjustified lessons, failing marks and conduct incidents."""
    raw = doc.get("abc_thresholds")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        check.problem("abc_thresholds", "catalogue.file.abc_object")
        return None
    pct: list[Decimal] = []
    for field in ("absence_caution_pct", "absence_high_pct"):
        try:
            value = Decimal(str(raw.get(field)))
        except InvalidOperation:
            value = Decimal(-1)
        if not value.is_finite() or not 0 < value <= 100:
            check.problem("abc_thresholds", "catalogue.file.abc_percent", field=field)
        pct.append(value)
    if pct[0] >= pct[1]:
        check.problem("abc_thresholds", "catalogue.file.abc_percent_order")
    return AbcThresholds(pct[0], pct[1], _count_steps(raw, "unjustified", check),
                         _count_steps(raw, "failing", check),
                         _count_steps(raw, "conduct", check))


def read_catalogue_file(path: Path, expected_year: str | None = None) -> CatalogueFile:
    """The checked contents of one catalogue file, or `ValidationError` listing every problem."""
    check = _Checker(path.name)
    doc = _load_json(path, check)
    if doc is not None and check.obj(doc, "file", "") is not None:
        year = _header(doc, check, expected_year)
        codes: set[str] = set()
        categories, signs = _categories(doc, check, codes)
        measures = [m for i, raw in enumerate(check.items(doc, "measure_types"), 1)
                    if (m := _measure(raw, _entry("measure_types", i, raw), check, codes))]
        source = doc.get("source")
        thresholds = _thresholds(doc, check)
        if not check.problems and year is not None:
            return CatalogueFile(path, year, source if isinstance(source, str) else "",
                                 tuple(categories), tuple(signs), tuple(measures), thresholds)
    raise ValidationError(check.problems)
