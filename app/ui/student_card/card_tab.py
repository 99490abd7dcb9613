"""The contract every tab of the pupil card keeps, so the card can guard unsaved edits.

A tab loads its data in the background (`load`), says when it holds unsaved edits
(`dirty_changed`), saves them explicitly (`save`, all or nothing, errors shown next to the
fields) and can undo them (`revert`). Read-only tabs keep the defaults.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.ui.context import UiContext


class CardTab(QWidget):
    dirty_changed = Signal(bool)
    saved = Signal()

    def __init__(self, ctx: UiContext, student_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.student_id = ctx, student_id
        self._dirty = False

    @classmethod
    def heading(cls) -> str | None:
        """The tab's title before the tab is made, so the card can make it when first shown;
        None: the card makes the tab at once and asks its `title()`."""
        return None

    def title(self) -> str:
        heading = self.heading()
        if heading is None:
            raise NotImplementedError
        return heading

    def load(self) -> None:
        """Start loading (through `Op` on ctx.worker); must not block the window."""

    def is_dirty(self) -> bool:
        return self._dirty

    def set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def save(self) -> None:
        """Save unsaved edits; on success call `set_dirty(False)` and emit `saved`."""

    def revert(self) -> None:
        """Throw unsaved edits away and show the stored state again."""
