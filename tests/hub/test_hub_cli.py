"""`pumpurs-hub` end to end on files: init, enrol, ingest (one line per file, exit code),
decide, downlink files, report, revoke, rotate — on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.hub.cli import main
from app.sync.trust import read_trust_document
from tests.builders.hub import TestSchool, new_id, semester_records, upsert
from tests.builders.hub_decisions import open_downlink


@pytest.fixture
def cli_db(db_url: str, tmp_path: Path) -> tuple[str, str]:
    keys = str(tmp_path / "keys")
    assert main(["init", "--db", db_url, "--keys", keys, "--municipality", "Ādažu novads",
                 "--url", "http://127.0.0.1:8750", "--hub-id", "hub-adazi"]) == 0
    return db_url, keys


def _enrol(cli_db: tuple[str, str], tmp_path: Path, school: TestSchool,
           capsys: pytest.CaptureFixture[str]) -> str:
    db, keys = cli_db
    request, trust = tmp_path / "request.json", tmp_path / f"{school.school_id}-trust.json"
    request.write_bytes(school.request())
    assert main(["enrol", "--db", db, "--keys", keys, str(request), "--out", str(trust)]) == 0
    school.accept_trust(trust.read_bytes())
    return capsys.readouterr().out


def test_init_keeps_private_keys_in_a_0600_file_and_refuses_twice(
        cli_db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, keys = cli_db
    key_file = Path(keys) / "pumpurs-hub-keys.json"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert main(["init", "--db", db, "--keys", keys, "--municipality", "X",
                 "--url", "https://hub.example.lv"]) == 1
    assert "jau eksistē" in capsys.readouterr().err
    os.chmod(key_file, 0o644)
    assert main(["plans", "--db", db, "--keys", keys]) == 1
    assert "chmod 600" in capsys.readouterr().err


def test_enrol_ingest_decide_downlink_report(cli_db: tuple[str, str], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db, keys = cli_db
    school = TestSchool()
    out = _enrol(cli_db, tmp_path, school, capsys)
    assert school.trust is not None and school.trust.fingerprint in out
    semester = semester_records()
    files = []
    for records in (semester.records, {"student": [upsert(new_id(), status="active")]}):
        built = school.bundle(records)
        path = tmp_path / f"{school.school_id}-up-{school.seq:06d}.pumpurs"
        path.write_bytes(built.data)
        files.append(str(path))
    broken = tmp_path / "broken.pumpurs"
    broken.write_bytes(Path(files[0]).read_bytes()[:-100])
    # the second first: held, then applied when the first arrives; the copy is a duplicate
    code = main(["ingest", "--db", db, "--keys", keys, files[1], files[0], files[0],
                 str(broken)])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert [line.split(": ")[1].split(" ")[0] for line in lines] == \
        ["aizturēts", "pieņemts", "atkārtots", "noraidīts"]
    assert "bojāta" in lines[3]
    assert main(["--lang", "en", "ingest", "--db", db, "--keys", keys, files[0]]) == 0
    assert "duplicate" in capsys.readouterr().out
    plan_a, plan_b, _ = semester.plan_ids
    assert main(["decide", "--db", db, "--keys", keys, "--plan", plan_a, "--accept"]) == 0
    assert main(["decide", "--db", db, "--keys", keys, "--plan", plan_b,
                 "--return", "Papildiniet mērķus."]) == 0
    capsys.readouterr()
    usb = tmp_path / "usb"
    assert main(["downlink", "--db", db, "--keys", keys, "--school", school.school_id,
                 "--out", str(usb)]) == 0
    written = sorted(usb.iterdir())
    assert [p.name for p in written] == [f"{school.school_id}-down-000001.pumpurs"]
    _, payload = open_downlink(school, written[0].read_bytes())
    assert {d["outcome"] for d in payload["decisions"]} == {"accepted", "returned"}
    assert {r["status"] for r in payload["receipts"]} >= {"held", "applied", "duplicate"}
    report = tmp_path / "report.csv"
    assert main(["report", "--db", db, "--keys", keys, "--semester", "2026/2027-1",
                 "--out", str(report)]) == 0
    rows = list(csv.DictReader(report.read_text(encoding="utf-8-sig").splitlines()))
    assert any(r["section"] == "decisions" and r["item"] == "accepted" and r["value"] == "1"
               for r in rows)
    assert main(["report", "--db", db, "--keys", keys, "--semester", "2026/2027-1",
                 "--out", str(tmp_path / "report.pdf")]) == 0
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_revoke_and_rotate(cli_db: tuple[str, str], tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    db, keys = cli_db
    school = TestSchool()
    _enrol(cli_db, tmp_path, school, capsys)
    old_trust = school.trust
    assert main(["rotate", "--db", db, "--keys", keys, "--out", str(tmp_path / "rot")]) == 0
    new = (tmp_path / "rot" / f"{school.school_id}-trust.json").read_bytes()
    rotated = read_trust_document(new, current=old_trust, now=datetime.now(UTC))
    assert old_trust is not None and rotated.version == old_trust.version + 1
    assert rotated.hub_signing_public != old_trust.hub_signing_public
    # a bundle still sealed to the old hub key is opened; one to the new key too
    upload = tmp_path / "up1.pumpurs"
    upload.write_bytes(school.bundle({"student": [upsert(new_id())]}).data)
    assert main(["ingest", "--db", db, "--keys", keys, str(upload)]) == 0
    school.trust = rotated
    upload.write_bytes(school.bundle({"student": [upsert(new_id())]}).data)
    assert main(["ingest", "--db", db, "--keys", keys, str(upload)]) == 0
    capsys.readouterr()
    assert main(["revoke", "--db", db, "--keys", keys, "--school", school.school_id]) == 0
    upload.write_bytes(school.bundle({"student": [upsert(new_id())]}).data)
    assert main(["ingest", "--db", db, "--keys", keys, str(upload)]) == 1
    assert "atsaukta" in capsys.readouterr().out
    # the school makes new keys and enrols again: a new trust version, uploads go on
    school.new_keys()
    _enrol(cli_db, tmp_path, school, capsys)
    assert school.trust is not None and school.trust.version == rotated.version + 1
    upload.write_bytes(school.bundle({"student": [upsert(new_id())]}).data)
    assert main(["ingest", "--db", db, "--keys", keys, str(upload)]) == 0


def test_postgres_needs_a_keys_folder(capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PUMPURS_HUB_KEYS", raising=False)
    code = main(["init", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none",
                 "--municipality", "X", "--url", "https://hub.example.lv"])
    assert code == 1 and "--keys" in capsys.readouterr().err


def test_enrolling_an_enrolled_school_with_another_key_asks_first(
        cli_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding 10: a request with an enrolled school's id and a new key silently revoked the
    real school's key. Now nothing changes until `--replace-key` says the key is new."""
    db, keys = cli_db
    school = TestSchool()
    _enrol(cli_db, tmp_path, school, capsys)
    real = TestSchool(school_id=school.school_id, signing=school.signing,
                      encryption=school.encryption, trust=school.trust)
    other = TestSchool(school_id=school.school_id)  # the same id, another key
    request, trust = tmp_path / "other.json", tmp_path / "other-trust.json"
    request.write_bytes(other.request())
    assert main(["enrol", "--db", db, "--keys", keys, str(request), "--out", str(trust)]) == 1
    said = capsys.readouterr().err
    assert f"Skola {school.school_id} jau ir reģistrēta ar atslēgu" in said
    assert "Nekas netika mainīts" in said and "--replace-key" in said
    assert not trust.exists()
    upload = tmp_path / "up.pumpurs"
    upload.write_bytes(real.bundle({"student": [upsert(new_id())]}).data)
    assert main(["ingest", "--db", db, "--keys", keys, str(upload)]) == 0  # still syncs

    assert main(["enrol", "--db", db, "--keys", keys, str(request), "--out", str(trust),
                 "--replace-key"]) == 0
    capsys.readouterr()
    upload.write_bytes(real.bundle({"student": [upsert(new_id())]}).data)
    assert main(["ingest", "--db", db, "--keys", keys, str(upload)]) == 1  # the old key: gone
    assert "atsaukta" in capsys.readouterr().out
