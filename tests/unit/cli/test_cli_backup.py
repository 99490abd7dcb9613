"""`pumpurs backup` and `pumpurs restore` on a real encrypted school made by `school create`,
its key in the passphrase-protected key file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.run import run
from app.models.database import SQLITE_HEADER
from app.services.backup import sidecar_path

ADMIN_PW = "Skola-Admins-2026!"


@pytest.fixture(autouse=True)
def key_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUMPURS_KEY_PASSPHRASE", "tests-only passphrase")
    monkeypatch.setenv("PUMPURS_ADMIN_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("PUMPURS_PASSWORD", ADMIN_PW)


def pumpurs(db: Path, *words: str) -> int:
    """`pumpurs <command words> --db DB --key-store file <options>`; the words are the
    leading ones that do not start with "-" (and are no file)."""
    n = 0
    while n < len(words) and words[n] in ("backup", "restore", "classes", "check-db", "list",
                                           "add"):
        n += 1
    return run([*words[:n], "--db", str(db), "--key-store", "file", *words[n:]])


def _school(db: Path, name: str = "Priekules vidusskola") -> None:
    assert run(["school", "create", "--db", str(db), "--key-store", "file", "--name", name,
                "--registration-number", "4113900123", "--municipality",
                "Dienvidkurzemes novads", "--admin", "admins",
                "--admin-name", "Admins Sistēma"]) == 0


def test_backup_then_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, usb = tmp_path / "skola.db", tmp_path / "USB"
    usb.mkdir()
    _school(db)
    capsys.readouterr()
    assert pumpurs(db, "backup", "--user", "admins", "--to", str(usb)) == 0
    out = capsys.readouterr().out
    assert "Rezerves kopija izveidota un pārbaudīta:" in out
    (copy,) = usb.glob("pumpurs-priekules-vidusskola-*.pumpurs-backup")
    assert sidecar_path(copy).is_file() and not copy.read_bytes().startswith(SQLITE_HEADER)
    assert pumpurs(db, "classes", "add", "--user", "admins", "--year", "2026/2027",
                   "5.a") == 0
    capsys.readouterr()

    assert pumpurs(db, "restore", "--user", "admins", str(copy)) == 1  # no terminal, no --yes
    out = capsys.readouterr().out
    assert f"Rezerves kopija “{copy.name}”: izveidota" in out and "Atjaunošana atcelta" in out
    assert not db.with_name("skola.db.before-restore").exists()

    assert pumpurs(db, "restore", "--user", "admins", "--yes", str(copy)) == 0
    out = capsys.readouterr().out
    assert "atjaunota no rezerves kopijas" in out and "skola.db.before-restore" in out
    assert pumpurs(db, "classes", "list", "--user", "admins", "--year", "2026/2027") == 0
    assert "5.a" not in capsys.readouterr().out  # the class added after the backup is gone
    assert pumpurs(db, "check-db") == 0


def test_another_schools_backup_is_refused(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db, other, usb = tmp_path / "skola.db", tmp_path / "cita.db", tmp_path / "USB"
    usb.mkdir()
    _school(db)
    _school(other, "Vaiņodes pamatskola")
    assert pumpurs(other, "backup", "--user", "admins", "--to", str(usb)) == 0
    (copy,) = usb.glob("pumpurs-vainodes-pamatskola-*.pumpurs-backup")
    before = db.read_bytes()
    capsys.readouterr()
    assert pumpurs(db, "restore", "--user", "admins", "--yes", str(copy)) == 2
    err = capsys.readouterr().err
    assert f"Datni “{copy.name}” nevar atvērt ar šīs datubāzes atslēgu" in err
    assert db.read_bytes() == before


def test_backup_needs_the_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "skola.db"
    _school(db)
    capsys.readouterr()
    assert pumpurs(db, "backup", "--user", "admins", "--to", str(tmp_path / "USB")) == 2
    assert f"Mape {tmp_path / 'USB'} nav atrasta" in capsys.readouterr().err


def test_backup_prune_keeps_the_newest_of_the_day(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db, usb = tmp_path / "skola.db", tmp_path / "USB"
    usb.mkdir()
    _school(db)
    assert pumpurs(db, "backup", "--user", "admins", "--to", str(usb)) == 0
    (first,) = usb.glob("*.pumpurs-backup")
    capsys.readouterr()
    assert pumpurs(db, "backup", "--user", "admins", "--to", str(usb), "--prune") == 0
    assert f"Dzēsta vecā rezerves kopija: {first.name}" in capsys.readouterr().out
    (second,) = usb.glob("*.pumpurs-backup")
    assert second != first and sorted(p.name for p in usb.iterdir()) == [
        second.name, second.name + ".json"]


def test_restore_on_a_new_computer_with_the_recovery_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, usb = tmp_path / "skola.db", tmp_path / "USB"
    usb.mkdir()
    capsys.readouterr()
    _school(db)
    (recovery,) = [line.rsplit(": ", 1)[1] for line in capsys.readouterr().out.splitlines()
                   if line.startswith("Atkopšanas atslēga")]
    assert pumpurs(db, "backup", "--user", "admins", "--to", str(usb)) == 0
    (copy,) = usb.glob("*.pumpurs-backup")
    new_pc = tmp_path / "jaunais-dators" / "skola.db"
    new_pc.parent.mkdir()
    capsys.readouterr()
    assert pumpurs(new_pc, "restore", "--user", "admins", "--yes", str(copy)) == 2
    assert "šifrēšanas atslēga nav atrasta" in capsys.readouterr().err  # no key, no terminal

    assert pumpurs(new_pc, "restore", "--user", "admins", "--yes", "--recovery-key", recovery,
                   str(copy)) == 0
    out = capsys.readouterr().out
    assert "atslēga no atkopšanas atslēgas saglabāta" in out
    assert pumpurs(new_pc, "check-db") == 0  # it opens with the stored key from now on
