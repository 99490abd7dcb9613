"""check_database: a sound file passes; broken references, a tampered audit trail and a
damaged encrypted page are each reported in both languages; the checks can be extended."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import Connection, text

from app.models.database import create_school_database, open_school_database
from app.secrets import KeyringSecretStore
from app.services.checks.integrity import Finding, IntegrityReport, check_database
from app.services.core import audit
from app.services.core.store import Store
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.school import SchoolFixture, build_school


def _audited(school: SchoolFixture, n: int = 3) -> None:
    for i in range(n):
        with school.store.write() as s:
            audit.record(s, school.actors["coordinator"], "test.action", "student",
                         school.student_ids["Anna Ēcere"], step=i)


def test_a_sound_database_passes(school: SchoolFixture) -> None:
    _audited(school)

    report = check_database(school.store)

    assert report.ok and report.problems == ()
    assert {f.check for f in report.findings} == {"sqlite_file", "foreign_keys", "audit_chain",
                                                  "approval_signatures", "approvals_standing",
                                                  "school_present"}
    lv, en = report.lines("lv"), report.lines("en")
    assert lv[0] == "Datubāzes pārbaude: problēmu nav."
    assert en[0] == "Database check: no problems found."
    assert any("ierakstu skaits: 3" in line for line in lv)
    assert len(lv) == 7 and all(line.startswith("  ✓ ") for line in lv[1:])


def test_a_broken_reference_is_reported(school: SchoolFixture) -> None:
    raw = school.store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA foreign_keys = OFF")
        cur.execute("INSERT INTO guardian (id, student_id, full_name, relation, phone, email) "
                    "VALUES (?, ?, 'Rasma Ēcere', 'māte', '', '')",
                    (uuid.uuid4().hex, uuid.uuid4().hex))
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()
    finally:
        raw.close()

    report = check_database(school.store.engine)

    assert not report.ok and report.failed("foreign_keys")
    assert not report.failed("audit_chain") and not report.failed("sqlite_file")
    problem = report.problems[0]
    assert "guardian" in problem.text("lv") and "student" in problem.text("lv")
    assert "refers to a missing record" in problem.text("en")
    assert report.lines("lv")[0] == "Datubāzes pārbaude: atrastas problēmas (1)."


def test_a_tampered_audit_entry_breaks_the_chain(school: SchoolFixture) -> None:
    _audited(school, 4)
    with school.store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET action = 'covered.up' WHERE seq = 2"))

    report = check_database(school.store)

    assert report.failed("audit_chain") and not report.ok
    broken = next(f for f in report.findings if f.check == "audit_chain")
    assert "Nr. 2" in broken.text("lv") and "pārtraukta" in broken.text("lv")
    assert "entry no. 2" in broken.text("en")


def test_a_damaged_encrypted_page_is_reported_not_raised(tmp_path: Path) -> None:
    db, secrets = tmp_path / "school.db", KeyringSecretStore(MemoryKeyring())
    created = create_school_database(db, secrets)
    build_school(Store(created.engine))
    created.engine.dispose()
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[5 * page + 200] ^= 0xFF  # one flipped bit pattern inside page 6
    db.write_bytes(bytes(data))
    engine = open_school_database(db, secrets)

    report = check_database(engine)
    engine.dispose()

    assert report.failed("sqlite_file") and not report.ok
    texts = [f.text("en") for f in report.problems]
    assert any("page 6" in t for t in texts), texts
    assert report.lines("en")[0].startswith("Database check: problems found")


def test_further_checks_plug_in(school: SchoolFixture) -> None:
    def approval_signatures(conn: Connection) -> list[Finding]:
        plans = conn.exec_driver_sql("SELECT count(*) FROM plan_version").scalar()
        return [Finding("approval_signatures", plans == 0, "integrity.fk_ok")]

    report = check_database(school.store, checks=[approval_signatures])

    assert isinstance(report, IntegrityReport)
    assert [f.check for f in report.findings] == ["approval_signatures"]
    assert report.ok


def test_an_empty_database_is_not_called_healthy(tmp_path: Path) -> None:
    """What a creation killed before the school was set up left behind (before creations
    were built under a temporary name — see tests/unit/test_building.py)."""
    created = create_school_database(tmp_path / "school.db", KeyringSecretStore(MemoryKeyring()))
    report = check_database(created.engine)
    created.engine.dispose()
    assert report.failed("school_present") and not report.ok
    assert any("Datubāzē nav skolas" in line for line in report.lines("lv"))
