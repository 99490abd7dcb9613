"""On the command line: `pumpurs import attendance` after `pumpurs import roster`, on a real
encrypted school file (the roster CLI tests' school)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AttendanceFigure
from tests.builders.attendance_files import eklase_csv, mykoob_csv
from tests.builders.cli_roster import _count
from tests.builders.cli_school_year import ADMIN_PW, open_store, pumpurs
from tests.builders.roster_files import personal_code, write_csv

CODE_A = personal_code(date(2014, 2, 3), 11)


@pytest.fixture(autouse=True)
def key_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUMPURS_KEY_PASSPHRASE", "tests-only passphrase")
    monkeypatch.setenv("PUMPURS_ADMIN_PASSWORD", ADMIN_PW)


@pytest.fixture
def pupils_db(school_db: Path,
              tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = school_db
    roster = write_csv(tmp_path / "klases.csv", [["Bērziņa", "Anna", CODE_A, "", "5.a"],
                                                 ["Kalns", "Jānis", "", "", "5.a"]])
    assert pumpurs(db, "import", "roster", "--user", "dace", "--year", "2026/2027",
                   str(roster)) == 0
    assert _count(db) == 2
    capsys.readouterr()
    return db


def _stored(db: Path) -> list[tuple[int | None, ...]]:
    store = open_store(db)
    try:
        with store.read() as s:
            return [(f.lessons, f.justified, f.unjustified) for f in
                    s.scalars(select(AttendanceFigure).order_by(AttendanceFigure.source_row))]
    finally:
        store.close()


def test_import_attendance_previews_refuses_imports_and_replaces(
        pupils_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = eklase_csv(tmp_path / "oktobris.csv", [
        ["Bērziņa", "Anna", CODE_A, "5.a", "120", "4", "12", "1"],
        ["Kalns", "Jānis", "", "5.a", "110", "x", "0", ""],
        ["Liepa", "Inta", "", "5.a", "110", "0", "0", ""],
    ])
    args = ("import", "attendance", "--user", "dace", "--period", "2026-10", str(bad))
    assert pumpurs(pupils_db, *args, "--dry-run") == 1
    out, err = capsys.readouterr()
    assert "periods 2026-10 (01.10.2026 – 31.10.2026)" in out
    assert "Atrasti skolēni: 1; nav atrasti: 1; kļūdas: 1" in out
    assert "4. rinda, kolonna “Attaisnoti”: “x” nav vesels skaitlis" in out
    assert "5. rinda, kolonna “Uzvārds”: skolā nav skolēna “Inta Liepa” klasē 5.a." in out
    assert "nekas netika mainīts" in err and _stored(pupils_db) == []

    good = mykoob_csv(tmp_path / "mykoob.csv", [["Anna", "Bērziņa", "5.a", "120", "16", "12",
                                                 "1"], ["Jānis", "Kalns", "5.a", "110", "0",
                                                        "0", ""]])
    args = ("import", "attendance", "--user", "dace", "--period", "2026-10", str(good))
    assert pumpurs(pupils_db, *args, "--dry-run") == 0
    assert "Tikai priekšskatījums" in capsys.readouterr().out and _stored(pupils_db) == []
    assert pumpurs(pupils_db, *args) == 0
    assert "Importēti kavējumi: 2 skolēni" in capsys.readouterr().out
    assert _stored(pupils_db) == [(120, 4, 12), (110, 0, 0)]

    assert pumpurs(pupils_db, *args, "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "Replaces this period's earlier import “mykoob.csv”" in out
    assert "(the earlier import replaced)" in out
    assert _stored(pupils_db) == [(120, 4, 12), (110, 0, 0)]

    # a class teacher may not import (the roster import's permission)
    assert pumpurs(pupils_db, "import", "attendance", "--user", "ilze", str(good)) == 2
    assert "Jūsu lomai nav atļauts" in capsys.readouterr().err
