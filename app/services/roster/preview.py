"""The roster preview: what importing a file would do, row by row, before anything changes.

A row's pupil is found in the register by personal code, else by name and birth date (names
compared without case and diacritics), else by name within its class when the file or the
register lacks the code and date; a row is refused when a pupil of that name is in another
class (or left from one) and nothing tells whether it is the same one (never a second
record). Two
rows naming the same pupil: the later one is a duplicate. Active pupils of the classes the
file covers whom it does not list are "missing" — offered to be marked as left, never
changed silently (a pupil whose row was refused is not counted missing).
"""

from __future__ import annotations

import uuid
from datetime import date

from app.errors import FieldProblem
from app.models.enums import StudentStatus
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.roster.columns import RosterField
from app.services.roster.mapping import ColumnMapping, check_mapping, mapping_for
from app.services.roster.outcomes import MissingStudent, RosterPreview, RowKind, RowOutcome
from app.services.roster.reading import RosterRow, RosterTable
from app.services.roster.register import KnownStudent, NameKey, Register, load_register
from app.services.roster.row_values import RowProblem, RowValues, column_header, read_row
from app.services.school.calendar import current_semester
from app.services.students.search import fold


class _Pass:
    """One walk over the file's rows against the register."""

    def __init__(self, table: RosterTable, mapping: ColumnMapping, register: Register) -> None:
        self.table, self.mapping, self.register = table, mapping, register
        self.seen: dict[object, int] = {}  # an in-file identity → its first row
        self.matched: dict[uuid.UUID, int] = {}  # a register pupil's id → the row naming them
        self.to_create: dict[str, None] = {}
        self.covered: set[uuid.UUID] = set()
        self.refused_codes: set[str] = set()
        self.refused_names: set[NameKey] = set()

    def problem(self, row: RosterRow, field: RosterField, key: str,
                **params: object) -> RowProblem:
        column = column_header(self.table, self.mapping, field) if field.value != "row" else ""
        return RowProblem(row.number, column, field.value, FieldProblem(field.value, key, params))

    def outcome(self, row: RosterRow, v: RowValues, kind: RowKind,
                problems: list[RowProblem] | None = None, known: KnownStudent | None = None,
                fills: tuple[str, ...] = ()) -> RowOutcome:
        from_class = ""
        if known is not None and kind in (RowKind.MOVED, RowKind.RETURNING):
            from_class = self.register.class_names.get(known.class_id, "")
        code = v.personal_code.normalised if v.personal_code else None
        if kind in (RowKind.ERROR, RowKind.DUPLICATE):
            if code:
                self.refused_codes.add(code)
            self.refused_names.add((fold(v.first_name), fold(v.last_name)))
        return RowOutcome(row.number, kind, v.first_name, v.last_name, code, v.birth_date,
                          v.class_name, known.id if known else None, from_class, fills,
                          tuple(problems or ()), row.cells)

    def identities(self, v: RowValues) -> list[tuple[object, RosterField, str]]:
        name = (fold(v.first_name), fold(v.last_name))
        keys: list[tuple[object, RosterField, str]] = []
        if v.personal_code:
            keys.append((("code", v.personal_code.normalised), RosterField.PERSONAL_CODE,
                         "roster.duplicate.personal_code"))
        if v.birth_date:
            keys.append((("born", name, v.birth_date), RosterField.SURNAME,
                         "roster.duplicate.name_and_birth_date"))
        elif not v.personal_code:
            keys.append((("class", name, v.class_name.lower()), RosterField.SURNAME,
                         "roster.duplicate.name_in_class"))
        return keys

    def find(self, row: RosterRow, v: RowValues,
             class_id: uuid.UUID | None) -> tuple[KnownStudent | None, RowProblem | None]:
        """The register's pupil this row names, or None for a new pupil; a problem when a
        pupil of the same name exists and nothing tells whether it is the same one."""
        reg = self.register
        code = v.personal_code.normalised if v.personal_code else None
        if code and (known := reg.by_code.get(code)):
            return known, None
        same_name = [k for k in reg.by_name.get((fold(v.first_name), fold(v.last_name)), [])
                     if not (code and k.personal_code and k.personal_code != code)
                     and not (v.birth_date and k.birth_date and k.birth_date != v.birth_date)]
        strong = [k for k in same_name if v.birth_date and k.birth_date == v.birth_date]
        weak = [k for k in same_name if k not in strong]
        in_class = [k for k in weak if k.class_id == class_id]
        for found in (strong, in_class):
            if len(found) > 1:
                return None, self.problem(row, RosterField.SURNAME, "roster.match.ambiguous",
                                          count=len(found))
            if found:
                return found[0], None
        elsewhere = weak  # in another class (or having left): perhaps the same pupil
        if elsewhere:
            return None, self.problem(row, RosterField.SURNAME, "roster.match.unsure",
                                      class_name=reg.class_names.get(elsewhere[0].class_id,
                                                                     ""))
        return None, None

    def one(self, row: RosterRow, today: date) -> RowOutcome:
        v, problems = read_row(self.table, self.mapping, row, today)
        target = self.register.classes.get(v.class_name.lower()) if v.class_name else None
        if target is not None and target[1]:
            problems.append(self.problem(row, RosterField.CLASS_NAME, "roster.class.archived",
                                         name=v.class_name))
        if problems:
            return self.outcome(row, v, RowKind.ERROR, problems)
        for key, field, message in self.identities(v):
            if key in self.seen:
                return self.outcome(row, v, RowKind.DUPLICATE, [self.problem(
                    row, field, message, first_row=self.seen[key])])
        for key, _, _ in self.identities(v):
            self.seen[key] = row.number
        class_id = target[0] if target else None
        known, refusal = self.find(row, v, class_id)
        if refusal is not None:
            return self.outcome(row, v, RowKind.ERROR, [refusal])
        if known is not None and known.id in self.matched:
            return self.outcome(row, v, RowKind.DUPLICATE, [self.problem(
                row, RosterField.SURNAME, "roster.duplicate.same_pupil",
                first_row=self.matched[known.id])])
        if class_id is None:
            self.to_create[v.class_name] = None
        else:
            self.covered.add(class_id)
        if known is None:
            return self.outcome(row, v, RowKind.NEW)
        self.matched[known.id] = row.number
        fills = tuple(f for f, mine, theirs in (
            ("personal_code", v.personal_code, known.personal_code),
            ("birth_date", v.birth_date, known.birth_date)) if mine and not theirs)
        if known.status is not StudentStatus.ACTIVE:
            kind = RowKind.RETURNING
        else:
            kind = RowKind.UNCHANGED if known.class_id == class_id else RowKind.MOVED
        return self.outcome(row, v, kind, known=known, fills=fills)

    def missing(self) -> tuple[MissingStudent, ...]:
        out = []
        for class_id in self.covered:
            for k in self.register.by_class.get(class_id, []):
                if (k.status is StudentStatus.ACTIVE and k.id not in self.matched
                        and k.personal_code not in self.refused_codes
                        and k.name_key not in self.refused_names):
                    out.append(MissingStudent(k.id, k.first_name, k.last_name,
                                              self.register.class_names[k.class_id]))
        return tuple(sorted(out, key=lambda m: (m.class_name, fold(m.last_name),
                                                fold(m.first_name))))


def build_preview(table: RosterTable, mapping: ColumnMapping, register: Register,
                  today: date) -> RosterPreview:
    """The preview of `table` against an already loaded register (apply uses it again inside
    its own transaction)."""
    check_mapping(mapping, table.headers)
    walk = _Pass(table, mapping, register)
    rows = tuple(walk.one(row, today) for row in table.rows)
    return RosterPreview(table, mapping, register.year_label, rows, walk.missing(),
                         tuple(walk.to_create), today, register.signature)


def preview_roster(store: Store, actor: Actor, table: RosterTable,
                   mapping: ColumnMapping | None = None, *, school_year: str | None = None,
                   today: date | None = None) -> RosterPreview:
    """What importing `table` would do in `school_year` (default: the current one).

    `mapping` defaults to the school's remembered columns for this export, else the guess.
    `ValidationError` when a required column (surname, first name, class) has none.
    Administrator or coordinator (`Permission.ROSTER_IMPORT`).
    """
    require(actor, Permission.ROSTER_IMPORT)
    mapping = mapping or mapping_for(store, actor, table)
    year = school_year or current_semester(store, today).school_year
    with store.read() as s:
        register = load_register(s, year)
    return build_preview(table, mapping, register, today or date.today())
