"""The hub keeps a school's free texts only when that school's trust document lets them
travel (issue 20): a school app older than the setting still sends the summary, the goals'
texts and format 2 signed bytes that hold them — the hub drops them all, so its approval is
"not verifiable" there until the director signs in format 3 (or the municipality lets the
texts travel, when it verifies as before)."""

from __future__ import annotations

import json
from typing import Any

import rfc8785
from sqlalchemy import select

from app.hub.console.plan_page import read_plan
from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from app.hub.models_records import Record
from tests.builders.console import ingest
from tests.builders.director import Director, sign, signed_document
from tests.builders.hub import TestSchool, new_id, semester_records, upsert

GOAL = "Uzlabot lasītprasmi"


def _old_app_semester() -> tuple[dict[str, list[dict[str, Any]]], str]:
    """A semester as an older school app sends it: texts, and format 2 signatures."""
    director = Director()
    sent = semester_records(director=director)
    records = sent.records
    version = records["plan_version"][0]
    records["plan_goal"] = [upsert(new_id(),
                                   version_id=version["id"], sort_order=0, text=GOAL)]
    students = {r["id"]: r["data"]["student_id"] for r in records["support_plan"]}
    for row in records["plan_version"]:
        data = row["data"]
        if data["status"] != "approved":
            continue
        data.pop("text_salt", None)
        measures = [m["data"] for m in records["support_measure"]
                    if m["data"]["version_id"] == row["id"]]
        goals = [GOAL] if row is version else []
        doc = signed_document(row["id"], data, students[data["plan_id"]], measures, director,
                              goals=goals, text_salt=None)
        sign(data, rfc8785.dumps(doc), director)
    return records, version["data"]["plan_id"]


def _stored(hub: Hub, entity: str) -> list[dict[str, Any]]:
    with hub.store.read() as s:
        return [json.loads(d) for d in s.scalars(select(Record.data).where(
            Record.entity == entity))]


def test_an_older_school_apps_texts_are_dropped_by_default(hub: Hub,
                                                          school: TestSchool) -> None:
    records, plan_id = _old_app_semester()
    ingest(hub, school, records)
    versions = _stored(hub, "plan_version")
    assert all("summary" not in v and "signed_content" not in v for v in versions)
    assert all("text" not in g for g in _stored(hub, "plan_goal"))
    detail = read_plan(hub, plan_id)
    assert detail.current is not None and detail.current.summary is None
    assert detail.goals == [None]
    assert detail.current.signature == "not_verifiable"


def test_an_older_school_apps_texts_are_kept_when_they_may_travel(hub: Hub,
                                                                 school: TestSchool) -> None:
    school.accept_trust(enrol_school(hub, school.request(), send_free_text=True).trust)
    records, plan_id = _old_app_semester()
    ingest(hub, school, records)
    detail = read_plan(hub, plan_id)
    assert detail.current is not None and detail.current.summary == "Atbalsts"
    assert detail.goals == [GOAL]
    assert (detail.current.signature, detail.current.signature_reason) == ("verified", None)


def test_a_format_3_approval_verifies_without_its_texts(hub: Hub, school: TestSchool) -> None:
    sent = semester_records()  # the builder signs as a school app does now (format 3)
    ingest(hub, school, sent.records)
    for plan_id in sent.plan_ids[:2]:
        detail = read_plan(hub, plan_id)
        assert detail.current is not None and detail.current.summary is None
        assert (detail.current.signature, detail.current.signature_reason) == ("verified",
                                                                                None)
