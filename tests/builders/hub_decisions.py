"""Shared by several test modules: open_downlink."""

from __future__ import annotations

from typing import Any

from app.sync.envelope import open_payload, read_bundle
from app.sync.keys import key_id, load_verify_key
from tests.builders.hub import TestSchool


def open_downlink(school: TestSchool, data: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the school app does: verify with the hub key of its trust document, decrypt."""
    assert school.trust is not None
    hub_key = load_verify_key(school.trust.hub_signing_public)

    def trusted(sender: str, kid: str) -> Any:
        return hub_key if (sender, kid) == (school.trust.hub_id, key_id(hub_key)) else None

    verified = read_bundle(data, trusted_keys=trusted)
    return verified.manifest, open_payload(verified, school.encryption)
