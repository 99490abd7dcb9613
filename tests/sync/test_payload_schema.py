"""The payload shapes: upload records with tombstones, downlink receipts and decisions."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from app.errors import SyncError
from app.sync.payload_schema import SCHEMA_VERSION, check_payload, count_records
from tests.builders.bundles import downlink_payload, upload_payload


def test_valid_payloads_pass_and_are_counted() -> None:
    assert SCHEMA_VERSION == 1
    up, down = upload_payload(3), downlink_payload()
    assert check_payload("school-upload", up) is up
    assert check_payload("hub-downlink", down) is down
    assert count_records("school-upload", up) == {"student": 3, "support_plan": 1}
    assert count_records("hub-downlink", down) == {"receipts": 1, "decisions": 1}


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(payload: dict[str, Any]) -> None:
        target = payload
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value
    return change


def _delete(path: list[Any]) -> Callable[[dict[str, Any]], None]:
    def change(payload: dict[str, Any]) -> None:
        target = payload
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]
    return change


STUDENT0 = ["records", "student", 0]
PLAN0 = ["records", "support_plan", 0]


@pytest.mark.parametrize(
    ("change", "key", "path"),
    [
        (_set([*STUDENT0, "op"], "merge"), "sync.payload_field_invalid", "$.records.student[0].op"),
        (_set([*STUDENT0, "id"], "42"), "sync.payload_field_invalid", "$.records.student[0].id"),
        (_delete([*STUDENT0, "data"]), "sync.payload_field_missing",
         "$.records.student[0].data"),
        (_set([*PLAN0, "data"], {}), "sync.payload_field_unknown",
         "$.records.support_plan[0].data"),
        (_set([*STUDENT0, "changed_at"], "yesterday"), "sync.payload_field_invalid",
         "$.records.student[0].changed_at"),
        (_set(["records", "Bad-Name"], []), "sync.payload_field_invalid", "$.records.Bad-Name"),
        (_set(["records", "student", 1, "id"], "00000000-0000-0000-0000-000000000001"),
         "sync.payload_field_invalid", "$.records.student[1].id"),
        (_set(["school"], "x"), "sync.payload_field_unknown", "$.school"),
    ],
)
def test_upload_problems_name_the_field(
    change: Callable[[dict[str, Any]], None], key: str, path: str
) -> None:
    payload = copy.deepcopy(upload_payload())
    change(payload)
    with pytest.raises(SyncError) as exc:
        check_payload("school-upload", payload)
    assert exc.value.key == key and exc.value.kind == "malformed"
    assert path in exc.value.text("lv") and path in exc.value.text("en")


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (_set(["decisions", 0, "comment"], None), "$.decisions[0].comment"),
        (_set(["decisions", 0, "comment"], "   "), "$.decisions[0].comment"),
        (_set(["decisions", 0, "outcome"], "maybe"), "$.decisions[0].outcome"),
        (_set(["receipts", 0, "status"], "lost"), "$.receipts[0].status"),
        (_set(["receipts", 0, "seq"], 0), "$.receipts[0].seq"),
        (_set(["receipts", 0, "manifest_sha256"], "AB" * 32), "$.receipts[0].manifest_sha256"),
        (_delete(["decisions"]), "$.decisions"),
    ],
)
def test_downlink_problems_name_the_field(
    change: Callable[[dict[str, Any]], None], path: str
) -> None:
    payload = copy.deepcopy(downlink_payload())
    change(payload)
    with pytest.raises(SyncError) as exc:
        check_payload("hub-downlink", payload)
    assert path in exc.value.text("lv") and path in exc.value.text("en")


def test_an_accepted_plan_needs_no_comment() -> None:
    payload = downlink_payload()
    payload["decisions"][0].update(outcome="accepted", comment=None)
    assert check_payload("hub-downlink", payload) is payload


@pytest.mark.parametrize("version", [0, 2, True, "1", None])
def test_unknown_schema_versions_are_refused(version: Any) -> None:
    payload = upload_payload()
    payload["schema_version"] = version
    with pytest.raises(SyncError) as exc:
        check_payload("school-upload", payload)
    assert exc.value.kind == "unsupported_version"
    assert "atbalsta: 1" in exc.value.text("lv") and "supports: 1" in exc.value.text("en")
