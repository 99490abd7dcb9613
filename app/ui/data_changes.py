""""Data changed": every write announces what it changed, and the screens showing it reload.

    Op(self, ctx.worker, save, title).changes(ctx.changes, {Entity.PLAN}).start()
    ctx.changes.reload_on(self, {Entity.PLAN, Entity.STUDENT}, self.reload)

One `DataChanges` per signed-in session, owned by its `UiContext` (not a global). A screen
on screen when its entities change reloads at once; a hidden one (another page of the main
window) reloads the next time it is shown, so work nobody looks at does not queue up on the
database thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget


class Entity(StrEnum):
    """What a write may change, as the screens show it."""

    STUDENT = "student"
    ASSESSMENT = "assessment"
    PLAN = "plan"  # a plan's content, status, approval or evaluation
    CONSULTATION = "consultation"
    EXPENSE = "expense"
    DOCUMENT = "document"
    SCHOOL = "school"  # classes, staff, settings, rates and the catalogue
    SYNC = "sync"  # the sync state itself (bundles, conflicts, enrolment)


EVERYTHING = frozenset(Entity)  # e.g. what a sync may have brought in


class DataChanges(QObject):
    """The session's one "data changed" signal: `changed(frozenset[Entity])`."""

    changed = Signal(object)

    def announce(self, entities: Iterable[Entity]) -> None:
        changed = frozenset(entities)
        if changed:
            self.changed.emit(changed)

    def reload_on(self, screen: QWidget, entities: Iterable[Entity],
                  reload: Callable[[], object]) -> None:
        """Call `reload` when one of `entities` changes: now if `screen` is visible, else when
        it is next shown. The listening ends with the screen."""
        listener = _Listener(screen, frozenset(entities), reload)
        self.changed.connect(listener.on_changed)


def on_screen(screen: QWidget) -> bool:
    """Shown, or would be with its window: the current page of the main window counts even
    while the window itself is minimised or not yet shown; the other pages do not."""
    window = screen.window()
    return screen.isVisible() if window is screen else screen.isVisibleTo(window)


class _Listener(QObject):
    """A child of the screen: Qt disconnects it when the screen goes."""

    def __init__(self, screen: QWidget, entities: frozenset[Entity],
                 reload: Callable[[], object]) -> None:
        super().__init__(screen)
        self._screen, self._entities, self._reload = screen, entities, reload
        self.stale = False
        screen.installEventFilter(self)

    @Slot(object)
    def on_changed(self, changed: frozenset[Entity]) -> None:
        if not changed & self._entities:
            return
        if on_screen(self._screen):
            self._reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self._screen and self.stale:
            self.stale = False
            self._reload()
        return False
