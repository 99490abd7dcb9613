"""Short words the approval screens share: risk categories, severities, the risks of a plan."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject

from app.models.enums import RiskCategory, Severity
from app.services.approvals.decisions import RiskCount


class RiskWords(QObject):
    def category(self, category: RiskCategory) -> str:
        return {
            RiskCategory.LEARNING: self.tr("Learning"),
            RiskCategory.SOCIAL_HEALTH: self.tr("Social & health"),
            RiskCategory.ECONOMIC: self.tr("Economic"),
            RiskCategory.FAMILY: self.tr("Family"),
        }[category]

    def severity(self, severity: Severity) -> str:
        return {Severity.LOW: self.tr("low"), Severity.MEDIUM: self.tr("medium"),
                Severity.HIGH: self.tr("high")}.get(severity, str(severity))

    def risks(self, risks: Iterable[RiskCount]) -> str:
        """"Learning 2 (high); Economic 1 (medium)", or a dash when there are none."""
        parts = [self.tr("%1 %2 (%3)").replace("%1", self.category(r.category))
                 .replace("%2", str(r.findings)).replace("%3", self.severity(r.highest))
                 for r in risks]
        return "; ".join(parts) or "—"
