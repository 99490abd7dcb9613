"""On the command line: `pumpurs import marks` and `pumpurs import conduct` after
`pumpurs import roster`, on a real encrypted school file (the roster CLI tests' school)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import ConductFigure, MarkFigure
from tests.builders.cli_school_year import ADMIN_PW, open_store, pumpurs
from tests.builders.marks_files import (
    eklase_conduct_csv,
    eklase_marks_csv,
    mykoob_conduct_csv,
    mykoob_marks_csv,
)
from tests.builders.roster_files import personal_code, write_csv

CODE_A = personal_code(date(2014, 2, 3), 11)


@pytest.fixture(autouse=True)
def key_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUMPURS_KEY_PASSPHRASE", "tests-only passphrase")
    monkeypatch.setenv("PUMPURS_ADMIN_PASSWORD", ADMIN_PW)


@pytest.fixture
def pupils_db(school_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    roster = write_csv(tmp_path / "klases.csv", [["Bērziņa", "Anna", CODE_A, "", "5.a"],
                                                 ["Kalns", "Jānis", "", "", "5.a"]])
    assert pumpurs(school_db, "import", "roster", "--user", "dace", "--year", "2026/2027",
                   str(roster)) == 0
    capsys.readouterr()
    return school_db


def _stored(db: Path) -> tuple[list[tuple[str, str]], list[int]]:
    store = open_store(db)
    try:
        with store.read() as s:
            marks = sorted((m.subject, m.mark_text) for m in s.scalars(select(MarkFigure)))
            notes = sorted(c.notes for c in s.scalars(select(ConductFigure)))
            return marks, notes
    finally:
        store.close()


def test_import_marks_previews_refuses_imports_and_replaces(
        pupils_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = eklase_marks_csv(tmp_path / "vērtējumi.csv", [
        ["1", "Bērziņa", "Anna", CODE_A, "5.a", "3 7", "nv", "2", ""],
        ["2", "Kalns", "Jānis", "", "5.a", "8", "labi", "", ""],
    ])
    args = ("import", "marks", "--user", "dace", "--period", "2026-10")
    assert pumpurs(pupils_db, *args, str(bad)) == 1
    out, err = capsys.readouterr()
    assert "Mācību priekšmeti: Matemātika, Latviešu valoda, Fizika." in out
    assert "Atrasti skolēni: 1; nav atrasti: 0; kļūdas: 1" in out
    assert "4. rinda, kolonna “Latviešu valoda”: “labi” nav vērtējums" in out
    assert "nekas netika mainīts" in err and _stored(pupils_db) == ([], [])

    good = mykoob_marks_csv(tmp_path / "mykoob.csv", [
        ["Anna", "Bērziņa", "5.a", "Matemātika", "3", "01.10.2026"],
        ["Anna", "Bērziņa", "5.a", "Matemātika", "neieskaitīts", "08.10.2026"],
        ["Jānis", "Kalns", "5.a", "Fizika", "9", "09.10.2026"]])
    assert pumpurs(pupils_db, *args, str(good), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "priekšmets “Priekšmets”, vērtējums “Vērtējums”" in out
    assert "Tikai priekšskatījums" in out and _stored(pupils_db) == ([], [])
    assert pumpurs(pupils_db, *args, str(good)) == 0
    assert "Importēti vērtējumi: 2 skolēni, izlaistas 0 rindas" in capsys.readouterr().out
    assert pumpurs(pupils_db, *args, str(good), "--lang", "en") == 0
    assert "Marks imported: 2 pupils, 0 rows skipped; period 2026-10 (the earlier import " \
           "replaced)" in capsys.readouterr().out
    assert _stored(pupils_db)[0] == [("Fizika", "9"), ("Matemātika", "3"),
                                     ("Matemātika", "neieskaitīts")]


def test_import_conduct_counts_notes(pupils_db: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    per_note = mykoob_conduct_csv(tmp_path / "piezīmes.csv", [
        ["Anna", "Bērziņa", "5.a", "01.10.2026", "Traucē stundu"],
        ["Anna", "Bērziņa", "5.a", "02.10.2026", "Traucē stundu"],
        ["Jānis", "Kalns", "5.a", "03.10.2026", "Nav mājasdarba"]], encoding="utf-8-sig",
        delimiter="\t")
    assert pumpurs(pupils_db, "import", "conduct", "--user", "dace", "--period", "2026-10",
                   str(per_note)) == 0
    out = capsys.readouterr().out
    assert "piezīme “Piezīme” (katrā rindā viena piezīme, tās saskaitītas)" in out
    assert "Importētas piezīmes: 2 skolēni" in out and _stored(pupils_db)[1] == [1, 2]

    counts = eklase_conduct_csv(tmp_path / "k.csv", [["Bērziņa", "Anna", CODE_A, "5.a", "5"]])
    assert pumpurs(pupils_db, "import", "conduct", "--user", "dace", "--period", "2026-10",
                   str(counts)) == 0
    assert "(iepriekšējais imports aizstāts)" in capsys.readouterr().out
    assert _stored(pupils_db)[1] == [5]

    assert pumpurs(pupils_db, "import", "conduct", "--user", "ilze", str(counts)) == 2
    assert "Jūsu lomai nav atļauts" in capsys.readouterr().err
