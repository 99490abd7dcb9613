"""The generator: the small and the large school, inserts against raw sqlite3 executemany.

Also leaves small.db and large.db in the work directory for the other benchmarks.
"""

from __future__ import annotations

from benchmarks.generator.school import build_school
from benchmarks.generator.sizes import LARGE, SMALL
from benchmarks.measure import Row, check_ratio, emit, peak_mb, reset_peak, work_dir

GOAL = "≤ 2× raw executemany"


def main() -> None:
    work = work_dir()
    for size in (SMALL, LARGE):
        reset_peak()
        built = build_school(work / f"{size.key}.db", size)
        peak = peak_mb()
        students = built.counts.get("student", 0)
        emit(check_ratio(Row(
            f"generator inserts, {size.key} school ({built.rows:,} rows)", built.insert_s,
            built.raw_insert_s, goal=GOAL, peak_mb=peak,
            note=(f"{students} pupils, {size.years} school years, {size.at_risk} at risk a "
                  f"semester; drawing the rows took {built.generate_s:.1f} s more")), 2.0))


if __name__ == "__main__":
    main()
