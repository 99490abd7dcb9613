"""The marks and conduct imports: both e-journals' shapes, each encoding and delimiter, the
non-numeric marks, bad rows with their sentences, all or nothing, and importing a period
again replacing it (and only that kind's import)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.models import (
    AuditEntry,
    ConductFigure,
    IndicatorImport,
    MarkFigure,
    MarkSummary,
    Student,
)
from app.services.indicators import (
    RowKind,
    apply_conduct,
    apply_marks,
    parse_mark,
    preview_conduct,
    preview_marks,
)
from app.services.roster import read_roster
from tests.builders.attendance_files import eklase_csv, import_attendance
from tests.builders.marks_files import (
    eklase_conduct_csv,
    eklase_marks_csv,
    eklase_marks_xlsx,
    mykoob_conduct_csv,
    mykoob_marks_csv,
)
from tests.builders.school import SchoolFixture

TODAY = date(2026, 11, 5)
ENCODINGS = [("cp1257", ";"), ("utf-8", ","), ("utf-8-sig", ";"), ("utf-8", "\t")]


def _marks(school: SchoolFixture) -> list[tuple[str, str, str, int | None, bool]]:
    with school.store.read() as s:
        return sorted((st.first_name, m.subject, m.mark_text, m.mark, m.failing)
                      for m, st in s.execute(select(MarkFigure, Student).join(
                          Student, Student.id == MarkFigure.student_id)))


def _notes(school: SchoolFixture) -> dict[str, int]:
    with school.store.read() as s:
        return {st.first_name: c.notes for c, st in s.execute(select(ConductFigure, Student)
                                                              .join(Student, Student.id ==
                                                                    ConductFigure.student_id))}


def test_the_marks_the_e_journals_write() -> None:
    assert parse_mark("Fizika", "3") is not None and parse_mark("Fizika", "3").failing
    assert not parse_mark("Fizika", "4").failing  # type: ignore[union-attr]
    words = {t: parse_mark("Sports", t) for t in ("nv", "ieskaitīts", "NEIESKAITĪTS", "i",
                                                  "ni")}
    assert {t: (m.value, m.failing) for t, m in words.items() if m} == {
        "nv": (None, False), "ieskaitīts": (None, False), "NEIESKAITĪTS": (None, True),
        "i": (None, False), "ni": (None, True)}
    assert [parse_mark("Sports", t) for t in ("0", "11", "5+", "labi")] == [None] * 4


@pytest.mark.parametrize(("encoding", "delimiter"), ENCODINGS)
def test_eklase_marks_a_column_per_subject(school: SchoolFixture, tmp_path: Path,
                                           encoding: str, delimiter: str) -> None:
    path = eklase_marks_csv(tmp_path / "vērtējumi.csv", [
        ["1", "Ēcere", "Anna", "", "5.a", "3 5", "nv", "2", "3,3"],
        ["2", "Lūsis", "Oskars", "", "6.b", "8", "", "ieskaitīts", "8"],
    ], encoding=encoding, delimiter=delimiter)
    preview = preview_marks(school.store, school.actors["coordinator"], read_roster(path),
                            "2026-10", today=TODAY)
    assert [s for _, s in preview.columns.subjects] == ["Matemātika", "Latviešu valoda",
                                                        "Fizika"]
    assert [r.kind for r in preview.rows] == [RowKind.MATCHED] * 2
    result = apply_marks(school.store, school.actors["coordinator"], preview, today=TODAY)
    assert (result.imported, result.skipped, result.replaced) == (2, 0, False)
    assert _marks(school) == [
        ("Anna", "Fizika", "2", 2, True), ("Anna", "Latviešu valoda", "nv", None, False),
        ("Anna", "Matemātika", "3", 3, True), ("Anna", "Matemātika", "5", 5, False),
        ("Oskars", "Fizika", "ieskaitīts", None, False), ("Oskars", "Matemātika", "8", 8, False)]


def test_eklase_marks_xlsx(school: SchoolFixture, tmp_path: Path) -> None:
    path = eklase_marks_xlsx(tmp_path / "v.xlsx", [[1, "Lūsis", "Oskars", None, "6.b", 7, 4,
                                                    "neieskaitīts", 5.5]])
    preview = preview_marks(school.store, school.actors["coordinator"], read_roster(path),
                            "2026-10", today=TODAY)
    assert [(m.subject, m.value, m.failing) for m in preview.rows[0].figures] == [
        ("Matemātika", 7, False), ("Latviešu valoda", 4, False), ("Fizika", None, True)]


@pytest.mark.parametrize(("encoding", "delimiter"), ENCODINGS)
def test_mykoob_marks_a_row_per_mark(school: SchoolFixture, tmp_path: Path, encoding: str,
                                     delimiter: str) -> None:
    path = mykoob_marks_csv(tmp_path / "mykoob.csv", [
        ["Anna", "Ēcere", "5.a", "Matemātika", "2", "03.10.2026"],
        ["Anna", "Ēcere", "5.a", "Matemātika", "ni", "10.10.2026"],
        ["Anna", "Ēcere", "5.a", "Fizika", "6", "12.10.2026"],
    ], encoding=encoding, delimiter=delimiter)
    preview = preview_marks(school.store, school.actors["coordinator"], read_roster(path),
                            "2026-10", today=TODAY)
    assert preview.columns.long and preview.counts.matched == 3  # one pupil, not duplicates
    assert apply_marks(school.store, school.actors["coordinator"], preview,
                       today=TODAY).imported == 1
    assert _marks(school) == [("Anna", "Fizika", "6", 6, False),
                              ("Anna", "Matemātika", "2", 2, True),
                              ("Anna", "Matemātika", "ni", None, True)]


def test_bad_mark_rows_say_what_is_wrong_and_nothing_is_stored(school: SchoolFixture,
                                                              tmp_path: Path) -> None:
    path = mykoob_marks_csv(tmp_path / "mykoob.csv", [
        ["Anna", "Ēcere", "5.a", "Matemātika", "11", ""],
        ["Anna", "Ēcere", "5.a", "", "5", ""],
        ["Oskars", "Lūsis", "6.b", "Fizika", "", ""],
        ["Jānis", "Nezināms", "5.a", "Fizika", "5", ""],
        ["Oskars", "Lūsis", "6.b", "Fizika", "7", ""],
    ])
    preview = preview_marks(school.store, school.actors["coordinator"], read_roster(path),
                            "2026-10", today=TODAY)
    assert [r.problem_text() for r in preview.rejected] == [
        "2. rinda, kolonna “Vērtējums”: “11” nav vērtējums (1–10, “nv”, “ieskaitīts”, "
        "“neieskaitīts”, “i”, “ni”).",
        "3. rinda, kolonna “Priekšmets”: nav norādīts mācību priekšmets.",
        "4. rinda, kolonna “Vērtējums”: nav vērtējuma.",
        "5. rinda, kolonna “Uzvārds”: skolā nav skolēna “Jānis Nezināms” klasē 5.a.",
    ]
    assert preview.rejected[0].problem_text("en").startswith(
        "Row 2, column “Vērtējums”: “11” is not a mark")
    with pytest.raises(ValidationError):
        apply_marks(school.store, school.actors["coordinator"], preview, today=TODAY)
    assert _marks(school) == []
    result = apply_marks(school.store, school.actors["coordinator"], preview,
                         skip_bad_rows=True, today=TODAY)
    assert (result.imported, result.skipped) == (1, 4)
    assert _marks(school) == [("Oskars", "Fizika", "7", 7, False)]


def test_an_eklase_pupil_twice_is_refused(school: SchoolFixture, tmp_path: Path) -> None:
    path = eklase_marks_csv(tmp_path / "v.csv", [
        ["1", "Lūsis", "Oskars", "", "6.b", "7", "", "", ""],
        ["2", "Lūsis", "Oskars", "", "6.b", "x", "", "", ""]])
    preview = preview_marks(school.store, school.actors["coordinator"], read_roster(path),
                            "2026-10", today=TODAY)
    assert [r.problem_text() for r in preview.rejected] == [
        "4. rinda, kolonna “Matemātika”: “x” nav vērtējums (1–10, “nv”, “ieskaitīts”, "
        "“neieskaitīts”, “i”, “ni”)."]


@pytest.mark.parametrize(("encoding", "delimiter"), ENCODINGS)
def test_conduct_counted_or_given(school: SchoolFixture, tmp_path: Path, encoding: str,
                                  delimiter: str) -> None:
    coordinator = school.actors["coordinator"]
    per_note = mykoob_conduct_csv(tmp_path / "piezīmes.csv", [
        ["Anna", "Ēcere", "5.a", "01.10.2026", "Traucē stundu"],
        ["Anna", "Ēcere", "5.a", "08.10.2026", "Nav mājasdarba; runā"],
        ["Oskars", "Lūsis", "6.b", "09.10.2026", "Kavē"],
    ], encoding=encoding, delimiter=delimiter)
    preview = preview_conduct(school.store, coordinator, read_roster(per_note), "2026-10",
                              today=TODAY)
    assert preview.columns.note == 4 and preview.counts.matched == 3
    assert apply_conduct(school.store, coordinator, preview, today=TODAY).imported == 2
    assert _notes(school) == {"Anna": 2, "Oskars": 1}

    counts = eklase_conduct_csv(tmp_path / "kopsavilkums.csv", [
        ["Ēcere", "Anna", "", "5.a", "4"], ["Ķemere", "Laura", "", "5.a", "0"]],
        encoding=encoding, delimiter=delimiter)
    preview = preview_conduct(school.store, coordinator, read_roster(counts), "2026-10",
                              today=TODAY)
    assert preview.replaces is not None and preview.replaces.source_name == "piezīmes.csv"
    assert apply_conduct(school.store, coordinator, preview, today=TODAY).replaced
    assert _notes(school) == {"Anna": 4, "Laura": 0}


def test_bad_conduct_rows(school: SchoolFixture, tmp_path: Path) -> None:
    path = eklase_conduct_csv(tmp_path / "k.csv", [
        ["Ēcere", "Anna", "", "5.a", "daudz"], ["Ķemere", "Laura", "", "5.a", ""],
        ["Ēcere", "Anna", "", "5.a", "1"], ["Ēcere", "Anna", "", "5.a", "2"]])
    preview = preview_conduct(school.store, school.actors["coordinator"], read_roster(path),
                              "2026-10", today=TODAY)
    assert [r.problem_text() for r in preview.rejected] == [
        "3. rinda, kolonna “Piezīmju skaits”: “daudz” nav vesels skaitlis (0 vai vairāk).",
        "4. rinda, kolonna “Piezīmju skaits”: nav norādīts piezīmju skaits.",
        "6. rinda, kolonna “Uzvārds”: šis skolēns jau ir 5. rindā."]
    with pytest.raises(ValidationError):
        apply_conduct(school.store, school.actors["coordinator"], preview, today=TODAY)
    assert _notes(school) == {}


def test_reimporting_marks_replaces_only_the_marks_of_that_period(school: SchoolFixture,
                                                                 tmp_path: Path) -> None:
    coordinator = school.actors["coordinator"]
    import_attendance(school.store, coordinator, eklase_csv(tmp_path / "a.csv", [
        ["Lūsis", "Oskars", "", "6.b", "80", "2", "1", ""]]), "2026-10", TODAY)

    def marks(name: str, mark: str, period: str) -> None:
        path = mykoob_marks_csv(tmp_path / name, [["Oskars", "Lūsis", "6.b", "Fizika", mark,
                                                   ""]])
        preview = preview_marks(school.store, coordinator, read_roster(path), period,
                                today=TODAY)
        apply_marks(school.store, coordinator, preview, today=TODAY)

    marks("okt.csv", "3", "2026-10")
    marks("sep.csv", "6", "2026-09")
    marks("okt-2.csv", "5", "2026-10")
    assert [m[2] for m in _marks(school)] == ["5", "6"]
    with school.store.read() as s:
        assert sorted(s.execute(select(IndicatorImport.kind, IndicatorImport.period,
                                       IndicatorImport.source_name)).all()) == [
            ("attendance", "2026-10", "a.csv"), ("marks", "2026-09", "sep.csv"),
            ("marks", "2026-10", "okt-2.csv")]
        assert len(s.scalars(select(AuditEntry.action).where(
            AuditEntry.action == "indicators.marks_import")).all()) == 3
        # the summaries follow: one a pupil and import, the replaced import's gone with it
        summed = sorted((imp.period, m.marks, m.failing, m.numeric_sum) for m, imp in s.execute(
            select(MarkSummary, IndicatorImport)
            .join(IndicatorImport, IndicatorImport.id == MarkSummary.import_id)))
        assert summed == [("2026-09", 1, 0, 6), ("2026-10", 1, 0, 5)]


def test_a_class_teacher_may_not_import(school: SchoolFixture, tmp_path: Path) -> None:
    path = eklase_conduct_csv(tmp_path / "k.csv", [["Ēcere", "Anna", "", "5.a", "1"]])
    for preview in (preview_conduct, preview_marks):
        with pytest.raises(PermissionDenied):
            preview(school.store, school.actors["teacher"], read_roster(path), "2026-10",
                    today=TODAY)
