"""Benchmarks for Pumpurs (`make bench` → `python -m benchmarks`): figures against baselines
measured in the same run, never asserted as time limits in tests. See BENCHMARKS.md."""
