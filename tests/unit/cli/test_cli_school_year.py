"""On the command line: `pumpurs school create` → `classes add` → `import roster` (the
e-journal's class list) → `year open` → `check-db`, on a real encrypted file whose key sits
in the passphrase-protected key file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import SchoolYear
from app.models.enums import Role
from app.services.users.accounts import UserInput, create_user
from app.services.users.auth import sign_in
from tests.builders.cli_school_year import ADMIN_PW, STAFF_PW, open_store, pumpurs
from tests.builders.roster_files import personal_code, write_csv


@pytest.fixture(autouse=True)
def key_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUMPURS_KEY_PASSPHRASE", "tests-only passphrase")
    monkeypatch.setenv("PUMPURS_ADMIN_PASSWORD", ADMIN_PW)


def add_staff(db: Path) -> None:
    store = open_store(db)
    try:
        admin = sign_in(store, "admins", ADMIN_PW)
        create_user(store, admin, UserInput("dace", "Dace Vītola", STAFF_PW, (Role.COORDINATOR,)))
        create_user(store, admin, UserInput("ilze", "Ilze Kalniņa", STAFF_PW, (Role.TEACHER,)))
    finally:
        store.close()


def test_school_create_classes_add_import_roster_year_open(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "skola.db"
    assert pumpurs(db, "school", "create", "--name", "Priekules vidusskola",
                   "--registration-number", "4113900123", "--municipality",
                   "Dienvidkurzemes novads", "--admin", "admins",
                   "--admin-name", "Admins Sistēma") == 0
    out = capsys.readouterr().out
    assert "Skola “Priekules vidusskola” izveidota" in out and "Atkopšanas atslēga" in out
    assert not db.read_bytes().startswith(b"SQLite format 3")  # encrypted
    add_staff(db)

    monkeypatch.setenv("PUMPURS_PASSWORD", ADMIN_PW)
    assert pumpurs(db, "classes", "add", "--user", "admins", "--year", "2026/2027", "5.a",
                   "--teacher", "ilze") == 0
    assert "5.a — audzinātāji: Ilze Kalniņa" in capsys.readouterr().out
    monkeypatch.setenv("PUMPURS_PASSWORD", STAFF_PW)
    assert pumpurs(db, "classes", "add", "--user", "dace", "--year", "2026/2027",
                   "Pavārs, 4. kurss") == 0
    assert pumpurs(db, "classes", "add", "--user", "dace", "--year", "2026/2027", "12.b") == 0
    assert pumpurs(db, "classes", "rename", "--user", "dace", "--year", "2026/2027", "12.b",
                   "12.c") == 0
    capsys.readouterr()
    assert pumpurs(db, "classes", "add", "--user", "dace", "--year", "2026/2027", "5.A") == 2
    assert "Klase “5.a” šajā mācību gadā jau ir." in capsys.readouterr().err
    assert pumpurs(db, "classes", "list", "--user", "dace", "--year", "2026/2027") == 0
    listed = capsys.readouterr().out
    assert "Mācību gada 2026/2027 klases (3):" in listed and "12.c" in listed
    rows = [["Ēcere", "Anna", personal_code(date(2015, 3, 4), 11), "", "5.a"],
            ["Ķemere", "Laura", personal_code(date(2015, 6, 7), 22), "", "5.a"]]
    roster = write_csv(tmp_path / "e-klase.csv", rows)  # the e-journal's class list
    assert pumpurs(db, "import", "roster", "--user", "dace", "--year", "2026/2027",
                   str(roster)) == 0
    assert "Importēts: jauni skolēni 2," in capsys.readouterr().out
    assert pumpurs(db, "year", "open", "--user", "dace", "--year", "2027/2028",
                   "--dry-run") == 0
    dry = capsys.readouterr().out
    assert "5.a → 6.a (2 skolēni)" in dry and "Pavārs, 4. kurss → absolvē" in dry
    assert "nekas netika mainīts" in dry
    assert pumpurs(db, "year", "open", "--user", "ilze", "--year", "2027/2028") == 2
    assert "Jūsu lomai nav atļauts" in capsys.readouterr().err
    assert pumpurs(db, "year", "open", "--user", "dace", "--year", "2027/2028",
                   "--repeat", "Laura Ķemere") == 0
    opened = capsys.readouterr().out
    assert "Mācību gads 2027/2028 atvērts: izveidotas 2 klases, pārcelti 1, atstāti uz otru " \
           "gadu 1, absolvēja 0" in opened
    assert "Rezerves kopija pirms atvēršanas" in opened
    assert len(list(tmp_path.glob("skola.db.backup-year-2027-2028-*"))) == 1
    assert pumpurs(db, "year", "open", "--user", "dace", "--year", "2027/2028") == 2
    assert "jau ir atvērts" in capsys.readouterr().err
    store = open_store(db)
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(SchoolYear)) == 3
    store.close()
    assert pumpurs(db, "check-db") == 0


def test_school_create_refuses_bad_fields_and_leaves_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "skola.db"
    assert pumpurs(db, "school", "create", "--name", "Skola", "--registration-number", "12",
                   "--municipality", "Novads", "--admin", "admins", "--lang", "en") == 2
    assert "Registration number" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_without_a_password_the_command_says_how(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "skola.db"
    assert pumpurs(db, "school", "create", "--name", "Priekules vidusskola",
                   "--registration-number", "4113900123", "--municipality", "Novads",
                   "--admin", "admins") == 0
    monkeypatch.delenv("PUMPURS_PASSWORD", raising=False)
    capsys.readouterr()
    assert pumpurs(db, "classes", "list", "--user", "admins") == 2
    assert "PUMPURS_PASSWORD" in capsys.readouterr().err
