"""Shared by several test modules: EXPECTED."""

from __future__ import annotations

EXPECTED = {  # (section, item, metric) → value for one school sending semester_records()
    ("risk", "total", "pupils_assessed"): 3, ("risk", "total", "pupils_at_risk"): 2,
    ("risk", "learning", "pupils_at_risk"): 2, ("risk", "family", "pupils_at_risk"): 1,
    ("risk", "economic", "pupils_at_risk"): 0, ("risk", "social_health", "pupils_at_risk"): 0,
    ("plans", "approved", "plans"): 2, ("plans", "approved", "planned_cost_cents"): 11600,
    ("plans", "draft", "plans"): 1, ("plans", "draft", "planned_cost_cents"): 3300,
    ("measures", "consult_psychologist", "plans"): 2,
    ("measures", "consult_psychologist", "planned_minutes"): 180,
    ("measures", "consult_psychologist", "planned_cost_cents"): 6600,
    ("measures", "consult_psychologist", "rate_cost_cents"): 6600,
    ("measures", "consult_psychologist", "delivered_minutes"): 105,
    ("measures", "consult_psychologist", "delivered_cents"): 3850,
    ("measures", "comp_transport", "planned_cost_cents"): 5000,
    ("measures", "comp_transport", "delivered_cents"): 3000,
    ("specialists", "psychologist", "sessions"): 3,
    ("specialists", "psychologist", "pupils"): 2,
    ("specialists", "psychologist", "minutes"): 105,
    ("specialists", "psychologist", "value_cents"): 3850,
    ("costs", "total", "planned_cost_cents"): 11600,
    ("costs", "total", "rate_cost_cents"): 11600,
    ("costs", "total", "delivered_value_cents"): 6850,
}
