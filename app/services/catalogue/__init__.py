"""A school year's catalogue: risk signs, measure types, rates and caps."""

from app.services.catalogue.file_format import (
    CatalogueFile,
    CategoryEntry,
    MeasureEntry,
    SignEntry,
    read_catalogue_file,
)
from app.services.catalogue.loading import (
    CatalogueLoadResult,
    catalogue_path,
    load_catalogue,
    load_catalogue_file,
)
from app.services.catalogue.query import (
    MeasureTypeView,
    RiskSignView,
    category_name,
    measure_types,
    measure_view,
    risk_signs,
    sign_view,
    update_measure_rate,
)
from app.services.catalogue.thresholds import (
    DEFAULT_THRESHOLDS,
    AbcThresholds,
    thresholds_by_semester,
    thresholds_for,
    thresholds_from_json,
    thresholds_json,
    year_thresholds,
)

__all__ = [
    "DEFAULT_THRESHOLDS",
    "AbcThresholds",
    "CatalogueFile",
    "CatalogueLoadResult",
    "CategoryEntry",
    "MeasureEntry",
    "MeasureTypeView",
    "RiskSignView",
    "SignEntry",
    "catalogue_path",
    "category_name",
    "load_catalogue",
    "load_catalogue_file",
    "measure_types",
    "measure_view",
    "read_catalogue_file",
    "risk_signs",
    "sign_view",
    "thresholds_by_semester",
    "thresholds_for",
    "thresholds_from_json",
    "thresholds_json",
    "update_measure_rate",
    "year_thresholds",
]
