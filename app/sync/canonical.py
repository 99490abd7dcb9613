"""Canonical JSON (RFC 8785, package `rfc8785`) for everything that is hashed or signed.

Rules of the protocol:
- No floats anywhere: a float has no single exact decimal form, so decimals travel as strings
  (`encode_decimal`). A float is refused with the path where it was found.
- Integers must fit the exact range of JSON numbers (±(2**53 - 1)); ids, money in cents and
  minutes always do.
- Keys are strings; values are dict, list, str, int, bool or None (tuples are written as
  lists). Everything else (bytes, Decimal, UUID, datetime…) is refused: encode it first with
  the helpers in `app.sync.values`.

`parse_canonical` is the strict reverse: it refuses floats, NaN, duplicate keys, invalid
UTF-8, and any text that is not exactly the canonical encoding of what it contains.
"""

from __future__ import annotations

import json
from typing import Any

import rfc8785

from app.errors import SyncError
from app.sync.values import (
    decode_date,
    decode_datetime,
    decode_decimal,
    decode_uuid,
    encode_date,
    encode_datetime,
    encode_decimal,
    encode_uuid,
    to_json,
)

__all__ = [
    "canonical_bytes",
    "check_json_value",
    "decode_date",
    "decode_datetime",
    "decode_decimal",
    "decode_uuid",
    "encode_date",
    "encode_datetime",
    "encode_decimal",
    "encode_uuid",
    "parse_canonical",
    "to_json",
]

MAX_SAFE_INTEGER = 2**53 - 1


def _path(parent: str, part: str | int) -> str:
    return f"{parent}[{part}]" if isinstance(part, int) else f"{parent}.{part}"


class _NotPlain(Exception):
    """Something `_plain` does not decide itself: `_check` finds the path and the reason."""


def _plain(obj: Any) -> bool:
    """True if `obj` is made of exactly dict, list, tuple, str, int (in range), bool and None
    with ASCII keys only; False for non-ASCII keys; `_NotPlain` for anything else. No paths
    are built: this is the quick look at every value before it is hashed or signed."""
    ascii_keys = True
    stack: list[Any] = [obj]
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind is str or value is None or kind is bool:
            continue
        if kind is int:
            if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
                continue
            raise _NotPlain
        if kind is dict:
            for key in value:
                if type(key) is not str:
                    raise _NotPlain
                if ascii_keys and not key.isascii():
                    ascii_keys = False
            stack.extend(value.values())
            continue
        if kind is list or kind is tuple:
            stack.extend(value)
            continue
        raise _NotPlain
    return ascii_keys


def _check(obj: Any, path: str = "$") -> bool:
    """`check_json_value`; True when the quick path of `canonical_bytes` applies."""
    try:
        return _plain(obj)
    except _NotPlain:
        pass
    stack: list[tuple[Any, str]] = [(obj, path)]
    while stack:
        value, where = stack.pop()
        if value is None or isinstance(value, (bool, str)):
            continue
        if isinstance(value, int):
            if abs(value) > MAX_SAFE_INTEGER:
                raise SyncError("sync.integer_out_of_range", kind="malformed", path=where)
            continue
        if isinstance(value, float):
            raise SyncError("sync.float_refused", kind="malformed", path=where)
        if isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str):
                    raise SyncError("sync.non_string_key", kind="malformed", path=where)
                stack.append((item, _path(where, key)))
            continue
        if isinstance(value, (list, tuple)):
            stack.extend((item, _path(where, i)) for i, item in enumerate(value))
            continue
        raise SyncError(
            "sync.unsupported_type", kind="malformed", path=where, type=type(value).__name__
        )
    return False  # subclasses of the JSON types: the reference encoder decides


def check_json_value(obj: Any, path: str = "$") -> None:
    """Raise SyncError unless `obj` is made only of canonical-JSON types (no floats)."""
    _check(obj, path)


def canonical_bytes(obj: Any) -> bytes:
    """The RFC 8785 canonical UTF-8 bytes of `obj`; SyncError if it holds a float or non-JSON.

    Made of the plain JSON types only (no floats, no subclasses) and with ASCII keys, RFC 8785
    is exactly what the standard library writes with sorted keys, no spaces and UTF-8 text
    (the same string escapes, integers as digits, keys sorted by code point = by UTF-16 unit
    for ASCII): that quick path is taken; anything else goes through `rfc8785` (ten times
    slower, pure Python). tests/sync/test_canonical.py checks that both write the same.
    """
    ascii_keys = _check(obj)
    try:
        if ascii_keys:
            return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                              allow_nan=False).encode("utf-8")
        return rfc8785.dumps(obj)
    except (rfc8785.CanonicalizationError, UnicodeError, RecursionError) as exc:
        raise SyncError("sync.not_encodable", kind="malformed") from exc


def _refuse_float(text: str) -> Any:
    raise SyncError("sync.float_in_input", kind="malformed", value=text[:40])


def _refuse_constant(text: str) -> Any:
    raise SyncError("sync.float_in_input", kind="malformed", value=text[:40])


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise SyncError("sync.duplicate_key", kind="malformed", name=key[:60])
        result[key] = value
    return result


def parse_canonical(data: bytes) -> Any:
    """Parse canonical JSON strictly; SyncError(kind="malformed") for anything else."""
    try:
        text = data.decode("utf-8")
        value = json.loads(
            text,
            parse_float=_refuse_float,
            parse_constant=_refuse_constant,
            object_pairs_hook=_no_duplicates,
        )
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise SyncError("sync.not_json", kind="malformed") from exc
    try:
        again = canonical_bytes(value)
    except SyncError as exc:
        raise SyncError("sync.not_canonical", kind="malformed") from exc
    if again != data:
        raise SyncError("sync.not_canonical", kind="malformed")
    return value
