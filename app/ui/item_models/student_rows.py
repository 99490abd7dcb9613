"""The pupils table: a Qt model over `PupilListRow`s and a diacritic-blind filter proxy.

Sorting happens in the source model by precomputed ranks (Latvian alphabetical order for
names, natural order for classes "5.a" < "10.a"): one Python sort of 2,000 rows instead of a
call back into Python for every comparison the proxy would make. The proxy only filters,
reading the rows directly for the same reason.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.models.enums import PlanStatus, RiskCategory, RiskLevel, StudentStatus
from app.services.assessments.student_list import StudentListRow
from app.services.students.search import latvian_sort_key

Index = QModelIndex | QPersistentModelIndex
LEVEL_COLOURS = {
    RiskLevel.NONE: None,
    RiskLevel.LOW: QColor("#fff3b0"),
    RiskLevel.MEDIUM: QColor("#ffc880"),
    RiskLevel.HIGH: QColor("#ff8a80"),
}
CATEGORIES = list(RiskCategory)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3  # the RiskLevel of a level column, for the badge
FIRST_LEVEL_COLUMN, OVERALL_COLUMN, PLAN_COLUMN, STATUS_COLUMN = 3, 7, 8, 9
NO_PLAN = "none"  # the plan filter value for pupils without a plan this semester
PLAN_ORDER: dict[PlanStatus | None, int] = {None: 0, **{s: i + 1 for i, s in enumerate(PlanStatus)}}
STATUS_ORDER = {s: i for i, s in enumerate(StudentStatus)}
ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, SEARCH_ROLE, SORT_ROLE,
                                   LEVEL_ROLE, Qt.ItemDataRole.BackgroundRole,
                                   Qt.ItemDataRole.UserRole))


def fold(text: str) -> str:
    """Lower case without diacritics: "Bērziņš" → "berzins", so typing either finds both."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def class_sort_key(name: str) -> tuple[object, ...]:
    """Numbers compare as numbers: "5.a" < "10.a"; the rest in Latvian order."""
    return tuple((0, int(part), ()) if part.isdigit() else (1, 0, latvian_sort_key(part))
                 for part in re.findall(r"\d+|\D+", name))


def _ranks(keys: list[Any]) -> list[int]:
    order = sorted(range(len(keys)), key=keys.__getitem__)
    ranks = [0] * len(keys)
    for rank, i in enumerate(order):
        ranks[i] = rank
    return ranks


@dataclass(frozen=True)
class StudentCriteria:
    """What the filter bar asks for; None means "any"."""

    class_name: str | None = None
    category: RiskCategory | None = None  # None: the overall level
    min_level: RiskLevel = RiskLevel.NONE
    plan: str | None = None  # a PlanStatus value, NO_PLAN, or None
    statuses: frozenset[StudentStatus] | None = frozenset({StudentStatus.ACTIVE})
    min_indicator: RiskLevel | None = None  # the imported indicators' level at least


    def accepts(self, row: StudentListRow) -> bool:
        if self.class_name is not None and row.class_name != self.class_name:
            return False
        if self.statuses is not None and row.status not in self.statuses:
            return False
        level = row.overall if self.category is None else row.levels.get(self.category,
                                                                          RiskLevel.NONE)
        if level < self.min_level:
            return False
        if self.min_indicator is not None and (row.indicator_level is None
                                               or row.indicator_level < self.min_indicator):
            return False
        if self.plan is not None:
            plan = row.plan_status.value if row.plan_status else NO_PLAN
            if plan != self.plan:
                return False
        return True


class StudentRowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StudentListRow] = []
        self.search: list[str] = []
        self._sort: list[list[int]] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._level_names = {
            RiskLevel.NONE: "", RiskLevel.LOW: self.tr("low"),
            RiskLevel.MEDIUM: self.tr("medium"), RiskLevel.HIGH: self.tr("high"),
        }
        self._headers = [
            self.tr("Surname"), self.tr("Name"), self.tr("Class"),
            self.tr("Learning"), self.tr("Social & health"), self.tr("Economic"),
            self.tr("Family"), self.tr("Overall"), self.tr("Plan"), self.tr("Status"),
        ]
        self._plan_names = {
            "draft": self.tr("draft"), "submitted": self.tr("submitted"),
            "returned": self.tr("returned"), "approved": self.tr("approved"),
            "closed": self.tr("closed"),
        }
        self._status_names = {
            StudentStatus.ACTIVE: self.tr("studying"), StudentStatus.LEFT: self.tr("left school"),
            StudentStatus.TRANSFERRED: self.tr("transferred"),
            StudentStatus.GRADUATED: self.tr("graduated"),
        }

    def set_rows(self, rows: list[StudentListRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.search = [fold(f"{r.first_name} {r.last_name} {r.class_name}") for r in rows]
        last = [latvian_sort_key(r.last_name) for r in rows]
        first = [latvian_sort_key(r.first_name) for r in rows]
        classes = [class_sort_key(r.class_name) for r in rows]
        self._sort = [
            _ranks(list(zip(last, first, strict=True))),
            _ranks(list(zip(first, last, strict=True))),
            _ranks(list(zip(classes, last, first, strict=True))),
        ]
        if self._sorted_by is not None:
            self._reorder(self._order(*self._sorted_by))
        self.endResetModel()

    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        """The rows' positions sorted by `column`, ties by surname and name."""
        by_name = self._sort[0]
        keys = [(self._sort_value(i, row, column), by_name[i]) for i, row in enumerate(self.rows)]
        return sorted(range(len(self.rows)), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _reorder(self, order: list[int]) -> None:
        self.rows = [self.rows[i] for i in order]
        self.search = [self.search[i] for i in order]
        self._sort = [[ranks[i] for i in order] for ranks in self._sort]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self._sorted_by = (column, order)
        if not self.rows:
            return
        self.layoutAboutToBeChanged.emit()
        order_ = self._order(column, order)
        new_row = {old: new for new, old in enumerate(order_)}
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(old_indexes, [
            self.index(new_row[i.row()], i.column()) for i in old_indexes])
        self._reorder(order_)
        self.layoutChanged.emit()

    def row_at(self, source_row: int) -> StudentListRow:
        return self.rows[source_row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def level_name(self, level: RiskLevel) -> str:
        return self._level_names[level]

    def _level(self, row: StudentListRow, col: int) -> RiskLevel:
        if col < OVERALL_COLUMN:
            return row.levels.get(CATEGORIES[col - FIRST_LEVEL_COLUMN], RiskLevel.NONE)
        return row.overall

    def _is_level(self, col: int) -> bool:
        return FIRST_LEVEL_COLUMN <= col <= OVERALL_COLUMN

    def _sort_value(self, r: int, row: StudentListRow, col: int) -> int:
        if col < FIRST_LEVEL_COLUMN:
            return self._sort[col][r]
        if self._is_level(col):
            return int(self._level(row, col))
        if col == PLAN_COLUMN:
            return PLAN_ORDER[row.plan_status]
        return STATUS_ORDER[row.status]

    def _display(self, row: StudentListRow, col: int) -> str:
        if col == 0:
            return row.last_name
        if col == 1:
            return row.first_name
        if col == 2:
            return row.class_name
        if col == PLAN_COLUMN:
            return self._plan_names.get(row.plan_status.value, "") if row.plan_status else ""
        if col == STATUS_COLUMN:
            return self._status_names[row.status]
        return self._level_names[self._level(row, col)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, r: int, col: int, role: int) -> Any:
        if role not in ROLES:  # the view asks for fonts, alignment, … on every paint
            return None
        row = self.rows[r]
        if role == LEVEL_ROLE:
            return int(self._level(row, col)) if self._is_level(col) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SEARCH_ROLE:
            return self.search[r]
        if role == SORT_ROLE:
            return self._sort_value(r, row, col)
        if role == Qt.ItemDataRole.BackgroundRole and self._is_level(col):
            colour = LEVEL_COLOURS[self._level(row, col)]
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            return int(self._level(row, col)) if self._is_level(col) else row.student_id
        return None


class StudentFilter(QAbstractTableModel):
    """Filter-as-you-type on name and class, blind to case and Latvian diacritics, combined
    with the filter bar's criteria (class, risk, plan, status).

    A view of the source model's rows that pass: the passing rows are computed in one Python
    pass over the precomputed folded names per keystroke and the view hears one layout change,
    instead of a Python call back per row and a removal/insertion signal per run of rows (a
    QSortFilterProxyModel took 20-35 ms a keystroke on 2,000 pupils, BENCHMARKS.md).
    Selection and the current row follow the pupil (persistent indexes are kept by pupil)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle: list[str] = []
        self.criteria = StudentCriteria()
        self._source: StudentRowsModel | None = None
        self._shown: list[int] = []  # the source rows shown, in the source's order
        self._meeting: list[int] | None = None  # the source rows meeting the criteria
        self._kept: list[QModelIndex] = []  # persistent indexes during a change
        self._kept_at: list[tuple[int, StudentListRow, int] | None] = []

    # The source model ---------------------------------------------------------------------

    def setSourceModel(self, model: StudentRowsModel) -> None:
        self.beginResetModel()
        self._source = model
        model.modelAboutToBeReset.connect(self._before)
        model.modelReset.connect(self._source_changed)
        model.layoutAboutToBeChanged.connect(self._before)
        model.layoutChanged.connect(self._source_changed)
        model.dataChanged.connect(self._source_data_changed)
        self._shown = self._passing()
        self.endResetModel()

    def sourceModel(self) -> StudentRowsModel:
        assert self._source is not None
        return self._source

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or self._source is None:
            return QModelIndex()
        return self._source.index(self._shown[index.row()], index.column())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself (fast); this model follows its order."""
        self.sourceModel().sort(column, order)

    # Filtering ----------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        self._before()
        self._needle = fold(text.strip()).split()
        self._after()

    def set_criteria(self, criteria: StudentCriteria) -> None:
        self._before()
        self.criteria = criteria
        self._meeting = None
        self._after()

    def _passing(self) -> list[int]:
        """The source rows that match the typed text and meet the criteria, in order."""
        model = self._source
        if model is None:
            return []
        if self._meeting is None:  # the criteria's rows change only with criteria or rows
            accepts = self.criteria.accepts
            self._meeting = [i for i, row in enumerate(model.rows) if accepts(row)]
        search, shown = model.search, self._meeting
        for part in self._needle:
            shown = [i for i in shown if part in search[i]]
        return shown

    def _before(self) -> None:
        """Remember which pupil each persistent index (selection, current row) points at."""
        self.layoutAboutToBeChanged.emit()
        rows, shown = self.sourceModel().rows, self._shown
        self._kept = self.persistentIndexList()
        self._kept_at = [(shown[i.row()], rows[shown[i.row()]], i.column()) if i.isValid()
                         else None for i in self._kept]

    def _after(self, source_changed: bool = False) -> None:
        if source_changed:
            self._meeting = None
        self._shown = shown = self._passing()
        if self._kept:
            new = [QModelIndex()] * len(self._kept)
            moved = ({id(row): i for i, row in enumerate(self.sourceModel().rows)}
                     if source_changed else {})
            for n, kept in enumerate(self._kept_at):
                if kept is None:
                    continue
                source_row = moved.get(id(kept[1]), -1) if source_changed else kept[0]
                at = bisect_left(shown, source_row)  # shown is in source order
                if at < len(shown) and shown[at] == source_row:
                    new[n] = self.index(at, kept[2])
            self.changePersistentIndexList(self._kept, new)
        self._kept, self._kept_at = [], []
        self.layoutChanged.emit()

    def _source_changed(self) -> None:
        """The source's rows were replaced or reordered (the same pupil, the same object)."""
        self._after(source_changed=True)

    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        if self._shown:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._shown) - 1, self.columnCount() - 1))

    # The table ----------------------------------------------------------------------------

    def row_at(self, proxy_row: int) -> StudentListRow:
        return self.sourceModel().rows[self._shown[proxy_row]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else STATUS_COLUMN + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self.sourceModel().headerData(section, orientation, role)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        assert self._source is not None
        return self._source.cell(self._shown[index.row()], index.column(), role)
