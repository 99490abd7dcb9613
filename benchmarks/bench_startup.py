"""Start-up to an interactive main window on the large school, against a bare Qt window.

Each start is a fresh process (offscreen), timed from launch to its "READY" line: the
interpreter, the imports, opening the encrypted database (keyed, schema checked), the main
window and the Pupils list of 2,000 pupils with their risk levels. The person is signed in
from the database row (the deliberately slow password hash is left out). Starts alternate,
three of each; the figures are medians.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from benchmarks.data import school_db
from benchmarks.measure import Row, check_max, check_ratio, emit, work_dir

REPEATS = 3


def start(args: list[str]) -> tuple[float, float]:
    """Seconds from launch to READY, and the child's peak memory in MB."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryFile("w+") as errors:
        began = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "benchmarks.startup_child", *args],
                                 stdout=subprocess.PIPE, stderr=errors, text=True, env=env)
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("READY"):
                elapsed = time.perf_counter() - began
                child.wait(60)
                return elapsed, float(line.split()[1])
        child.wait(60)
        errors.seek(0)
        last = [x for x in errors.read().splitlines() if x.strip()][-1:] or ["no output"]
    raise RuntimeError(f"{args[0]} start-up failed (exit {child.returncode}): {last[0]}")


def main() -> None:
    db = school_db(work_dir(), "large")
    start(["bare"])  # warm the file cache for both kinds before timing
    start(["app", str(db)])
    bare: list[float] = []
    app: list[float] = []
    peak = 0.0
    for _ in range(REPEATS):
        bare.append(start(["bare"])[0])
        seconds, mb = start(["app", str(db)])
        app.append(seconds)
        peak = max(peak, mb)
    emit(check_ratio(Row("start-up to interactive main window, large school",
                         statistics.median(app), statistics.median(bare),
                         goal="≤ 1.5× bare Qt window", peak_mb=peak,
                         note=f"app runs {', '.join(f'{x:.2f}' for x in app)} s; bare "
                              f"{', '.join(f'{x:.2f}' for x in bare)} s"), 1.5))
    emit(check_max(Row("peak memory of the app after start-up, large school", peak,
                       unit="MB", goal="≤ 300 MB", peak_mb=peak), 300))


if __name__ == "__main__":
    main()
