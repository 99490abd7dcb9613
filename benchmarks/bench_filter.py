"""Filter-as-you-type over the large school's pupils list, per keystroke.

The Pupils screen (coordinator: every pupil) is loaded and shown; then a person types
"bērziņa", deletes it letter by letter, types "8.b jān" and clears the box. A keystroke is
`setText` on the search box (the screen's own slot filters the proxy and updates "N of M"),
the proxy's rowCount and processing the events it caused (the table's relayout and repaint).
Five rounds; each keystroke's median; the figure is the slowest keystroke. The baseline is
the least work a filter can do: a Python scan of the same folded names for the same text.
"""

from __future__ import annotations

import statistics
import time

from app.ui.item_models.student_rows import fold
from app.ui.students.students_screen import students_screen
from benchmarks.data import school_db
from benchmarks.measure import Row, check_max, emit, peak_mb, reset_peak, work_dir
from benchmarks.qt_session import application, context, settle

ROUNDS = 5


def keystrokes() -> list[str]:
    word, other = "bērziņa", "8.b jān"
    typed = [word[:i] for i in range(1, len(word) + 1)]
    deleted = [word[:i] for i in range(len(word) - 1, -1, -1)]
    return typed + deleted + [other[:i] for i in range(1, len(other) + 1)] + [""]


def scan(search: list[str], text: str) -> int:
    needle = fold(text.strip()).split()
    return sum(1 for s in search if all(part in s for part in needle))


def main() -> None:
    app = application()
    ctx = context(school_db(work_dir(), "large"))
    screen = students_screen(ctx, tab_factories=[])
    screen.resize(1200, 800)
    screen.show()
    settle(app, ctx.worker)
    total = screen.model.rowCount()
    if total < 1000:
        raise SystemExit(f"the pupils list has only {total} rows")
    keys = keystrokes()
    per_key: dict[int, list[float]] = {i: [] for i in range(len(keys))}
    base_key: dict[int, list[float]] = {i: [] for i in range(len(keys))}
    reset_peak()
    shown: list[int] = []
    for _ in range(ROUNDS):
        for i, text in enumerate(keys):
            began = time.perf_counter()
            screen.search.setText(text)
            shown.append(screen.proxy.rowCount())
            app.processEvents()
            per_key[i].append(time.perf_counter() - began)
            began = time.perf_counter()
            scan(screen.model.search, text)
            base_key[i].append(time.perf_counter() - began)
    peak = peak_mb()
    medians = [statistics.median(v) for v in per_key.values()]
    base = [statistics.median(v) for v in base_key.values()]
    worst = max(range(len(keys)), key=medians.__getitem__)
    emit(check_max(Row(
        f"filter-as-you-type, {total:,} pupils (slowest keystroke)", medians[worst],
        base[worst], unit="ms", goal="≤ 16 ms", peak_mb=peak,
        note=(f"slowest: {keys[worst]!r}; median keystroke {statistics.median(medians) * 1000:.1f}"
              f" ms over {len(keys)} keystrokes × {ROUNDS} rounds; baseline = a Python scan of "
              f"the folded names")), 0.016))
    ctx.shutdown()
    ctx.store.close()


if __name__ == "__main__":
    main()
