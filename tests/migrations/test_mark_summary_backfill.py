"""Revision 0014 sums up the marks imported before it as the program now does at import: a
database frozen at 0013 with marks in it gets the same `mark_summary` rows."""

from __future__ import annotations

import gzip
import json
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import func, insert, select

from app.models import IndicatorImport, MarkFigure, MarkSummary, Student, User
from app.models.db import open_engine
from app.models.migrate import upgrade_to_head
from app.services.core.store import Store
from app.services.indicators.mark_summary import summaries

FROZEN = Path(__file__).parent / "frozen" / "school-0013_retention.db.gz"


def test_marks_stored_before_0014_are_summed_as_the_program_sums_them(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    db.write_bytes(gzip.decompress(FROZEN.read_bytes()))
    engine = open_engine(db, None)
    iid = uuid.uuid4()
    with engine.begin() as conn:  # the 0013 schema: rows written as the 0013 program did
        pupils = list(conn.execute(select(Student.id).limit(3)).scalars())
        user = conn.execute(select(User.id).limit(1)).scalar_one()
        conn.execute(insert(IndicatorImport.__table__).values(  # type: ignore[arg-type]
            id=iid, kind="marks", period="2026-10", period_kind="month",
            starts_on=date(2026, 10, 1), ends_on=date(2026, 10, 31), source_name="v.csv",
            imported_by_id=user, rows=3))
        marks = [{"id": uuid.uuid4(), "import_id": iid, "student_id": sid, "source_row": n,
                  "subject": subject, "mark_text": text, "mark": mark, "failing": failing}
                 for n, sid in enumerate(pupils, start=2)
                 for subject, text, mark, failing in (
                     ("Matemātika", "3", 3, True), ("Matemātika", "2", 2, True),
                     ("Fizika", "7", 7, False), ("Ķīmija", "nv", None, False),
                     ("Vēsture", "ni", None, True))[:n + 1]]
        conn.execute(insert(MarkFigure.__table__), marks)  # type: ignore[arg-type]

    upgrade_to_head(engine, db)

    with Store(engine).read() as s:
        stored = {(r.import_id, r.student_id): r for r in s.scalars(select(MarkSummary))}
        assert s.scalar(select(func.count()).select_from(MarkSummary)) == 3
    expected = summaries(iid, marks)
    assert len(expected) == 3
    for row in expected:
        got = stored[(iid, row["student_id"])]
        assert (got.marks, got.failing, got.numeric_sum, got.numeric_count) == (
            row["marks"], row["failing"], row["numeric_sum"], row["numeric_count"])
        assert json.loads(got.failing_subjects) == json.loads(row["failing_subjects"])
    engine.dispose()
