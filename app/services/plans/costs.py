"""The money arithmetic of support plans: integer cents and minutes only, never float.

HOURS measures cost `planned_minutes × rate_cents / 60`, rounded half up to a whole cent;
EURO measures cost what was planned. The rate is the catalogue's current one when a draft
is saved and is copied into the measure, so a later rate change leaves the plan as it was.
"""

from __future__ import annotations

from app.models.enums import MeasureUnit


def hours_cost_cents(minutes: int, rate_cents_per_hour: int) -> int:
    """`minutes × rate / 60` rounded half up to a cent (90 min at 1 850 c/h → 2 775 c)."""
    if minutes < 0 or rate_cents_per_hour < 0:
        raise ValueError("minutes and rates are never negative")
    return (minutes * rate_cents_per_hour + 30) // 60


def measure_cost_cents(unit: MeasureUnit, planned_minutes: int, planned_cents: int,
                       rate_cents: int) -> int:
    """The cost of one planned measure in cents."""
    if unit is MeasureUnit.HOURS:
        return hours_cost_cents(planned_minutes, rate_cents)
    return planned_cents


