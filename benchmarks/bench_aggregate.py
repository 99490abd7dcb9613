"""The municipality: ~130 schools and six school years on the hub; its aggregate report for
one semester and for all twelve semesters of six years (`app.hub.report.semester_report`,
per school and for the whole municipality).

The generator's rows go straight into the hub's typed tables (those the aggregates read) with
bulk inserts, against raw sqlite3 executemany of the same rows. The reports run as the hub
leaves the database (no table statistics), then again after `ANALYZE` (SQLite's planner
statistics; see BENCHMARKS.md). On PostgreSQL too when PUMPURS_TEST_POSTGRES_URL is set.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app.hub.hub import Hub
from app.hub.report import semester_report
from app.hub.setup import init_hub
from benchmarks import pg
from benchmarks.generator.municipality import draw, insert_all, raw_insert_all
from benchmarks.generator.sizes import RIGA
from benchmarks.measure import (
    Row,
    check_max,
    check_ratio,
    emit,
    median_time,
    peak_mb,
    reset_peak,
    timed,
    unavailable,
    work_dir,
)


def new_hub(db: str, keys: Path) -> Hub:
    os.environ.setdefault("PUMPURS_HUB_PASSPHRASE", "benchmark hub passphrase")  # key file /2
    return init_hub(db, keys, municipality="Rīgas valstspilsēta", url="https://hub.example.lv",
                    hub_id="hub-riga")


def aggregates(hub: Hub, labels: list[str], where: str) -> None:
    """One semester (median of three) and every semester of six years (once)."""
    current = labels[-2]  # 2026/2027-1, the semester of "today"
    reset_peak()
    one, _ = median_time(lambda: semester_report(hub, current), 3)
    report = semester_report(hub, current)
    emit(check_max(Row(f"municipality aggregate report, one semester ({where})", one,
                       goal="≤ 0.5 s", peak_mb=peak_mb(),
                       note=f"{len(report.schools)} schools, {len(report.lines):,} lines"), 0.5))
    reset_peak()
    every, _ = timed(lambda: [semester_report(hub, label) for label in labels])
    emit(check_max(Row(f"municipality aggregate report, six years ({where})", every,
                       goal="≤ 2 s", peak_mb=peak_mb(),
                       note=f"{len(labels)} semester reports"), 2.0))


def main() -> None:
    work = work_dir()
    reset_peak()
    generate_s, (plans, labels, tables) = timed(lambda: draw(RIGA))
    rows = len(plans) + sum(len(r) for r in tables.values())
    db = work / "hub-municipality.db"
    raw_db = work / "hub-municipality-raw.db"
    for path in (db, raw_db):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    for keys in ("hub-municipality-keys", "hub-municipality-raw-keys",
                 "hub-municipality-pg-keys"):  # a rerun with the same --work starts afresh
        shutil.rmtree(work / keys, ignore_errors=True)
    hub = new_hub(str(db), work / "hub-municipality-keys")
    raw_hub = new_hub(str(raw_db), work / "hub-municipality-raw-keys")
    raw_hub.close()
    insert_s, _ = timed(lambda: insert_all(hub.store.engine, plans, tables))
    raw_s, _ = timed(lambda: raw_insert_all(str(raw_db), plans, tables))
    students = len(tables.get("hub_student", []))
    emit(check_ratio(Row(f"generator inserts, municipality ({rows:,} rows)", insert_s, raw_s,
                         goal="≤ 2× raw executemany", peak_mb=peak_mb(),
                         note=(f"{len(plans)} schools, {students:,} pupils, {len(labels)} "
                               f"semesters; drawing the rows took {generate_s:.1f} s more")),
                     2.0))
    os.remove(raw_db)
    aggregates(hub, labels, "SQLite")
    with hub.store.engine.begin() as conn:  # what the planner does with table statistics
        conn.exec_driver_sql("ANALYZE")
    aggregates(hub, labels, "SQLite after ANALYZE")
    hub.close()
    why = pg.available()
    if why is not None:
        emit(unavailable("municipality aggregate report (PostgreSQL)", why))
        return
    with pg.database("pumpurs_bench_agg") as url:
        pg_hub = new_hub(url, work / "hub-municipality-pg-keys")
        try:
            seconds, _ = timed(lambda: insert_all(pg_hub.store.engine, plans, tables))
            emit(Row(f"generator inserts, municipality ({rows:,} rows, PostgreSQL)", seconds))
            aggregates(pg_hub, labels, "PostgreSQL")
        finally:
            pg_hub.close()


if __name__ == "__main__":
    main()
