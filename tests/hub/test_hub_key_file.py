"""The hub's key file encrypted at rest (issue 16, issue 18 #8): format /2 seals the private
keys under argon2id + AES-256-GCM, the key ids stay readable; a wrong or missing passphrase is
a sentence naming the file, which is left as it was; a plaintext /1 file still loads and
`pumpurs-hub keys encrypt` converts it; the passphrase comes from the systemd credential, a
file or the environment; and the hub serves again after a restart on the encrypted file.

Real files and real argon2id (the costs new files get) throughout."""

from __future__ import annotations

import base64
import json
import logging
import stat
from pathlib import Path

import httpx
import pytest

from app.hub.api import create_app
from app.hub.cli import main
from app.hub.enrolment import enrol_school, rotate_hub_keys
from app.hub.hub import open_hub
from app.hub.keyfile import (
    CREDENTIAL,
    FORMAT_PLAIN,
    FORMAT_SEALED,
    HubKeyError,
    HubKeys,
    key_path,
    load_keys,
    read_key_info,
    save_keys,
)
from app.hub.setup import init_hub
from app.sync.keys import b64url_encode, private_bytes
from app.sync.sealing import KDF_DEFAULTS
from tests.builders.hub import TestSchool, new_id, upsert
from tests.builders.hub_http import post
from tests.builders.hub_serve import serve

ENV = "PUMPURS_HUB_PASSPHRASE"


def _init(tmp_path: Path, keys: Path | None = None, **kw: object) -> tuple[str, Path]:
    db, keys = str(tmp_path / "hub.db"), keys or tmp_path / "keys"
    init_hub(db, keys, municipality="Ādažu novads", url="http://127.0.0.1:8750",
             hub_id="hub-adazi", **kw).close()  # type: ignore[arg-type]
    return db, keys


def _secrets(keys: HubKeys) -> dict[str, bytes]:
    found = {f"signing {k}": private_bytes(v) for k, v in keys.signing.items()}
    found |= {f"encryption {k}": private_bytes(v) for k, v in keys.encryption.items()}
    return found | {"pseudonym secret": keys.pseudonym_secret}


def _same(a: HubKeys, b: HubKeys) -> bool:
    return (_secrets(a) == _secrets(b) and a.current_signing == b.current_signing
            and a.current_encryption == b.current_encryption
            and a.previous_signing == b.previous_signing)


