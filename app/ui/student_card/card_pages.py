"""The pupil card's tabs, each made the first time it is shown (or asked for).

    pages = CardPages(tab_widget, ctx, student_id, factories, connect)
    pages[i]          # the tab at i, made now if it was not yet
    pages.made()      # the tabs made so far (only they can hold edits)

A factory that is a `CardTab` class with a `heading()` gets a title in the tab bar and an
empty page; the tab itself is made into that page when it is needed, so opening a card
builds the widgets of its first tab only. Any other factory (a function, a tab without a
heading) is made at once, as its title is the tab's own `title()`. `connect` is called once
with every tab made.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import overload

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.context import UiContext
from app.ui.student_card.card_tab import CardTab

TabFactory = Callable[[UiContext, uuid.UUID], CardTab]


def heading_of(factory: TabFactory) -> str | None:
    """The title a factory's tab will have, when it is known before the tab is made."""
    heading = getattr(factory, "heading", None)
    return heading() if isinstance(factory, type) and callable(heading) else None


class CardPages(Sequence[CardTab]):
    def __init__(self, tabs: QTabWidget, ctx: UiContext, student_id: uuid.UUID,
                 factories: Sequence[TabFactory], connect: Callable[[CardTab], None]) -> None:
        self._ctx, self._student_id, self._connect = ctx, student_id, connect
        self._factories = list(factories)
        self._tabs: list[CardTab | None] = []
        self._pages: list[QWidget] = []
        for factory in self._factories:
            title = heading_of(factory)
            if title is None:
                tab = self._make(factory)
                self._tabs.append(tab)
                page: QWidget = tab
                title = tab.title()
            else:
                self._tabs.append(None)
                page = QWidget()
                QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages.append(page)
            tabs.addTab(page, title)

    def _make(self, factory: TabFactory) -> CardTab:
        tab = factory(self._ctx, self._student_id)
        self._connect(tab)
        return tab

    def is_made(self, index: int) -> bool:
        return self._tabs[index] is not None

    def made(self) -> list[CardTab]:
        return [t for t in self._tabs if t is not None]

    def position(self, tab: CardTab) -> int:
        """The index of a tab already made (without making the others)."""
        return next(i for i, t in enumerate(self._tabs) if t is tab)

    def _at(self, index: int) -> CardTab:
        tab = self._tabs[index]
        if tab is None:
            tab = self._make(self._factories[index])
            self._tabs[index] = tab
            layout = self._pages[index].layout()
            assert layout is not None
            layout.addWidget(tab)
            tab.show()
        return tab

    @overload
    def __getitem__(self, index: int) -> CardTab: ...

    @overload
    def __getitem__(self, index: slice) -> list[CardTab]: ...

    def __getitem__(self, index: int | slice) -> CardTab | list[CardTab]:
        if isinstance(index, slice):
            return [self._at(i) for i in range(len(self))[index]]
        return self._at(range(len(self))[index])

    def __len__(self) -> int:
        return len(self._tabs)

    def __iter__(self) -> Iterator[CardTab]:
        return (self._at(i) for i in range(len(self)))
