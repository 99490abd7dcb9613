"""Shared by several test modules: a row of Settings → Users as the table shows it."""

from __future__ import annotations

from app.ui.settings.users_tab import UsersTab


def users_row(tab: UsersTab, username: str) -> list[str]:
    row = next(i for i, u in enumerate(tab.users) if u.username == username)
    return [tab.table.item(row, c).text() for c in range(tab.table.columnCount())]
