"""Short words the approval screens share: risk categories, levels, the risks of a plan."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject

from app.models.enums import RiskCategory, RiskLevel
from app.services.approvals.decisions import RiskCount


class RiskWords(QObject):
    def category(self, category: RiskCategory) -> str:
        return {
            RiskCategory.LEARNING: self.tr("Learning"),
            RiskCategory.SOCIAL_HEALTH: self.tr("Social & health"),
            RiskCategory.ECONOMIC: self.tr("Economic"),
            RiskCategory.FAMILY: self.tr("Family"),
        }[category]

    def level(self, level: RiskLevel) -> str:
        """The level word, the same as the assessment, the card and the PDF show."""
        return {RiskLevel.NONE: self.tr("none"), RiskLevel.LOW: self.tr("low"),
                RiskLevel.MEDIUM: self.tr("medium"), RiskLevel.HIGH: self.tr("high")}[level]

    def risks(self, risks: Iterable[RiskCount]) -> str:
        """"Learning: high; Economic: medium", or a dash when there are none."""
        parts = [self.tr("%1: %2").replace("%1", self.category(r.category))
                 .replace("%2", self.level(r.level)) for r in risks]
        return "; ".join(parts) or "—"
