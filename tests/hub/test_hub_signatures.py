"""The hub verifies each approved version's director signature at ingest and keeps the result
(issue 14 "Verification at ingest", issue 18 #4): a forged plan is stored, shown as failing
and refused on accept; an old bundle without the signed bytes is "not verifiable"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import rfc8785

from app.errors import Conflict
from app.hub.cli import main
from app.hub.console.plan_page import read_plan
from app.hub.decisions import decide
from app.hub.hub import Hub
from app.hub.models_records import HubDirectorKey, HubSignatureCheck
from app.sync.keys import b64url_decode, b64url_encode
from tests.builders.console import ingest
from tests.builders.director import Director, sign, sign_approved
from tests.builders.hub import TestSchool, new_id, semester_records, tombstone, upsert


def _checks(hub: Hub, school: TestSchool) -> dict[str, tuple[bool, str | None]]:
    with hub.store.read() as s:
        return {c.version_id: (c.verified, c.reason) for c in s.query(HubSignatureCheck)
                .filter(HubSignatureCheck.school_id == school.school_id)}


def _version(records: dict[str, list[dict[str, Any]]], plan_id: str) -> dict[str, Any]:
    return next(r for r in records["plan_version"] if r["data"]["plan_id"] == plan_id)


def test_approved_plans_verify_and_can_be_accepted(hub: Hub, school: TestSchool) -> None:
    sent = semester_records()
    ingest(hub, school, sent.records)
    versions = {r["id"]: r["data"]["status"] for r in sent.records["plan_version"]}
    checks = _checks(hub, school)
    assert {v for v, s in versions.items() if s == "approved"} == set(checks)
    assert all(c == (True, None) for c in checks.values())  # the draft is not checked
    assert read_plan(hub, sent.plan_ids[0]).current.signature == "verified"  # type: ignore[union-attr]
    assert decide(hub, sent.plan_ids[0], accept=True).outcome == "accepted"


def _forged(hub: Hub, school: TestSchool, forge: Any) -> tuple[str, str | None]:
    sent = semester_records()
    forge(sent.records, sent.plan_ids[0])
    ingest(hub, school, sent.records)  # stored: the bundle itself is the school's
    detail = read_plan(hub, sent.plan_ids[0])
    assert detail.current is not None and detail.current.signature == "failed"
    with pytest.raises(Conflict) as refused:
        decide(hub, sent.plan_ids[0], accept=True)
    assert refused.value.key == "hub.plan_signature_unverified"
    assert "nevar pieņemt" in refused.value.text("lv")
    decide(hub, sent.plan_ids[0], accept=False, comment="Paraksts neatbilst.")  # return works
    return "failed", detail.current.signature_reason


def _raise_cost(records: dict[str, list[dict[str, Any]]], plan_id: str) -> None:
    """The amount changed after signing (the bundle is still signed by the school's key)."""
    version = _version(records, plan_id)
    measure = next(m for m in records["support_measure"] if m["data"]["version_id"]
                   == version["id"])
    measure["data"]["cost_cents"] *= 3


def _flip_signature(records: dict[str, list[dict[str, Any]]], plan_id: str) -> None:
    data = _version(records, plan_id)["data"]
    raw = bytearray(b64url_decode(data["signature"]))
    raw[7] ^= 0x01
    data["signature"] = b64url_encode(bytes(raw))


def _resigned_by_another(records: dict[str, list[dict[str, Any]]], plan_id: str) -> None:
    """Content changed and signed again with a key that claims the director's fingerprint."""
    data = _version(records, plan_id)["data"]
    doc = json.loads(b64url_decode(data["signed_content"]))
    doc["measures"][0]["cost_cents"] += 10_000
    fingerprint = data["signer_fingerprint"]
    sign(data, rfc8785.dumps(doc), Director())
    data["signer_fingerprint"] = fingerprint


def _goal_added(records: dict[str, list[dict[str, Any]]], plan_id: str) -> None:
    """A goal the director never saw, added to the approved version."""
    version = _version(records, plan_id)
    records.setdefault("plan_goal", []).append(
        upsert(new_id(), version_id=version["id"], sort_order=9, text="Cits mērķis"))


@pytest.mark.parametrize(("forge", "reason"), [
    (_goal_added, "hub.signature_differs_goals"),
    (_raise_cost, "hub.signature_differs_measures"),
    (_flip_signature, "hub.signature_invalid"),
    (_resigned_by_another, "hub.signature_invalid"),
])
def test_a_forged_plan_is_stored_marked_and_refused(hub: Hub, school: TestSchool, forge: Any,
                                                    reason: str) -> None:
    assert _forged(hub, school, forge) == ("failed", reason)


def test_a_bundle_without_the_signed_bytes_is_not_verifiable(hub: Hub,
                                                            school: TestSchool) -> None:
    sent = semester_records()
    for version in sent.records["plan_version"]:
        version["data"].pop("signed_content", None)  # a school app before format 2
    ingest(hub, school, sent.records)
    detail = read_plan(hub, sent.plan_ids[0])
    assert detail.current is not None and detail.current.signature == "not_verifiable"
    with pytest.raises(Conflict):
        decide(hub, sent.plan_ids[0], accept=True)


def test_a_key_is_kept_as_first_received_and_a_rotated_key_keeps_verifying(
        hub: Hub, school: TestSchool) -> None:
    old = Director()
    first = semester_records(director=old)
    ingest(hub, school, first.records)
    # the director's key is replaced: the old one revoked, a new one signs the next plans
    new = Director(user_id=old.user_id)
    second = semester_records(director=new)
    second.records["signing_key"].append(old.key_record(revoked_at="2026-11-01T08:00:00Z"))
    # and a record claiming the old fingerprint for another public key changes nothing
    impostor = Director().key_record()
    impostor["data"]["fingerprint"] = old.fingerprint
    ingest(hub, school, second.records)
    ingest(hub, school, {"signing_key": [upsert(old.record_id, **impostor["data"])]})
    checks = _checks(hub, school)
    assert len(checks) == 4 and all(c == (True, None) for c in checks.values())
    with hub.store.read() as s:
        kept = s.get(HubDirectorKey, (school.school_id, old.fingerprint))
        assert kept is not None and kept.revoked_at is not None
        assert b64url_decode(kept.public_key) == old.public
    assert decide(hub, first.plan_ids[0], accept=True).outcome == "accepted"


def test_pumpurs_hub_decide_refuses_an_unverified_plan(
        hub: Hub, school: TestSchool, db_url: str, keys_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    sent = semester_records()
    _flip_signature(sent.records, sent.plan_ids[0])
    ingest(hub, school, sent.records)
    base = ["--db", db_url, "--keys", str(keys_dir)]
    assert main(["decide", *base, "--plan", sent.plan_ids[0], "--accept"]) != 0
    assert "direktora paraksts nav pārbaudīts" in capsys.readouterr().err
    assert main(["decide", *base, "--plan", sent.plan_ids[1], "--accept"]) == 0


def test_a_goal_removed_in_a_later_bundle_is_found(hub: Hub, school: TestSchool) -> None:
    director = Director()
    sent = semester_records(director=director)
    version = _version(sent.records, sent.plan_ids[0])
    goal = upsert(new_id(), version_id=version["id"], sort_order=1, text="Apmeklēt stundas")
    sent.records["plan_goal"] = [goal]
    sign_approved(sent.records, director, with_key=False)
    ingest(hub, school, sent.records)
    assert _checks(hub, school)[version["id"]] == (True, None)
    ingest(hub, school, {"plan_goal": [tombstone(goal["id"])]})
    assert _checks(hub, school)[version["id"]] == (False, "hub.signature_differs_goals")
