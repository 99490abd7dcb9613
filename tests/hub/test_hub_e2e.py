"""End to end over real HTTP on loopback, hub side: a school enrols, syncs a semester, the
coordinator returns one plan and accepts the other, the school syncs again and receives both
decisions; the municipality CSV has the school's own figures."""

from __future__ import annotations

import csv
from pathlib import Path

import httpx

from app.hub.api_auth import sign_request
from app.hub.cli import main
from app.hub.hub import Hub
from tests.builders.hub import TestSchool, new_id, semester_records, upsert
from tests.builders.hub_aggregates import EXPECTED
from tests.builders.hub_decisions import open_downlink


def _get(server: str, school: TestSchool, target: str) -> httpx.Response:
    headers = sign_request(school.signing, "GET", target, b"", school.school_id, school.key_id)
    return httpx.get(server + target, headers=headers)


def _post(server: str, school: TestSchool, data: bytes) -> httpx.Response:
    headers = sign_request(school.signing, "POST", "/api/v1/bundles", data, school.school_id,
                           school.key_id)
    return httpx.post(server + "/api/v1/bundles", content=data, headers=headers)


def test_a_semester_round_trip(server: str, hub: Hub, school: TestSchool, db_url: str,
                               keys_dir: Path, tmp_path: Path) -> None:
    semester = semester_records()
    assert _post(server, school, school.bundle(semester.records).data).json()["status"] == \
        "accepted"
    returned, accepted, _draft = semester.plan_ids
    base = ["--db", db_url, "--keys", str(keys_dir)]
    assert main(["decide", *base, "--plan", returned, "--return", "Pievienojiet mērķus."]) == 0
    assert main(["decide", *base, "--plan", accepted, "--accept"]) == 0
    # the school syncs again: one more upload, then it fetches what is new
    more = school.bundle({"student": [upsert(new_id(), status="active", grade=6)]})
    assert _post(server, school, more.data).json()["receipt_seq"] == 2
    answer = _get(server, school, "/api/v1/downlink?after=0")
    assert answer.status_code == 200
    manifest, payload = open_downlink(school, answer.content)
    assert manifest["seq"] == 1
    assert {(d["plan_id"], d["outcome"]) for d in payload["decisions"]} == {
        (returned, "returned"), (accepted, "accepted")}
    assert [(r["seq"], r["status"]) for r in payload["receipts"]] == \
        [(1, "applied"), (2, "applied")]
    assert _get(server, school, "/api/v1/downlink?after=1").status_code == 204
    report = tmp_path / "semester.csv"
    assert main(["report", *base, "--semester", "2026/2027-1", "--out", str(report)]) == 0
    rows = csv.DictReader(report.read_text(encoding="utf-8-sig").splitlines())
    figures = {(r["section"], r["item"], r["metric"]): int(r["value"]) for r in rows
               if r["school_id"] == school.school_id}
    assert {k: figures.get(k, 0) for k in EXPECTED} == EXPECTED
