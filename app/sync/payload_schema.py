"""The payload inside a bundle, version `SCHEMA_VERSION`: its shape, checked lightly.

school-upload — what changed at the school since the last bundle, one record per row:

    {"schema_version": 1,
     "records": {"<entity>": [                      # entity: the model's __sync_entity__
         {"id": "<uuid>", "op": "upsert", "changed_at": "<UTC Z>", "data": {...}},
         {"id": "<uuid>", "op": "delete", "changed_at": "<UTC Z>"},   # a tombstone
     ]}}

  `data` is the row as JSON (decimals as strings, see app.sync.values); a record id appears at
  most once per entity in a bundle (its latest state). The manifest's `counts` are the number
  of records per entity. Optional `"audit": {"head_seq": n, "head_hash": "<hex>",
  "prev_seq": m, "prev_hash": "<hex>" | null}` — the school's audit trail head now, and the
  hash now at the head the previous bundle carried (null: that entry is gone), so the hub can
  tell a trail cut short or rewritten (security finding 7).

hub-downlink — what the municipality answers:

    {"schema_version": 1,
     "receipts": [{"bundle_id": "<uuid>", "seq": 7, "manifest_sha256": "<hex>",
                   "status": "applied|duplicate|held|quarantined|rejected",
                   "received_at": "<UTC Z>", "reason": null | "<text>"}],
     "decisions": [{"decision_id": "<uuid>", "plan_id": "<uuid>", "plan_version_id": "<uuid>",
                    "outcome": "accepted|returned", "comment": null | "<text>",
                    "decided_at": "<UTC Z>"}]}

  A returned plan must carry a comment. The manifest's `counts` are {"receipts": n,
  "decisions": m}.
"""

from __future__ import annotations

from typing import Any

from app.errors import SyncError
from app.sync.payload_fields import check_object, is_entity_name, valid_uuid

SCHEMA_VERSION = 1
SUPPORTED_SCHEMA_VERSIONS = frozenset({1})

_RECORD_UPSERT = {"id": "uuid", "op": "op", "changed_at": "datetime", "data": "object"}
_RECORD_DELETE = {"id": "uuid", "op": "op", "changed_at": "datetime"}
_RECEIPT = {
    "bundle_id": "uuid", "seq": "seq", "manifest_sha256": "sha256", "status": "status",
    "received_at": "datetime", "reason": "text?",
}
_DECISION = {
    "decision_id": "uuid", "plan_id": "uuid", "plan_version_id": "uuid", "outcome": "outcome",
    "comment": "text?", "decided_at": "datetime",
}


def _invalid(path: str) -> SyncError:
    return SyncError("sync.payload_field_invalid", kind="malformed", path=path)


_AUDIT = {"head_seq": "count", "head_hash": "sha256", "prev_seq": "count",
          "prev_hash": "sha256?"}


def _check_upload(payload: dict[str, Any]) -> None:
    shape = {"schema_version": "seq", "records": "object"}
    if isinstance(payload, dict) and "audit" in payload:
        shape["audit"] = "object"
        check_object(payload["audit"], _AUDIT, "$.audit")
    check_object(payload, shape, "$")
    for entity, records in payload["records"].items():
        where = f"$.records.{entity[:40]}"
        if not is_entity_name(entity) or not isinstance(records, list):
            raise _invalid(where)
        seen: set[str] = set()
        for i, record in enumerate(records):
            op = record.get("op") if isinstance(record, dict) else None
            shape = _RECORD_DELETE if op == "delete" else _RECORD_UPSERT
            check_object(record, shape, f"{where}[{i}]")
            if record["id"] in seen:
                raise _invalid(f"{where}[{i}].id")
            seen.add(record["id"])


def _check_downlink(payload: dict[str, Any]) -> None:
    check_object(payload, {"schema_version": "seq", "receipts": "list", "decisions": "list"}, "$")
    for i, receipt in enumerate(payload["receipts"]):
        check_object(receipt, _RECEIPT, f"$.receipts[{i}]")
    for i, decision in enumerate(payload["decisions"]):
        where = f"$.decisions[{i}]"
        check_object(decision, _DECISION, where)
        if decision["outcome"] == "returned" and not (decision["comment"] or "").strip():
            raise _invalid(f"{where}.comment")


def check_schema_version(version: Any) -> None:
    """SyncError(kind="unsupported_version") unless this program knows `version`."""
    if isinstance(version, bool) or version not in SUPPORTED_SCHEMA_VERSIONS:
        raise SyncError(
            "sync.unsupported_schema", kind="unsupported_version", version=str(version)[:20],
            supported=", ".join(str(v) for v in sorted(SUPPORTED_SCHEMA_VERSIONS)),
        )


def check_payload(kind: str, payload: Any) -> dict[str, Any]:
    """The payload if its shape fits `kind` and a supported schema version; else SyncError."""
    if not isinstance(payload, dict):
        raise _invalid("$")
    check_schema_version(payload.get("schema_version"))
    if kind == "school-upload":
        _check_upload(payload)
    elif kind == "hub-downlink":
        _check_downlink(payload)
    else:
        raise _invalid("kind")
    return payload


def count_records(kind: str, payload: dict[str, Any]) -> dict[str, int]:
    """The manifest's `counts` for a payload of this kind."""
    if kind == "school-upload":
        return {entity: len(records) for entity, records in payload.get("records", {}).items()}
    return {name: len(payload.get(name, [])) for name in ("receipts", "decisions")}


__all__ = [
    "SCHEMA_VERSION", "SUPPORTED_SCHEMA_VERSIONS", "check_payload", "check_schema_version",
    "count_records", "valid_uuid",
]
