"""On the command line: `pumpurs import roster` and `pumpurs export pupils` on a real
encrypted school file whose key sits in the passphrase-protected key file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.models import SchoolClass, Student
from app.models.enums import StudentStatus
from tests.builders.cli_roster import _count
from tests.builders.cli_school_year import ADMIN_PW, open_store, pumpurs
from tests.builders.roster_files import personal_code, write_csv, write_xlsx

CODE_A = personal_code(date(2014, 2, 3), 11)
CODE_B = personal_code(date(2015, 4, 5), 22)


@pytest.fixture(autouse=True)
def key_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUMPURS_KEY_PASSPHRASE", "tests-only passphrase")
    monkeypatch.setenv("PUMPURS_ADMIN_PASSWORD", ADMIN_PW)


def _pupils(db: Path) -> dict[str, tuple[str, StudentStatus]]:
    store = open_store(db)
    try:
        with store.read() as s:
            return {f"{f} {la}": (c, st) for f, la, c, st in s.execute(
                select(Student.first_name, Student.last_name, SchoolClass.name, Student.status)
                .join(SchoolClass, Student.class_id == SchoolClass.id))}
    finally:
        store.close()


def test_import_refuses_bad_rows_then_imports_and_moves(
        school_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = write_csv(tmp_path / "e-klase.csv", [
        ["Bērziņa", "Anna", CODE_A, "", "5.a"],
        ["Kalns", "Jānis", CODE_B, "", "6.b"],
        ["Liepa", "Inta", "010101-12345", "", "5.a"],  # wrong check digit
    ], encoding="cp1257", delimiter="\t")
    args = ("import", "roster", "--user", "dace", "--year", "2026/2027", str(first))
    assert pumpurs(school_db, *args) == 1
    out, err = capsys.readouterr()
    assert "Jauni: 2; pārcelti uz citu klasi: 0; bez izmaiņām: 0" in out
    assert "kļūdas: 1; dublikāti failā: 0." in out
    assert "4. rinda, kolonna “Personas kods”:" in out
    assert "Klases, kuru vēl nav (jāizveido): 6.b." in out
    assert "nekas nav mainīts" in err and _count(school_db) == 0

    assert pumpurs(school_db, *args, "--skip-bad-rows", "--dry-run") == 0
    assert "Tikai priekšskatījums" in capsys.readouterr().out and _count(school_db) == 0
    assert pumpurs(school_db, *args, "--skip-bad-rows") == 2  # 6.b must be allowed
    assert "6.b" in capsys.readouterr().err and _count(school_db) == 0
    rejected = tmp_path / "kļūdas.csv"
    assert pumpurs(school_db, *args, "--skip-bad-rows", "--create-classes",
                   "--rejected", str(rejected)) == 0
    out = capsys.readouterr().out
    assert "Importēts: jauni skolēni 2, pārcelti 0" in out and "izveidotas klases 1" in out
    assert "Liepa;Inta" in rejected.read_text(encoding="utf-8-sig")
    assert _pupils(school_db) == {"Anna Bērziņa": ("5.a", StudentStatus.ACTIVE),
                                  "Jānis Kalns": ("6.b", StudentStatus.ACTIVE)}

    second = write_xlsx(tmp_path / "viis.xlsx", [["Bērziņa", "Anna", CODE_A, None, "6.b"]])
    args = ("import", "roster", "--user", "dace", "--year", "2026/2027", str(second))
    assert pumpurs(school_db, *args) == 0
    out = capsys.readouterr().out
    assert "pārcelti uz citu klasi: 1; bez izmaiņām: 0" in out
    assert "Jānis Kalns (6.b)" in out and "--mark-missing-left" in out
    assert _pupils(school_db)["Jānis Kalns"] == ("6.b", StudentStatus.ACTIVE)
    third = write_xlsx(tmp_path / "viis2.xlsx", [["Bērziņa", "Anna", CODE_A, None, "6.b"]])
    assert pumpurs(school_db, "import", "roster", "--user", "dace", "--year", "2026/2027",
                   str(third), "--mark-missing-left") == 0
    assert _pupils(school_db) == {"Anna Bērziņa": ("6.b", StudentStatus.ACTIVE),
                                  "Jānis Kalns": ("6.b", StudentStatus.LEFT)}


def test_a_teacher_may_not_import(school_db: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "x.csv", [["Bērziņa", "Anna", "", "", "5.a"]])
    assert pumpurs(school_db, "import", "roster", "--user", "ilze", str(path)) == 2
    assert "Jūsu lomai nav atļauts" in capsys.readouterr().err and _count(school_db) == 0


def test_export_pupils_as_csv_and_xlsx(school_db: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "x.csv", [["Bērziņa", "Anna", CODE_A, "", "5.a"]])
    assert pumpurs(school_db, "import", "roster", "--user", "dace", "--year", "2026/2027",
                   str(path)) == 0
    out_csv = tmp_path / "skolēni.csv"
    assert pumpurs(school_db, "export", "pupils", "--user", "dace", "--semester",
                   "2026/2027-1", "--out", str(out_csv)) == 0
    assert "(skolēni: 1)" in capsys.readouterr().out
    data = out_csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Klase;Uzvārds;Vārds;Personas kods;Dzimšanas datums;Statuss;")
    assert lines[1].startswith(f"5.a;Bērziņa;Anna;{CODE_A};03.02.2014;mācās;nav;")

    out_xlsx = tmp_path / "skolēni.xlsx"
    assert pumpurs(school_db, "export", "pupils", "--user", "dace", "--semester",
                   "2026/2027-1", "--out", str(out_xlsx)) == 0
    sheet = load_workbook(out_xlsx).worksheets[0]
    row = [c.value for c in sheet[2]]
    assert row[:4] == ["5.a", "Bērziņa", "Anna", CODE_A]
    assert row[4].date() == date(2014, 2, 3) and sheet.cell(2, 5).is_date
    # the exported file reads back as a roster: nothing new
    capsys.readouterr()
    assert pumpurs(school_db, "import", "roster", "--user", "dace", "--year", "2026/2027",
                   "--dry-run", str(out_xlsx)) == 0
    assert "Jauni: 0; pārcelti uz citu klasi: 0; bez izmaiņām: 1" in capsys.readouterr().out


def test_export_subject_by_personal_code_on_the_command_line(
        school_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "x.csv", [["Bērziņa", "Anna", CODE_A, "", "5.a"],
                                          ["Liepa", "Jānis", CODE_B, "", "5.a"]])
    assert pumpurs(school_db, "import", "roster", "--user", "dace", "--year", "2026/2027",
                   str(path)) == 0
    capsys.readouterr()
    out = tmp_path / "izraksti"
    assert pumpurs(school_db, "export", "subject", "--user", "dace", "--student", CODE_A,
                   "--out", str(out)) == 0
    said = capsys.readouterr().out
    [folder] = list(out.iterdir())
    assert f"Skolēna datu izraksts saglabāts mapē {folder}" in said
    data = (folder / "dati.json").read_text(encoding="utf-8")
    assert CODE_A in data and CODE_B not in data and "Jānis" not in data
    assert (folder / "parskats.pdf").read_bytes().startswith(b"%PDF")

    assert pumpurs(school_db, "export", "subject", "--user", "ilze", "--student", CODE_A,
                   "--out", str(out)) != 0
    assert "PMP koordinators vai direktors" in capsys.readouterr().err
    assert pumpurs(school_db, "export", "subject", "--user", "dace", "--student",
                   "nav-tāda", "--out", str(out)) != 0
    assert "Skolēns: “nav-tāda” nav atrasts" in capsys.readouterr().err
