"""The filters beside the search box: class, risk category and minimum level, plan, the
imported indicators' level (early warning), status."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.models.enums import PlanStatus, RiskCategory, RiskLevel, StudentStatus
from app.ui.item_models.student_rows import NO_PLAN, StudentCriteria

LEAVERS = frozenset({StudentStatus.LEFT, StudentStatus.TRANSFERRED, StudentStatus.GRADUATED})


class StudentFilterBar(QWidget):
    changed = Signal(object)  # PupilCriteria

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.class_combo = self._combo("filter_class", [(self.tr("All classes"), None)])
        self.category_combo = self._combo("filter_category", [
            (self.tr("Any category"), None), (self.tr("Learning"), RiskCategory.LEARNING),
            (self.tr("Social & health"), RiskCategory.SOCIAL_HEALTH),
            (self.tr("Economic"), RiskCategory.ECONOMIC), (self.tr("Family"), RiskCategory.FAMILY),
        ])
        self.level_combo = self._combo("filter_level", [
            (self.tr("any level"), RiskLevel.NONE), (self.tr("low or higher"), RiskLevel.LOW),
            (self.tr("medium or higher"), RiskLevel.MEDIUM), (self.tr("high"), RiskLevel.HIGH),
        ])
        self.plan_combo = self._combo("filter_plan", [
            (self.tr("Any plan"), None), (self.tr("No plan"), NO_PLAN),
            (self.tr("Plan: draft"), PlanStatus.DRAFT.value),
            (self.tr("Plan: submitted"), PlanStatus.SUBMITTED.value),
            (self.tr("Plan: returned"), PlanStatus.RETURNED.value),
            (self.tr("Plan: approved"), PlanStatus.APPROVED.value),
            (self.tr("Plan: closed"), PlanStatus.CLOSED.value),
        ])
        self.indicator_combo = self._combo("filter_indicators", [
            (self.tr("Any indicators"), None),
            (self.tr("Indicators: caution or higher"), RiskLevel.MEDIUM),
            (self.tr("Indicators: high"), RiskLevel.HIGH),
        ])
        self.status_combo = self._combo("filter_status", [
            (self.tr("Studying"), frozenset({StudentStatus.ACTIVE})),
            (self.tr("Left the school"), LEAVERS), (self.tr("All pupils"), None),
        ])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.class_combo)
        layout.addWidget(QLabel(self.tr("Risk:")))
        layout.addWidget(self.category_combo)
        layout.addWidget(self.level_combo)
        layout.addWidget(self.plan_combo)
        layout.addWidget(self.indicator_combo)
        layout.addWidget(self.status_combo)
        layout.addStretch(1)

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def set_classes(self, names: list[str]) -> None:
        """Offer these classes (in the given order), keeping the current choice if it is there."""
        current = self.class_combo.currentData()
        self.class_combo.blockSignals(True)
        while self.class_combo.count() > 1:
            self.class_combo.removeItem(1)
        for name in names:
            self.class_combo.addItem(name, name)
        found = self.class_combo.findData(current) if current is not None else 0
        self.class_combo.setCurrentIndex(max(found, 0))
        self.class_combo.blockSignals(False)
        if current is not None and found < 0:
            self._emit()

    def select(self, combo: QComboBox, value: object) -> None:
        """Choose the entry whose value is `value` (as a person picking it would)."""
        for i in range(combo.count()):
            if combo.itemData(i) == value:
                combo.setCurrentIndex(i)
                return
        raise ValueError(value)

    def criteria(self) -> StudentCriteria:
        category = self.category_combo.currentData()
        return StudentCriteria(
            class_name=self.class_combo.currentData(),
            category=RiskCategory(category) if category is not None else None,
            min_level=RiskLevel(self.level_combo.currentData()),
            plan=self.plan_combo.currentData(),
            statuses=self.status_combo.currentData(),
            min_indicator=(None if (found := self.indicator_combo.currentData()) is None
                           else RiskLevel(found)),
        )

    def _emit(self) -> None:
        self.changed.emit(self.criteria())
