"""The hub store: migrations at head equal the models; the store opens only when set up."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import app.hub.models_records  # noqa: F401
from app.hub.db import open_engine
from app.hub.hub import HubNotInitialised, open_hub
from app.hub.keyfile import HubKeys, save_keys
from app.hub.migrate import VERSION_TABLE, head_revision, upgrade_to_head
from app.hub.models import HubBase
from app.sync.keys import generate_encryption_key, generate_signing_key


def test_migrations_at_head_equal_the_models(db_url: str) -> None:
    engine = open_engine(db_url)
    try:
        assert upgrade_to_head(engine) is None
        assert upgrade_to_head(engine) == head_revision()  # the second run changes nothing
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
            assert compare_metadata(context, HubBase.metadata) == []
    finally:
        engine.dispose()


def test_a_store_without_identity_is_refused(db_url: str, tmp_path: Path) -> None:
    keys = HubKeys()
    keys.add_signing(generate_signing_key())
    keys.add_encryption(generate_encryption_key())
    save_keys(tmp_path / "k", keys)
    with pytest.raises(HubNotInitialised) as missing:
        open_hub(db_url, tmp_path / "k")
    assert "pumpurs-hub init" in missing.value.text("lv")
