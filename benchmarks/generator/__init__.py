"""A realistic school or municipality from a fixed seed, built with bulk inserts.

- `build_school(path, size, seed)` (`school.py`): an encrypted school database — a small
  school or a large one with six school years of history — made from the demo's building
  blocks (app/demo) and written with one bulk insert per table; it also writes the same rows
  with raw sqlite3 `executemany` into a second file, the baseline of the inserts.
- `build_municipality(url, size, seed)` (`municipality.py`): the hub's tables for ~130 schools
  and six years, as the aggregates read them.
"""
