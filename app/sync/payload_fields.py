"""Field checks for `payload_schema`: an object must have exactly the named fields, each valid."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from app.errors import SyncError
from app.sync.values import decode_datetime, decode_uuid

_ENTITY = re.compile(r"[a-z][a-z0-9_]{0,39}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_TEXT = 10_000


def _parses(decode: Callable[[str], Any]) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        try:
            decode(value)
        except SyncError:
            return False
        return True

    return check


def valid_uuid(value: Any) -> bool:
    return isinstance(value, str) and _parses(decode_uuid)(value)


def is_entity_name(name: str) -> bool:
    return _ENTITY.fullmatch(name) is not None


_CHECKS: dict[str, Callable[[Any], bool]] = {
    "uuid": valid_uuid,
    "datetime": lambda v: isinstance(v, str) and _parses(decode_datetime)(v),
    "object": lambda v: isinstance(v, dict),
    "list": lambda v: isinstance(v, list),
    "seq": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 1,
    "count": lambda v: isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 1 << 63,
    "sha256?": lambda v: v is None or (isinstance(v, str) and _SHA256.fullmatch(v) is not None),
    "sha256": lambda v: isinstance(v, str) and _SHA256.fullmatch(v) is not None,
    "op": lambda v: v in ("upsert", "delete"),
    "status": lambda v: v in ("applied", "duplicate", "held", "quarantined", "rejected"),
    "outcome": lambda v: v in ("accepted", "returned"),
    "text?": lambda v: v is None or (isinstance(v, str) and len(v) <= MAX_TEXT),
}


def check_object(obj: Any, shape: dict[str, str], path: str) -> None:
    """SyncError naming the first field of `obj` that is missing, unexpected or invalid."""
    if not isinstance(obj, dict):
        raise SyncError("sync.payload_field_invalid", kind="malformed", path=path)
    for name in obj:
        if name not in shape:
            raise SyncError(
                "sync.payload_field_unknown", kind="malformed", path=f"{path}.{name[:40]}"
            )
    for name, check in shape.items():
        if name not in obj:
            raise SyncError("sync.payload_field_missing", kind="malformed", path=f"{path}.{name}")
        if not _CHECKS[check](obj[name]):
            raise SyncError("sync.payload_field_invalid", kind="malformed", path=f"{path}.{name}")