def test_the_key_file_round_trips_sealed_and_names_its_keys_without_the_passphrase(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _db, keys_dir = _init(tmp_path)
    path = key_path(keys_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT_SEALED
    assert {k: data["kdf"][k] for k in KDF_DEFAULTS} == KDF_DEFAULTS
    assert data["kdf"]["name"] == "argon2id" and set(data["sealed"]) == {"nonce", "ct"}
    keys = load_keys(keys_dir)
    assert data["signing"] == [keys.current_signing]
    assert data["encryption"] == [keys.current_encryption]
    save_keys(keys_dir, keys)
    assert _same(load_keys(keys_dir), keys)

    monkeypatch.delenv(ENV)
    info = read_key_info(keys_dir)  # no passphrase needed to say which keys there are
    assert info.encrypted and info.signing == [keys.current_signing]
    assert info.current_encryption == keys.current_encryption


def test_the_file_holds_no_private_key_bytes_in_the_clear(tmp_path: Path) -> None:
    _db, keys_dir = _init(tmp_path)
    hub = open_hub(str(tmp_path / "hub.db"), keys_dir)
    try:
        rotate_hub_keys(hub)  # two of each kind, the rotation's file written too
        keys = hub.keys
    finally:
        hub.close()
    raw = key_path(keys_dir).read_bytes()
    assert len(keys.signing) == 2 and len(keys.encryption) == 2
    for name, secret in _secrets(keys).items():
        for form in (b64url_encode(secret).encode(), base64.b64encode(secret),
                     base64.b64encode(secret).rstrip(b"="), secret.hex().encode(), secret):
            assert form not in raw, name
    assert _same(load_keys(keys_dir), keys)


def test_a_wrong_passphrase_is_a_sentence_naming_the_file_which_stays_unchanged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db, keys_dir = _init(tmp_path)
    path = key_path(keys_dir)
    before = path.read_bytes()
    monkeypatch.setenv(ENV, "not the hub's passphrase")
    with pytest.raises(HubKeyError) as caught:
        load_keys(keys_dir)
    assert caught.value.key == "hub.passphrase_wrong"
    assert str(path) in caught.value.text("en") and str(path) in caught.value.text("lv")
    assert "does not open" in caught.value.text("en")
    assert main(["--lang", "en", "plans", "--db", db, "--keys", str(keys_dir)]) == 1
    err = capsys.readouterr().err
    assert "does not open the hub's key file" in err and str(path) in err
    assert "Traceback" not in err
    assert main(["rotate", "--db", db, "--keys", str(keys_dir), "--out",
                 str(tmp_path / "trust")]) == 1
    assert "neatver centra atslēgu datni" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_changed_key_list_is_refused_too(tmp_path: Path) -> None:
    _db, keys_dir = _init(tmp_path)
    path = key_path(keys_dir)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["previous_signing"] = data["current_signing"]  # the readable part is authenticated
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(HubKeyError) as caught:
        load_keys(keys_dir)
    assert caught.value.key == "hub.passphrase_wrong"


def test_without_a_passphrase_setup_refuses_and_creates_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(ENV)
    db, keys = tmp_path / "hub.db", tmp_path / "keys"
    args = ["--lang", "en", "init", "--db", str(db), "--keys", str(keys), "--municipality",
            "Ādažu novads", "--url", "https://hub.example.lv"]
    assert main(args) == 1
    err = capsys.readouterr().err
    for option in (CREDENTIAL, "LoadCredential=", "PUMPURS_HUB_PASSPHRASE_FILE", ENV):
        assert option in err
    assert not db.exists() and not keys.exists()
    monkeypatch.setenv(ENV, "123456789")  # too short for a new file
    assert main(args) == 1
    assert "at least 10 characters" in capsys.readouterr().err
    assert not db.exists() and not key_path(keys).exists()


def test_a_plaintext_file_loads_with_a_warning_and_keys_encrypt_converts_it(
        tmp_path: Path, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str]) -> None:
    db, keys_dir = _init(tmp_path, tmp_path, plaintext_keys=True)  # the keys beside the db
    path = key_path(keys_dir)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == FORMAT_PLAIN
    with caplog.at_level(logging.WARNING, logger="app.hub.keyfile"):
        plain = load_keys(keys_dir)
    assert "not encrypted" in caplog.text and "keys encrypt" in caplog.text
    assert b64url_encode(private_bytes(plain.signing_key)).encode() in path.read_bytes()

    assert main(["--lang", "en", "keys", "show", "--keys", str(keys_dir)]) == 0
    out = capsys.readouterr().out
    assert "NOT encrypted" in out and plain.current_signing in out

    assert main(["--lang", "en", "keys", "encrypt", "--db", db]) == 0
    assert "is now encrypted" in capsys.readouterr().out
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not (keys_dir / (path.name + ".tmp")).exists()
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == FORMAT_SEALED
    for secret in _secrets(plain).values():
        assert b64url_encode(secret).encode() not in path.read_bytes()
    assert _same(load_keys(keys_dir), plain)
    sealed = path.read_bytes()
    assert main(["--lang", "en", "keys", "encrypt", "--keys", str(keys_dir)]) == 0
    assert "already encrypted" in capsys.readouterr().out and path.read_bytes() == sealed
    assert main(["--lang", "en", "keys", "show", "--keys", str(keys_dir)]) == 0
    assert "is encrypted with a passphrase" in capsys.readouterr().out


def test_rotating_a_plaintext_hub_writes_the_encrypted_format(tmp_path: Path) -> None:
    db, keys_dir = _init(tmp_path, plaintext_keys=True)
    hub = open_hub(db, keys_dir)
    try:
        rotate_hub_keys(hub)
    finally:
        hub.close()
    assert read_key_info(keys_dir).encrypted and len(read_key_info(keys_dir).signing) == 2


def test_the_passphrase_comes_from_the_systemd_credential_then_a_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hub_passphrase: str) -> None:
    _db, keys_dir = _init(tmp_path)
    credentials = tmp_path / "credentials"
    credentials.mkdir()
    (credentials / CREDENTIAL).write_text(hub_passphrase + "\n", encoding="utf-8")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))
    monkeypatch.setenv(ENV, "a wrong one, not asked for")  # the credential comes first
    monkeypatch.setenv("PUMPURS_HUB_PASSPHRASE_FILE", str(tmp_path / "missing"))
    assert load_keys(keys_dir).current_signing

    monkeypatch.delenv("CREDENTIALS_DIRECTORY")  # then the file named by the environment
    with pytest.raises(HubKeyError) as caught:
        load_keys(keys_dir)
    assert caught.value.key == "hub.passphrase_file_unreadable"
    assert str(tmp_path / "missing") in caught.value.text("en")
    (tmp_path / "missing").write_text(hub_passphrase + "\r\n", encoding="utf-8")
    assert load_keys(keys_dir).current_signing


def test_the_hub_serves_after_a_restart_on_the_encrypted_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hub_passphrase: str) -> None:
    db, keys_dir = str(tmp_path / "hub.db"), tmp_path / "keys"
    hub = init_hub(db, keys_dir, municipality="Ādažu novads", url="http://127.0.0.1:8750",
                   hub_id="hub-adazi")
    school = TestSchool()
    try:
        school.accept_trust(enrol_school(hub, school.request()).trust)
    finally:
        hub.close()
    # the restart, as systemd runs it: the passphrase from LoadCredential= only
    credentials = tmp_path / "credentials"
    credentials.mkdir(mode=0o700)
    (credentials / CREDENTIAL).write_text(hub_passphrase, encoding="utf-8")
    monkeypatch.delenv(ENV)
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))
    with serve(create_app(db, keys_dir)) as base:
        assert httpx.get(base + "/api/v1/health").json()["hub_id"] == "hub-adazi"
        built = school.bundle({"student": [upsert(new_id(), status="active", grade=3)]})
        answer = post(base, school, built.data)  # opened with the hub's decrypted key
        assert answer.status_code == 200 and answer.json()["status"] == "accepted"


def test_keys_encrypt_without_a_good_passphrase_leaves_the_plaintext_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _db, keys_dir = _init(tmp_path, plaintext_keys=True)
    before = key_path(keys_dir).read_bytes()
    monkeypatch.delenv(ENV)
    assert main(["--lang", "en", "keys", "encrypt", "--keys", str(keys_dir)]) == 1
    assert "none was given" in capsys.readouterr().err
    monkeypatch.setenv(ENV, "aaaaaaaaaaaa")
    assert main(["--lang", "en", "keys", "encrypt", "--keys", str(keys_dir)]) == 1
    assert "only a few different characters" in capsys.readouterr().err
    assert key_path(keys_dir).read_bytes() == before
    assert sorted(p.name for p in keys_dir.iterdir()) == [key_path(keys_dir).name]
