"""Opening the next school year (2027/2028) in the large school, against a bare baseline.

`open_school_year` as the coordinator on a private copy of the large school: the backup
(VACUUM INTO), the year and its semesters, the catalogue file, every class promoted, every
active pupil moved (or graduated) with their enrolment record, in one transaction. The
baseline, measured in the same run on its own copy, does the same bulk work with bare SQL:
the same backup, then one executemany each inserting the same number of classes and
enrolment rows and updating the same pupils' class. Each repeat starts from a fresh copy
(untimed). No plans are continued (that is `start_next_plan`'s own cost per pupil).
"""

from __future__ import annotations

import statistics
import time
import uuid
from pathlib import Path

from sqlalchemy import func, select, text

from app.models import SchoolClass, SchoolYear, Student
from app.models.enums import StudentStatus
from app.models.migrate import backup_database
from app.services.year_opening import open_school_year
from benchmarks.data import actor, copy_school, open_store
from benchmarks.measure import Row, check_ratio, emit, peak_mb, reset_peak, work_dir

REPEATS = 3
YEAR = "2027/2028"


def _fresh(work: Path, name: str) -> Path:
    path = copy_school(work, "large", name)
    for old in work.glob(f"{name}.db.backup-*"):
        old.unlink()
    return path


def rollover(work: Path) -> tuple[float, dict[str, int]]:
    store = open_store(_fresh(work, "rollover"))
    try:
        who = actor(store)
        began = time.perf_counter()
        result = open_school_year(store, who, YEAR)
        took = time.perf_counter() - began
        return took, {"classes": result.classes_created, "promoted": result.promoted,
                      "graduated": result.graduated}
    finally:
        store.close()


def baseline(work: Path) -> float:
    path = _fresh(work, "rollover_base")
    store = open_store(path)
    try:
        with store.read() as s:
            latest = s.scalar(select(SchoolYear.id).order_by(SchoolYear.starts_on.desc())
                              .limit(1))
            classes = list(s.scalars(select(SchoolClass).where(
                SchoolClass.school_year_id == latest)))
            pupils = list(s.execute(select(Student.id, Student.class_id).where(
                Student.status == StudentStatus.ACTIVE)))
        began = time.perf_counter()
        backup_database(store.engine, path, "baseline")
        new_ids = {c.id: uuid.uuid4() for c in classes}
        with store.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO school_class (id, school_year_id, name, programme, grade, "
                "programme_name, final_grade, archived) VALUES (:id, :year, :name, "
                "'GENERAL', :grade, '', 12, 0)"),
                [{"id": new_ids[c.id].hex, "year": latest.hex if latest else "",
                  "name": c.name + "*", "grade": c.grade} for c in classes])
            conn.execute(text("INSERT INTO class_enrolment (student_id, school_year_id, "
                              "class_id, outcome) VALUES (:s, :y, :c, 'promoted')"),
                         [{"s": sid.hex, "y": latest.hex if latest else "", "c": cid.hex}
                          for sid, cid in pupils])
            conn.execute(text("UPDATE student SET class_id = :c WHERE id = :s"),
                         [{"s": sid.hex, "c": new_ids.get(cid, cid).hex}
                          for sid, cid in pupils])
        return time.perf_counter() - began
    finally:
        store.close()


def main() -> None:
    work = work_dir()
    store = open_store(work / "large.db")
    with store.read() as s:
        pupils = s.scalar(select(func.count()).select_from(Student).where(
            Student.status == StudentStatus.ACTIVE)) or 0
    store.close()
    reset_peak()
    runs = [rollover(work) for _ in range(REPEATS)]
    figure = statistics.median(t for t, _ in runs)
    peak = peak_mb()
    base = statistics.median(baseline(work) for _ in range(REPEATS))
    counts = runs[0][1]
    emit(check_ratio(Row("year rollover of the large school (open 2027/2028)", figure, base,
                         goal="≤ 3× backup + bare SQL", peak_mb=peak,
                         note=(f"{pupils} active pupils: {counts['promoted']} promoted, "
                               f"{counts['graduated']} graduated, {counts['classes']} classes "
                               "created; backup included")), 3.0))


if __name__ == "__main__":
    main()
