"""The roster import on a real encrypted database: preview row by row, then apply."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import Conflict, PermissionDenied, ValidationError
from app.models import AuditEntry, OutboxChange, SchoolClass, Student
from app.models.enums import StudentStatus
from app.services.core.audit import verify_chain
from app.services.roster import (
    RosterField,
    RowKind,
    apply_roster,
    mapping_for,
    preview_roster,
    read_roster,
)
from tests.builders.roster_files import personal_code, write_csv
from tests.builders.school import SchoolFixture

TODAY = date(2026, 12, 1)
YEAR = "2026/2027"
CODE_ANNA = personal_code(date(2015, 3, 5), 101)


def _preview(school: SchoolFixture, path: Path, who: str = "coordinator"):  # type: ignore[no-untyped-def]
    table = read_roster(path)
    return preview_roster(school.store, school.actors[who], table, school_year=YEAR,
                          today=TODAY)


def _students(school: SchoolFixture) -> dict[str, tuple[str, StudentStatus, str | None]]:
    with school.store.read() as s:
        return {f"{first} {last}": (cls, status, code) for first, last, cls, status, code in
                s.execute(select(Student.first_name, Student.last_name, SchoolClass.name,
                                 Student.status, Student.personal_code)
                          .join(SchoolClass, Student.class_id == SchoolClass.id))}


def test_a_first_import_previews_then_applies(school: SchoolFixture, tmp_path: Path) -> None:
    with school.store.write() as s:
        s.get(Student, school.student_ids["Pēteris Šmits"]).birth_date = date(2015, 6, 7)  # type: ignore[union-attr]
    path = write_csv(tmp_path / "e-klase.csv", [
        ["Ēcere", "Anna", CODE_ANNA, "05.03.2015", "5.a"],  # by name in class; code filled
        ["Šmits", "Pēteris", "", "07.06.2015", "6.B"],  # moved from 5.a
        ["Lūsis", "Oskars", "", "", "6.b"],  # unchanged
        ["Jaunā", "Marta", personal_code(date(2014, 9, 1), 202), "", "7.c"],  # new class
        ["Kļava", "Toms", "123", "", "5.a"],  # bad code
        ["Jaunā", "Marta", personal_code(date(2014, 9, 1), 202), "", "7.c"],  # duplicate
    ], encoding="cp1257")
    preview = _preview(school, path)
    kinds = [(r.row, r.kind) for r in preview.rows]
    assert kinds == [(2, RowKind.UNCHANGED), (3, RowKind.MOVED), (4, RowKind.UNCHANGED),
                     (5, RowKind.NEW), (6, RowKind.ERROR), (7, RowKind.DUPLICATE)]
    assert preview.rows[0].fills == ("personal_code", "birth_date")
    assert preview.rows[1].from_class == "5.a" and preview.rows[1].class_name == "6.b"
    assert preview.classes_to_create == ("7.c",)
    error = preview.rows[4].problems[0]
    assert (error.row, error.column, error.field) == (6, "Personas kods", "personal_code")
    assert error.text("lv").startswith("6. rinda, kolonna “Personas kods”: ")
    assert "2. rindā" not in preview.rows[5].problem_text("lv")
    assert "5. rindā" in preview.rows[5].problem_text("lv")
    # Laura (5.a) and Elīza (6.b) are on file but not in the file: missing, not changed.
    assert sorted(m.full_name for m in preview.missing) == ["Elīza Ņikitina", "Laura Ķemere"]
    c = preview.counts
    assert (c.new, c.moved, c.unchanged, c.missing, c.errors, c.duplicates) == (1, 1, 2, 2, 1, 1)

    coordinator = school.actors["coordinator"]
    with pytest.raises(Conflict, match="rindas ar kļūdām"):
        apply_roster(school.store, coordinator, preview, create_classes=True, today=TODAY)
    with pytest.raises(Conflict, match=r"7\.c"):
        apply_roster(school.store, coordinator, preview, skip_bad_rows=True, today=TODAY)
    assert _students(school)["Pēteris Šmits"][0] == "5.a"  # nothing changed

    peteris = school.student_ids["Pēteris Šmits"]
    with school.store.read() as s:
        changes_before = s.scalar(select(func.count()).select_from(OutboxChange)
                                  .where(OutboxChange.entity_id == peteris))
    rejects = tmp_path / "noraidītās.csv"
    result = apply_roster(school.store, coordinator, preview, skip_bad_rows=True,
                          create_classes=True, mark_missing_left=True, rejected_csv=rejects,
                          today=TODAY)
    assert (result.created, result.moved, result.marked_left, result.skipped_rows) == (
        1, 1, 2, 2)
    assert result.classes_created == ("7.c",)
    now = _students(school)
    assert now["Pēteris Šmits"][0] == "6.b" and now["Marta Jaunā"][0] == "7.c"
    assert now["Anna Ēcere"][2] == CODE_ANNA
    assert now["Laura Ķemere"][1] is StudentStatus.LEFT
    assert "Kļava" not in " ".join(now)
    text = rejects.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == ("Uzvārds;Vārds;Personas kods;Dzimšanas datums;Klase;"
                                    "Rinda;Problēma")
    assert "Kļava;Toms;123;;5.a;6;" in text and "Jaunā;Marta" in text
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "roster.import")).one()
        marta = s.scalars(select(Student).where(Student.first_name == "Marta")).one()
        synced = list(s.scalars(select(OutboxChange.entity_id)))
    assert marta.id in synced and synced.count(peteris) == (changes_before or 0) + 1
    assert '"created":1' in entry.details and '"marked_left":2' in entry.details
    with school.store.read() as s:
        per_pupil = {(a, sid) for a, sid in s.execute(
            select(AuditEntry.action, AuditEntry.student_id)
            .where(AuditEntry.details.contains('"source":"roster"')))}
        assert verify_chain(s).ok
    assert ("student.create", marta.id) in per_pupil
    assert ("student.update", peteris) in per_pupil
    assert ("student.mark_left", school.student_ids["Laura Ķemere"]) in per_pupil


def test_a_re_import_moves_pupils_and_remembers_the_columns(school: SchoolFixture,
                                                            tmp_path: Path) -> None:
    headers = ("Klase", "Skolēna uzvārds", "Skolēna vārds", "Dzimis")
    first = write_csv(tmp_path / "1.csv", [["5.a", "Ēcere", "Anna", "05.03.2015"],
                                           ["5.a", "Jauns", "Kārlis", "06.04.2015"]],
                      headers=headers, delimiter=",")
    preview = _preview(school, first)
    assert [r.kind for r in preview.rows] == [RowKind.UNCHANGED, RowKind.NEW]
    apply_roster(school.store, school.actors["admin"], preview, today=TODAY)

    second = write_csv(tmp_path / "2.csv", [["6.b", "Ēcere", "Anna", "05.03.2015"],
                                            ["6.B", "JAUNS", "Karlis", "06.04.2015"]],
                       headers=headers, delimiter=",")
    table = read_roster(second)
    remembered = mapping_for(school.store, school.actors["coordinator"], table)
    assert remembered.remembered and remembered.index(RosterField.BIRTH_DATE) == 3
    again = _preview(school, second)
    assert [r.kind for r in again.rows] == [RowKind.MOVED, RowKind.MOVED]
    assert [r.from_class for r in again.rows] == ["5.a", "5.a"]
    apply_roster(school.store, school.actors["coordinator"], again, today=TODAY)
    now = _students(school)
    assert now["Anna Ēcere"][0] == now["Kārlis Jauns"][0] == "6.b"
    assert len(now) == 6  # never a second Kārlis


def test_a_column_chosen_by_hand(school: SchoolFixture, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Ēcere", "Anna", "5.a", "x"]],
                     headers=("Uzvārds", "Vārds", "Kas", "Klase"))
    table = read_roster(path)
    guessed = mapping_for(school.store, school.actors["coordinator"], table)
    assert guessed.class_name == 3
    chosen = guessed.with_column(RosterField.CLASS_NAME, 2)
    preview = preview_roster(school.store, school.actors["coordinator"], table, chosen,
                             school_year=YEAR, today=TODAY)
    assert preview.rows[0].kind is RowKind.UNCHANGED
    with pytest.raises(ValidationError) as refused:
        preview_roster(school.store, school.actors["coordinator"], table,
                       chosen.with_column(RosterField.SURNAME, None), school_year=YEAR)
    assert refused.value.fields == ["surname"]


def test_unknown_and_unreadable_classes_and_dates(school: SchoolFixture, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Ēcere", "Anna", "", "31.02.2015", "5.a"],
                                          ["Ozols", "Ints", "", "", "piektā"],
                                          ["Ozola", "Ieva", "", "", "Pavārs, 2. kurss"],
                                          ["Ozola", "Inga", "", "", "5"]])
    preview = _preview(school, path)
    assert [r.kind for r in preview.rows] == [RowKind.ERROR, RowKind.ERROR, RowKind.NEW,
                                              RowKind.ERROR]
    assert "31.02.2015" in preview.rows[0].problem_text("lv")
    assert "“piektā”" in preview.rows[1].problem_text("lv")
    assert preview.classes_to_create == ("Pavārs, 2. kurss",)


def test_a_name_elsewhere_without_code_or_date_is_not_a_new_pupil(school: SchoolFixture,
                                                                  tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Lūsis", "Oskars", "", "", "5.a"]])
    preview = _preview(school, path)
    assert preview.rows[0].kind is RowKind.ERROR
    assert "(6.b)" in preview.rows[0].problem_text("lv")


def test_teachers_may_not_import(school: SchoolFixture, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Ēcere", "Anna", "", "", "5.a"]])
    for who in ("teacher", "director", "support"):
        with pytest.raises(PermissionDenied):
            _preview(school, path, who)


def test_a_register_changed_since_the_preview_is_refused(school: SchoolFixture,
                                                         tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Ēcere", "Anna", "", "", "5.a"]])
    preview = _preview(school, path)
    assert preview.rows[0].kind is RowKind.UNCHANGED
    with school.store.write() as s:
        s.get(Student, school.student_ids["Anna Ēcere"]).status = StudentStatus.LEFT  # type: ignore[union-attr]
    with pytest.raises(Conflict, match="mainījies"):
        apply_roster(school.store, school.actors["coordinator"], preview, today=TODAY)


def test_cancel_of_a_20000_row_import_leaves_nothing(school: SchoolFixture,
                                                     tmp_path: Path) -> None:
    def letters(n: int) -> str:
        return "".join(chr(97 + n // 26 ** k % 26) for k in range(3))

    rows = [[f"Kalns{letters(i)}", "Ilze", "", f"{1 + i % 28:02d}.{1 + i % 12:02d}.2012",
             f"{5 + i % 7}.{'abc'[i % 3]}"] for i in range(20_000)]
    path = write_csv(tmp_path / "liels.csv", rows)
    preview = _preview(school, path)
    assert preview.counts.new == 20_000 and len(preview.classes_to_create) == 19
    with school.store.read() as s:
        before = (s.scalar(select(func.count()).select_from(Student)),
                  s.scalar(select(func.count()).select_from(SchoolClass)),
                  s.scalar(select(func.count()).select_from(AuditEntry)))
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 10_000:
            cancel.set()

    result = apply_roster(school.store, school.actors["coordinator"], preview,
                          create_classes=True, progress=progress, cancel=cancel, today=TODAY)
    assert result.cancelled
    assert seen[0] == (0, 20_000) and seen[-1] == (10_000, 20_000)
    with school.store.read() as s:
        after = (s.scalar(select(func.count()).select_from(Student)),
                 s.scalar(select(func.count()).select_from(SchoolClass)),
                 s.scalar(select(func.count()).select_from(AuditEntry)))
    assert after == before
