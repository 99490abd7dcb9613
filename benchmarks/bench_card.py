"""Opening a pupil card with six years of history: until the header and every tab are loaded.

The pupil is the one with the longest history in the large school (most assessments and
consultations, assessed this semester); the coordinator opens the card with all the tabs
their roles allow (`card_tabs`). Timed from constructing the card to the header and the first
tab shown, and on to every tab loaded (each tab made current in turn, as if clicked at once);
each tab's own row is the time from making it current to its data shown (the tab is made
when first shown, so that includes building its widgets). The database work is the time the
card's jobs spend on the worker thread (`app.services` calls, no Qt) during the same opening,
for the whole card and for each tab. One warm-up, then the median of five.
"""

from __future__ import annotations

import statistics
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.models import Consultation, RiskAssessment, Student
from app.models.enums import StudentStatus
from app.ui.student_card.card import StudentCard
from app.ui.student_card.tabs import card_tabs
from app.ui.tasks import DatabaseWorker
from benchmarks.data import school_db
from benchmarks.measure import (
    Row,
    check_max,
    check_ratio,
    emit,
    peak_mb,
    reset_peak,
    work_dir,
)
from benchmarks.qt_session import application, context, settle

REPEATS = 5


class TimingWorker(DatabaseWorker):
    """The app's worker, adding up the time its jobs spend in their work function."""

    def __init__(self) -> None:
        super().__init__()
        self.busy = 0.0
        self.busy_cpu = 0.0  # the same jobs' CPU time on the worker thread

    def submit(self, job: Any) -> bool:
        work: Callable[..., Any] = job.fn

        def timed_work(*args: Any) -> Any:
            began, cpu = time.perf_counter(), time.thread_time()
            try:
                return work(*args)
            finally:
                self.busy += time.perf_counter() - began
                self.busy_cpu += time.thread_time() - cpu

        job.fn = timed_work
        return super().submit(job)


def longest_history(ctx: Any) -> tuple[uuid.UUID, int, int]:
    """(pupil, assessments, consultations) of the active pupil with the most history."""
    with ctx.store.read() as s:
        assessed_now = select(RiskAssessment.student_id).where(
            RiskAssessment.semester_id == ctx.semester.id)
        assessments = dict(s.execute(select(RiskAssessment.student_id, func.count())
                                     .group_by(RiskAssessment.student_id)).all())
        talks = dict(s.execute(select(Consultation.student_id, func.count())
                               .group_by(Consultation.student_id)).all())
        active = set(s.scalars(select(Student.id).where(Student.status == StudentStatus.ACTIVE,
                                                        Student.id.in_(assessed_now))))
    best = max(active, key=lambda sid: (assessments.get(sid, 0), talks.get(sid, 0), str(sid)))
    return best, assessments.get(best, 0), talks.get(best, 0)


@dataclass
class Opening:
    """One opening of the card, in seconds: (time, database work) per tab, the Overview's
    being the first view (card, header and Overview); then the card with every tab."""

    tabs: list[tuple[str, float, float]]
    every: float
    service: float
    gui_cpu: float  # CPU time of the GUI thread over the whole opening (steadier under load)
    service_cpu: float  # CPU time of the database jobs on the worker thread


def open_card(app: QApplication, ctx: Any, sid: uuid.UUID) -> Opening:
    worker = ctx.worker
    assert isinstance(worker, TimingWorker)
    worker.busy = worker.busy_cpu = 0.0
    began, cpu = time.perf_counter(), time.thread_time()
    card = StudentCard(ctx, sid, card_tabs(ctx))
    card.show()
    settle(app, worker)
    tabs = [("first view", time.perf_counter() - began, worker.busy)]
    for index in range(1, card.tabs.count()):
        busy, shown = worker.busy, time.perf_counter()
        card.tabs.setCurrentIndex(index)
        settle(app, worker)
        name = type(card.tab_list[index]).__name__.removesuffix("Tab")
        tabs.append((name, time.perf_counter() - shown, worker.busy - busy))
    every, gui_cpu = time.perf_counter() - began, time.thread_time() - cpu
    if sid.hex[:8] not in str(card.student_id.hex) or not card.name.text():
        raise RuntimeError("the card did not show the pupil")
    card.close()
    card.deleteLater()
    app.processEvents()
    return Opening(tabs, every, worker.busy, gui_cpu, worker.busy_cpu)


def main() -> None:
    app = application()
    ctx = context(school_db(work_dir(), "large"))
    ctx.worker = TimingWorker()
    sid, assessments, talks = longest_history(ctx)
    open_card(app, ctx, sid)  # warm-up: imports, caches
    reset_peak()
    runs = [open_card(app, ctx, sid) for _ in range(REPEATS)]
    peak = peak_mb()
    every = statistics.median(r.every for r in runs)
    service = statistics.median(r.service for r in runs)
    gui_cpu = statistics.median(r.gui_cpu for r in runs)
    service_cpu = statistics.median(r.service_cpu for r in runs)
    tabs = len(card_tabs(ctx))
    who = f"{assessments} assessments, {talks} consultations over six years"
    emit(check_ratio(Row(f"pupil card, header + {tabs} tabs loaded ({who})", every, service,
                         unit="ms", goal="≤ 1.5× its database work", peak_mb=peak,
                         note="baseline = the card's database jobs alone (worker thread); "
                              f"CPU time: GUI thread {gui_cpu * 1000:.0f} ms, database jobs "
                              f"{service_cpu * 1000:.0f} ms"),
                     1.5))
    for index, (name, _t, _s) in enumerate(runs[0].tabs):
        took = statistics.median(r.tabs[index][1] for r in runs)
        work = statistics.median(r.tabs[index][2] for r in runs)
        title = ("pupil card, first view (header + Overview tab)" if index == 0
                 else f"pupil card, {name} tab first opened")
        note = "" if index else ("baseline = each tab's own database jobs; every tab is "
                                 "built when first shown")
        emit(check_max(Row(title, took, work, unit="ms", goal="≤ 100 ms", peak_mb=peak,
                           note=note), 0.100))
    emit(Row("pupil card, service part alone (all tabs)", service, unit="ms", peak_mb=peak))
    ctx.shutdown()
    ctx.store.close()


if __name__ == "__main__":
    main()
