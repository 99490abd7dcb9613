"""Freezes the demo school at today's head: `python tests/migrations/frozen/make_frozen.py`.

Run once when a revision is the newest one worth keeping (never to regenerate an existing
file): it writes `school-<head>.db.gz` beside this script.
"""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

from app.demo.build import build_demo_school
from app.models.db import open_engine
from app.models.migrate import head_revision, upgrade_to_head


def freeze(folder: Path) -> Path:
    out = folder / f"school-{head_revision()}.db.gz"
    db = folder / "frozen-in-progress.db"
    engine = open_engine(db, None)  # plaintext: the demo is fictional, a plain file compresses
    upgrade_to_head(engine, db)
    build_demo_school(engine, today=date(2026, 12, 3))
    engine.dispose()
    out.write_bytes(gzip.compress(db.read_bytes(), 9))
    db.unlink()
    return out


if __name__ == "__main__":
    print(freeze(Path(__file__).parent))
