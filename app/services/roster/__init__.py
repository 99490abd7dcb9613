"""The roster import: class lists exported from the e-journal (E-klase, Mykoob) or VIIS,
read (CSV or XLSX), mapped to fields, previewed row by row and applied all or nothing; and
the pupils list exported for the school's own use.

A screen calls: `read_roster(path)` → `mapping_for(store, actor, table)` (the remembered or
guessed columns; `ColumnMapping.with_column` overrides one) → `preview_roster(store, actor,
table, mapping)` → shows the `RosterPreview` → `apply_roster(store, actor, preview, ...)`.
"""

from app.services.roster.applying import apply_roster
from app.services.roster.columns import HEADER_NAMES, REQUIRED, RosterField
from app.services.roster.export import PupilExportRow, export_pupils, pupils_for_export
from app.services.roster.mapping import (
    ColumnMapping,
    check_mapping,
    guess_mapping,
    mapping_for,
    mapping_problems,
)
from app.services.roster.outcomes import (
    MissingStudent,
    RosterCounts,
    RosterImportResult,
    RosterPreview,
    RowKind,
    RowOutcome,
)
from app.services.roster.preview import preview_roster
from app.services.roster.reading import RosterRow, RosterTable, read_csv_bytes, read_roster
from app.services.roster.reading_step import RosterRead, preview_with, read_and_preview
from app.services.roster.rejects import write_rejected_rows
from app.services.roster.row_values import RowProblem

__all__ = [
    "HEADER_NAMES",
    "REQUIRED",
    "ColumnMapping",
    "MissingStudent",
    "PupilExportRow",
    "RosterCounts",
    "RosterField",
    "RosterImportResult",
    "RosterPreview",
    "RosterRead",
    "RosterRow",
    "RosterTable",
    "RowKind",
    "RowOutcome",
    "RowProblem",
    "apply_roster",
    "check_mapping",
    "export_pupils",
    "guess_mapping",
    "mapping_for",
    "mapping_problems",
    "preview_roster",
    "preview_with",
    "pupils_for_export",
    "read_and_preview",
    "read_csv_bytes",
    "read_roster",
    "write_rejected_rows",
]
