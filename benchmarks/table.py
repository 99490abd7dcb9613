"""The one table `make bench` prints: benchmark, figure, baseline, ratio, goal, peak memory,
and whether the goal was met ("goal missed" never fails the run)."""

from __future__ import annotations

from benchmarks.measure import Row

HEADERS = ("benchmark", "figure", "baseline", "ratio", "goal", "peak MB", "result")


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value * 1000:.1f} ms"
    if unit == "per_s":
        return f"{value:,.0f}/s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.2f} s" if value < 100 else f"{value:.0f} s"


def _result(row: Row) -> str:
    if row.figure is None:
        return row.note or "not available"
    if row.met is None:
        return "info"
    return "ok" if row.met else "goal missed"


def cells(row: Row) -> tuple[str, ...]:
    ratio = row.ratio
    return (row.name, _value(row.figure, row.unit), _value(row.baseline, row.unit),
            "—" if ratio is None else f"{ratio:.2f}×", row.goal or "—",
            "—" if row.peak_mb is None else f"{row.peak_mb:.0f}", _result(row))


def render(rows: list[Row]) -> str:
    """A Markdown table (readable on a terminal, pasteable into BENCHMARKS.md), then notes."""
    body = [cells(r) for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in body)) if body else len(h)
              for i, h in enumerate(HEADERS)]

    def line(values: tuple[str, ...]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    out = [line(HEADERS), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(c) for c in body]
    notes = [f"- {r.name}: {r.note}" for r in rows if r.note and r.figure is not None]
    if notes:
        out += ["", "Notes:", *notes]
    return "\n".join(out)
