"""Timing and memory helpers shared by every benchmark, and the row each one reports.

A benchmark module runs in its own process (`python -m benchmarks.bench_x --work DIR`) and
prints its rows as JSON lines starting with `ROW `; the runner collects them into one table.
Peak memory is the process's resident-set high-water mark (VmHWM), reset before each
measurement through /proc/self/clear_refs, so every row has its own peak.
"""

from __future__ import annotations

import contextlib
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROW_PREFIX = "ROW "


@dataclass
class Row:
    """One line of the table. Times are seconds; `unit` says how to print the figure."""

    name: str
    figure: float | None = None  # None: not available (see `note`)
    baseline: float | None = None
    unit: str = "s"  # s | ms | per_s (bundles per second) | MB
    goal: str = ""  # "≤ 1.5× baseline", "≤ 16 ms", "≥ 300/s", "" (information only)
    met: bool | None = None  # None: no goal, or not measured
    peak_mb: float | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.figure is None or not self.baseline:
            return None
        if self.unit == "per_s":  # a rate: how many times slower than the baseline
            return self.baseline / self.figure if self.figure else None
        return self.figure / self.baseline


def emit(row: Row) -> None:
    print(ROW_PREFIX + json.dumps(asdict(row), ensure_ascii=False), flush=True)


def unavailable(name: str, why: str, goal: str = "") -> Row:
    return Row(name, goal=goal, note=f"not available: {why}")


def reset_peak() -> None:
    """Start a new high-water mark (Linux); elsewhere the peak covers the whole process."""
    gc.collect()
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_mb() -> float | None:
    """The resident-set high-water mark since the last `reset_peak`, in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    if sys.platform != "win32":
        import resource

        scale = 1 if sys.platform == "darwin" else 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1024 / 1024
    return None


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def median_time(fn: Callable[[], Any], repeats: int, setup: Callable[[], Any] | None = None
                ) -> tuple[float, list[float]]:
    """The median wall time of `repeats` calls of `fn` (after `setup`, untimed), and all."""
    times = []
    for _ in range(repeats):
        if setup is not None:
            setup()
        gc.collect()
        times.append(timed(fn)[0])
    return statistics.median(times), times


def check_ratio(row: Row, limit: float) -> Row:
    """Mark the row against "figure ≤ limit × baseline" (rates: "figure ≥ baseline / limit")."""
    ratio = row.ratio
    row.met = None if ratio is None else ratio <= limit
    return row


def check_max(row: Row, limit: float) -> Row:
    row.met = None if row.figure is None else row.figure <= limit
    return row


def check_min(row: Row, limit: float) -> Row:
    row.met = None if row.figure is None else row.figure >= limit
    return row


def work_dir() -> Path:
    """The `--work DIR` every benchmark process gets from the runner."""
    args = sys.argv[1:]
    if "--work" in args:
        return Path(args[args.index("--work") + 1])
    raise SystemExit("usage: python -m benchmarks.<name> --work DIR (the runner passes it)")
