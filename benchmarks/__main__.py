"""`python -m benchmarks` (`make bench`): every benchmark in its own process, one table.

    python -m benchmarks [--work DIR] [--only NAME,...] [--keep]

Each benchmark module runs as `python -m benchmarks.<module> --work DIR` with
QT_QPA_PLATFORM=offscreen and prints its rows; a module that fails or runs out of time gets
a "not available" row instead, and the run goes on. The run never fails on a slow figure: it
prints "goal missed". The table is also saved as DIR/results.md and DIR/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from benchmarks.measure import ROW_PREFIX, Row, unavailable
from benchmarks.table import render

# (module, what it measures, time limit in seconds); the generator comes first
MODULES: tuple[tuple[str, str, int], ...] = (
    ("bench_generator", "generator inserts (small and large school)", 300),
    ("bench_startup", "start-up to the main window", 180),
    ("bench_filter", "filter-as-you-type", 120),
    ("bench_card", "pupil card", 120),
    ("bench_pdf", "PDF documents", 120),
    ("bench_bundle", "sync bundles", 300),
    ("bench_hub", "hub ingest", 300),
    ("bench_aggregate", "municipality aggregates", 300),
    ("bench_console", "municipality console pages", 300),
    ("bench_rollover", "year rollover", 300),
    ("bench_roster", "roster import", 300),
    ("bench_indicators", "e-journal figures and screening", 300),
)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def run_module(module: str, title: str, limit: int, work: Path) -> list[Row]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    started = time.perf_counter()
    print(f"… {title}", file=sys.stderr, flush=True)
    try:
        done = subprocess.run([sys.executable, "-m", f"benchmarks.{module}", "--work",
                               str(work)], env=env, cwd=root, capture_output=True, text=True,
                              timeout=limit)
        out, err, code = done.stdout, done.stderr, done.returncode
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        err, code = f"timed out after {limit} s", -1
    rows = [Row(**json.loads(line[len(ROW_PREFIX):])) for line in out.splitlines()
            if line.startswith(ROW_PREFIX)]
    if code != 0:
        last = [x for x in err.strip().splitlines() if x.strip()][-1:] or [f"exit {code}"]
        rows.append(unavailable(f"{title} (rest)", f"{module} failed: {last[0][:160]}"))
        (work / f"{module}.stderr.txt").write_text(err)
    print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--work", type=Path, help="keep the data here (default: a temp dir)")
    parser.add_argument("--only", help="comma-separated modules, e.g. bench_card,bench_pdf "
                                       "(bench_generator's data must already be in --work)")
    parser.add_argument("--keep", action="store_true", help="keep the temp work directory")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="pumpurs-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    chosen = set(args.only.split(",")) if args.only else None
    started = time.perf_counter()
    rows: list[Row] = []
    try:
        for module, title, limit in MODULES:
            if chosen is None or module in chosen:
                rows += run_module(module, title, limit, work)
    finally:
        if args.work is None and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    table = render(rows)
    head = (f"Pumpurs benchmarks — {time.strftime('%Y-%m-%d %H:%M')}, {machine()}, "
            f"{time.perf_counter() - started:.0f} s in all")
    print(f"\n{head}\n\n{table}", flush=True)
    if args.work is not None or args.keep:
        (work / "results.md").write_text(f"{head}\n\n{table}\n", encoding="utf-8")
        (work / "results.json").write_text(json.dumps([asdict(r) for r in rows], indent=1,
                                                      ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
