"""Opening the next school year: its preview (what would change) and the opening itself
(calendar, catalogue, classes moved up, students carried, plans continued)."""

from app.services.year_opening.preview import (
    CarriedStudent,
    CatalogueChange,
    ClassStep,
    StudentStep,
    YearOpeningPreview,
    preview_year_opening,
)
from app.services.year_opening.rollover import YearOpeningResult, open_school_year

__all__ = [
    "CarriedStudent",
    "CatalogueChange",
    "ClassStep",
    "StudentStep",
    "YearOpeningPreview",
    "YearOpeningResult",
    "open_school_year",
    "preview_year_opening",
]
