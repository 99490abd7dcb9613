"""What the school puts in an upload bundle about a plan's free texts (issue 20): by default
neither the summary, the goals' texts, the director's comment nor the failing subjects, and
signed bytes (format 3) that hold only their digests; with the trust document's
`send_free_text`, the texts and the salt of their digests. A format 2 approval, whose signed
bytes hold the texts, is sent without them by default. Checked at the school, so a hub that
dropped the texts itself could not hide a school that sent them."""

from __future__ import annotations

import base64
import json
from typing import Any

import rfc8785
from sqlalchemy import select

from app.models import PlanVersion, RiskAssessment, SyncBundle
from app.services.approvals.decisions import approve_plan
from app.services.approvals.signed_content import canonical_plan_version
from app.services.approvals.signing_keys import signing_key
from app.services.core.store import Store
from app.services.sync.outbox import build_pending_bundles
from app.sync.plan_signature import text_digest
from tests.builders.approvals import submitted_plan
from tests.builders.school import TEST_PASSWORD, SchoolFixture
from tests.builders.school_sync import Enrolled, TestHub, enrol


def _approved(env: Enrolled, cat: object, format_2: bool = False) -> PlanVersion:
    plan_id = submitted_plan(env.school, cat)  # type: ignore[arg-type]
    with env.store.write() as s:
        for assessment in s.scalars(select(RiskAssessment)):
            assessment.failing_subjects = "Astronomija"
    approve_plan(env.store, env.secrets, env.school.actors["director"], plan_id,
                 password=TEST_PASSWORD)
    with env.store.write() as s:
        version = s.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan_id)).one()
        version.decision_comment = "Direktores piezīme"
        if format_2:  # as an approval made before format 3
            context = json.loads(version.approved_context or "{}")
            context.pop("text_salt")
            version.approved_context = rfc8785.dumps(context).decode()
            private, _ = signing_key(s, env.secrets, env.school.actors["director"],
                                     password=TEST_PASSWORD)
            version.signature = private.sign(canonical_plan_version(s, version))
        s.flush()
        s.expunge(version)
        return version


def _records(env: Enrolled) -> dict[str, list[dict[str, Any]]]:
    build_pending_bundles(env.store, env.secrets, env.coordinator)
    records: dict[str, list[dict[str, Any]]] = {}
    with env.store.read() as s:
        for bundle in s.scalars(select(SyncBundle).order_by(SyncBundle.seq)):
            _, payload = env.open_upload(bundle.data)
            for entity, rows in payload["records"].items():
                records.setdefault(entity, []).extend(rows)
    return records


def _signed(data: dict[str, Any]) -> dict[str, Any] | None:
    content = data["signed_content"]
    if content is None:
        return None
    return json.loads(base64.urlsafe_b64decode(content + "=" * (-len(content) % 4)))


def test_by_default_the_texts_stay_at_school_and_the_signed_bytes_hold_digests(
        store: Store, school: SchoolFixture, cat: object) -> None:
    env = enrol(store, school, TestHub())
    version = _approved(env, cat)
    records = _records(env)
    [sent] = [r["data"] for r in records["plan_version"] if r["id"] == str(version.id)]
    assert {"summary", "decision_comment", "text_salt"}.isdisjoint(sent)
    assert all("text" not in g["data"] for g in records["plan_goal"])
    assert len(records["plan_goal"]) == 2
    assert all("failing_subjects" not in a["data"] for a in records["risk_assessment"])
    doc = _signed(sent)
    assert doc is not None and doc["format"] == "pumpurs-plan-version/3"
    assert "summary" not in doc and "goals" not in doc and len(doc["goals_sha256"]) == 2
    everything = json.dumps(records, ensure_ascii=False) + json.dumps(doc, ensure_ascii=False)
    for text in ("Atbalsts mācībās", "Uzlabot sekmes", "Apmeklēt visas stundas",
                 "Direktores piezīme", "Astronomija"):
        assert text not in everything, text


def test_with_the_setting_the_texts_travel_with_the_salt_of_their_digests(
        store: Store, school: SchoolFixture, cat: object) -> None:
    env = enrol(store, school, TestHub(), send_free_text=True)
    version = _approved(env, cat)
    records = _records(env)
    [sent] = [r["data"] for r in records["plan_version"] if r["id"] == str(version.id)]
    assert sent["summary"] == version.summary and sent["decision_comment"] == "Direktores piezīme"
    doc = _signed(sent)
    assert doc is not None and doc["summary_sha256"] == text_digest(sent["text_salt"],
                                                                    version.summary)
    goals = sorted(g["data"]["text"] for g in records["plan_goal"])
    assert sorted(doc["goals_sha256"]) == sorted(text_digest(sent["text_salt"], g)
                                                 for g in goals)
    assert {a["data"]["failing_subjects"] for a in records["risk_assessment"]} == {"Astronomija"}


def test_a_format_2_approval_is_sent_without_its_signed_bytes_by_default(
        store: Store, school: SchoolFixture, cat: object) -> None:
    env = enrol(store, school, TestHub())
    version = _approved(env, cat, format_2=True)
    [sent] = [r["data"] for r in _records(env)["plan_version"] if r["id"] == str(version.id)]
    assert sent["signed_content"] is None and sent["signature"]


def test_a_format_2_approval_is_sent_with_its_signed_bytes_when_texts_travel(
        store: Store, school: SchoolFixture, cat: object) -> None:
    env = enrol(store, school, TestHub(), send_free_text=True)
    version = _approved(env, cat, format_2=True)
    [sent] = [r["data"] for r in _records(env)["plan_version"] if r["id"] == str(version.id)]
    doc = _signed(sent)
    assert doc is not None and doc["format"] == "pumpurs-plan-version/2"
    assert doc["summary"] == version.summary and "text_salt" not in sent
