"""The data inventory as a document: every table and field of the school's and the hub's
database with its kind of data, where it lives, who reads it, how long it is kept and whether
it leaves the school (GDPR art. 30 record of processing, art. 35 impact assessment).

`data_inventory(lang)` gives the frozen `Inventory` both outputs print: `inventory_markdown`
here (committed as `docs/data-inventory.md`) and `reports.inventory.inventory_pdf`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.i18n import render
from app.models.enums import Role
from app.reports.content_inventory import DatabaseSection, FieldLine, Inventory, TableSection
from app.services.core.rbac import ROLE_PERMISSIONS, Permission
from app.services.inventory.classification import RETENTION, Kind, Reader, Table, Travel
from app.services.inventory.hub_tables import HUB_TABLES
from app.services.inventory.school_plans import PLAN_TABLES
from app.services.inventory.school_pupils import PUPIL_TABLES
from app.services.inventory.school_system import SYNC_TABLES, SYSTEM_TABLES

SCHOOL_TABLES: dict[str, Table] = {**PUPIL_TABLES, **PLAN_TABLES, **SYSTEM_TABLES, **SYNC_TABLES}
SCOPED = {Role.TEACHER: "own", Role.SUPPORT: "assigned"}  # see rbac.visible_students
PUPIL_PERMISSIONS = {Permission.STUDENT_VIEW, Permission.PLAN_VIEW, Permission.CONSULTATION_VIEW}


def _w(key: str, lang: str, **params: object) -> str:
    return render(f"inventory.{key}", lang, **params)


def readers_text(readers: tuple[Permission | Reader, ...], lang: str) -> str:
    """The roles that hold a permission (`rbac.ROLE_PERMISSIONS`), or a named reader."""
    names: list[str] = []
    for reader in readers:
        if isinstance(reader, Reader):
            names.append(_w(f"reader.{reader.value}", lang))
            continue
        for role in Role:
            if reader in ROLE_PERMISSIONS[role]:
                name = _w(f"role.{role.value}", lang)
                if reader in PUPIL_PERMISSIONS and role in SCOPED:
                    name += " " + _w(f"scope.{SCOPED[role]}", lang)
                if name not in names:
                    names.append(name)
    return ", ".join(names)


def _where(name: str, table: Table, hub: bool, lang: str) -> str:
    if hub:
        return _w("where.hub_server", lang)
    places = [_w("where.school", lang), _w("where.backups", lang)]
    if any(f.travel is not Travel.NO for f in table.fields.values()):
        places.append(_w("where.hub", lang))
    return ", ".join(places)


def _section(name: str, table: Table, hub: bool, lang: str) -> TableSection:
    category = RETENTION[table.retention][0 if lang == "lv" else 1]
    fields = tuple(
        FieldLine(field, f.lv if lang == "lv" else f.en, _w(f"kind.{f.kind.value}", lang),
                  _w(f"travel.{f.travel.value}", lang))
        for field, f in table.fields.items())
    return TableSection(name, table.lv if lang == "lv" else table.en,
                        _where(name, table, hub, lang), readers_text(table.readers, lang),
                        _w("retention", lang, category=category), fields,
                        any(f.kind is Kind.SPECIAL for f in table.fields.values()))


def data_inventory(lang: str = "lv") -> Inventory:
    """The inventory in `lang` (lv or en); the same every time for the same code."""
    return Inventory(
        lang, _w("title", lang), tuple(_w(f"intro.{i}", lang) for i in range(1, 5)),
        (_w("header.field", lang), _w("header.description", lang), _w("header.kind", lang),
         _w("header.leaves", lang)),
        (_w("label.where", lang), _w("label.readers", lang), _w("label.retention", lang)),
        (DatabaseSection(_w("school_database", lang), tuple(
            _section(n, t, False, lang) for n, t in SCHOOL_TABLES.items())),
         DatabaseSection(_w("hub_database", lang), tuple(
             _section(n, t, True, lang) for n, t in HUB_TABLES.items()))))


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def inventory_markdown(lang: str = "lv") -> str:
    """The inventory as Markdown (what `docs/data-inventory.md` holds, in Latvian)."""
    inv = data_inventory(lang)
    out = [f"# {inv.title}", ""]
    for paragraph in inv.intro:
        out += [paragraph, ""]
    for database in inv.databases:
        out += [f"## {database.title}", ""]
        for t in database.tables:
            out += [f"### `{t.name}` — {t.description}", ""]
            out += [f"- **{label}**: {value}" for label, value in
                    zip(inv.labels, (t.where, t.readers, t.retention), strict=True)]
            out += ["", "| " + " | ".join(inv.headers) + " |", "|---|---|---|---|"]
            out += [f"| `{f.name}` | {_cell(f.description)} | {f.kind} | {f.leaves} |"
                    for f in t.fields]
            out.append("")
    return "\n".join(out)


def write_inventory(path: Path, lang: str = "lv") -> None:
    """`path` ending in .pdf gets the PDF, anything else the Markdown."""
    if path.suffix.lower() == ".pdf":
        from app.reports.inventory import inventory_pdf

        data = inventory_pdf(data_inventory(lang), datetime.now(UTC))
    else:
        data = inventory_markdown(lang).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
