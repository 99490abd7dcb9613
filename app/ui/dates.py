"""Dates between Python and Qt, typed (PySide6's stubs know no `QDate(date)` nor what
`QDate.toPython()` returns)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_of_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
