"""Databases frozen at an older schema keep opening: each later revision upgrades them.

`frozen/school-<revision>.db.gz` is the demo school as the program of that revision wrote
it (made once by `frozen/make_frozen.py`, never regenerated). Plaintext, because the demo is
fictional and an encrypted file does not compress; the migrations do not depend on the key.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, select

from app.models import Base, Consultation, RiskAssessment, Student, SupportPlan
from app.models.db import open_engine
from app.models.migrate import head_revision, upgrade_to_head
from app.services.checks.integrity import check_database
from app.services.core.store import Store

FROZEN = Path(__file__).parent / "frozen"
FILES = sorted(FROZEN.glob("school-*.db.gz"))
COUNTED = (Student, SupportPlan, RiskAssessment, Consultation)


def _revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _counts(engine: Engine) -> dict[str, int]:
    with Store(engine).read() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) or 0 for m in COUNTED}


def _thawed(frozen: Path, tmp_path: Path) -> Path:
    db = tmp_path / frozen.name.removesuffix(".gz")
    db.write_bytes(gzip.decompress(frozen.read_bytes()))
    return db


def test_there_is_a_frozen_database() -> None:
    assert FILES, "keep a frozen database of an older schema in tests/migrations/frozen"


@pytest.mark.parametrize("frozen", FILES, ids=lambda p: p.name)
def test_a_frozen_database_upgrades_to_head_and_keeps_its_rows(frozen: Path,
                                                                 tmp_path: Path) -> None:
    db = _thawed(frozen, tmp_path)
    engine = open_engine(db, None)
    frozen_at = _revision(engine)
    assert frozen.name == f"school-{frozen_at}.db.gz"
    before = _counts(engine)
    assert before["Student"] > 100 and before["SupportPlan"] > 10

    result = upgrade_to_head(engine, db)

    assert result.from_revision == frozen_at and result.to_revision == head_revision()
    assert _revision(engine) == head_revision()
    assert _counts(engine) == before
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                 Base.metadata)
    assert diffs == []
    report = check_database(engine)
    assert report.ok, report
    engine.dispose()
