"""Exact string forms for the values JSON cannot carry exactly: Decimal, UUID, date, datetime.

Each `encode_*` has a strict `decode_*`: a string is accepted only in the one form that
`encode_*` produces, so the same value always has the same bytes (and the same hash).
- Decimal → plain positional notation with its scale kept: Decimal("12.50") → "12.50".
- UUID → lowercase hyphenated.
- date → "YYYY-MM-DD".
- datetime → UTC with "Z": "2026-01-31T08:15:00Z", or with six fraction digits when it has
  microseconds ("2026-01-31T08:15:00.250000Z"). A naive datetime is refused.
"""

from __future__ import annotations

import enum
import re
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from app.errors import SyncError

_DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?Z")


def _bad(key: str, value: object) -> SyncError:
    """`key` is one of sync.bad_decimal, sync.bad_uuid, sync.bad_date, sync.bad_datetime."""
    return SyncError(key, kind="malformed", value=str(value)[:60])


def encode_decimal(value: Decimal) -> str:
    if not value.is_finite():
        raise _bad("sync.bad_decimal", value)
    return format(value, "f")


def decode_decimal(text: str) -> Decimal:
    if not isinstance(text, str) or not _DECIMAL.fullmatch(text):
        raise _bad("sync.bad_decimal", text)
    return Decimal(text)


def encode_uuid(value: uuid.UUID) -> str:
    return str(value)


def decode_uuid(text: str) -> uuid.UUID:
    try:
        value = uuid.UUID(text)
    except (ValueError, TypeError, AttributeError) as exc:
        raise _bad("sync.bad_uuid", text) from exc
    if str(value) != text:
        raise _bad("sync.bad_uuid", text)
    return value


def encode_date(value: date) -> str:
    if isinstance(value, datetime):
        raise _bad("sync.bad_date", value)
    return value.isoformat()


def decode_date(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except (ValueError, TypeError) as exc:
        raise _bad("sync.bad_date", text) from exc
    if value.isoformat() != text:
        raise _bad("sync.bad_date", text)
    return value


def encode_datetime(value: datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise _bad("sync.bad_datetime", value)
    try:
        utc = value.astimezone(UTC).replace(tzinfo=None)
    except OverflowError as exc:
        raise _bad("sync.bad_datetime", value) from exc
    return utc.isoformat(timespec="microseconds" if utc.microsecond else "seconds") + "Z"


def decode_datetime(text: str) -> datetime:
    if not isinstance(text, str) or not _DATETIME.fullmatch(text):
        raise _bad("sync.bad_datetime", text)
    try:
        value = datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
    except ValueError as exc:
        raise _bad("sync.bad_datetime", text) from exc
    if encode_datetime(value) != text:
        raise _bad("sync.bad_datetime", text)
    return value


def to_json(obj: Any) -> Any:
    """A copy of `obj` with Decimal, UUID, date, datetime and str enums as their strings.

    Floats are left in place so `canonical_bytes` refuses them with their path.
    """
    if isinstance(obj, dict):
        return {key: to_json(value) for key, value in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_json(value) for value in obj]
    if isinstance(obj, enum.Enum) and isinstance(obj.value, str):
        return obj.value
    if isinstance(obj, Decimal):
        return encode_decimal(obj)
    if isinstance(obj, uuid.UUID):
        return encode_uuid(obj)
    if isinstance(obj, datetime):
        return encode_datetime(obj)
    if isinstance(obj, date):
        return encode_date(obj)
    return obj
