"""`pumpurs retention review|apply|rules` and `pumpurs erase pupil` on a real encrypted file
whose key sits in the passphrase-protected key file: Latvian output with counts, apply and
erase ask first (`--yes` answers), erasure refused within the audit period."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.run import run
from app.models.database import open_engine
from app.models.keys import secret_name
from app.models.migrate import upgrade_to_head
from app.secrets import choose_secret_store
from app.services.core.store import Store
from tests.builders.catalogue import CatalogueFixture
from tests.builders.cli_school_year import pumpurs
from tests.builders.retention import pupil_who_left
from tests.builders.school import TEST_PASSWORD, SchoolFixture

DB = "skola.db"


@pytest.fixture
def store(tmp_path: Path, db_key: bytes, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The school's database as the app keeps it: encrypted, at the newest schema, its key
    in the passphrase-protected key file."""
    monkeypatch.setenv("PUMPURS_KEY_PASSPHRASE", "tests-only passphrase")
    engine = open_engine(tmp_path / DB, db_key)
    upgrade_to_head(engine, tmp_path / DB)
    choose_secret_store(tmp_path / DB, "file").store.set(secret_name(tmp_path / DB), db_key)
    made = Store(engine)
    yield made
    made.close()


@pytest.fixture
def anna(school: SchoolFixture, cat: CatalogueFixture) -> uuid.UUID:
    return pupil_who_left(school, cat)


def test_review_then_apply_in_latvian(tmp_path: Path, anna: uuid.UUID,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / DB
    args = ("retention", "review", "--user", "admin", "--on", "01.01.2029")
    assert pumpurs(db, *args, password=TEST_PASSWORD, monkeypatch=monkeypatch) == 0
    out = capsys.readouterr().out
    assert "Datu glabāšanas pārskats 01.01.2029: jāanonimizē dati (skolēni: 1)." in out
    assert "Anna Ēcere (5.a), mācības programmā beidza 31.12.2026" in out
    assert "skenētie dokumenti — termiņš 01.01.2029: dokumenti 1" in out
    assert "konsultāciju piezīmes — termiņš 01.01.2028: konsultācijas 1" in out
    apply = ("retention", "apply", "--user", "admin", "--on", "2032-01-01")
    assert pumpurs(db, *apply) == 1  # no terminal, no --yes: nothing changed
    assert "Nekas netika mainīts" in capsys.readouterr().out
    assert pumpurs(db, *apply, "--yes") == 0
    out = capsys.readouterr().out
    assert "Dati anonimizēti (skolēni: 1): mainīti vai dzēsti ieraksti — " in out
    assert pumpurs(db, *args) == 0
    assert "nekas nav jāanonimizē" in capsys.readouterr().out
    assert run(["check-db", "--db", str(db), "--key-store", "file"]) == 0
    assert "Audita žurnāla ķēde ir nebojāta" in capsys.readouterr().out
    assert pumpurs(db, "retention", "rules", "--user", "admin") == 0
    assert "skolēna dati, izvērtējumi un plāni: 5 gadi (noklusējums 5)" in capsys.readouterr().out
    assert pumpurs(db, "retention", "set", "--user", "admin", "--kind", "attachments",
                   "--years", "3", "--reason", "DPO lēmums") == 0
    assert pumpurs(db, "retention", "rules", "--user", "admin") == 0
    assert "skenētie dokumenti: 3 gadi (noklusējums 2) — DPO lēmums" in capsys.readouterr().out


def test_erasure_refused_within_the_audit_period(tmp_path: Path, anna: uuid.UUID,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / DB
    monkeypatch.setenv("PUMPURS_PASSWORD", TEST_PASSWORD)
    code = pumpurs(db, "erase", "pupil", "--user", "coordinator", "--student", str(anna),
                   "--yes")
    out = capsys.readouterr()
    assert code != 0
    assert "audita periodā līdz 01.01.2032" in out.out + out.err
    code = pumpurs(db, "erase", "pupil", "--user", "admin", "--student", str(anna), "--yes")
    out = capsys.readouterr()
    assert code != 0 and "tikai PMP koordinators vai direktors" in out.out + out.err
