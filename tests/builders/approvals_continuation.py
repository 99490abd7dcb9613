"""Shared by several test modules: OUTCOMES."""

from __future__ import annotations

from app.models.enums import EvaluationOutcome, RiskCategory

OUTCOMES = {RiskCategory.LEARNING: EvaluationOutcome.REDUCED,
            RiskCategory.ECONOMIC: EvaluationOutcome.UNCHANGED}
