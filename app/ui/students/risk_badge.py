"""A risk level drawn as a badge: a rounded, coloured pill with the level word in it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.models.enums import RiskLevel
from app.ui.item_models.student_rows import LEVEL_COLOURS, LEVEL_ROLE

TEXT_COLOUR = QColor("#202020")
BORDER = {RiskLevel.LOW: "#d8b400", RiskLevel.MEDIUM: "#e08a00", RiskLevel.HIGH: "#c62828"}


def badge_style(level: RiskLevel) -> str:
    """A style sheet that makes a QLabel look like the table's badge of `level`."""
    colour = LEVEL_COLOURS[level]
    if colour is None:
        return "QLabel { border: 1px solid #9e9e9e; border-radius: 9px; padding: 2px 10px; }"
    return (f"QLabel {{ background: {colour.name()}; color: {TEXT_COLOUR.name()};"
            f" border: 1px solid {BORDER[level]}; border-radius: 9px; padding: 2px 10px;"
            " font-weight: bold; }")


def badge_label(text: str, level: RiskLevel) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(badge_style(level))
    return label


class RiskBadgeDelegate(QStyledItemDelegate):
    """Paints a level column's cell as a badge; an empty cell for "no risk".

    The cell's background (selection, focus) is drawn by the style from the view's option and
    the badge is a pixmap drawn once per level and cell size: a filter keystroke repaints a few
    hundred badges, and building each with Python painter calls and the delegate's full
    initStyleOption (a dozen data() calls back into Python) cost ~7 ms a keystroke."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._badges: dict[tuple[object, ...], QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(LEVEL_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        if widget is not None:  # background, selection and focus; the view's option has no text
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                                       widget)
        level = RiskLevel(int(value))
        if LEVEL_COLOURS[level] is None:
            return
        rect = option.rect
        ratio = painter.device().devicePixelRatioF()
        key = (level, rect.width(), rect.height(), ratio, option.font.key())
        badge = self._badges.get(key)
        if badge is None:
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            badge = self._badges[key] = draw_badge(level, text, option, ratio)
        painter.drawPixmap(rect.x(), rect.y(), badge)


def draw_badge(level: RiskLevel, text: str, option: QStyleOptionViewItem,
               ratio: float) -> QPixmap:
    """The badge of `level` centred in a transparent pixmap of the cell's size."""
    rect = option.rect
    pixmap = QPixmap(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    metrics = option.fontMetrics
    width = min(rect.width() - 6, metrics.horizontalAdvance(text) + 18)
    height = min(rect.height() - 4, metrics.height() + 4)
    pill = QRectF((rect.width() - width) / 2, (rect.height() - height) / 2, width, height)
    painter = QPainter(pixmap)
    painter.setFont(option.font)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(BORDER[level])))
    painter.setBrush(QBrush(LEVEL_COLOURS[level]))
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setPen(TEXT_COLOUR)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap
