"""A risk level drawn as a badge: a rounded, coloured pill with the level word in it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.models.enums import RiskLevel
from app.ui.item_models.pupil_rows import LEVEL_COLOURS, LEVEL_ROLE

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
    """Paints a level column's cell as a badge; an empty cell for "no risk"."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(LEVEL_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        level = RiskLevel(int(value))
        style = option.widget.style() if option.widget is not None else None
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        plain.backgroundBrush = QBrush()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter,
                              option.widget)
        colour = LEVEL_COLOURS[level]
        if colour is None:
            return
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = option.fontMetrics
        width = min(option.rect.width() - 6, metrics.horizontalAdvance(text) + 18)
        height = min(option.rect.height() - 4, metrics.height() + 4)
        rect = QRectF(option.rect.x() + (option.rect.width() - width) / 2,
                      option.rect.y() + (option.rect.height() - height) / 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(BORDER[level])))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(TEXT_COLOUR)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
