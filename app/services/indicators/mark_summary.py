"""A marks import summed up per pupil when it is stored (`MarkSummary`), from the same mark
rows it writes; and the same sums for marks stored before the summary existed (the
migration that added it uses `summaries`)."""

from __future__ import annotations

import json
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any


def summaries(import_id: uuid.UUID, marks: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One row a pupil of `marks` (the mark rows: student_id, subject, mark, failing)."""
    count: Counter[uuid.UUID] = Counter()
    failing: Counter[uuid.UUID] = Counter()
    total: Counter[uuid.UUID] = Counter()
    numeric: Counter[uuid.UUID] = Counter()
    subjects: dict[uuid.UUID, Counter[str]] = defaultdict(Counter)
    for m in marks:
        sid = m["student_id"]
        count[sid] += 1
        if m["failing"]:
            failing[sid] += 1
            subjects[sid][m["subject"]] += 1
        if m["mark"] is not None:
            total[sid] += m["mark"]
            numeric[sid] += 1
    return [{"import_id": import_id, "student_id": sid, "marks": n, "failing": failing[sid],
             "numeric_sum": total[sid], "numeric_count": numeric[sid],
             "failing_subjects": json.dumps(sorted(subjects[sid].items()), ensure_ascii=False)}
            for sid, n in count.items()]
