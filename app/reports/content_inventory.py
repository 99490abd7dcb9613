"""The data inventory as plain data (filled by `app.services.inventory`, printed by
`app.reports.inventory` and as Markdown)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldLine:
    name: str
    description: str
    kind: str
    leaves: str


@dataclass(frozen=True)
class TableSection:
    name: str
    description: str
    where: str
    readers: str
    retention: str
    fields: tuple[FieldLine, ...]
    special: bool


@dataclass(frozen=True)
class DatabaseSection:
    title: str
    tables: tuple[TableSection, ...]


@dataclass(frozen=True)
class Inventory:
    lang: str
    title: str
    intro: tuple[str, ...]
    headers: tuple[str, str, str, str]
    labels: tuple[str, str, str]  # where, readers, retention
    databases: tuple[DatabaseSection, ...]
