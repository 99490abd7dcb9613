"""`pumpurs sync …` end to end on a real database file: enrol, trust, export, import, status."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.run import run
from app.models.database import create_school_database
from app.services.core.store import Store
from app.sync.enrolment import read_enrolment_request
from app.sync.envelope import read_bundle
from app.sync.keys import load_verify_key
from tests.builders.school import build_school
from tests.builders.school_sync import TestHub, receipt


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PUMPURS_KEY_PASSPHRASE", "tests-only passphrase")
    path = tmp_path / "school.db"
    created = create_school_database(path, None, plaintext=True)
    store = Store(created.engine)
    build_school(store)
    store.close()
    return path


def _sync(db: Path, *args: str) -> int:
    return run(["sync", args[0], "--db", str(db), "--plaintext", "--key-store", "file",
                "--lang", "en", *args[1:]])


def test_enrol_trust_export_import_and_status(db: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    request_file = tmp_path / "request.json"
    assert _sync(db, "enrol-request", "--out", str(request_file)) == 0
    request = read_enrolment_request(request_file.read_bytes())
    out = capsys.readouterr().out
    assert request.fingerprint in out and "over the phone" in out

    hub = TestHub()
    trust_file = tmp_path / "trust.json"
    trust_file.write_bytes(hub.trust(request.school_id))
    assert _sync(db, "trust", str(trust_file)) == 0
    out = capsys.readouterr().out
    assert "version 1" in out and "pseudonymous" in out
    assert "free texts (summaries, goals, comments, failing subjects) stay at school" in out
    assert _sync(db, "trust", str(trust_file)) == 2  # the same version again: refused
    assert "version" in capsys.readouterr().err

    stick = tmp_path / "usb"
    assert _sync(db, "export", "--to", str(stick)) == 0
    (upload,) = sorted(stick.iterdir())
    assert upload.name == f"{request.school_id}-up-000001.pumpurs"
    manifest, payload = hub.open_upload(upload.read_bytes(), request.signing_public)
    assert len(payload["records"]["student"]) == 5

    public = load_verify_key(request.signing_public)
    sha = read_bundle(upload.read_bytes(), trusted_keys=lambda s, k: public).manifest_sha256
    reply = stick / f"{request.school_id}-down-000001.pumpurs"
    reply.write_bytes(hub.downlink(request.school_id, request.encryption_public,
                                   receipts=[receipt(manifest, sha)]))
    damaged = tmp_path / "damaged.pumpurs"
    damaged.write_bytes(reply.read_bytes()[:-40])
    capsys.readouterr()
    assert _sync(db, "import", str(reply), str(damaged)) == 1
    captured = capsys.readouterr()
    assert "reply no. 1 applied" in captured.out and "receipts: 1" in captured.out
    assert "damaged.pumpurs: refused." in captured.err
    assert _sync(db, "import", str(reply)) == 0
    assert "already applied" in capsys.readouterr().out

    assert _sync(db, "status") == 0
    out = capsys.readouterr().out
    assert "Changes not yet sent: 0; bundles without the municipality's receipt: 0" in out
    assert "acknowledged by the municipality" in out
    assert _sync(db, "export", "--to", str(stick)) == 0
    assert "Nothing to export" in capsys.readouterr().out
