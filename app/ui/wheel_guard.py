"""The mouse wheel changes a drop-down, number or date field only when it has focus.

Scrolling a long form with the wheel must scroll the form: without this, the wheel over an
unfocused combo box or spin box silently changes its value (the responsible person jumps by
ten names). Installed once on the application:

    guard = WheelGuard(app)     # lives as long as the app

Every QComboBox and QAbstractSpinBox (spin boxes, date edits) gets Qt.StrongFocus when it
is polished, so the wheel no longer gives it focus; a wheel event over such a field without
focus goes to the scroll area around it (or, when there is none, to its parent).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)


def scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif (kind == QEvent.Type.Wheel and isinstance(watched, GUARDED)
              and not watched.hasFocus()):
            area = scroll_area_around(watched)
            if area is None:
                event.ignore()  # a spontaneous wheel event goes on to the parent
                return True
            QCoreApplication.sendEvent(area.viewport(), event)
            event.accept()
            return True
        return False
